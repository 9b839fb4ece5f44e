"""On a phone (390 px): the demo preceptor finds the demo learner, observes the stand-pivot
checklist and misses a critical step (fail), then observes again and passes, signing each time
with their password. The learner's module completes with its certificate, the learner sees the
check-off, and the manager's compliance matrix shows it. Every page passes axe."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from playwright.sync_api import expect

from courses.demo import seed_curriculum
from courses.models import LessonCompletion, LessonPage, ModulePage, SkillsChecklistPage
from lms import demo
from lms.models import Organization, User
from quizzes.compliance import services as compliance
from quizzes.models import Certificate, ModuleCompletion, Observation
from tests.e2e.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_clinic(transactional_db):
    ContentType.objects.clear_cache()
    seed_curriculum()
    demo.seed_accounts()
    learner = User.objects.get(email="learner@example.com")
    module = ModulePage.objects.get(slug="safe-patient-transfers")
    for lesson in LessonPage.objects.child_of(module):
        LessonCompletion.objects.create(user=learner, lesson=lesson)
    checklist = SkillsChecklistPage.objects.get(slug="check-off-stand-pivot-transfer")
    compliance.assignment_create(
        organization=Organization.objects.get(slug=demo.DEMO_ORGANIZATION["slug"]),
        created_by=None,
        checklist=checklist,
        user=learner,
        due_date=timezone.localdate() + datetime.timedelta(days=30),
    )
    return {"learner": learner, "module": module, "checklist": checklist}


def sign_in(page, base, email):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def observe(page, *, missed: int | None):
    """Tick every step done except the `missed` step number, give the setting and sign."""
    for number, step in enumerate(page.locator("fieldset.observation-step").all(), start=1):
        step.get_by_label("Not done" if number == missed else "Done", exact=True).check()
    page.get_by_label("Setting").fill("gym, bed to wheelchair")
    assert_accessible(page)
    page.get_by_role("button", name="Sign observation").click()
    expect(page.get_by_role("heading", name="Confirm Access")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Password").fill(demo.DEMO_PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check-off: stand-pivot transfer with a gait belt")


def test_preceptor_fails_then_passes_the_learner_and_it_counts(browser, live_server, demo_clinic):
    base = live_server.url
    page = browser.new_page(viewport=PHONE)
    sign_in(page, base, "preceptor@example.com")

    page.locator(".site-menu__button").click()  # on a phone the main navigation is behind Menu
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Skills", exact=True).click()
    page.get_by_role("link", name="Observe someone").click()
    page.get_by_label("Name or email").fill("Lee")
    page.get_by_role("button", name="Search").click()
    assert_accessible(page)
    page.get_by_role("link", name="Lee Learner").click()
    assert_accessible(page)
    page.get_by_role("link", name="Observe Check-off: stand-pivot transfer with a gait belt").click()

    # Step 5 (locks both brakes) is critical: missing it fails the observation.
    observe(page, missed=5)
    expect(page.get_by_text("Critical step 5 not done: Locks both wheelchair brakes and the bed")).to_be_visible()
    assert_accessible(page)
    assert ModuleCompletion.objects.filter(user=demo_clinic["learner"]).count() == 0

    page.get_by_role("link", name="Observe again").click()
    # The draft survives a reload (a flaky connection, a closed tab).
    page.locator("fieldset.observation-step").first.get_by_label("Done", exact=True).check()
    page.reload()
    expect(page.locator("fieldset.observation-step").first.get_by_label("Done", exact=True)).to_be_checked()
    observe(page, missed=None)
    expect(page.locator(".lead .status")).to_have_text("Pass")
    assert_accessible(page)

    assert list(Observation.objects.order_by("observed_at").values_list("passed", flat=True)) == [False, True]
    completion = ModuleCompletion.objects.get(user=demo_clinic["learner"], module=demo_clinic["module"])
    assert Certificate.objects.filter(completion=completion).exists()
    page.close()

    learner_page = browser.new_page(viewport=PHONE)
    sign_in(learner_page, base, "learner@example.com")
    learner_page.goto(f"{base}/skills/")
    card = learner_page.locator(".skills-card").filter(has_text="Check-off: stand-pivot transfer with a gait belt")
    expect(card).to_contain_text("Observed")
    assert_accessible(learner_page)
    learner_page.goto(base + demo_clinic["checklist"].url)
    expect(learner_page.get_by_role("heading", level=1)).to_have_text(
        "Check-off: stand-pivot transfer with a gait belt"
    )
    assert_accessible(learner_page)
    learner_page.close()

    manager_page = browser.new_page(viewport=PHONE)
    sign_in(manager_page, base, "manager@example.com")
    manager_page.goto(f"{base}/manage/{demo.DEMO_ORGANIZATION['slug']}/")
    row = manager_page.get_by_role("row").filter(
        has=manager_page.get_by_role("rowheader", name="Lee Learner", exact=True)
    )
    expect(row).to_contain_text("Observed")
    assert_accessible(manager_page)
    manager_page.close()
