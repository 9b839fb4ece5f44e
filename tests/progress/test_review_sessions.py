"""Review that makes sense: right answers leave today's queue, sessions are the learner's own and
never reach the lists educators use."""

import datetime
import importlib
import re

import pytest
import time_machine
from django.apps import apps as global_apps
from django.urls import reverse

from quizzes import services as quiz_services
from quizzes.analysis.selectors import quizzes_with_responses
from quizzes.models import Attempt, Quiz, ReviewCard
from quizzes.progress import review, selectors, services
from tests.factories import UserFactory
from tests.progress.conftest import NOW, take_quiz
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db


def _answer_all(attempt, *, right: int, now):
    """Answer the first `right` items correctly and the rest wrong, then submit."""
    items = attempt.items.select_related("version").prefetch_related("version__options").order_by("position")
    for index, item in enumerate(items):
        options = list(item.version.options.all())
        pick = [o.pk for o in options if o.is_correct == (index < right)][:1]
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=pick, now=now)
    return quiz_services.attempt_submit(attempt=attempt, now=now)


def _six_missed(user):
    questions = [QuestionFactory(name=f"q{n}") for n in range(6)]
    quiz = fixed_quiz(questions, kind=Quiz.Kind.PRACTICE, shuffle_questions=False)
    take_quiz(user, quiz, correct=0)  # all six enter the review queue, due at once
    return quiz


def test_review_session_of_six_with_five_right_leaves_one_due_today():
    user = UserFactory()
    _six_missed(user)
    later = NOW + datetime.timedelta(minutes=30)

    attempt = services.review_session_start(user=user, now=later)
    _answer_all(attempt, right=5, now=later)

    due, _later_count = selectors.review_queue(user=user, now=later)
    assert len(due) == 1
    assert ReviewCard.objects.filter(user=user, due__gt=review.end_of_day(later)).count() == 5


def test_a_right_answer_from_the_learning_step_is_not_due_again_today():
    state, _due = review.new_card(now=NOW)

    _state, due = review.review(state, correct=True, now=NOW)

    assert due > review.end_of_day(NOW)


def test_a_wrong_answer_comes_back_the_same_day():
    state, _due = review.new_card(now=NOW)

    _state, due = review.review(state, correct=False, now=NOW)

    assert due == NOW + review.LEARNING_STEP


def test_review_session_belongs_to_the_learner_and_is_not_an_authored_quiz():
    user = UserFactory()
    _six_missed(user)

    attempt = services.review_session_start(user=user, now=NOW)

    assert attempt.quiz.owner == user
    assert not Quiz.authored.filter(pk=attempt.quiz_id).exists()
    assert not Quiz._default_manager.filter(pk=attempt.quiz_id).exists()
    assert Quiz.objects.filter(pk=attempt.quiz_id).exists()
    assert Attempt.objects.select_related("quiz").get(pk=attempt.pk).quiz.kind == Quiz.Kind.REVIEW


def test_item_analysis_chooser_shows_no_review_sessions():
    user = UserFactory()
    authored = _six_missed(user)
    attempt = services.review_session_start(user=user, now=NOW)
    _answer_all(attempt, right=3, now=NOW)

    assert list(quizzes_with_responses()) == [authored]


def test_question_bank_quiz_list_shows_no_review_sessions(client, educator):
    user = UserFactory()
    authored = _six_missed(user)
    services.review_session_start(user=user, now=NOW)
    client.force_login(educator)

    response = client.get(reverse("question_bank_quizzes:index"))

    assert response.status_code == 200
    assert [quiz.pk for quiz in response.context["object_list"]] == [authored.pk]
    assert "Review session" not in response.content.decode()


@time_machine.travel(NOW, tick=False)
def test_review_results_say_how_many_were_reviewed_and_when_the_next_are_due(client):
    user = UserFactory()
    _six_missed(user)
    attempt = services.review_session_start(user=user, now=NOW)
    _answer_all(attempt, right=5, now=NOW)
    client.force_login(user)

    html = client.get(reverse("quizzes:attempt-results", args=[attempt.pk])).content.decode()
    page = " ".join(re.sub(r"<[^>]+>", "", html).split())

    assert "You reviewed 6 questions: 5 right." in page
    assert "1 question still due today." in page
    assert "pass mark" not in page.lower()


def test_data_migration_gives_existing_review_sessions_their_owner_and_drops_empty_ones():
    user = UserFactory()
    _six_missed(user)
    attempt = services.review_session_start(user=user, now=NOW)
    Quiz.objects.filter(pk=attempt.quiz_id).update(owner=None)
    empty = Quiz.objects.create(title="Review session, old", slug="review-old", kind=Quiz.Kind.REVIEW)
    migration = importlib.import_module("quizzes.migrations.0010_learner_sessions")

    migration.review_sessions_to_owners(global_apps, None)

    assert Quiz.objects.get(pk=attempt.quiz_id).owner == user
    assert not Quiz.objects.filter(pk=empty.pk).exists()


# ------------------------------------------------------------------------------ verify lookup


def test_verify_page_has_a_code_field(client):
    response = client.get("/verify/")

    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_verify_page_sends_a_code_to_its_certificate_page(client):
    response = client.get("/verify/", {"code": "  Abc-123_x "})

    assert response.status_code == 302
    assert response["Location"] == "/verify/Abc-123_x/"


def test_verify_page_explains_a_malformed_code(client):
    response = client.get("/verify/", {"code": "not a code!"})

    assert response.status_code == 400
    assert "A certificate code has only letters, digits, hyphens and underscores." in response.content.decode()


def test_deleting_a_learner_deletes_their_session_attempts_and_keeps_the_session_hidden():
    user = UserFactory()
    _six_missed(user)
    attempt = services.review_session_start(user=user, now=NOW)

    user.delete()

    assert not Attempt.objects.filter(pk=attempt.pk).exists()
    assert not Quiz.authored.filter(pk=attempt.quiz_id).exists()
