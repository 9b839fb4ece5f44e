"""Races and the clock: concurrent starts, saves and submits; deadlines and expiry.

The threaded tests need real transactions (`transaction=True`) and pass on SQLite and PostgreSQL.
"""

import datetime
import io
from decimal import Decimal

import pytest
import time_machine
from django.core.management import call_command

from quizzes import services
from quizzes.models import Attempt, AttemptItem
from quizzes.tasks import expire_attempts_task
from tests.concurrency import run_concurrently
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz, quiz_with_items

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


def ids_of(item, *positions):
    by_position = {option.position: option.pk for option in item.version.options.all()}
    return [by_position[p] for p in positions]


def items_of(attempt):
    return list(attempt.items.select_related("version__question").prefetch_related("version__options"))


# serialized_rollback restores what migrations created (role groups) after the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_attempt_submit_concurrent_submits_grade_once():
    quiz = quiz_with_items(5, shuffle_questions=False)
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    item = items_of(attempt)[0]
    services.attempt_answer(attempt=attempt, item=item, selected=ids_of(item, 1), now=NOW)
    times = [NOW + MINUTE, NOW + 2 * MINUTE]

    results, errors = run_concurrently(
        2,
        lambda i, fresh: services.attempt_submit(attempt=fresh, now=times[i], reason="learner"),
        prepare=lambda i: Attempt.objects.select_related("quiz").get(pk=attempt.pk),
    )

    attempt.refresh_from_db()
    assert errors == []
    # Both callers see the one grading: the same submission time and score.
    assert {(r.submitted_at, r.points) for r in results} == {(attempt.submitted_at, Decimal("1"))}
    assert attempt.submitted_at in times
    assert (attempt.state, attempt.points, attempt.percent) == ("submitted", Decimal("1"), Decimal("20.0"))


# serialized_rollback restores what migrations created (role groups) after the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_attempt_start_concurrent_starts_make_one_attempt():
    user = UserFactory()
    quiz = quiz_with_items(3)

    results, errors = run_concurrently(2, lambda i, _: services.attempt_start(user=user, quiz=quiz, now=NOW))

    assert errors == []
    assert len({attempt.pk for attempt in results}) == 1
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 1
    assert AttemptItem.objects.filter(attempt__user=user).count() == 3


# serialized_rollback restores what migrations created (role groups) after the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_attempt_answer_concurrent_saves_from_two_tabs_leave_one_whole_answer():
    quiz = fixed_quiz([QuestionFactory(qtype="multi")])
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    item = items_of(attempt)[0]
    answers = [ids_of(item, 1, 2, 3), ids_of(item, 4, 5)]

    results, errors = run_concurrently(
        2,
        lambda i, fresh: services.attempt_answer(attempt=attempt, item=fresh, selected=answers[i], now=NOW),
        prepare=lambda i: (
            AttemptItem.objects.select_related("version").prefetch_related("version__options").get(pk=item.pk)
        ),
    )

    assert errors == []
    assert AttemptItem.objects.get(pk=item.pk).selected in answers


# ---------------------------------------------------------------------------------------- expiry


def test_attempts_expire_due_submits_only_expired_attempts():
    timed = quiz_with_items(2, time_limit_minutes=10)
    untimed = quiz_with_items(2)
    due = services.attempt_start(user=UserFactory(), quiz=timed, now=NOW)
    running = services.attempt_start(user=UserFactory(), quiz=timed, now=NOW + 5 * MINUTE)
    open_ended = services.attempt_start(user=UserFactory(), quiz=untimed, now=NOW)

    count = services.attempts_expire_due(now=NOW + 10 * MINUTE)

    states = {a.pk: (a.state, a.submit_reason) for a in Attempt.objects.all()}
    assert count == 1
    assert states == {
        due.pk: ("submitted", "expired"),
        running.pk: ("in_progress", ""),
        open_ended.pk: ("in_progress", ""),
    }


def test_expire_attempts_command_submits_expired_attempts():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(1, time_limit_minutes=5), now=NOW)

    with time_machine.travel(NOW + 6 * MINUTE, tick=False):
        call_command("expire_attempts", stdout=(out := io.StringIO()))

    attempt.refresh_from_db()
    assert out.getvalue() == "Submitted 1 expired attempt.\n"
    assert (attempt.state, attempt.submitted_at) == ("submitted", NOW + 6 * MINUTE)


def test_expire_attempts_task_submits_expired_attempts():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(1, time_limit_minutes=5), now=NOW)

    with time_machine.travel(NOW + 6 * MINUTE, tick=False):
        result = expire_attempts_task.enqueue()

    attempt.refresh_from_db()
    assert result.return_value == 1
    assert attempt.submit_reason == "expired"
