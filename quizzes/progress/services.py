"""State changes for progress: completion, credit, certificates, external CE and spaced review.

Each function owns one change, in a transaction, with keyword-only arguments. The ledger is
append-only; a correction is `credit_reverse`. Double awards are impossible by construction: a
completion is unique per (learner, module, day) and refused while an unexpired one exists (checked
under a lock on the learner's row), and a credit entry is unique per completion.
"""

import datetime
import secrets
from decimal import Decimal

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from courses import selectors as course_selectors
from courses.models import ModulePage
from lms import versions
from lms.db import retry_when_sqlite_locked
from lms.models import User

# A module, not names: the attempt engine calls into this module too, so neither may need the
# other's names while it is still being imported.
from quizzes import events
from quizzes import services as quiz_services
from quizzes.models import (
    Attempt,
    Certificate,
    CreditEntry,
    ExternalCredit,
    LicenceRenewal,
    ModuleCompletion,
    Question,
    Quiz,
    QuizItem,
    ReviewCard,
)
from quizzes.progress import conversions, eligibility, review
from quizzes.progress.evidence import EXTENSIONS, check_evidence
from quizzes.progress.goals import add_months
from quizzes.skills import selectors as skills_selectors


class ProgressError(Exception):
    """A refusal to show the person; `str(error)` is the message."""


# ----------------------------------------------------------------------------------- completion


def _lock_user(user: User) -> None:
    """Serialise one learner's completions (PostgreSQL row lock; SQLite serialises writers itself)."""
    if connection.features.has_select_for_update:
        list(User.objects.select_for_update().filter(pk=user.pk).values_list("pk", flat=True))


def _assessment_state(*, user, module: ModulePage, since: datetime.datetime | None) -> tuple[bool, bool]:
    """(has an assessment, the learner passed one of them after `since`), in one query."""
    passed = Q(attempts__user=user, attempts__state=Attempt.State.SUBMITTED, attempts__passed=True)
    if since is not None:
        passed &= Q(attempts__submitted_at__gt=since)
    counts = Quiz.objects.filter(module=module, kind=Quiz.Kind.ASSESSMENT, is_published=True).aggregate(
        quizzes=Count("pk", distinct=True), passed=Count("attempts", filter=passed)
    )
    return counts["quizzes"] > 0, counts["passed"] > 0


def lesson_completed(
    *, user, lesson, module: ModulePage, completion=None, created: bool = True, now: datetime.datetime
) -> None:
    """A lesson of `module` was just completed (the `lesson_completed` seam of `courses.services`):
    the module may be complete now. The first completion is announced as a learning event."""
    if created and completion is not None:
        events.announce(
            events.lesson_completed, user=user, lesson=lesson, module=module, completion=completion, now=now
        )
    module_completion_check(user=user, module=module, now=now)


@retry_when_sqlite_locked
@transaction.atomic
def module_completion_check(*, user, module: ModulePage, now: datetime.datetime) -> ModuleCompletion | None:
    """Record the module as complete if it now is; award its credit and issue its certificate.

    Complete = every published lesson complete, when the module has a published assessment
    quiz, a passed attempt (after the previous completion, for a renewal), and every published
    skills checklist the module requires signed off and current. Returns the new
    completion, or None when the module is not complete or an unexpired completion already exists.
    Safe to call as often as you like, from any number of concurrent requests: it records once.
    """
    _lock_user(user)
    previous = ModuleCompletion.objects.filter(user=user, module=module).order_by("-completed_at").first()
    if previous is not None and not previous.is_expired(now):
        return None
    if not course_selectors.module_progress(user=user, module=module).lessons_done:
        return None
    has_assessment, passed = _assessment_state(
        user=user, module=module, since=previous.completed_at if previous else None
    )
    if has_assessment and not passed:
        return None
    if not skills_selectors.checklists_done(user=user, module=module, now=now):
        return None
    try:
        with transaction.atomic():
            completion = ModuleCompletion.objects.create(
                user=user,
                module=module,
                completed_at=now,
                completed_on=timezone.localdate(now),
                expires_at=completion_expires_at(module=module, completed_at=now),
            )
    except IntegrityError:
        return None  # a concurrent request recorded it first
    if module.ce_contact_hours > 0:
        _credit_award(completion=completion, module=module, assessed=has_assessment, now=now)
        Certificate.objects.create(user=user, completion=completion, issued_at=now)
    events.announce(events.module_completed, user=user, module=module, completion=completion, now=now)
    return completion


def completion_expires_at(*, module: ModulePage, completed_at: datetime.datetime) -> datetime.datetime | None:
    """When a completion of `module` lapses: `renewal_months` later, or never. Pure; the bulk
    benchmark seeder calls it too, so there is one rule."""
    return add_months(completed_at, module.renewal_months) if module.renewal_months else None


