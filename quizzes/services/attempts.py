"""The attempt engine: start, answer, flag, submit and expire. All state lives on the server.

Races are settled by the database, not by Python: one open attempt per learner and quiz is a
partial unique constraint; answers are single-row conditional UPDATEs; submitting flips the state
with `UPDATE ... WHERE state='in_progress'`, and only the caller whose UPDATE changed the row grades.
On PostgreSQL the attempt row is also locked first (`select_for_update`), so an answer save and a
submit never interleave. SQLite serializes writers by itself; there we never read before the first
write of a transaction, so a transaction never has to upgrade a stale read snapshot.
"""

import datetime
import random
import secrets

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max, Q
from django.utils import dateformat, timezone

from lms import versions
from lms.db import retry_when_sqlite_locked
from quizzes import events, scoring
from quizzes.analysis.tallies import item_tallies_add
from quizzes.models import Attempt, AttemptItem, Quiz
from quizzes.services import grading
from quizzes.services.assembly import AssemblyError, build_items, latest_versions, pick_questions

IN_PROGRESS = Attempt.State.IN_PROGRESS


class AttemptError(Exception):
    """A refusal to show the learner; `str(error)` is the message."""


class StartRefused(AttemptError):
    pass


class AnswerRefused(AttemptError):
    pass


class AttemptClosed(AttemptError):
    pass


class AttemptExpired(AttemptClosed):
    """Time ran out; the attempt has been submitted automatically."""


def local_time(value: datetime.datetime) -> str:
    return dateformat.format(timezone.localtime(value), r"M j, Y \a\t g:i A")


def is_expired(attempt: Attempt, now: datetime.datetime) -> bool:
    return attempt.state == IN_PROGRESS and attempt.deadline is not None and now >= attempt.deadline


def deadline_for(*, user, quiz: Quiz, started_at: datetime.datetime) -> datetime.datetime | None:
    """Start + time limit × the learner's accommodation multiplier (None when untimed)."""
    if not quiz.time_limit_minutes:
        return None
    seconds = int(quiz.time_limit_minutes * 60 * grading.as_decimal(user.time_multiplier))
    return started_at + datetime.timedelta(seconds=seconds)


def _lock_attempt(pk: int) -> None:
    """Take the attempt's row lock where the database has row locks (see the module docstring)."""
    if connection.features.has_select_for_update:
        list(Attempt.objects.select_for_update().filter(pk=pk).values_list("pk", flat=True))


def _open_attempt(*, user, quiz) -> Attempt | None:
    return Attempt.objects.select_related("quiz").filter(user=user, quiz=quiz, state=IN_PROGRESS).first()


def _check_may_start(*, user, quiz: Quiz, now) -> int:
    """Raise StartRefused when the attempt limit or cool-down forbids a new attempt; else return
    the new attempt's number."""
    stats = Attempt.objects.filter(user=user, quiz=quiz).aggregate(
        used=Count("pk"), last_number=Max("number"), last_submitted=Max("submitted_at")
    )
    if quiz.attempts_allowed is not None and stats["used"] >= quiz.attempts_allowed:
        plural = "attempt" if quiz.attempts_allowed == 1 else "attempts"
        raise StartRefused(f"You have used all {quiz.attempts_allowed} {plural} allowed for this quiz.")
    if quiz.cooldown_minutes and stats["last_submitted"] is not None:
        ready_at = stats["last_submitted"] + datetime.timedelta(minutes=quiz.cooldown_minutes)
        if now < ready_at:
            raise StartRefused(
                f"You can start your next attempt on {local_time(ready_at)} "
                f"({quiz.cooldown_minutes} minutes after your last attempt)."
            )
    return (stats["last_number"] or 0) + 1


@retry_when_sqlite_locked
def attempt_start(*, user, quiz: Quiz, now: datetime.datetime, feedback_mode: str = "") -> Attempt:
    """Start an attempt, or return the learner's open one (an expired open one is submitted first).

    `feedback_mode` ("tutor" or "exam") is the learner's choice for a practice exam; empty keeps
    the quiz's own mode. An open attempt keeps the mode it was started with.

    Raises StartRefused with a message when the attempt limit or cool-down forbids it, or the quiz
    has no deliverable questions.
    """
    existing = _open_attempt(user=user, quiz=quiz)
    if existing is not None:
        if not is_expired(existing, now):
            return existing
        attempt_submit(attempt=existing, now=now, reason=Attempt.SubmitReason.EXPIRED)
    number = _check_may_start(user=user, quiz=quiz, now=now)

    seed = secrets.randbits(62)
    rng = random.Random(seed)
    try:
        picks = pick_questions(quiz=quiz, user=user, rng=rng)
    except AssemblyError as error:
        raise StartRefused(str(error)) from error
    versions = latest_versions([pick.question_id for pick in picks])
    items = build_items(picks=picks, versions=versions, quiz=quiz, seed=seed, rng=rng)
    try:
        attempt = _create(
            items=items,
            user=user,
            quiz=quiz,
            number=number,
            seed=seed,
            started_at=now,
            deadline=deadline_for(user=user, quiz=quiz, started_at=now),
            feedback_mode=feedback_mode if feedback_mode in (Quiz.Feedback.TUTOR, Quiz.Feedback.EXAM) else "",
        )
    except IntegrityError:
        # A concurrent start (double click, two tabs) won the race; resume its attempt.
        winner = _open_attempt(user=user, quiz=quiz)
        if winner is None:
            raise
        return winner
    return attempt


