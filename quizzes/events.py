"""Learning events: what happened to a learner, announced after it is committed.

Integrations (xAPI statements to a Learning Record Store, LTI grade passback, and whatever comes
next) react to a learner's progress without the services knowing they exist. Each event is a
Django signal sent from `transaction.on_commit`, so a receiver only ever sees state that is
really in the database, and a rolled-back request announces nothing.

Receivers must be cheap and must not fail the learner's request: they enqueue a task (Django
Tasks) and return. `announce` uses `send_robust`, logs any receiver's exception and carries on.

Every event carries `now` (when it happened) plus the objects below; a receiver that needs an
idempotency key builds it from the primary keys it is given, never from the clock.
"""

import logging

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

#: (user, lesson, module, completion, now): a lesson was marked complete for the first time.
lesson_completed = Signal()
#: (attempt, item, now): an answer was saved on an attempt item (the item's `selected`); the
#: learner is `attempt.user_id` (not loaded, so the answer save stays at its query count).
question_answered = Signal()
#: (attempt, now): an attempt was submitted and graded (exactly once per attempt).
attempt_graded = Signal()
#: (user, module, completion, now): a module completion was recorded.
module_completed = Signal()
#: (user, observation, now): a skills check-off observation was signed (user is the learner).
observation_recorded = Signal()


def announce(signal: Signal, **kwargs) -> None:
    """Send `signal` once the current transaction commits (at once outside a transaction)."""

    def send():
        for receiver, result in signal.send_robust(sender=None, **kwargs):
            if isinstance(result, Exception):
                logger.error(
                    "A receiver of a learning event failed: %r",
                    receiver,
                    exc_info=(type(result), result, result.__traceback__),
                )

    transaction.on_commit(send)
