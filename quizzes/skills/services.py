"""State changes for skills check-offs: recording a signed observation (which may void an
earlier one), and the module completion a pass can bring.

The observer has re-authenticated before this is called (the view checks that with allauth);
this function checks everything about who may observe whom, in one transaction. An idempotency
key from the form makes a double submit, or a replay after a dropped connection, record once.
"""

import datetime
import uuid

from django.db import IntegrityError, transaction

from courses.models import ModulePage, SkillsChecklistPage
from lms import versions
from lms.db import retry_when_sqlite_locked
from lms.models import Membership, User
from quizzes import events
from quizzes.models import Observation
from quizzes.progress import services as progress_services
from quizzes.progress.goals import add_months
from quizzes.skills import grading, selectors


class ObservationError(Exception):
    """A refusal to show the observer; `str(error)` is the message."""


@retry_when_sqlite_locked
@transaction.atomic
def observation_record(
    *,
    checklist: SkillsChecklistPage,
    learner: User,
    observer: User,
    organization_id: int,
    results: dict[str, tuple[str, str]],
    setting: str,
    idempotency_key: uuid.UUID,
    signed_with: str,
    now: datetime.datetime,
    voids: Observation | None = None,
    void_reason: str = "",
) -> tuple[Observation, bool]:
    """Record one signed observation; return it and whether it was new (False: this key was
    already recorded, and that observation is returned unchanged).

    Refused when the observer is the learner, is not allowed to sign this checklist in the
    learner's clinic, when the checklist is not published, and when a correction does not say
    why or names an observation of someone else or one already voided. A pass may complete the
    checklist's module (and issue its certificate).
    """
    existing = Observation.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return _same_submission(existing, observer=observer, learner=learner, checklist=checklist), False
    setting = (setting or "").strip()
    void_reason = (void_reason or "").strip()
    if observer.pk == learner.pk:
        raise ObservationError("You cannot observe yourself; ask an observer to sign you off.")
    if not checklist.live:
        raise ObservationError("This checklist is not published.")
    if not Membership.objects.filter(user=learner, organization_id=organization_id).exists():
        raise ObservationError("That person is not a member of this clinic.")
    membership = (
        selectors.observer_memberships(user=observer)
        .filter(organization_id=organization_id)
        .select_related("user")
        .first()
    )
    basis = selectors.observer_basis(membership=membership, checklist=checklist) if membership else ""
    if not basis:
        raise ObservationError(f"Only {checklist.observers_label()} of this clinic may sign this checklist.")
    if not setting:
        raise ObservationError("Say where the skill was observed, e.g. 'gym, wheelchair to mat'.")
    if voids is not None:
        if not void_reason:
            raise ObservationError("Say why the earlier observation is void; auditors read it.")
        if (voids.learner_id, voids.checklist_id, voids.organization_id) != (
            learner.pk,
            checklist.pk,
            organization_id,
        ):
            raise ObservationError("A correction must be of the same person, checklist and clinic.")
    graded = grading.grade(steps=checklist.step_list(), results=results)
    try:
        with transaction.atomic():
            observation = Observation.objects.create(
                learner=learner,
                checklist=checklist,
                organization_id=organization_id,
                observer=observer,
                observer_name=observer.get_full_name(),
                observer_credential=observer.get_credential_display(),
                observer_basis=basis,
                checklist_title=checklist.title,
                setting=setting[:200],
                steps=graded.steps,
                passed=graded.passed,
                reasons=graded.reasons,
                observed_at=now,
                signed_with=signed_with[:40],
                expires_at=add_months(now, checklist.renewal_months) if checklist.renewal_months else None,
                voids=voids,
                void_reason=void_reason[:300] if voids is not None else "",
                idempotency_key=idempotency_key,
            )
    except IntegrityError as error:
        existing = Observation.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:  # a concurrent submit of the same form recorded it first
            return _same_submission(existing, observer=observer, learner=learner, checklist=checklist), False
        raise ObservationError("That observation has already been voided by another correction.") from error
    events.announce(events.observation_recorded, user=learner, observation=observation, now=now)
    module = ModulePage.objects.parent_of(checklist).first()
    if module is not None:
        progress_services.module_completion_check(user=learner, module=module, now=now)
    return observation, True


def _same_submission(existing: Observation, *, observer, learner, checklist) -> Observation:
    if (existing.observer_id, existing.learner_id, existing.checklist_id) != (observer.pk, learner.pk, checklist.pk):
        raise ObservationError("This form was already used for another observation; open the checklist again.")
    return existing


@transaction.atomic
def preceptor_set(*, membership: Membership, designated: bool) -> Membership:
    """Designate a member as preceptor of their clinic (or withdraw it). A preceptor may sign the
    checklists that allow preceptors, for that clinic's people only; signatures already made stay."""
    Membership.objects.filter(pk=membership.pk).update(is_preceptor=designated)
    versions.bump_users([membership.user_id])  # QuerySet.update() sends no signal
    membership.is_preceptor = designated
    return membership
