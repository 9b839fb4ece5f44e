"""A learner takes quizzes in a real browser: autosave, resume, submit, results, and a timer that
runs out. Every page passes axe."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from quizzes.models import Attempt, Quiz
from tests.e2e.axe import assert_accessible
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def assessment(db):
    questions = [
        QuestionFactory(qtype="single", name="brakes", stem="<p>What comes first in a stand-pivot transfer?</p>"),
        QuestionFactory(qtype="multi", name="safety", stem="<p>Which three make a transfer safer?</p>"),
        QuestionFactory(qtype="truefalse", name="belt", stem="<p>A gait belt is used for every assisted stand.</p>"),
        QuestionFactory(qtype="ordering", name="steps", stem="<p>Put the transfer steps in order.</p>"),
    ]
    return fixed_quiz(
        questions,
        title="Safe transfers: module assessment",
        slug="transfers-assessment",
        shuffle_questions=False,
        pass_mark=75,
    )


def htmx_ready(page) -> None:
    """Answers save on `change` through htmx, which binds after the page has loaded (its script is
    deferred): on a busy machine a click could come first and save nothing."""
    page.wait_for_function("() => document.readyState === 'complete' && window.htmx !== undefined")


def test_learner_answers_reloads_resumes_submits_and_sees_rationales(page, live_server, signed_in_page, assessment):
    learner = UserFactory(email="lee@example.org", name="Lee Learner")
    signed_in_page(learner)

    page.goto(f"{live_server.url}/quiz/{assessment.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Safe transfers: module assessment")
    assert_accessible(page)
    page.get_by_role("button", name="Start").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Question 1 of 4")

    htmx_ready(page)
    page.get_by_label("Lock the wheelchair brakes").check()
    expect(page.locator("#save-status")).to_contain_text("Saved at")
    assert_accessible(page)

    page.reload()
    expect(page.get_by_label("Lock the wheelchair brakes")).to_be_checked()
    expect(page.get_by_text("Your answer is saved.")).to_be_visible()
    page.get_by_role("button", name="Save and next").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Question 2 of 4")

    htmx_ready(page)
    for text in ("Gait belt", "Locked brakes", "Wet floor"):
        page.get_by_label(text).check()
        expect(page.locator("#save-status")).to_contain_text("Saved at")
    page.get_by_label("Flag for review").check()
    expect(page.locator("#flag-status")).to_have_text(re.compile("Flagged for review"))
    attempt_url = page.url.rsplit("/q/", 1)[0] + "/"

    # Close the browser tab; open the attempt again from scratch.
    context = page.context
    page.close()
    page = context.new_page()
    page.goto(attempt_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Question 3 of 4")
    htmx_ready(page)
    navigator = page.get_by_role("navigation", name="Questions")
    expect(navigator.get_by_role("link", name="Question 2 answered , flagged")).to_be_visible()
    page.get_by_label("True").check()
    expect(page.locator("#save-status")).to_contain_text("Saved at")
    page.get_by_role("button", name="Save and next").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Question 4 of 4")

    htmx_ready(page)
    for position, step in enumerate(
        ("Explain the transfer", "Lock the brakes", "Apply the gait belt", "Stand and pivot"), start=1
    ):
        page.get_by_label(step).select_option(label=f"Position {position}")
    expect(page.locator("#save-status")).to_contain_text("Saved at")
    page.get_by_role("button", name="Save and review").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Review your answers")
    expect(page.get_by_role("heading", name="Not answered (0)")).to_be_visible()
    expect(page.get_by_role("heading", name="Flagged for review (1)")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Submit attempt…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Submit your attempt?")
    page.get_by_role("button", name="Yes, submit my answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your results")
    expect(page.locator(".result-score strong")).to_have_text("75.0%")
    expect(page.locator(".result-badge")).to_have_text("Passed (pass mark 75%)")
    expect(page.get_by_text("RATIONALE-brakes-0")).to_be_visible()
    expect(page.get_by_text("OVERALL-safety")).to_be_visible()
    assert_accessible(page)
    attempt = Attempt.objects.get(user=learner)
    assert (attempt.state, str(attempt.percent), attempt.passed) == ("submitted", "75.0", True)


def test_timed_practice_exam_expires_and_is_submitted_automatically(page, live_server, signed_in_page):
    from quizzes import services

    learner = UserFactory(email="pat@example.org", name="Pat Learner")
    quiz = fixed_quiz(
        [QuestionFactory() for _ in range(3)],
        title="COTA practice exam",
        slug="cota-practice",
        kind=Quiz.Kind.PRACTICE,
        time_limit_minutes=1,
        shuffle_questions=False,
    )
    attempt = services.attempt_start(user=learner, quiz=quiz, now=timezone.now())
    # Shorten the server deadline to a few seconds from now; the server enforces it regardless.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + datetime.timedelta(seconds=6))
    signed_in_page(learner)

    page.goto(f"{live_server.url}/quiz/attempt/{attempt.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Question 1 of 3")
    htmx_ready(page)
    expect(page.get_by_role("timer")).to_be_visible()
    expect(page.locator("[data-quiz-timer-announce]")).to_have_attribute("aria-live", "polite")
    assert_accessible(page)
    page.get_by_label("Lock the wheelchair brakes").check()
    expect(page.locator("#save-status")).to_contain_text("Saved at")

    # The countdown reaches zero and the page hands over to the server, which submits.
    expect(page.get_by_role("heading", level=1)).to_have_text("Your results", timeout=20_000)
    expect(page.get_by_text("Time ran out, so this attempt was submitted automatically.")).to_be_visible()
    expect(page.get_by_text("This is not an NBCOT score.", exact=False)).to_be_visible()
    assert_accessible(page)
    attempt.refresh_from_db()
    assert (attempt.state, attempt.submit_reason, str(attempt.percent)) == ("submitted", "expired", "33.3")
