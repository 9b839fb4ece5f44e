"""Reads for skills check-offs: who may observe whom, the observer's people search, a learner's
standing on each checklist, and observations for pages, the matrix and the transcript.

Every function runs a fixed number of queries however many people, checklists or observations
there are (asserted in tests/skills/test_queries.py).
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.db.models.functions import Left, Length
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from courses.models import LessonPage, ModulePage, SkillsChecklistPage
from lms.models import Membership
from quizzes.compliance.dates import RequirementState, Status
from quizzes.models import Observation
from quizzes.skills import grading

STAFF_ROLES = (Membership.Role.EDUCATOR, Membership.Role.MANAGER)
SEARCH_LIMIT = 25
STEPLEN = SkillsChecklistPage.steplen


# ---------------------------------------------------------------------------------- permissions


def observer_memberships(*, user) -> QuerySet[Membership]:
    """The memberships through which this user may observe anyone: educator or manager of the
    clinic, or a designated preceptor there. A learner-only membership never observes."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(Q(role__in=STAFF_ROLES) | Q(is_preceptor=True), user=user)


def observer_basis(*, membership: Membership, checklist: SkillsChecklistPage) -> str:
    """Why this observer may sign this checklist in that clinic ("OTR, educator", "Designated
    preceptor"), or "" when they may not. `membership` is the observer's, with its user."""
    user = membership.user
    if membership.role in STAFF_ROLES and user.credential in checklist.observer_credentials:
        return f"{user.get_credential_display().split(' ')[0]}, {membership.get_role_display().lower()}"
    if membership.is_preceptor and checklist.preceptors_may_observe:
        return "Designated preceptor"
    return ""


def observed_member_or_404(*, observer, membership_id: int) -> tuple[Membership, Membership]:
    """(the learner's membership, the observer's membership in the same clinic), or 404 — for
    the observer themself, and for anyone outside the clinics the observer may observe in."""
    own = {m.organization_id: m for m in observer_memberships(user=observer).select_related("user")}
    learner = get_object_or_404(
        Membership.objects.select_related("user", "organization"),
        pk=membership_id,
        organization_id__in=list(own),
    )
    if learner.user_id == observer.pk:
        raise Http404("No such person.")
    return learner, own[learner.organization_id]


def can_read_observation(*, viewer, observation: Observation) -> bool:
    """The learner, the observer, and educators and managers of the observation's clinic (and
    superusers). Everyone else, including other clinics' staff, gets a 404."""
    if not viewer.is_authenticated:
        return False
    if viewer.is_superuser or viewer.pk in (observation.learner_id, observation.observer_id):
        return True
    return Membership.objects.filter(
        user=viewer, organization_id=observation.organization_id, role__in=STAFF_ROLES
    ).exists()


def observation_for_viewer_or_404(*, viewer, pk: int) -> Observation:
    observation = get_object_or_404(
        Observation.objects.select_related("checklist", "organization", "learner", "voids", "voided_by"), pk=pk
    )
    if not can_read_observation(viewer=viewer, observation=observation):
        raise Http404("No such observation.")
    return observation


# --------------------------------------------------------------------------------------- search


def people_search(*, observer, query: str) -> list[Membership]:
    """People of the clinics the observer may observe in whose name or email contains `query`,
    by name; never the observer. One query, with users and clinics, at most SEARCH_LIMIT rows."""
    query = (query or "").strip()
    if not query:
        return []
    return list(
        Membership.objects.filter(organization__in=observer_memberships(user=observer).values("organization_id"))
        .exclude(user=observer)
        .filter(Q(user__name__icontains=query) | Q(user__email__icontains=query))
        .select_related("user", "organization")
        .order_by("user__name", "user__email", "organization__name")[:SEARCH_LIMIT]
    )


# ------------------------------------------------------------------------------------- standing


def live_checklists(*, modules: Iterable[ModulePage] | None = None) -> list[SkillsChecklistPage]:
    """Published checklists in tree order, each with `module` set (two queries)."""
    checklists = (
        SkillsChecklistPage.objects.live()
        .defer_streamfields()
        .annotate(parent_path=Left("path", Length("path") - STEPLEN))
        .order_by("path")
    )
    if modules is not None:
        checklists = checklists.filter(parent_path__in=[m.path for m in modules])
    checklists = list(checklists)
    parents = {c.parent_path for c in checklists}
    by_path = {m.path: m for m in ModulePage.objects.filter(path__in=parents).defer_streamfields()}
    for checklist in checklists:
        checklist.module = by_path.get(checklist.parent_path)
    return checklists


def module_checklists(*, module: ModulePage) -> list[SkillsChecklistPage]:
    """The module's published checklists, in tree order (one query)."""
    return list(SkillsChecklistPage.objects.child_of(module).live().order_by("path"))


def _valid_passes(*, user_ids, checklist_ids) -> dict[tuple[int, int], list]:
    """(user id, checklist id) -> [(observed_at, expires_at)] of signed, passed, not voided
    observations (one query)."""
    passes = defaultdict(list)
    rows = (
        Observation.objects.not_voided()
        .filter(passed=True, learner_id__in=user_ids, checklist_id__in=checklist_ids)
        .values_list("learner_id", "checklist_id", "observed_at", "expires_at")
    )
    for user_id, checklist_id, observed_at, expires_at in rows:
        passes[(user_id, checklist_id)].append((observed_at, expires_at))
    return passes


