"""Reads for progress pages, each in a constant number of queries however long the history.

The dashboard runs a fixed set of queries (listed in `learner_dashboard`); sums are computed by the
database with one aggregate, never by loading the ledger.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Exists, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from courses import selectors as course_selectors
from courses.models import LearningPathPage, ModulePage
from lms.models import US_STATES, Membership, User
from quizzes.compliance import selectors as compliance_selectors
from quizzes.models import (
    Assignment,
    Attempt,
    Certificate,
    CreditEntry,
    ExternalCredit,
    LicenceRenewal,
    ModuleCompletion,
    Quiz,
    ReadinessSettings,
    ReviewCard,
    StateRequirement,
)
from quizzes.progress import goals, review
from quizzes.progress import next_action as dashboard_next
from quizzes.skills import selectors as skills_selectors

ZERO = Decimal("0")
STATE_NAMES = dict(US_STATES)
TREND_LENGTH = 10


# ---------------------------------------------------------------------------------- permissions


def can_view_learner(*, viewer, owner_id: int) -> bool:
    """The learner themself, a superuser, or a manager of an organization the learner belongs to.

    One query at most. Educators and managers of other organizations are refused.
    """
    if not viewer.is_authenticated:
        return False
    if viewer.pk == owner_id or viewer.is_superuser:
        return True
    return Membership.objects.filter(
        user_id=owner_id,
        organization__memberships__user=viewer,
        organization__memberships__role=Membership.Role.MANAGER,
    ).exists()


def learner_visible_or_404(*, viewer, user_id: int | None) -> User:
    """The learner whose records are asked for (default: the viewer), or 404 — never 403, so
    another learner's records are not even confirmed to exist."""
    if user_id is None or user_id == viewer.pk:
        return viewer
    if not can_view_learner(viewer=viewer, owner_id=user_id):
        raise Http404("No such learner.")
    return get_object_or_404(User, pk=user_id)


def _certificates():
    return Certificate.objects.select_related("user", "completion__module").prefetch_related(
        "completion__credit_entries"
    )


def certificate_entry(certificate: Certificate) -> CreditEntry | None:
    """The credit the certificate's completion earned, as awarded (from the prefetch)."""
    entries = [e for e in certificate.completion.credit_entries.all() if e.kind == CreditEntry.Kind.MODULE]
    return entries[0] if entries else None


def certificate_for_viewer_or_404(*, viewer, code: str) -> Certificate:
    certificate = get_object_or_404(_certificates(), code=code)
    if not can_view_learner(viewer=viewer, owner_id=certificate.user_id):
        raise Http404("No such certificate.")
    return certificate


def evidence_for_viewer_or_404(*, viewer, pk: int) -> ExternalCredit:
    external = get_object_or_404(ExternalCredit, pk=pk)
    if not can_view_learner(viewer=viewer, owner_id=external.user_id):
        raise Http404("No such file.")
    return external


def certificate_public(*, code: str) -> Certificate | None:
    """A certificate for the public verification page (learner, module and credit joined), or None."""
    return _certificates().filter(code=code).first()


# ----------------------------------------------------------------------------------- completion


def modules_completed_for(*, user, modules, now: datetime.datetime) -> set[int]:
    """Ids of the given modules the learner holds a current (unexpired) completion of. One query."""
    if not user.is_authenticated:
        return set()
    return set(
        ModuleCompletion.objects.filter(user=user, module__in=[module.pk for module in modules])
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .values_list("module_id", flat=True)
    )


@dataclass(frozen=True)
class PathCompletion:
    path: LearningPathPage
    modules: list
    completed_ids: frozenset

    @property
    def complete(self) -> bool:
        """A path is complete when every one of its published modules is (an empty path is not)."""
        return bool(self.modules) and all(module.pk in self.completed_ids for module in self.modules)

    @property
    def completed_count(self) -> int:
        return sum(1 for module in self.modules if module.pk in self.completed_ids)


