"""xAPI statements against a real LRS (Ralph, started by the `ralph` fixture): they arrive for each
learning event, pass the LRS's check and Ralph's strict xAPI model, carry no answer key, and a
task run again never makes a second statement."""

import datetime
import json

import pytest
from django.conf import settings
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from courses import services as course_services
from courses.models import HomePage
from quizzes import services as quiz_services
from quizzes.models import Quiz
from quizzes.xapi import statements, tasks
from quizzes.xapi.models import XapiActor, XapiStatement
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory
from tests.quizzes.factories import quiz_with_items
from tests.quizzes.xapi.ralph import free_port, validate
from tests.skills.conftest import NOW, STEPS, SkillsChecklistPageFactory, member, observe

pytestmark = pytest.mark.django_db

VERBS = {
    statements.LESSON_COMPLETED: {statements.VERB_COMPLETED},
    statements.QUESTION_ANSWERED: {statements.VERB_ANSWERED},
    statements.ATTEMPT_COMPLETED: {statements.VERB_COMPLETED},
    statements.ATTEMPT_RESULT: {statements.VERB_PASSED, statements.VERB_FAILED},
    statements.MODULE_COMPLETED: {statements.VERB_COMPLETED},
    statements.CHECKOFF_OBSERVED: {statements.VERB_PASSED, statements.VERB_FAILED},
}


@pytest.fixture
def course(db):
    catalog = CatalogPageFactory(parent=HomePage.objects.first())
    module = ModulePageFactory(parent=catalog, title="Safe transfers")
    lesson = LessonPageFactory(parent=module, title="Stand-pivot lesson")
    checklist = SkillsChecklistPageFactory(
        parent=module,
        title="Stand-pivot transfer",
        steps=[
            {"type": "step", "value": {"text": text, "critical": critical, "lesson": lesson.pk}}
            for text, critical in STEPS
        ],
    )
    quiz = quiz_with_items(2, module=module, kind=Quiz.Kind.ASSESSMENT, shuffle_questions=False)
    return module, lesson, checklist, quiz


def answer_all(attempt, *, right: bool):
    for item in attempt.items.select_related("version").prefetch_related("version__options").order_by("position"):
        options = sorted(item.version.options.all(), key=lambda option: option.position)
        chosen = [o.pk for o in options if o.is_correct == right][:1]
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=chosen, now=NOW)


def sent(kind=None):
    rows = XapiStatement.objects.all()
    if kind:
        rows = rows.filter(kind=kind)
    return list(rows)


def test_every_learning_event_arrives_in_the_lrs_as_a_valid_statement(
    xapi, course, organization, django_capture_on_commit_callbacks
):
    module, lesson, checklist, quiz = course
    learner = member(organization, name="Terry Trainee").user
    observer = member(organization, "educator", credential="otr", name="Olive OTR").user

    with django_capture_on_commit_callbacks(execute=True):
        course_services.lesson_complete(user=learner, lesson=lesson)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
        answer_all(attempt, right=True)
        quiz_services.attempt_submit(attempt=attempt, now=NOW + datetime.timedelta(minutes=3))
    with django_capture_on_commit_callbacks(execute=True):
        observe(checklist, learner, observer)

    rows = sent()
    assert {row.kind for row in rows} == set(VERBS)
    assert [row.status for row in rows] == [XapiStatement.Status.SENT] * len(rows)
    assert len(sent(statements.QUESTION_ANSWERED)) == 2

    stored = [xapi.statement(str(row.statement_id)) for row in rows]
    assert None not in stored
    for row, statement in zip(rows, stored, strict=True):
        assert statement["id"] == str(row.statement_id)
        assert statement["verb"]["id"] in VERBS[row.kind]
    assert validate(stored) == []

    by_kind = {row.kind: statement for row, statement in zip(rows, stored, strict=True)}
    actor = {"objectType": "Agent", "account": {"homePage": xapi_site(), "name": learner_name(learner)}}
    assert all(statement["actor"] == actor for statement in stored)

    completed = by_kind[statements.ATTEMPT_COMPLETED]
    assert completed["object"]["id"] == f"{xapi_site()}/xapi/activities/quiz/{quiz.pk}"
    assert completed["result"] == {
        "completion": True,
        "success": True,
        "score": {"scaled": 1, "raw": 2, "min": 0, "max": 2},
        "duration": "PT180S",
    }
    assert by_kind[statements.ATTEMPT_RESULT]["verb"]["id"] == statements.VERB_PASSED
    answered = by_kind[statements.QUESTION_ANSWERED]
    # By default the bank's text stays here: ids only.
    assert "description" not in answered["object"]["definition"]
    assert all(set(choice) == {"id"} for choice in answered["object"]["definition"]["choices"])
    assert answered["context"]["registration"] == completed["context"]["registration"]
    assert answered["context"]["contextActivities"]["parent"][0]["id"] == completed["object"]["id"]
    assert by_kind[statements.MODULE_COMPLETED]["object"]["id"] == f"{xapi_site()}/xapi/activities/module/{module.pk}"
    assert by_kind[statements.LESSON_COMPLETED]["object"]["definition"]["type"] == statements.TYPE_LESSON
    checkoff = by_kind[statements.CHECKOFF_OBSERVED]
    assert checkoff["verb"]["id"] == statements.VERB_PASSED
    assert checkoff["result"]["success"] is True
    assert checkoff["context"]["instructor"]["account"]["name"] == learner_name(observer)


