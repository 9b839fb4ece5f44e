"""Authoring in the real Wagtail admin: an educator writes, a clinical reviewer publishes, a learner reads."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.models import HomePage, LessonPage, ModulePage
from lms import roles, services
from lms.models import Membership
from tests.courses.factories import CatalogPageFactory
from tests.e2e.axe import assert_accessible
from tests.factories import OrganizationFactory, UserFactory

# Serialized rollback restores the migrations' rows (home page, groups, review workflow) before
# each test (tests/conftest.py).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def insert_block(page, stream, label=None):
    """Append a block to a StreamField through its last "+" button; returns the block's form prefix.

    Wagtail names a block's inputs by insertion order (`body-0-…`, `body-1-…`), which is also the
    position when blocks are only ever appended. A stream with one block type (label=None) inserts
    it without asking.
    """
    count = page.locator(f'input[name="{stream}-count"]')
    index = int(count.input_value())
    page.locator(f"#{stream}-root .c-sf-add-button").last.click()
    if label:
        page.get_by_role("option", name=label, exact=True).filter(visible=True).first.click()
    expect(count).to_have_value(str(index + 1))
    return f"{stream}-{index}-value"


def type_rich_text(page, prefix, text):
    editor = page.locator(f"[data-streamfield-widget]:has(> #{prefix}) [role=textbox]")
    editor.click()
    editor.press_sequentially(text)
    expect(editor).to_contain_text(text)


def submit_for_review(page):
    page.locator(".footer .w-dropdown__toggle, footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():  # wait for the POST to finish, not just for the current page
        page.get_by_role("button", name="Submit to Clinical review").click()
    page.wait_for_load_state()


def approve(page, live_server, target):
    page.goto(f"{live_server.url}/admin/pages/{target.pk}/edit/")
    page.locator(".footer .w-dropdown__toggle, footer .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_load_state()


@pytest.fixture(autouse=True)
def _no_autosave(settings):
    """These tests drive the editor field by field and then submit; Wagtail 8's autosave (a POST
    500 ms after each change) races them on a busy machine. On the "add page" form the first
    autosave creates the page and swaps the form over to the edit view: an autosave or the submit
    that lands before the swap posts to the add view again, which refuses the now-taken slug (400),
    and the submitted page lacks the last blocks typed. What these tests check is the review
    workflow, so they run with autosave off, as an explicit save did before Wagtail 8."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def catalog(transactional_db):
    return CatalogPageFactory(parent=HomePage.objects.get())


@pytest.fixture
def people(catalog):
    organization = OrganizationFactory(name="Riverside Therapy", slug="riverside")
    educator = UserFactory(email="eden@example.org", name="Eden Educator")
    services.membership_create(user=educator, organization=organization, role=Membership.Role.EDUCATOR)
    reviewer = UserFactory(email="rey@example.org", name="Rey Reviewer")
    reviewer.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    learner = UserFactory(email="lee@example.org", name="Lee Learner")
    return educator, reviewer, learner


def test_educator_writes_module_and_lesson_reviewer_publishes_learner_reads(
    page, live_server, signed_in_page, catalog, people
):
    educator, reviewer, learner = people
    page.set_viewport_size({"width": 1400, "height": 1000})

    # The educator drafts a module and submits it for clinical review.
    signed_in_page(educator)
    page.goto(f"{live_server.url}/admin/pages/add/courses/modulepage/{catalog.pk}/")
    page.locator("#id_title").fill("Walker safety")
    page.locator("#id_topic").select_option("equipment")
    page.locator("#id_summary").fill("Fitting and guarding with walkers.")
    objective = insert_block(page, "objectives")
    page.locator(f"#{objective}").fill("Check a walker's height before the client uses it.")
    page.locator("#id_audience").fill("New OT aides")
    page.locator("#id_estimated_minutes").fill("20")
    page.locator("#id_ce_contact_hours").fill("0.5")
    expect(page.locator('button[name="action-publish"]')).to_have_count(0)  # not even in the menu
    submit_for_review(page)
    module = ModulePage.objects.get(title="Walker safety")
    assert module.live is False

    # Then a lesson in it, using several blocks.
    page.goto(f"{live_server.url}/admin/pages/add/courses/lessonpage/{module.pk}/")
    page.locator("#id_title").fill("Walker height")
    page.locator("#id_intro").fill("Set the handles at wrist height.")
    heading = insert_block(page, "body", "Heading")
    page.locator(f"#{heading}-text").fill("Setting the height")
    text = insert_block(page, "body", "Text")
    type_rich_text(page, text, "Stand the client upright with arms relaxed.")
    callout = insert_block(page, "body", "Callout")
    page.locator(f"#{callout}-kind").select_option("safety")
    page.locator(f"#{callout}-title").fill("Check the legs")
    type_rich_text(page, f"{callout}-body", "All four legs must be the same height.")
    checklist = insert_block(page, "body", "Checklist")
    page.locator(f"#{checklist}-title").fill("Before walking")
    page.locator(f"#{checklist}-items-0-value").fill("Rubber tips intact")
    submit_for_review(page)
    lesson = LessonPage.objects.get(title="Walker height")
    assert lesson.live is False
    assert [block.block_type for block in lesson.get_latest_revision_as_object().body] == [
        "heading",
        "rich_text",
        "callout",
        "checklist",
    ]

    # A clinical reviewer approves both; approval publishes them.
    signed_in_page(reviewer)
    approve(page, live_server, module)
    approve(page, live_server, lesson)
    module.refresh_from_db()
    lesson.refresh_from_db()
    assert module.live is True
    assert lesson.live is True

    # The learner finds the lesson from the module page and reads it.
    signed_in_page(learner)
    page.goto(f"{live_server.url}{module.url}")
    page.get_by_role("link", name="Walker height").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Walker height")
    expect(page.get_by_role("heading", name="Setting the height")).to_be_visible()
    expect(page.get_by_text("All four legs must be the same height.")).to_be_visible()
    expect(page.get_by_text("Rubber tips intact")).to_be_visible()
    assert_accessible(page)
