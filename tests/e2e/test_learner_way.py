"""The learner's way through (issue 13), in a real browser at 1280 px and at 390 px: every page
passes axe and none scrolls sideways.

Set SCREENSHOT_DIR to keep a full-page PNG of every page checked (for looking at the layouts).
"""

import datetime
import os
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import HomePage
from lms import services as lms_services
from lms.models import Membership
from quizzes.models import Attempt, Quiz, ReviewCard
from quizzes.progress import review
from quizzes.progress import services as progress_services
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory
from tests.e2e.axe import assert_accessible
from tests.factories import OrganizationFactory, UserFactory
from tests.quizzes.factories import QuestionFactory, QuizFactory, blueprint_with_domains, fixed_quiz

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture(params=list(WIDTHS))
def width(request, page):
    page.set_viewport_size({"width": WIDTHS[request.param], "height": 900})
    return WIDTHS[request.param]


def check(page, name: str, width: int) -> None:
    """axe, no sideways scroll, and (on request) a screenshot."""
    page.wait_for_load_state()
    overflow = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    wide = page.evaluate(
        """(w) => Array.from(document.querySelectorAll('body *'))
            .filter((el) => el.getBoundingClientRect().right > w + 1)
            .slice(0, 5).map((el) => el.tagName + '.' + el.className)""",
        overflow[1],
    )
    assert overflow[0] <= overflow[1], f"{page.url} scrolls sideways at {width} px: {overflow}, {wide}"
    assert_accessible(page)
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}-{width}.png", full_page=True)


def nav(page, name: str):
    """The main navigation's link: behind the Menu button on a phone, in the bar on a desktop."""
    menu = page.locator(".site-menu__button")
    if menu.is_visible():
        menu.click()
    return page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True)


def _learner(**fields):
    user = UserFactory(**fields)
    organization = OrganizationFactory(name="Riverside Therapy", slug="riverside")
    lms_services.membership_create(user=user, organization=organization, role=Membership.Role.LEARNER)
    return user


# ----------------------------------------------------------------------- 1. new technician


@pytest.fixture
def module(transactional_db):
    ContentType.objects.clear_cache()
    catalog = CatalogPageFactory(parent=HomePage.objects.first(), title="Catalog", slug="catalog")
    module = ModulePageFactory(parent=catalog, title="Safe patient transfers", ce_contact_hours="1.00")
    for title in ("Before the transfer", "The stand-pivot transfer"):
        LessonPageFactory(parent=module, title=title)
    questions = [QuestionFactory(name=f"transfer{n}", stem=f"<p>Transfer question {n}?</p>") for n in (1, 2)]
    fixed_quiz(
        questions, title="Safe transfers: module assessment", slug="transfers-assessment",
        kind=Quiz.Kind.ASSESSMENT, module=module, shuffle_questions=False, shuffle_options=False, pass_mark=100,
    )  # fmt: skip
    return module


def test_new_technician_goes_from_dashboard_to_certificate_by_clicking(
    page, live_server, signed_in_page, module, width
):
    technician = _learner(email="tess@example.org", name="Tess Technician", credential="aide")
    signed_in_page(technician)

    page.goto(f"{live_server.url}/dashboard/")
    expect(page.get_by_role("heading", name="You are up to date")).to_be_visible()
    check(page, "1-dashboard", width)
    page.get_by_role("link", name="Open the catalog").click()
    page.get_by_role("link", name="Safe patient transfers").first.click()
    expect(page.locator("[data-main-action]")).to_have_text("Start the first lesson")
    check(page, "1-module", width)
    page.locator("[data-main-action]").click()
    check(page, "1-lesson", width)
    page.get_by_role("button", name="Mark this lesson complete").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The stand-pivot transfer")
    page.get_by_role("button", name="Mark this lesson complete").click()

    # All lessons done: "Next" is the assessment.
    expect(page.get_by_role("heading", level=1)).to_have_text("Safe transfers: module assessment")
    check(page, "1-assessment", width)
    page.get_by_role("button", name="Start").click()
    for action in ("Save and next", "Save and review"):
        page.get_by_label("Lock the wheelchair brakes").check()
        page.get_by_role("button", name=action).click()
    page.get_by_role("link", name="Submit attempt…").click()
    page.get_by_role("button", name="Yes, submit my answers").click()

    expect(page.get_by_role("heading", name="Module complete")).to_be_visible()
    check(page, "1-results", width)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your certificate").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF-")
    page.get_by_role("link", name="Safe patient transfers").first.click()
    expect(page.get_by_role("heading", name="Module complete")).to_be_visible()
    check(page, "1-module-complete", width)


