"""The LTI tool's receivers of learning events (quizzes/events.py)."""

from django.db import transaction

from quizzes import events
from quizzes.lti import services, tasks


def score_on_graded(*, attempt, now, **kwargs) -> None:
    """A graded attempt of a learner who came through an LTI link owes the platform its score.
    The rows are made here (idempotent); each is sent by its own task after this commits."""
    for passback in services.passbacks_create(attempt=attempt, now=now):
        transaction.on_commit(lambda pk=passback.pk: tasks.score_passback_task.enqueue(pk))


def connect() -> None:
    events.attempt_graded.connect(score_on_graded, dispatch_uid="lti-score-on-graded")