def qualifications(*, user_ids, checklists: list[SkillsChecklistPage], now) -> dict:
    """(user id, checklist id) -> grading.Qualification for every pair (one query). `user_ids`
    may be a list or a subquery."""
    passes = _valid_passes(user_ids=user_ids, checklist_ids=[c.pk for c in checklists])
    required = {c.pk: c.required_observations for c in checklists}
    return {
        key: grading.qualification(passes=rows, required=required[key[1]], now=now) for key, rows in passes.items()
    }


def not_qualified(checklist: SkillsChecklistPage) -> grading.Qualification:
    return grading.Qualification(checklist.required_observations, 0, None, None, 0)


def checklists_done(*, user, module: ModulePage, now: datetime.datetime) -> bool:
    """Every published checklist the module requires is signed off and current (two queries)."""
    required = [c for c in module_checklists(module=module) if c.required_for_module]
    if not required:
        return True
    standing = qualifications(user_ids=[user.pk], checklists=required, now=now)
    return all((user.pk, c.pk) in standing and standing[(user.pk, c.pk)].qualified for c in required)


@dataclass
class ChecklistStanding:
    checklist: SkillsChecklistPage
    qualification: grading.Qualification
    latest: Observation | None
    history: list[Observation]
    lessons: dict[int, LessonPage]

    @property
    def status(self) -> str:
        if self.qualification.qualified:
            return "observed"
        if self.qualification.expired:
            return "expired"
        return "due"

    @property
    def status_label(self) -> str:
        return {"observed": "Observed", "expired": "Expired", "due": "Not yet observed"}[self.status]

    @property
    def missed(self) -> list[dict]:
        """The steps missed in the latest observation, each with the lesson that teaches it."""
        if self.latest is None:
            return []
        return [{**step, "lesson": self.lessons.get(step["lesson_id"])} for step in self.latest.missed_steps()]


def standings_for(*, user, checklists: list[SkillsChecklistPage], now) -> list[ChecklistStanding]:
    """The learner's standing on each checklist with their observations, newest first, and the
    lessons their missed steps link to (three queries)."""
    if not checklists:
        return []
    standing = qualifications(user_ids=[user.pk], checklists=checklists, now=now)
    observations = defaultdict(list)
    for observation in (
        Observation.objects.filter(learner=user, checklist__in=checklists)
        .select_related("voided_by")
        .order_by("-observed_at", "-pk")
    ):
        observations[observation.checklist_id].append(observation)
    lesson_ids = {
        step["lesson_id"]
        for rows in observations.values()
        for step in rows[0].steps
        if step["lesson_id"] and step["result"] == grading.NOT_DONE
    }
    lessons = LessonPage.objects.live().defer_streamfields().filter(pk__in=lesson_ids)
    lessons = {lesson.pk: lesson for lesson in lessons}
    result = []
    for checklist in checklists:
        rows = observations.get(checklist.pk, [])
        current = [row for row in rows if not _is_voided(row)]
        result.append(
            ChecklistStanding(
                checklist=checklist,
                qualification=standing.get((user.pk, checklist.pk)) or not_qualified(checklist),
                latest=current[0] if current else None,
                history=rows,
                lessons=lessons,
            )
        )
    return result


def _is_voided(observation: Observation) -> bool:
    try:
        return observation.voided_by is not None
    except Observation.voided_by.RelatedObjectDoesNotExist:
        return False


def is_voided(observation: Observation) -> bool:
    return _is_voided(observation)


# ----------------------------------------------------------------------------------- transcript


def observations_in_period(*, user, start: datetime.date, end: datetime.date) -> list[Observation]:
    """Every observation of the learner in the period, voided ones included and marked (one query)."""
    return list(
        Observation.objects.filter(learner=user, observed_at__date__gte=start, observed_at__date__lte=end)
        .select_related("voided_by")
        .order_by("observed_at", "pk")
    )


# ------------------------------------------------------------------------------------- matrix

# Qualification "as recorded", before any expiry: the compliance dates decide what has lapsed.
_BEGINNING = datetime.datetime(1, 1, 1, tzinfo=datetime.UTC)


def checklist_history(*, users, checklists: list[SkillsChecklistPage]) -> dict:
    """Per person and checklist: (signed off on, expires on) from their valid passes, or None
    when they were observed without being signed off. One query; none without checklists.
    `users` is a queryset (a subquery) or a list of ids."""
    if not checklists:
        return {}
    required = {c.pk: c.required_observations for c in checklists}
    passes, seen = defaultdict(list), set()
    rows = (
        Observation.objects.not_voided()
        .filter(learner__in=users, checklist_id__in=required)
        .values_list("learner_id", "checklist_id", "observed_at", "expires_at", "passed")
    )
    for user_id, checklist_id, observed_at, expires_at, passed in rows:
        seen.add((user_id, checklist_id))
        if passed:
            passes[(user_id, checklist_id)].append((observed_at, expires_at))
    history = defaultdict(dict)
    for user_id, checklist_id in seen:
        standing = grading.qualification(
            passes=passes.get((user_id, checklist_id), []), required=required[checklist_id], now=_BEGINNING
        )
        history[user_id][checklist_id] = (
            (
                timezone.localdate(standing.qualified_on),
                timezone.localdate(standing.expires_at) if standing.expires_at else None,
            )
            if standing.qualified
            else None
        )
    return history


@dataclass(frozen=True)
class ObservationState(RequirementState):
    """A compliance state of a skills check-off: "Observed" where a module would be "Complete"."""

    @property
    def label(self) -> str:
        if self.status == Status.COMPLETE:
            return "Observed"
        if self.status == Status.NOT_STARTED:
            return "Not yet observed"
        return self.status.label


def observation_state(state: RequirementState) -> ObservationState:
    return ObservationState(
        state.status, due_on=state.due_on, completed_on=state.completed_on, expires_on=state.expires_on
    )