def xapi_site():
    return settings.SITE_URL


def learner_name(user) -> str:
    return str(XapiActor.objects.get(user=user).name)


def test_no_statement_carries_an_answer_key_or_the_learners_email(
    xapi, course, organization, django_capture_on_commit_callbacks, settings
):
    settings.XAPI_QUESTION_TEXT = True  # the most a statement can say: still no key
    module, lesson, checklist, quiz = course
    learner = member(organization, name="Terry Trainee", email="terry@clinic.example").user

    with django_capture_on_commit_callbacks(execute=True):
        attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
        answer_all(attempt, right=False)
        quiz_services.attempt_submit(attempt=attempt, now=NOW)

    stored = [xapi.statement(str(row.statement_id)) for row in sent()]
    text = json.dumps(stored)
    assert "correctResponsesPattern" not in text
    assert "terry@clinic.example" not in text and "Terry Trainee" not in text and "mbox" not in text
    for item in attempt.items.select_related("version").prefetch_related("version__options"):
        assert item.version.rationale not in text
        for option in item.version.options.all():
            assert option.rationale not in text
    answered = [s for s in stored if s["verb"]["id"] == statements.VERB_ANSWERED]
    assert len(answered) == 2
    assert {s["object"]["definition"]["description"]["en-US"] for s in answered} == {
        item.version.stem for item in attempt.items.all()
    }
    for statement in answered:
        # Exam mode: the answer's outcome stays unsaid; the choices are opaque and not in authored order.
        assert set(statement["result"]) == {"response"}
        choices = statement["object"]["definition"]["choices"]
        assert [c["id"] for c in choices] == sorted(c["id"] for c in choices)
        assert statement["result"]["response"] in {c["id"] for c in choices}
    result = next(s for s in stored if s["id"] == statements.statement_id(statements.ATTEMPT_RESULT, attempt.pk))
    assert result["verb"]["id"] == statements.VERB_FAILED
    assert result["result"]["success"] is False
    assert validate(stored) == []


def test_tutor_mode_answers_say_whether_they_were_right(
    xapi, course, organization, django_capture_on_commit_callbacks
):
    *_, quiz = course
    Quiz.objects.filter(pk=quiz.pk).update(feedback_mode=Quiz.Feedback.TUTOR)
    quiz.refresh_from_db()
    learner = member(organization).user

    with django_capture_on_commit_callbacks(execute=True):
        attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
        answer_all(attempt, right=True)

    answered = [xapi.statement(str(row.statement_id)) for row in sent(statements.QUESTION_ANSWERED)]
    assert [s["result"]["success"] for s in answered] == [True, True]
    assert {s["context"]["extensions"][f"{xapi_site()}/xapi/extensions/feedback-mode"] for s in answered} == {"tutor"}