def path_completion(*, user, path: LearningPathPage, now: datetime.datetime) -> PathCompletion:
    """Which of a path's modules the learner has completed (two queries)."""
    modules = course_selectors.path_modules(path=path)
    return PathCompletion(
        path=path, modules=modules, completed_ids=frozenset(modules_completed_for(user=user, modules=modules, now=now))
    )


def modules_due_again(*, user, now: datetime.datetime) -> list[ModuleCompletion]:
    """Completions that have expired with no newer completion: the module is due again. One query."""
    newer = ModuleCompletion.objects.filter(
        user=user, module=OuterRef("module"), completed_at__gt=OuterRef("completed_at")
    )
    return list(
        ModuleCompletion.objects.filter(user=user, expires_at__lte=now)
        .exclude(Exists(newer))
        .select_related("module")
        .order_by("expires_at")
    )


# --------------------------------------------------------------------------------------- ledger


def nbcot_cycle(user) -> tuple[datetime.date, datetime.date] | None:
    if user.nbcot_cycle_start and user.nbcot_cycle_end:
        return user.nbcot_cycle_start, user.nbcot_cycle_end
    return None


def default_period(*, user, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The transcript's default period: the learner's NBCOT cycle, else the last 3 years."""
    return nbcot_cycle(user) or (goals.add_months(today, -36), today)


def ledger_entries(*, user, start: datetime.date, end: datetime.date) -> QuerySet[CreditEntry]:
    """The learner's entries earned within [start, end], with what the transcript shows beside them."""
    return (
        CreditEntry.objects.filter(user=user, earned_on__gte=start, earned_on__lte=end)
        .select_related("completion__certificate", "external")
        .order_by("earned_on", "pk")
    )


@dataclass(frozen=True)
class Transcript:
    owner: User
    start: datetime.date
    end: datetime.date
    entries: list
    contact_hours: Decimal
    pdu: Decimal
    observations: list = field(default_factory=list)
    """Skills observations in the period, voided ones included (marked by `voided_by`)."""


def transcript(*, user, start: datetime.date, end: datetime.date) -> Transcript:
    """Ledger entries in the period with their totals, and the skills observations of the period
    (two queries; totals summed from the rows)."""
    entries = list(ledger_entries(user=user, start=start, end=end))
    return Transcript(
        owner=user,
        start=start,
        end=end,
        entries=entries,
        contact_hours=sum((entry.contact_hours for entry in entries), ZERO),
        pdu=sum((entry.pdu for entry in entries), ZERO),
        observations=skills_selectors.observations_in_period(user=user, start=start, end=end),
    )


def audit_packet_contents(*, user, start: datetime.date, end: datetime.date):
    """The transcript, the certificates and the external evidence for one period (four queries)."""
    certificates = list(
        _certificates()
        .filter(user=user, completion__completed_on__gte=start, completion__completed_on__lte=end)
        .order_by("issued_at")
    )
    evidence = list(
        ExternalCredit.objects.filter(user=user, completed_on__gte=start, completed_on__lte=end).order_by(
            "completed_on", "pk"
        )
    )
    return transcript(user=user, start=start, end=end), certificates, evidence


def external_credits(*, user) -> QuerySet[ExternalCredit]:
    return ExternalCredit.objects.filter(user=user).order_by("-completed_on", "-pk")


# ---------------------------------------------------------------------------------------- goals


def _category_filter(categories) -> Q:
    # Categories are stored comma-separated; no category key is part of another, so `contains` is exact.
    condition = Q()
    for category in categories:
        condition |= Q(categories__contains=category)
    return condition


def _state_requirement(user) -> StateRequirement | None:
    if not user.licence_state:
        return None
    return StateRequirement.objects.filter(state=user.licence_state).first()


@dataclass
class Dashboard:
    goals: list
    ce_hours: Decimal
    ce_pdu: Decimal
    ce_period_label: str
    readiness: goals.Readiness
    trend: list
    review_due_count: int
    review_due: list
    certificates: list
    next_steps: list
    started_modules: list
    onboarding: list = field(default_factory=list)
    assignments: list = field(default_factory=list)
    open_attempt: Attempt | None = None
    next_action: object = None
    sections: list = field(default_factory=list)
    tracks_nbcot: bool = True


@dataclass(frozen=True)
class NextStep:
    title: str
    url: str
    action: str
    due_on: datetime.date | None = None
    overdue: bool = False
    kind: str = ""


def learner_dashboard(*, user, now: datetime.datetime) -> Dashboard:
    """Everything the learner dashboard shows, in a fixed number of queries:

    state requirement and licence renewal (2, only when a licence state is set), one ledger
    aggregate, readiness settings, recent practice attempts, review count and first due items (2),
    recent certificates, memberships, onboarding paths with their modules (2), current completions,
    modules due again, started modules and their progress (4), the open attempt; when the learner
    has assignments, four more (assignments, path modules, completions, started modules).
    """
    today = timezone.localdate(now)
    cycle = nbcot_cycle(user)
    requirement = _state_requirement(user)
    renewal = LicenceRenewal.objects.filter(user=user).first() if requirement else None

    # One aggregate for every ledger total the goals need.
    sums = {"all_hours": Sum("contact_hours"), "all_pdu": Sum("pdu")}
    if cycle:
        in_cycle = Q(earned_on__gte=cycle[0], earned_on__lte=cycle[1])
        sums["cycle_hours"] = Sum("contact_hours", filter=in_cycle)
        sums["cycle_pdu"] = Sum("pdu", filter=in_cycle)
    rules, period = [], None
    if requirement:
        rules = goals.CategoryRule.from_json(requirement.category_minimums)
        period = goals.state_period(
            renews_on=renewal.renews_on if renewal else None, period_months=requirement.period_months, today=today
        )
        in_period = Q(earned_on__gte=period.start, earned_on__lte=period.end)
        sums["state_hours"] = Sum("contact_hours", filter=in_period)
        for index, rule in enumerate(rules):
            # Only the part of an entry that covers its categories counts toward a category rule.
            sums[f"rule_{index}"] = Sum(
                Coalesce("category_hours", "contact_hours"), filter=in_period & _category_filter(rule.categories)
            )
    totals = {key: value or ZERO for key, value in CreditEntry.objects.filter(user=user).aggregate(**sums).items()}

    # Goals follow the credential: aides and students are not NBCOT-certified, so they get no
    # PDU goal unless they enter an NBCOT cycle themselves (User.tracks_nbcot).
    goal_list = []
    if user.tracks_nbcot:
        goal_list.append(
            goals.nbcot_goal(
                earned_pdu=totals.get("cycle_pdu", ZERO),
                cycle_start=cycle[0] if cycle else None,
                cycle_end=cycle[1] if cycle else None,
                today=today,
            )
        )
    if requirement:
        goal_list.append(
            goals.state_goal(
                state_name=STATE_NAMES.get(requirement.state, requirement.state),
                hours=requirement.hours,
                unit_label=requirement.unit_label,
                rules=rules,
                earned_hours=totals["state_hours"],
                rule_hours=[totals[f"rule_{index}"] for index in range(len(rules))],
                period=period,
                today=today,
                details=(f"Source: {requirement.source}. {requirement.note}",),
            )
        )

    # Read without creating: `load()` would INSERT the defaults on a GET.
    settings = ReadinessSettings.objects.first() or ReadinessSettings()
    practice = list(
        Attempt.objects.filter(user=user, quiz__kind=Quiz.Kind.PRACTICE, state=Attempt.State.SUBMITTED)
        .order_by("-submitted_at", "-pk")
        .values("domain_scores", "percent", "submitted_at", "quiz__pass_mark")[
            : max(settings.recent_attempts, TREND_LENGTH)
        ]
    )
    # One target per exam: the practice exam's own pass mark (the settings' target only before
    # any practice exam is taken).
    ready = goals.readiness(
        attempts=[row["domain_scores"] for row in practice[: settings.recent_attempts]],
        target=practice[0]["quiz__pass_mark"] if practice else settings.target_percent,
    )
    if practice or user.prepares_for_exam:
        goal_list.append(ready.goal)
    trend = goals.trend_points(
        [
            (timezone.localdate(row["submitted_at"]).strftime("%b %-d"), row["percent"])
            for row in reversed(practice[:TREND_LENGTH])
            if row["percent"] is not None
        ]
    )

    due_cards = ReviewCard.objects.filter(user=user, due__lte=review.end_of_day(now))
    review_due_count = due_cards.count()
    review_due = list(due_cards.select_related("question").order_by("due", "pk")[:5])

    certificates = list(
        Certificate.objects.filter(user=user).select_related("completion__module").order_by("-issued_at", "-pk")[:3]
    )

    # One query for the memberships: the onboarding goal's first joined date, and whether any
    # assignment applies (only then do the assignment queries run).
    memberships = list(
        Membership.objects.filter(user=user).annotate(
            has_assignments=compliance_selectors.learner_has_assignments(user=user)
        )
    )
    assignments = (
        compliance_selectors.learner_assignments(user=user, memberships=memberships, today=today)
        if any(m.has_assignments for m in memberships)
        else []
    )
    onboarding, onboarding_steps = _onboarding(user=user, assignments=assignments, now=now, today=today)
    goal_list.extend(item["goal"] for item in onboarding)

    steps = onboarding_steps + [
        NextStep(
            title=completion.module.title,
            url=completion.module.url,
            action="Due again",
            due_on=timezone.localdate(completion.expires_at),
            overdue=True,
            kind="renewal",
        )
        for completion in modules_due_again(user=user, now=now)
    ]
    steps.sort(key=lambda step: (not step.overdue, step.due_on or datetime.date.max))
    started = course_selectors.modules_started_by(user=user)
    for progress in started:
        if not progress.lessons_done and progress.resume_lesson is not None:
            steps.append(
                NextStep(
                    title=progress.resume_lesson.title,
                    url=progress.resume_lesson.url,
                    action=f"Continue {progress.module.title}",
                    kind="continue",
                )
            )

    open_attempt = (
        Attempt.objects.filter(user=user, state=Attempt.State.IN_PROGRESS)
        .exclude(quiz__kind=Quiz.Kind.KNOWLEDGE_CHECK)
        .select_related("quiz")
        .order_by("-started_at", "-pk")
        .first()
    )
    return Dashboard(
        open_attempt=open_attempt,
        next_action=dashboard_next.next_action(
            open_attempt=open_attempt,
            assignments=assignments,
            steps=steps,
            review_due_count=review_due_count,
            catalog_url=course_selectors.catalog_url(),
        ),
        sections=dashboard_next.section_order(assignments=assignments, steps=steps, review_due_count=review_due_count),
        tracks_nbcot=user.tracks_nbcot,
        goals=goal_list,
        ce_hours=totals.get("cycle_hours", totals["all_hours"]),
        ce_pdu=totals.get("cycle_pdu", totals["all_pdu"]),
        ce_period_label="this NBCOT cycle" if cycle else "in total (add your NBCOT cycle dates to your profile)",
        readiness=ready,
        trend=trend,
        review_due_count=review_due_count,
        review_due=review_due,
        certificates=certificates,
        next_steps=steps,
        started_modules=started,
        onboarding=onboarding,
        assignments=assignments,
    )


def _onboarding(*, user, assignments, now, today):
    """Onboarding goals and next steps, from the learner's assignments of purpose "onboarding" (the
    same assignments the compliance matrix shows: there is no other source of what is due).

    One query for the modules' titles and one for completions, only when such an assignment exists.
    """
    onboarding = [
        item
        for item in assignments
        if item.assignment.purpose == Assignment.Purpose.ONBOARDING and item.assignment.path_id
    ]
    if not onboarding:
        return [], []
    ids = {ref.pk for item in onboarding for ref in item.requirement.modules}
    modules = {m.pk: m for m in ModulePage.objects.filter(pk__in=ids).defer_streamfields()}
    done = modules_completed_for(user=user, modules=modules.values(), now=now)
    items, steps = [], []
    for item in onboarding:
        path_modules = [modules[ref.pk] for ref in item.requirement.modules if ref.pk in modules]
        due_on = item.state.due_on
        goal = goals.onboarding_goal(
            title=item.assignment.path.title,
            modules_total=len(path_modules),
            modules_done=sum(1 for module in path_modules if module.pk in done),
            due_on=due_on,
            today=today,
        )
        items.append({"path": item.assignment.path, "goal": goal})
        steps.extend(
            NextStep(
                title=module.title,
                url=module.url,
                action=f"Onboarding: {item.assignment.path.title}",
                due_on=due_on,
                overdue=today > due_on,
                kind="onboarding",
            )
            for module in path_modules
            if module.pk not in done
        )
    return items, steps


def review_queue(*, user, now: datetime.datetime):
    """(cards due by the end of today, with their questions; count of cards scheduled later)."""
    end = review.end_of_day(now)
    due = list(
        ReviewCard.objects.filter(user=user, due__lte=end).select_related("question").order_by("due", "pk")[:50]
    )
    later = ReviewCard.objects.filter(user=user, due__gt=end).count()
    return due, later


# ------------------------------------------------------------------------------- after results


@dataclass(frozen=True)
class ModuleStanding:
    """A learner's standing in one module: its current completion and certificate, if any."""

    module: object
    completion: ModuleCompletion | None
    certificate: Certificate | None


def module_standing(*, user, module, now: datetime.datetime) -> ModuleStanding:
    """The learner's current (unexpired) completion of `module` with its certificate (one query)."""
    completion = None
    if user.is_authenticated:
        completion = (
            ModuleCompletion.objects.filter(user=user, module=module)
            .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
            .select_related("certificate")
            .order_by("-completed_at")
            .first()
        )
    certificate = getattr(completion, "certificate", None) if completion else None
    return ModuleStanding(module=module, completion=completion, certificate=certificate)


@dataclass(frozen=True)
class ReviewOutlook:
    due_today: int
    next_due: datetime.datetime | None


def review_outlook(*, user, now: datetime.datetime) -> ReviewOutlook:
    """How many review questions are still due today and when the next one after today is (two queries)."""
    end = review.end_of_day(now)
    cards = ReviewCard.objects.filter(user=user)
    return ReviewOutlook(
        due_today=cards.filter(due__lte=end).count(),
        next_due=cards.filter(due__gt=end).order_by("due").values_list("due", flat=True).first(),
    )


def results_outcome(*, attempt, now: datetime.datetime) -> dict:
    """What a results page says beyond the attempt itself, which changes after submission:
    for a passed module assessment, the module's completion and certificate (or what is left);
    for a review session, what is still due."""
    quiz = attempt.quiz
    if quiz.kind == Quiz.Kind.REVIEW:
        return {"review": review_outlook(user=attempt.user, now=now)}
    if quiz.kind == Quiz.Kind.ASSESSMENT and attempt.passed and quiz.module_id:
        module = course_selectors.module_live_or_none(pk=quiz.module_id)
        if module is None:
            return {}
        progress = course_selectors.module_progress(user=attempt.user, module=module)
        return {
            "module": module_standing(user=attempt.user, module=module, now=now),
            "lessons_left": progress.total - progress.completed_count,
            "resume_lesson": progress.resume_lesson,
        }
    return {}
