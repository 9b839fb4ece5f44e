"""Receivers of the learning events (`quizzes.events`): each only enqueues `send_statement_task`.

They run after the learner's transaction committed and pass primitives only (a kind, primary keys,
the event's time), so the queued task is small, serialisable, and rebuilds the statement from the
database. With XAPI_LRS_URL unset they do nothing at all.
"""

from quizzes import events
from quizzes.xapi import lrs, statements
from quizzes.xapi.tasks import send_statement_task


def _send(kind: str, now, **keys) -> None:
    if lrs.enabled():
        send_statement_task.enqueue(kind=kind, keys=keys, timestamp=now.isoformat())


def on_lesson_completed(*, user, lesson, module, completion, now, **kwargs):
    _send(statements.LESSON_COMPLETED, now, completion_id=completion.pk, module_id=getattr(module, "pk", None))


def on_question_answered(*, attempt, item, now, **kwargs):
    if not item.selected:
        return  # a cleared answer is no answer
    # `graded`: tutor mode grades the item as it is saved, so its outcome is already the learner's;
    # in exam mode it is False and the statement says nothing about correctness.
    _send(
        statements.QUESTION_ANSWERED,
        now,
        item_id=item.pk,
        selected=list(item.selected),
        graded=item.points is not None,
    )


def on_attempt_graded(*, attempt, now, **kwargs):
    _send(statements.ATTEMPT_COMPLETED, now, attempt_id=attempt.pk)
    if attempt.passed is not None:
        _send(statements.ATTEMPT_RESULT, now, attempt_id=attempt.pk)


def on_module_completed(*, user, module, completion, now, **kwargs):
    _send(statements.MODULE_COMPLETED, now, completion_id=completion.pk)


def on_observation_recorded(*, user, observation, now, **kwargs):
    _send(statements.CHECKOFF_OBSERVED, now, observation_id=observation.pk)


def connect() -> None:
    """Called from QuizzesConfig.ready()."""
    for signal, receiver in (
        (events.lesson_completed, on_lesson_completed),
        (events.question_answered, on_question_answered),
        (events.attempt_graded, on_attempt_graded),
        (events.module_completed, on_module_completed),
        (events.observation_recorded, on_observation_recorded),
    ):
        signal.connect(receiver, dispatch_uid=f"xapi-{receiver.__name__}")
