"""The Practice area and the dashboard's next action, from the outside (views) and as pure logic."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes import services as quiz_services
from quizzes.models import Attempt, AttemptItem, Quiz, ReviewCard
from quizzes.practice import services
from quizzes.progress import services as progress_services
from tests.factories import UserFactory
from tests.progress.conftest import NOW, make_module
from tests.quizzes.factories import QuestionFactory, QuizFactory, blueprint_with_domains, fixed_quiz

pytestmark = pytest.mark.django_db

DOMAINS = [{"code": "D1", "name": "Domain D1", "points": "7", "max_points": "10", "percent": "70.0", "items": 10}]


def _text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.fixture
def practice_exam(db):
    blueprint = blueprint_with_domains({"D1": 50, "D2": 50})
    for n in range(6):
        QuestionFactory(name=f"d1-{n}", domain_code="D1")
        QuestionFactory(name=f"d2-{n}", domain_code="D2")
    return QuizFactory(
        title="COTA practice exam",
        slug="cota-practice",
        kind=Quiz.Kind.PRACTICE,
        selection=Quiz.Selection.BLUEPRINT,
        blueprint=blueprint,
        draw_count=4,
        pass_mark=70,
    )


# ------------------------------------------------------------------------------------ practice


def test_practice_page_lists_exams_with_history_and_resume(client, learner, practice_exam):
    done = quiz_services.attempt_start(user=learner, quiz=practice_exam, now=NOW)
    quiz_services.attempt_submit(attempt=done, now=NOW)
    open_attempt = quiz_services.attempt_start(user=learner, quiz=practice_exam, now=NOW)
    client.force_login(learner)

    page = _text(client.get(reverse("practice:index")))

    assert "COTA practice exam" in page
    assert "Resume COTA practice exam, attempt 2" in page
    assert "Your attempts at COTA practice exam" in page
    assert open_attempt.number == 2


def test_practice_exam_starts_in_the_mode_the_learner_chose(client, learner, practice_exam):
    client.force_login(learner)

    response = client.post(reverse("practice:exam-start", args=[practice_exam.slug]), {"mode": "tutor"})

    attempt = Attempt.objects.get(user=learner)
    assert response.url == reverse("quizzes:attempt-detail", args=[attempt.pk])
    assert (attempt.feedback_mode, attempt.tutor, practice_exam.feedback_mode) == ("tutor", True, "exam")


def test_practice_set_from_one_domain_prefers_unseen_and_missed(client, learner, practice_exam):
    seen_right = fixed_quiz(list(_questions("D1")[:3]), kind=Quiz.Kind.PRACTICE)  # d1-0..2 seen, all right
    attempt = quiz_services.attempt_start(user=learner, quiz=seen_right, now=NOW)
    for item in attempt.items.prefetch_related("version__options"):
        right = [o.pk for o in item.version.options.all() if o.is_correct][:1]
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=right, now=NOW)
    quiz_services.attempt_submit(attempt=attempt, now=NOW)
    client.force_login(learner)

    response = client.post(reverse("practice:set-create"), {"size": "5", "domains": ["D1"], "mode": "exam"})

    practice_set = Attempt.objects.exclude(pk=attempt.pk).get(user=learner)
    assert response.url == reverse("quizzes:attempt-detail", args=[practice_set.pk])
    assert "Question 1" in client.get(response.url, follow=True).content.decode()
    names = set(AttemptItem.objects.filter(attempt=practice_set).values_list("version__question__name", flat=True))
    assert len(names) == 5
    assert {f"d1-{n}" for n in range(3, 6)} <= names  # every unseen item made it in
    assert all(name.startswith("d1-") for name in names)
    assert practice_set.quiz.owner == learner
    assert not Quiz.authored.filter(pk=practice_set.quiz_id).exists()


def _questions(domain):
    from quizzes.models import Question

    return Question.objects.filter(domain_code=domain).order_by("name")


def test_practice_set_without_a_choice_is_a_form_error(client, learner, practice_exam):
    client.force_login(learner)

    response = client.post(reverse("practice:set-create"), {"size": "10", "mode": "exam"})

    assert response.status_code == 400
    assert "Choose at least one domain or topic." in response.content.decode()
    assert not Attempt.objects.exists()


def test_pick_practice_set_puts_unseen_and_missed_first():
    import random

    picked = services.pick_practice_set(
        pool=[1, 2, 3, 4, 5], seen={1, 2, 3, 4}, missed={2}, size=2, rng=random.Random(1)
    )

    assert sorted(picked) == [2, 5]


@pytest.mark.parametrize("attempts", [1, 200])
def test_practice_page_query_count_is_constant(client, learner, practice_exam, attempts):
    Attempt.objects.bulk_create(
        Attempt(
            user=learner, quiz=practice_exam, number=n + 1, state="submitted", seed=n, started_at=NOW,
            submitted_at=NOW, percent=Decimal("70.0"), passed=True, domain_scores=DOMAINS,
        )
        for n in range(attempts)
    )  # fmt: skip
    client.force_login(learner)
    client.get(reverse("practice:index"))

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("practice:index"))

    assert response.status_code == 200
    # session user (the header's roles are cached per user); exams, attempts, practice sets, domain
    # counts, domain names, topics, review due today, next review.
    assert len(queries) == 1 + 8, "\n".join(q["sql"][:150] for q in queries.captured_queries)


# ------------------------------------------------------------------------------- dashboard


def _next_action(client, user):
    client.force_login(user)
    html = client.get(reverse("lms:dashboard")).content.decode()
    return re.search(r'data-next-action="(\w+)"', html).group(1), html


def test_dashboard_next_action_resumes_an_attempt_in_progress(client, learner, practice_exam):
    attempt = quiz_services.attempt_start(user=learner, quiz=practice_exam, now=NOW)

    kind, html = _next_action(client, learner)

    assert kind == "resume"
    assert reverse("quizzes:attempt-detail", args=[attempt.pk]) in html


def test_dashboard_next_action_is_a_due_assignment(client, learner, organization, catalog):
    from quizzes.compliance import services as compliance_services

    module = make_module(catalog, title="Hand hygiene")
    compliance_services.assignment_create(
        organization=organization,
        created_by=None,
        module=module,
        user=learner,
        due_date=datetime.date(2026, 4, 1),
        allow_past=True,
    )

    kind, html = _next_action(client, learner)

    assert kind == "assignment"
    assert "Hand hygiene" in html.split('data-next-action="assignment"')[1][:600]


def test_dashboard_next_action_is_the_next_lesson(client, learner, catalog):
    module = make_module(catalog, title="Safe transfers", lessons=2)
    first = module.get_children().specific().first()
    from courses.models import LessonCompletion

    LessonCompletion.objects.create(user=learner, lesson=first, completed_at=NOW)

    kind, html = _next_action(client, learner)

    assert kind == "lesson"
    assert "Safe transfers lesson 2" in html.split('data-next-action="lesson"')[1][:600]


def test_dashboard_next_action_is_review_when_nothing_else(client, learner):
    progress_services.review_record(user=learner, question=QuestionFactory(), correct=False, now=NOW)
    ReviewCard.objects.update(due=NOW)

    kind, html = _next_action(client, learner)

    assert kind == "review"
    assert reverse("progress:review") in html.split('data-next-action="review"')[1][:600]


def test_dashboard_next_action_without_anything_to_do_is_the_catalog(client, learner):
    kind, _html = _next_action(client, learner)

    assert kind == "browse"


def test_aide_dashboard_has_no_nbcot_goal(client):
    aide = UserFactory(credential="aide", nbcot_cycle_start=None, nbcot_cycle_end=None)
    client.force_login(aide)

    page = _text(client.get(reverse("lms:dashboard")))

    assert "NBCOT renewal" not in page
    assert "NBCOT PDUs" not in page
    assert "Exam readiness" not in page


def test_aide_who_adds_an_nbcot_cycle_gets_the_goal(client):
    aide = UserFactory(
        credential="aide", nbcot_cycle_start=datetime.date(2025, 1, 1), nbcot_cycle_end=datetime.date(2027, 12, 31)
    )
    client.force_login(aide)

    assert "NBCOT renewal" in _text(client.get(reverse("lms:dashboard")))


def test_cota_dashboard_has_the_nbcot_goal_and_readiness(client):
    cota = UserFactory(credential="cota")
    client.force_login(cota)

    page = _text(client.get(reverse("lms:dashboard")))

    assert "NBCOT renewal" in page
    assert "Exam readiness" in page


def test_practice_is_in_the_navigation_for_a_cota_student_not_an_aide(client):
    client.force_login(UserFactory(credential="ota_student"))
    assert 'href="/practice/"' in client.get(reverse("lms:dashboard")).content.decode()
    client.force_login(UserFactory(credential="aide"))
    nav = client.get(reverse("lms:dashboard")).content.decode().split("<main")[0]
    assert 'href="/practice/"' not in nav


# ------------------------------------------------------------------------- results and timer


def test_results_filters_show_incorrect_or_flagged_only(client, learner):
    questions = [QuestionFactory(name=f"f{n}", stem=f"<p>Filter question {n}?</p>") for n in range(3)]
    quiz = fixed_quiz(questions, kind=Quiz.Kind.PRACTICE, shuffle_questions=False)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
    items = list(attempt.items.prefetch_related("version__options").order_by("position"))
    for index, item in enumerate(items):
        options = list(item.version.options.all())
        pick = [o.pk for o in options if o.is_correct == (index != 1)][:1]  # question 2 wrong
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=pick, now=NOW)
    quiz_services.attempt_flag(attempt=attempt, item=items[2], flagged=True, now=NOW)
    quiz_services.attempt_submit(attempt=attempt, now=NOW)
    client.force_login(learner)
    url = reverse("quizzes:attempt-results", args=[attempt.pk])

    incorrect = _text(client.get(url, {"show": "incorrect"}))
    flagged = _text(client.get(url, {"show": "flagged"}))
    everything = _text(client.get(url, {"show": "nonsense"}))

    assert ("Filter question 1?" in incorrect, "Filter question 0?" in incorrect) == (True, False)
    assert ("Filter question 2?" in flagged, "Filter question 1?" in flagged) == (True, False)
    assert all(f"Filter question {n}?" in everything for n in range(3))


@pytest.mark.parametrize(
    ("seconds", "css", "words"),
    [
        (900, "quiz-timer ", ""),
        (299, "quiz-timer--warning", "Under 5 minutes left"),
        (45, "quiz-timer--urgent", "Last minute"),
    ],
)
def test_timer_looks_different_in_the_last_5_minutes_and_the_last_minute(seconds, css, words):
    from quizzes.templatetags.quizzes_tags import attempt_timer

    html = attempt_timer(Attempt(pk=1), {"remaining": seconds, "deadline": NOW})

    assert css in html
    assert f"data-quiz-timer-state>{words}</strong>" in html
    css_text = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    assert "position: sticky" in css_text.split(".quiz-timer {")[-1][:80]


def test_practice_exam_page_offers_the_mode_and_starts_through_practice(client, learner, practice_exam):
    client.force_login(learner)

    html = client.get(reverse("quizzes:quiz-detail", args=[practice_exam.slug])).content.decode()

    assert f'action="{reverse("practice:exam-start", args=[practice_exam.slug])}"' in html
    assert 'name="mode" value="tutor"' in html