def module_credit_entry(
    *, completion: ModuleCompletion, module: ModulePage, assessed: bool, mandated_by=None
) -> CreditEntry:
    """The (unsaved) ledger entry a completion of `module` earns: the NBCOT conversions applied to
    the module's credit attributes. PDUs depend on how the learner took the module (see
    `eligibility`): under an onboarding or annual-compliance assignment (`mandated_by`) it earns
    none, and the entry says why. Pure, so bulk writers (the benchmark seeder) reuse the rule."""
    approved = bool(module.approval_number.strip())
    decision = eligibility.pdu_decision(
        module_eligible=module.pdu_eligible, mandated_by=mandated_by, approved_provider=approved
    )
    units = conversions.module_units(
        contact_hours=module.ce_contact_hours,
        pdu_eligible=decision.eligible,
        assessed=assessed,
        approved_provider=approved,
    )
    category_hours = None
    if module.state_categories and module.category_contact_hours is not None:
        category_hours = min(module.category_contact_hours, units.contact_hours)
    return CreditEntry(
        user_id=completion.user_id,
        kind=CreditEntry.Kind.MODULE,
        module=module,
        completion=completion,
        earned_on=completion.completed_on,
        contact_hours=units.contact_hours,
        ceu=units.ceu,
        pdu=units.pdu,
        pdu_eligible=decision.eligible,
        pdu_note=decision.note,
        categories=list(module.state_categories),
        category_hours=category_hours,
        provider=module.provider_name,
        approval_number=module.approval_number,
        title=module.title,
    )


def _credit_award(*, completion: ModuleCompletion, module: ModulePage, assessed: bool, now) -> CreditEntry:
    """Save the ledger entry for a completion, after asking whether an assignment mandated it."""
    mandated = (
        eligibility.mandating_assignment(user=completion.user_id, module=module, before=now)
        if module.pdu_eligible
        else None
    )
    entry = module_credit_entry(completion=completion, module=module, assessed=assessed, mandated_by=mandated)
    entry.save(force_insert=True)
    return entry


# ------------------------------------------------------------------------------------- ledger


@transaction.atomic
def credit_reverse(*, entry: CreditEntry, reason: str, by) -> CreditEntry:
    """Cancel an entry with a negative one dated like it (so period totals net out); never edits.

    Refused for a reversal and for an entry already reversed (a unique constraint backs this).
    """
    reason = (reason or "").strip()
    if not reason:
        raise ProgressError("Give a reason for the reversal; auditors read it.")
    if entry.kind == CreditEntry.Kind.REVERSAL:
        raise ProgressError("A reversal cannot itself be reversed; record the credit again instead.")
    try:
        with transaction.atomic():
            return CreditEntry.objects.create(
                user_id=entry.user_id,
                kind=CreditEntry.Kind.REVERSAL,
                module_id=entry.module_id,
                reverses=entry,
                earned_on=entry.earned_on,
                contact_hours=-entry.contact_hours,
                ceu=None if entry.ceu is None else -entry.ceu,
                pdu=-entry.pdu,
                pdu_eligible=entry.pdu_eligible,
                pdu_note=entry.pdu_note,
                categories=list(entry.categories),
                category_hours=None if entry.category_hours is None else -entry.category_hours,
                provider=entry.provider,
                approval_number=entry.approval_number,
                title=f"Reversal: {entry.title}"[:300],
                reason=reason[:300],
                created_by=by,
            )
    except IntegrityError as error:
        raise ProgressError("This entry has already been reversed.") from error


@transaction.atomic
def external_credit_create(
    *,
    user,
    title: str,
    provider: str,
    completed_on: datetime.date,
    amount: Decimal,
    unit: str,
    category: str,
    pdu_eligible: bool,
    evidence,
) -> ExternalCredit:
    """Record CE earned elsewhere with its certificate as evidence, and its ledger entry.

    The evidence is checked by content (PDF, PNG or JPEG, at most 5 MB) and stored privately.
    """
    content_type = check_evidence(evidence)
    original_name = (getattr(evidence, "name", "") or "certificate").rsplit("/", 1)[-1][:150]
    units = conversions.external_units(amount=amount, unit=unit, pdu_eligible=pdu_eligible)
    external = ExternalCredit(
        user=user,
        title=title,
        provider=provider,
        completed_on=completed_on,
        hours=amount,
        unit=unit,
        category=category,
        pdu_eligible=pdu_eligible,
        evidence_name=original_name,
        evidence_type=content_type,
    )
    external.evidence.save(f"evidence{EXTENSIONS[content_type]}", evidence, save=False)
    external.save()
    CreditEntry.objects.create(
        user=user,
        kind=CreditEntry.Kind.EXTERNAL,
        external=external,
        earned_on=completed_on,
        contact_hours=units.contact_hours,
        ceu=units.ceu,
        pdu=units.pdu,
        pdu_eligible=pdu_eligible,
        categories=[category] if category else [],
        provider=provider,
        title=title,
    )
    return external


# -------------------------------------------------------------------------------- certificates


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by, reason: str, now: datetime.datetime) -> Certificate:
    """Revoke a certificate (staff) and reverse the credit its completion earned."""
    reason = (reason or "").strip()
    if not reason:
        raise ProgressError("Give a reason for revoking the certificate.")
    updated = Certificate.objects.filter(pk=certificate.pk, status=Certificate.Status.VALID).update(
        status=Certificate.Status.REVOKED, revoked_at=now, revoked_reason=reason[:300], revoked_by=by
    )
    if not updated:
        raise ProgressError("This certificate has already been revoked.")
    versions.bump_users([certificate.user_id])  # QuerySet.update() sends no signal
    entry = CreditEntry.objects.filter(completion_id=certificate.completion_id, reversals__isnull=True).first()
    if entry is not None:
        credit_reverse(entry=entry, reason=f"Certificate {certificate.code} revoked: {reason}", by=by)
    certificate.refresh_from_db()
    return certificate