def test_a_task_run_again_sends_no_second_statement(xapi, course, organization, django_capture_on_commit_callbacks):
    *_, quiz = course
    learner = member(organization).user
    with django_capture_on_commit_callbacks(execute=True):
        attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
        quiz_services.attempt_submit(attempt=attempt, now=NOW)
    record = XapiStatement.objects.get(kind=statements.ATTEMPT_COMPLETED)
    arguments = record.arguments

    # The worker died after the PUT but before it recorded it: the task runs again from the start.
    XapiStatement.objects.filter(pk=record.pk).update(status=XapiStatement.Status.PENDING)
    assert tasks.send_statement_task.call(**arguments) == "sent"
    # And once it is recorded, a further run does not even ask the LRS.
    assert tasks.send_statement_task.call(**arguments) == "already sent"

    actor = {"objectType": "Agent", "account": {"homePage": xapi_site(), "name": learner_name(learner)}}
    mine = xapi.statements(agent=json.dumps(actor))
    ids = [s["id"] for s in mine]
    assert ids.count(str(record.statement_id)) == 1
    assert sorted(ids) == sorted(str(row.statement_id) for row in sent())
    assert XapiStatement.objects.filter(statement_id=record.statement_id).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the page tree survives earlier flushes
def test_lrs_down_the_learner_still_saves_and_the_failure_waits_for_a_retry(xapi, client, organization, settings):
    *_, quiz = _course_for_transactional_test()
    learner = member(organization).user
    client.force_login(learner)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
    settings.XAPI_LRS_URL = f"http://127.0.0.1:{free_port()}/xAPI"  # nothing listens there

    response = client.post(
        reverse("quizzes:attempt-question", args=[attempt.pk, 1]), {"answer": "1"}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 200
    record = XapiStatement.objects.get(kind=statements.QUESTION_ANSWERED)
    assert record.status == XapiStatement.Status.FAILED
    assert record.tries == 1
    assert "could not be reached" in record.last_error
    assert record.next_try_at is not None

    settings.XAPI_LRS_URL = xapi.url  # the LRS is back; the scheduled retry sends it
    assert tasks.statements_retry(now=record.next_try_at) == 1
    record.refresh_from_db()
    assert (record.status, record.tries, record.last_error) == (XapiStatement.Status.SENT, 2, "")
    assert xapi.statement(str(record.statement_id))["verb"]["id"] == statements.VERB_ANSWERED


def _course_for_transactional_test():
    catalog = CatalogPageFactory(parent=HomePage.objects.first())
    module = ModulePageFactory(parent=catalog, title="Safe transfers")
    lesson = LessonPageFactory(parent=module, title="Stand-pivot lesson")
    quiz = quiz_with_items(1, module=module, kind=Quiz.Kind.ASSESSMENT, shuffle_questions=False)
    return module, lesson, quiz


def test_with_the_database_queue_the_request_only_queues_and_the_worker_sends(
    xapi, course, organization, client, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # production's queue
    *_, quiz = course
    learner = member(organization).user
    client.force_login(learner)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("quizzes:attempt-question", args=[attempt.pk, 1]), {"answer": "1"}, HTTP_HX_REQUEST="true"
        )

    assert response.status_code == 200
    assert XapiStatement.objects.count() == 0  # nothing was sent in the request
    queued = DBTaskResult.objects.get(task_path="quizzes.xapi.tasks.send_statement_task")
    assert queued.status == TaskResultStatus.READY
    kwargs = queued.args_kwargs["kwargs"]
    item = attempt.items.get(position=1)
    assert kwargs == {
        "kind": statements.QUESTION_ANSWERED,
        "keys": {"item_id": item.pk, "selected": item.selected, "graded": False},
        "timestamp": item.answered_at.isoformat(),
    }

    # What the worker does with the row (`manage.py run_worker`; a real worker process is in tests/lms).
    assert tasks.send_statement_task.call(**kwargs) == "sent"
    record = XapiStatement.objects.get()
    assert xapi.statement(str(record.statement_id))["result"]["response"] == statements.choice_id(item.selected[0])