@retry_when_sqlite_locked
@transaction.atomic
def _create(*, items, **fields) -> Attempt:
    attempt = Attempt.objects.create(**fields)
    for item in items:
        item.pk = None  # a retried transaction must not reuse ids from the rolled-back one
        item.attempt = attempt
    AttemptItem.objects.bulk_create(items)
    return attempt


def attempt_expire_if_due(*, attempt: Attempt, now: datetime.datetime) -> Attempt:
    """Submit the attempt with reason "expired" if its deadline has passed; return it either way."""
    if is_expired(attempt, now):
        return attempt_submit(attempt=attempt, now=now, reason=Attempt.SubmitReason.EXPIRED)
    return attempt


def _refuse_closed(attempt: Attempt, now) -> None:
    if attempt.state != IN_PROGRESS:
        raise AttemptClosed("This attempt has already been submitted, so answers can no longer be changed.")
    if is_expired(attempt, now):
        attempt_submit(attempt=attempt, now=now, reason=Attempt.SubmitReason.EXPIRED)
        raise AttemptExpired(
            f"Time ran out at {local_time(attempt.deadline)}, so this answer was not saved. "
            "Your attempt has been submitted with the answers saved before then."
        )


def validate_selection(item: AttemptItem, selected) -> list[int] | None:
    """Return the chosen option ids (None when nothing is chosen) or raise AnswerRefused.

    The item's `option_order` is the version's option ids (every one, in this learner's order:
    `assembly.option_order`), and a version an item points at never changes, so the check needs no
    query for the options (issue 19)."""
    version = item.version
    ids = [int(i) for i in (selected or [])]
    if not ids:
        return None
    known = set(item.option_order)
    if not set(ids) <= known:
        raise AnswerRefused("That answer is not one of this question's options. Please choose again.")
    if len(set(ids)) != len(ids):
        raise AnswerRefused("Each option can be chosen only once.")
    if version.qtype in ("single", "truefalse") and len(ids) != 1:
        raise AnswerRefused("Choose one answer.")
    if version.qtype == "multi" and version.choose_n and len(ids) > version.choose_n:
        raise AnswerRefused(f"Choose at most {version.choose_n} answers.")
    if version.qtype == "ordering" and len(ids) != len(known):
        raise AnswerRefused(f"Give every step a different position from 1 to {len(known)}.")
    return ids


def _item_filter(item: AttemptItem, now) -> Q:
    """The item, only while its attempt is open and in time: the condition of every item UPDATE.

    The attempt is tested in a subquery rather than through a join: an UPDATE filtered across a
    join is compiled by Django into a second SELECT of the items' ids, which made building the
    answer save's UPDATE cost more than running it (issue 19). The same rows match either way."""
    open_attempt = Attempt.objects.filter(
        Q(deadline__isnull=True) | Q(deadline__gt=now), pk=item.attempt_id, state=IN_PROGRESS
    )
    return Q(pk=item.pk, attempt_id__in=open_attempt.values("pk"))


@retry_when_sqlite_locked
def attempt_answer(*, attempt: Attempt, item: AttemptItem, selected, now: datetime.datetime) -> AttemptItem:
    """Save the learner's answer (VersionOption ids; in order for ordering items) and return the item.

    Saving the same answer again is harmless. Refused with a message for ids that are not the
    item's options, on a submitted attempt, and after the deadline (which also auto-submits). In
    tutor mode the item is graded as it is saved, and its answer is then locked.
    """
    if item.attempt_id != attempt.pk:
        raise AnswerRefused("That question is not part of this attempt.")
    _refuse_closed(attempt, now)
    ids = validate_selection(item, selected)

    values = {"selected": ids, "answered_at": now if ids else None}
    tutor = attempt.tutor
    condition = _item_filter(item, now)
    if tutor:
        condition &= Q(points__isnull=True)
        if ids:
            result = grading.item_result(quiz=attempt.quiz, item=item, selected=ids)
            values.update(points=result.points, is_correct=result.correct)
    updated = _update_item(attempt_pk=attempt.pk, condition=condition, values=values)
    if not updated:
        fresh = AttemptItem.objects.select_related("attempt").get(pk=item.pk)
        _refuse_closed(fresh.attempt, now)
        if fresh.selected == ids:
            return fresh
        raise AnswerRefused("You have already checked this answer, so it can no longer be changed.")
    for field, value in values.items():
        setattr(item, field, value)
    events.announce(events.question_answered, attempt=attempt, item=item, now=now)
    return item