# -------------------------------------------------------------------------------------- goals


def licence_renewal_set(*, user, renews_on: datetime.date | None) -> LicenceRenewal | None:
    """Set (or, with None, clear) the date the learner's state licence renews."""
    if renews_on is None:
        LicenceRenewal.objects.filter(user=user).delete()
        return None
    renewal, _ = LicenceRenewal.objects.update_or_create(user=user, defaults={"renews_on": renews_on})
    return renewal


# ------------------------------------------------------------------------------------- review


def _review_card(*, user, question_id: int, correct: bool, unsure: bool, now, card: ReviewCard | None):
    if card is None:
        state, due = review.new_card(now=now)
        card = ReviewCard(user=user, question_id=question_id, card=state, due=due)
    state, due = review.review(card.card, correct=correct, unsure=unsure, now=now)
    card.card, card.due = state, due
    card.reviews += 1
    card.lapses += 0 if correct else 1
    card.save()
    return card


@transaction.atomic
def review_record(*, user, question: Question, correct: bool, now: datetime.datetime, unsure: bool = False):
    """Update one question's review schedule from an answer (adding it to the queue if new)."""
    card = ReviewCard.objects.select_for_update().filter(user=user, question=question).first()
    return _review_card(user=user, question_id=question.pk, correct=correct, unsure=unsure, now=now, card=card)


@transaction.atomic
def review_enqueue_from_attempt(*, attempt: Attempt) -> int:
    """Feed a graded attempt into the learner's review queue; return how many cards changed.

    From a review session, every scored item updates its card's schedule. From any other quiz,
    questions answered wrong or flagged as unsure enter the queue, due at once; a question already
    queued and answered wrong again is rescheduled as a lapse.
    """
    now = attempt.submitted_at or timezone.now()
    rows = list(attempt.items.filter(scored=True).values_list("version__question_id", "is_correct", "flagged"))
    cards = {
        card.question_id: card
        for card in ReviewCard.objects.select_for_update().filter(
            user_id=attempt.user_id, question_id__in=[row[0] for row in rows]
        )
    }
    is_review = attempt.quiz.kind == Quiz.Kind.REVIEW
    changed = 0
    for question_id, is_correct, flagged in rows:
        correct = bool(is_correct)
        card = cards.get(question_id)
        if is_review:
            _review_card(
                user=attempt.user, question_id=question_id, correct=correct, unsure=flagged, now=now, card=card
            )
        elif card is None and (not correct or flagged):
            state, due = review.new_card(now=now)
            ReviewCard.objects.create(user_id=attempt.user_id, question_id=question_id, card=state, due=due)
        elif card is not None and not correct:
            _review_card(user=attempt.user, question_id=question_id, correct=False, unsure=False, now=now, card=card)
        else:
            continue
        changed += 1
    return changed


REVIEW_SESSION_SIZE = 20


def review_session_start(*, user, now: datetime.datetime) -> Attempt:
    """Start (or resume) a review session: a tutor-mode quiz of the questions due today.

    Raises ProgressError when nothing active is due. The session's quiz is unpublished: it is the
    learner's own, reachable only through its attempt.
    """
    open_attempt = (
        Attempt.objects.select_related("quiz")
        .filter(user=user, quiz__kind=Quiz.Kind.REVIEW, state=Attempt.State.IN_PROGRESS)
        .first()
    )
    if open_attempt is not None:
        return open_attempt
    quiz = _review_quiz_create(user=user, now=now)
    return quiz_services.attempt_start(user=user, quiz=quiz, now=now)


@transaction.atomic
def _review_quiz_create(*, user, now) -> Quiz:
    question_ids = list(
        ReviewCard.objects.filter(user=user, due__lte=review.end_of_day(now), question__status=Question.Status.ACTIVE)
        .order_by("due", "pk")
        .values_list("question_id", flat=True)[:REVIEW_SESSION_SIZE]
    )
    if not question_ids:
        raise ProgressError("Nothing is due for review today. Well done — come back tomorrow.")
    quiz = Quiz.objects.create(
        title=f"Review session, {timezone.localdate(now):%B %-d, %Y}",
        slug=f"review-{user.pk}-{secrets.token_hex(6)}",
        kind=Quiz.Kind.REVIEW,
        owner=user,
        selection=Quiz.Selection.FIXED,
        feedback_mode=Quiz.Feedback.TUTOR,
        pass_mark=0,
        is_published=False,
        description="Questions you missed or marked as unsure, due for review today.",
    )
    QuizItem.objects.bulk_create(
        QuizItem(quiz=quiz, question_id=question_id, sort_order=i) for i, question_id in enumerate(question_ids)
    )
    return quiz
