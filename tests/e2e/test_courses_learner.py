"""A learner reads the default curriculum in a real browser; every page passes axe."""

import re

import pytest
from playwright.sync_api import expect

from courses.demo import seed_curriculum
from tests.e2e.axe import assert_accessible
from tests.factories import UserFactory

# Serialized rollback restores the migrations' rows (home page, groups, review workflow) before
# each test (tests/conftest.py).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MODULE_TITLE = "Safe patient transfers and body mechanics"


@pytest.fixture
def curriculum(transactional_db):
    seed_curriculum()


def test_learner_reads_a_module_end_to_end_and_sees_progress(page, live_server, signed_in_page, curriculum):
    learner = UserFactory(email="lee@example.org", name="Lee Learner")
    signed_in_page(learner)

    page.goto(f"{live_server.url}/")
    assert_accessible(page)
    page.get_by_role("link", name="Browse the catalog").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Catalog")
    assert_accessible(page)

    page.get_by_label("Required for onboarding").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"required=on"))
    expect(page.get_by_text("4 modules match your filters.")).to_be_visible()
    page.get_by_role("link", name=MODULE_TITLE).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(MODULE_TITLE)
    expect(page.get_by_text("0 of 4 lessons complete (0%)")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Start the first lesson").click()

    for number in (1, 2, 3, 4):
        expect(page.get_by_text(f"Lesson {number} of 4")).to_be_visible()
        expect(page.get_by_role("heading", name="References")).to_be_visible()
        if number == 1:
            assert_accessible(page)
        page.get_by_role("button", name="Mark this lesson complete").click()
        expect(page.get_by_role("status")).to_contain_text("is marked complete")

    expect(page.get_by_role("heading", level=1)).to_have_text(MODULE_TITLE)
    expect(page.get_by_text("4 of 4 lessons complete (100%)")).to_be_visible()
    expect(page.locator(".lesson-list .status--done")).to_have_count(4)
    expect(page.locator("progress")).to_have_attribute("value", "4")
    assert_accessible(page)

    page.get_by_role("link", name="Dashboard").click()
    your_modules = page.get_by_role("region", name="Your modules")
    expect(your_modules.get_by_role("link", name=MODULE_TITLE)).to_be_visible()
    expect(your_modules.get_by_text("4 of 4 lessons complete (100%)")).to_be_visible()
    assert_accessible(page)


def test_anonymous_visitor_reads_overview_then_signs_in_for_the_lesson(page, live_server, sign_in, curriculum):
    learner = UserFactory(email="ana@example.org", name="Ana Aide")

    page.goto(f"{live_server.url}/catalog/safe-patient-transfers/")
    expect(page.get_by_role("heading", name="Learning objectives")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Why 35 pounds? Body mechanics and manual-lifting limits").click()

    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/catalog/safe-patient-transfers/why-35-pounds/"))
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password").fill("correct-horse-battery-staple")
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(f"{live_server.url}/catalog/safe-patient-transfers/why-35-pounds/")
    expect(page.get_by_text("Lesson 1 of 4")).to_be_visible()


def test_lesson_prints_without_navigation(page, live_server, signed_in_page, curriculum):
    signed_in_page(UserFactory())
    page.goto(f"{live_server.url}/catalog/safe-patient-transfers/gait-belt-and-stand-pivot/")

    page.emulate_media(media="print")

    expect(page.locator(".procedure").first).to_be_visible()
    expect(page.get_by_role("button", name="Mark this lesson complete")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Lessons in this module")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_text("Printed from Occupass")).to_be_visible()
