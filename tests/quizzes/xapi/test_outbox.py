"""xAPI without an LRS to reach: off when unconfigured, failures recorded with backoff and retried,
ids deterministic, the staff outbox. (The statements themselves are checked against Ralph in
test_lrs.py.)"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from quizzes import services as quiz_services
from quizzes.models import Quiz
from quizzes.xapi import statements, tasks
from quizzes.xapi.models import XapiStatement
from tests.factories import UserFactory
from tests.quizzes.factories import quiz_with_items
from tests.quizzes.xapi.ralph import free_port

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture
def lrs_down(settings):
    settings.XAPI_LRS_URL = f"http://127.0.0.1:{free_port()}/xAPI"  # nothing listens there
    settings.XAPI_LRS_USERNAME = "occupass"
    settings.XAPI_LRS_PASSWORD = "secret"
    return settings


@pytest.fixture
def deferring_backend(settings):
    """A task backend that can run a task later (as the database and RQ backends can), kept in memory."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = tasks.send_statement_task.get_backend()
    backend.clear()
    return backend


def sends(backend):
    return [result for result in backend.results if result.task.func is tasks.send_statement_task.func]


def graded_attempt(user):
    quiz = quiz_with_items(1, kind=Quiz.Kind.PRACTICE)
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=NOW)
    return quiz_services.attempt_submit(attempt=attempt, now=NOW)


def arguments(attempt):
    return {
        "kind": statements.ATTEMPT_COMPLETED,
        "keys": {"attempt_id": attempt.pk},
        "timestamp": NOW.isoformat(),
    }


def test_without_an_lrs_url_events_send_nothing(settings, django_capture_on_commit_callbacks):
    settings.XAPI_LRS_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        graded_attempt(UserFactory())

    assert XapiStatement.objects.count() == 0


def test_a_failed_send_is_recorded_and_enqueued_again_after_a_backoff(lrs_down, deferring_backend, time_machine):
    time_machine.move_to(NOW, tick=False)
    attempt = graded_attempt(UserFactory())

    assert tasks.send_statement_task.call(**arguments(attempt)) == "failed"

    record = XapiStatement.objects.get()
    assert (record.status, record.tries) == (XapiStatement.Status.FAILED, 1)
    assert record.statement_id.hex == statements.statement_id(statements.ATTEMPT_COMPLETED, attempt.pk).replace(
        "-", ""
    )
    assert record.next_try_at == NOW + datetime.timedelta(seconds=30)
    [retry] = sends(deferring_backend)
    assert retry.task.run_after == record.next_try_at
    assert retry.kwargs == arguments(attempt)

    deferring_backend.clear()
    tasks.send_statement_task.call(**arguments(attempt))
    record.refresh_from_db()
    assert (record.tries, record.next_try_at) == (2, NOW + datetime.timedelta(seconds=60))


def test_after_the_last_try_the_statement_waits_for_staff(lrs_down, deferring_backend):
    lrs_down.XAPI_MAX_TRIES = 2
    attempt = graded_attempt(UserFactory())

    tasks.send_statement_task.call(**arguments(attempt))
    deferring_backend.clear()
    assert tasks.send_statement_task.call(**arguments(attempt)) == "failed"

    record = XapiStatement.objects.get()
    assert (record.status, record.tries, record.next_try_at) == (XapiStatement.Status.GAVE_UP, 2, None)
    assert sends(deferring_backend) == []
    assert tasks.statements_retry(now=NOW + datetime.timedelta(days=1)) == 0  # the schedule leaves it alone


def test_the_scheduled_retry_enqueues_only_what_is_due(lrs_down, deferring_backend, time_machine):
    time_machine.move_to(NOW, tick=False)
    tasks.send_statement_task.call(**arguments(graded_attempt(UserFactory())))
    deferring_backend.clear()

    assert tasks.statements_retry(now=NOW + datetime.timedelta(seconds=29)) == 0
    assert tasks.statements_retry(now=NOW + datetime.timedelta(seconds=30)) == 1
    assert [result.kwargs["kind"] for result in sends(deferring_backend)] == [statements.ATTEMPT_COMPLETED]