@retry_when_sqlite_locked
@transaction.atomic
def _update_item(*, attempt_pk: int, condition: Q, values: dict) -> int:
    _lock_attempt(attempt_pk)
    return AttemptItem.objects.filter(condition).update(**values)


@retry_when_sqlite_locked
def attempt_flag(*, attempt: Attempt, item: AttemptItem, flagged: bool, now: datetime.datetime) -> AttemptItem:
    """Mark or unmark an item for review. Refused on a submitted or expired attempt."""
    if item.attempt_id != attempt.pk:
        raise AnswerRefused("That question is not part of this attempt.")
    _refuse_closed(attempt, now)
    updated = _update_item(attempt_pk=attempt.pk, condition=_item_filter(item, now), values={"flagged": flagged})
    if not updated:
        _refuse_closed(Attempt.objects.get(pk=attempt.pk), now)
    item.flagged = flagged
    return item


def attempt_submit(*, attempt: Attempt, now: datetime.datetime, reason: str = Attempt.SubmitReason.LEARNER) -> Attempt:
    """Submit and grade the attempt exactly once; return it graded.

    Of any number of concurrent calls, only the one whose conditional UPDATE flips the state grades;
    the others return the attempt as the winner left it. Field-test items are excluded from the score.
    """
    return _submit(attempt=attempt, now=now, reason=reason)[0]


@retry_when_sqlite_locked
def _submit(*, attempt: Attempt, now, reason) -> tuple[Attempt, bool]:
    quiz = attempt.quiz
    with transaction.atomic():
        _lock_attempt(attempt.pk)
        won = Attempt.objects.filter(pk=attempt.pk, state=IN_PROGRESS).update(
            state=Attempt.State.SUBMITTED, submitted_at=now, submit_reason=reason
        )
        if not won:
            return Attempt.objects.select_related("quiz").get(pk=attempt.pk), False
        items = list(
            AttemptItem.objects.filter(attempt_id=attempt.pk)
            .select_related("version")
            .prefetch_related("version__options")
        )
        score = grading.grade_items(quiz=quiz, items=items)
        AttemptItem.objects.bulk_update(items, ["points", "is_correct"])
        names = {}
        if quiz.blueprint_id:
            names = dict(quiz.blueprint.domains.values_list("code", "name"))
        graded = {
            "points": score.points,
            "max_points": score.max_points,
            "percent": score.percent,
            "passed": scoring.passed(score, quiz.pass_mark),
            "domain_scores": grading.domain_rows(score=score, names=names),
        }
        Attempt.objects.filter(pk=attempt.pk).update(**graded)
        attempt.state = Attempt.State.SUBMITTED
        attempt.submitted_at = now
        attempt.submit_reason = reason
        for field, value in graded.items():
            setattr(attempt, field, value)
        # Inside the transaction, so they run exactly once per attempt: only the winning submit
        # reaches this line.
        # One progress-version bump for the grading (QuerySet.update() above sends no signal) and
        # everything it records: review cards, a completion, a credit, a certificate.
        with versions.batch([attempt.user_id]):
            _progress_after_grading(attempt=attempt, quiz=quiz, now=now)
        # Last, so the quiz-wide totals row is locked only until the commit.
        item_tallies_add(attempt=attempt, items=items)
        events.announce(events.attempt_graded, attempt=attempt, now=now)
    return attempt, True


def _progress_after_grading(*, attempt: Attempt, quiz, now) -> None:
    """A passed module assessment may complete the module (credit, certificate); every graded
    attempt feeds the learner's spaced-review queue."""
    # Seam inside the quizzes layer: progress.services builds on this package (quiz_services), and
    # grading hands its result to progress here, the one call back.
    from quizzes.progress import services as progress_services

    if quiz.kind == quiz.Kind.ASSESSMENT and quiz.module_id and attempt.passed:
        progress_services.module_completion_check(user=attempt.user, module=quiz.module, now=now)
    if quiz.kind != quiz.Kind.KNOWLEDGE_CHECK:
        progress_services.review_enqueue_from_attempt(attempt=attempt)


def attempts_expire_due(*, now: datetime.datetime) -> int:
    """Auto-submit every in-progress attempt whose deadline has passed; return how many."""
    due = Attempt.objects.select_related("quiz").filter(state=IN_PROGRESS, deadline__lte=now)
    return sum(_submit(attempt=attempt, now=now, reason=Attempt.SubmitReason.EXPIRED)[1] for attempt in due)