# ------------------------------------------------------------------------ 2. COTA student


@pytest.fixture
def practice_exam(transactional_db):
    ContentType.objects.clear_cache()
    blueprint = blueprint_with_domains({"D1": 60, "D2": 40})
    for n in range(12):
        QuestionFactory(name=f"d1-{n}", stem=f"<p>Domain 1 question {n}?</p>", domain_code="D1")
    for n in range(4):
        QuestionFactory(name=f"d2-{n}", stem=f"<p>Domain 2 question {n}?</p>", domain_code="D2")
    return QuizFactory(
        title="COTA practice exam", slug="cota-practice", kind=Quiz.Kind.PRACTICE,
        selection=Quiz.Selection.BLUEPRINT, blueprint=blueprint, draw_count=5, pass_mark=70,
        time_limit_minutes=60,
    )  # fmt: skip


def test_cota_student_finds_starts_resumes_a_practice_exam_and_builds_a_set(
    page, live_server, signed_in_page, practice_exam, width
):
    student = _learner(email="sam@example.org", name="Sam Student", credential="ota_student")
    signed_in_page(student)
    page.goto(f"{live_server.url}/dashboard/")
    check(page, "2-dashboard", width)

    nav(page, "Practice").click()  # click 1 (on a phone: Menu, then Practice)
    expect(page.get_by_role("heading", name="COTA practice exam")).to_be_visible()
    check(page, "2-practice", width)
    page.get_by_label("Tutor mode: the rationale after each answer").first.check()
    page.get_by_role("button", name="Start COTA practice exam").click()  # click 2
    expect(page.get_by_role("timer")).to_be_visible()
    check(page, "2-question", width)
    attempt = Attempt.objects.get(user=student)
    assert attempt.feedback_mode == "tutor"

    nav(page, "Dashboard").click()  # leave
    expect(page.get_by_role("heading", name="Continue where you left off")).to_be_visible()
    check(page, "2-dashboard-resume", width)
    next_action = page.locator("[data-next-action]")
    expect(next_action).to_contain_text("COTA practice exam")
    next_action.get_by_role("link", name="Resume").click()
    expect(page).to_have_url(f"{live_server.url}/quiz/attempt/{attempt.pk}/q/1/")

    nav(page, "Practice").click()
    page.get_by_label("Number of questions").select_option("10")
    page.get_by_label("D1: Domain D1 (12 questions)").check()
    page.get_by_role("button", name="Build and start").click()
    expect(page.get_by_text("Question 1 of 10")).to_be_visible()
    check(page, "2-set-question", width)
    practice_set = Attempt.objects.exclude(pk=attempt.pk).get(user=student)
    names = list(practice_set.items.values_list("version__question__domain_code", flat=True))
    assert names == ["D1"] * 10


# ------------------------------------------------------------------------------- 3. review