def test_backoff_doubles_up_to_an_hour():
    assert [tasks.backoff(n).total_seconds() for n in (1, 2, 3, 8, 20)] == [30, 60, 120, 3600, 3600]


def test_statement_ids_are_the_same_for_one_event_and_differ_between_sites(settings):
    first = statements.statement_id(statements.ATTEMPT_COMPLETED, 7)
    assert first == statements.statement_id(statements.ATTEMPT_COMPLETED, 7)
    assert first != statements.statement_id(statements.ATTEMPT_RESULT, 7)
    assert first != statements.statement_id(statements.ATTEMPT_COMPLETED, 8)
    settings.SITE_URL = "https://other.example"
    assert first != statements.statement_id(statements.ATTEMPT_COMPLETED, 7)


def test_a_cleared_answer_sends_nothing(lrs_down, django_capture_on_commit_callbacks):
    quiz = quiz_with_items(1)
    attempt = quiz_services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    item = attempt.items.get()
    with django_capture_on_commit_callbacks(execute=True):
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=[], now=NOW)

    assert XapiStatement.objects.count() == 0


def test_an_ordering_answer_is_a_sequencing_interaction_in_the_learners_order():
    quiz = quiz_with_items(1, qtype="ordering")
    attempt = quiz_services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    item = attempt.items.select_related("version").get()
    options = sorted(item.version.options.all(), key=lambda option: option.position)
    learner_order = [options[-1].pk, *(o.pk for o in options[:-1])]

    statement = statements.question_answered(
        actor=statements.agent("x"),
        item=item,
        attempt=attempt,
        version=item.version,
        options=options,
        selected=learner_order,
        graded=False,
        timestamp=NOW.isoformat(),
    )

    definition = statement["object"]["definition"]
    assert definition["interactionType"] == "sequencing"
    assert "correctResponsesPattern" not in definition
    assert statement["result"] == {"response": "[,]".join(statements.choice_id(pk) for pk in learner_order)}
    assert [c["id"] for c in definition["choices"]] == sorted(statements.choice_id(o.pk) for o in options)


def test_staff_see_the_outbox_and_send_failures_again(client, superuser, lrs_down, deferring_backend):
    tasks.send_statement_task.call(**arguments(graded_attempt(UserFactory())))
    deferring_backend.clear()
    record = XapiStatement.objects.get()
    client.force_login(superuser)
    url = reverse("admin:quizzes_xapistatement_changelist")

    page = client.get(url + "?status=failed")
    response = client.post(url, {"action": "send_again", "_selected_action": [record.pk]})

    assert page.status_code == 200
    assert (
        "could not be reached"
        in client.get(reverse("admin:quizzes_xapistatement_change", args=[record.pk])).content.decode()
    )
    assert response.status_code == 302
    assert [result.kwargs for result in sends(deferring_backend)] == [record.arguments]


def test_learners_cannot_open_the_outbox(client_as_learner):
    response = client_as_learner.get(reverse("admin:quizzes_xapistatement_changelist"))

    assert response.status_code == 302


def test_a_send_that_died_midway_is_picked_up_by_the_schedule(lrs_down, deferring_backend, time_machine):
    time_machine.move_to(NOW, tick=False)
    tasks.send_statement_task.call(**arguments(graded_attempt(UserFactory())))
    deferring_backend.clear()
    # As a worker killed during the PUT leaves it: claimed, never marked.
    XapiStatement.objects.update(status=XapiStatement.Status.PENDING, next_try_at=None)

    assert tasks.statements_retry(now=NOW + datetime.timedelta(minutes=14)) == 0
    assert tasks.statements_retry(now=NOW + datetime.timedelta(minutes=15)) == 1


def test_the_retry_command_queues_what_is_due(lrs_down, deferring_backend, time_machine):
    time_machine.move_to(NOW, tick=False)
    tasks.send_statement_task.call(**arguments(graded_attempt(UserFactory())))
    deferring_backend.clear()
    time_machine.move_to(NOW + datetime.timedelta(minutes=1), tick=False)
    out = io.StringIO()

    call_command("xapi_retry_due", stdout=out)

    assert out.getvalue() == "Queued 1 xAPI statement(s) to send again.\n"
    assert len(sends(deferring_backend)) == 1
