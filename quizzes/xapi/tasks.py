"""Sending statements in the background (Django Tasks), with retries and an outbox.

`send_statement_task` gets primitive arguments only (an event kind, primary keys, the event's
time), loads what it needs, builds the statement and PUTs it. Each statement id has one
`XapiStatement` row: a statement already sent is not sent again, and a failed send is recorded
(tries, last error, next try) and enqueued again after an exponential backoff (30 s, 1 min, 2 min,
… capped at an hour; `XAPI_MAX_TRIES` in all). Backends that cannot defer a task (the immediate
one of development and tests) leave the next try to `xapi_retry_due_task`, which a scheduler runs
every few minutes, as does the admin's "Send again" action.

The task never raises for an LRS failure: the failure is data (the outbox row), not a crash.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from courses.models import LessonCompletion, ModulePage
from quizzes.models import AttemptItem, ModuleCompletion, Observation
from quizzes.models.attempts import Attempt
from quizzes.xapi import lrs, statements
from quizzes.xapi.models import XapiActor, XapiStatement

logger = logging.getLogger(__name__)

BACKOFF_SECONDS = 30
BACKOFF_CAP_SECONDS = 3600


def actor_name(user_id: int):
    """The learner's opaque LRS name, made on first use."""
    found = XapiActor.objects.filter(user_id=user_id).values_list("name", flat=True).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return XapiActor.objects.create(user_id=user_id).name
    except IntegrityError:  # a concurrent task made it first
        return XapiActor.objects.values_list("name", flat=True).get(user_id=user_id)


def _module_of(page):
    return ModulePage.objects.parent_of(page).first()


def build(*, kind: str, keys: dict, timestamp: str) -> dict | None:
    """The statement for one event, or None when there is nothing to say (its records are gone, or
    an attempt has no pass/fail verdict)."""
    if kind == statements.LESSON_COMPLETED:
        completion = LessonCompletion.objects.select_related("lesson").filter(pk=keys["completion_id"]).first()
        if completion is None:
            return None
        module = ModulePage.objects.filter(pk=keys.get("module_id")).first() or _module_of(completion.lesson)
        return statements.lesson_completed(
            actor=statements.agent(actor_name(completion.user_id)),
            completion_id=completion.pk,
            lesson=completion.lesson,
            module=module,
            timestamp=timestamp,
        )
    if kind == statements.QUESTION_ANSWERED:
        item = (
            AttemptItem.objects.select_related("attempt__quiz__module", "version").filter(pk=keys["item_id"]).first()
        )
        if item is None:
            return None
        return statements.question_answered(
            actor=statements.agent(actor_name(item.attempt.user_id)),
            item=item,
            attempt=item.attempt,
            version=item.version,
            options=list(item.version.options.all()),
            selected=keys["selected"],
            graded=keys["graded"],
            timestamp=timestamp,
        )
    if kind in (statements.ATTEMPT_COMPLETED, statements.ATTEMPT_RESULT):
        attempt = Attempt.objects.select_related("quiz__module").filter(pk=keys["attempt_id"]).first()
        if attempt is None:
            return None
        builder = statements.attempt_completed if kind == statements.ATTEMPT_COMPLETED else statements.attempt_result
        return builder(actor=statements.agent(actor_name(attempt.user_id)), attempt=attempt, timestamp=timestamp)
    if kind == statements.MODULE_COMPLETED:
        completion = ModuleCompletion.objects.select_related("module").filter(pk=keys["completion_id"]).first()
        if completion is None:
            return None
        return statements.module_completed(
            actor=statements.agent(actor_name(completion.user_id)),
            completion=completion,
            module=completion.module,
            timestamp=timestamp,
        )
    if kind == statements.CHECKOFF_OBSERVED:
        observation = Observation.objects.select_related("checklist").filter(pk=keys["observation_id"]).first()
        if observation is None:
            return None
        return statements.checkoff_observed(
            actor=statements.agent(actor_name(observation.learner_id)),
            observation=observation,
            module=_module_of(observation.checklist),
            instructor=statements.agent(actor_name(observation.observer_id)),
            timestamp=timestamp,
        )
    raise ValueError(f"Unknown xAPI event kind {kind!r}")


def backoff(tries: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(BACKOFF_SECONDS * 2 ** max(tries - 1, 0), BACKOFF_CAP_SECONDS))


def _enqueue_later(arguments: dict, when: datetime.datetime) -> None:
    if send_statement_task.get_backend().supports_defer:
        send_statement_task.using(run_after=when).enqueue(**arguments)


@task()
def send_statement_task(*, kind: str, keys: dict, timestamp: str) -> str:
    """Build and send the statement of one learning event; returns what happened (for the logs)."""
    if not lrs.enabled():
        return "off"
    arguments = {"kind": kind, "keys": keys, "timestamp": timestamp}
    built = build(**arguments)
    if built is None:
        return "nothing to send"
    record, _ = XapiStatement.objects.get_or_create(
        statement_id=built["id"], defaults={"kind": kind, "arguments": arguments}
    )
    if record.status == XapiStatement.Status.SENT:
        return "already sent"
    now = timezone.now()
    tries = record.tries + 1
    try:
        status_code = lrs.statement_put(built)
    except lrs.LrsError as error:
        gave_up = tries >= settings.XAPI_MAX_TRIES
        next_try = None if gave_up else now + backoff(tries)
        XapiStatement.objects.filter(pk=record.pk).update(
            status=XapiStatement.Status.GAVE_UP if gave_up else XapiStatement.Status.FAILED,
            tries=tries,
            last_error=str(error)[:2000],
            next_try_at=next_try,
        )
        logger.warning("xAPI statement %s (%s) not sent, try %s: %s", built["id"], kind, tries, error)
        if next_try is not None:
            _enqueue_later(arguments, next_try)
        return "failed"
    XapiStatement.objects.filter(pk=record.pk).update(
        status=XapiStatement.Status.SENT, tries=tries, last_error="", next_try_at=None, sent_at=now
    )
    return "sent" if status_code != 409 else "already stored"


# A row still pending this long after it was made belongs to a task that died mid-send (a worker
# killed during the PUT): no run will finish it, so the schedule sends it again.
STUCK_AFTER = datetime.timedelta(minutes=15)


def statements_retry(*, now: datetime.datetime, records=None) -> int:
    """Enqueue a send for each failed statement whose next try is due, and each one stuck pending
    (or for `records`, the admin's selection); returns how many."""
    if records is None:
        records = XapiStatement.objects.filter(
            Q(status=XapiStatement.Status.FAILED, next_try_at__lte=now)
            | Q(status=XapiStatement.Status.PENDING, created_at__lte=now - STUCK_AFTER)
        )
    count = 0
    for record in records.exclude(status=XapiStatement.Status.SENT).only("arguments"):
        send_statement_task.enqueue(**record.arguments)
        count += 1
    return count


@task()
def xapi_retry_due_task() -> int:
    """Send again every failed statement whose backoff has passed; schedule it every few minutes."""
    return statements_retry(now=timezone.now())