def test_review_of_six_with_five_right_leaves_one_due_today(page, live_server, signed_in_page, width):
    ContentType.objects.clear_cache()
    learner = _learner(email="rae@example.org", name="Rae Reviewer", credential="cota")
    now = timezone.now() - datetime.timedelta(minutes=1)
    for n in range(6):
        question = QuestionFactory(name=f"rev{n}", stem=f"<p>Review question {n}?</p>")
        progress_services.review_record(user=learner, question=question, correct=False, now=now)
    ReviewCard.objects.update(due=now)
    signed_in_page(learner)

    page.goto(f"{live_server.url}/dashboard/")
    expect(page.locator("[data-next-action]")).to_have_attribute("data-next-action", "review")
    page.locator("[data-next-action]").get_by_role("link", name="Start review").click()
    check(page, "3-review", width)
    page.get_by_role("button", name="Start a review session").click()
    for position in range(1, 7):
        answer = "Lock the wheelchair brakes" if position < 6 else "Lift with your back"
        page.get_by_label(answer).check()
        page.get_by_role("button", name="Next question" if position < 6 else "Review answers").click()
    page.get_by_role("link", name="Submit attempt…").click()
    page.get_by_role("button", name="Yes, submit my answers").click()

    expect(page.get_by_text("You reviewed 6 questions: 5 right.")).to_be_visible()
    expect(page.get_by_text("1 question still due today.")).to_be_visible()
    expect(page.get_by_text("pass mark", exact=False)).to_have_count(0)
    check(page, "3-results", width)
    page.get_by_role("link", name="Incorrect only").click()
    expect(page.get_by_role("heading", name="Question 6: incorrect")).to_be_visible()
    expect(page.get_by_role("heading", name="Question 1: correct")).to_have_count(0)
    end = review.end_of_day(timezone.now())
    assert ReviewCard.objects.filter(user=learner, due__lte=end).count() == 1


# ------------------------------------------------------------------- wide pages on a phone


def test_wide_pages_do_not_scroll_sideways_on_a_phone(page, live_server, signed_in_page):
    """The pages with the widest tables (transcript, compliance matrix, dashboard readiness,
    practice history, results by domain, verification) at 390 px."""
    from quizzes.compliance import services as compliance_services
    from tests.progress.conftest import complete_module, make_module

    ContentType.objects.clear_cache()
    page.set_viewport_size({"width": 390, "height": 900})
    catalog = CatalogPageFactory(parent=HomePage.objects.first(), title="Catalog", slug="catalog")
    manager = _learner(
        email="mia@example.org", name="Mia Manager-With-A-Long-Name", credential="cota",
        nbcot_cycle_start=datetime.date(2025, 1, 1), nbcot_cycle_end=datetime.date(2027, 12, 31),
    )  # fmt: skip
    organization = manager.memberships.get().organization
    Membership.objects.filter(user=manager).update(role=Membership.Role.MANAGER)
    for n in range(6):
        module = ModulePageFactory(parent=catalog, title=f"Annual compliance module number {n}")
        compliance_services.assignment_create(
            organization=organization, created_by=manager, module=module, user=manager,
            due_date=datetime.date(2026, 12, 31),
        )  # fmt: skip
    for n in range(2):
        done = make_module(catalog, title=f"A long module title about documentation and billing number {n}")
        complete_module(manager, done, now=timezone.now())
    blueprint = blueprint_with_domains({"D1": 50, "D2": 30, "D3": 20})
    for n in range(9):
        QuestionFactory(name=f"w{n}", domain_code=f"D{n % 3 + 1}")
    exam = QuizFactory(
        title="COTA practice exam", slug="cota-practice", kind=Quiz.Kind.PRACTICE,
        selection=Quiz.Selection.BLUEPRINT, blueprint=blueprint, draw_count=6, pass_mark=70,
    )  # fmt: skip
    from quizzes import services as quiz_services

    for _ in range(2):
        attempt = quiz_services.attempt_start(user=manager, quiz=exam, now=timezone.now())
        quiz_services.attempt_submit(attempt=attempt, now=timezone.now())
    signed_in_page(manager)

    for name, path in [
        ("w-dashboard", "/dashboard/"),
        ("w-transcript", "/progress/transcript/"),
        ("w-matrix", f"/manage/{organization.slug}/"),
        ("w-practice", "/practice/"),
        ("w-results", f"/quiz/attempt/{attempt.pk}/results/"),
        ("w-verify", "/verify/"),
    ]:
        page.goto(live_server.url + path)
        check(page, name, 390)
