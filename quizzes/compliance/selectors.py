"""Reads for the manager pages: the compliance matrix, a person's drill-down and a learner's own
assignments (the progress report is in `report`).

Every function runs a fixed number of queries however many people, teams, assignments or
completions there are: rows are fetched in bulk and joined in Python, never a query per cell.
The statuses themselves come from the pure `dates` module.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from django.core.paginator import Paginator
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format
from django.utils.translation import get_language

from lms.models import Membership, Organization, Team, TeamMembership, User
from lms.selectors import STAFF_ROLES, organizations_visible_to
from quizzes.compliance import dates
from quizzes.compliance.dates import RequirementState, Status
from quizzes.compliance.states import Requirement, States, history_of, requirements_of
from quizzes.models import Assignment, AssignmentReminder, Attempt, ModuleCompletion, Quiz

PAGE_SIZE = 50
SORTS = ("name", "overdue")


# ---------------------------------------------------------------------------------- permissions


def organization_visible_or_404(*, user: User, slug: str) -> Organization:
    """Managers and educators of the organization (and superusers) read its reports; 404 for
    everyone else, so another clinic is not even confirmed to exist."""
    return get_object_or_404(organizations_visible_to(user=user), slug=slug)


def organization_read_or_404(*, user: User, slug: str) -> tuple[Organization, bool]:
    """`organization_visible_or_404` and whether the reader may manage it, in one plain query: the
    reader's staff membership there, with its organization (one per person and organization). The
    compliance matrix's cached body leaves little else to spend on, and building the subqueries
    `organizations_visible_to` and `can_manage` use costs more than running them."""
    if user.is_superuser:
        return get_object_or_404(Organization, slug=slug), True
    membership = (
        Membership.objects.filter(
            user=user, organization__slug=slug, role__in=STAFF_ROLES, deactivated_at__isnull=True
        )
        .select_related("organization")
        .first()
    )
    if membership is None:
        raise Http404("No organization matches the given query.")
    return membership.organization, membership.role == Membership.Role.MANAGER


def organizations_managed_by(*, user: User):
    if user.is_superuser:
        return Organization.objects.all()
    return Organization.objects.filter(
        memberships__user=user, memberships__role=Membership.Role.MANAGER, memberships__deactivated_at__isnull=True
    ).distinct()


def organization_managed_or_404(*, user: User, slug: str) -> Organization:
    """Only the organization's managers (and superusers) organise teams and assign training."""
    return get_object_or_404(organizations_managed_by(user=user), slug=slug)


def can_manage(*, user: User, organization: Organization) -> bool:
    return organizations_managed_by(user=user).filter(pk=organization.pk).exists()


def member_or_404(*, organization: Organization, user_id: int) -> Membership:
    return get_object_or_404(Membership.objects.select_related("user"), organization=organization, user_id=user_id)


def team_or_404(*, organization: Organization, team_id: int) -> Team:
    return get_object_or_404(Team, organization=organization, pk=team_id)


# --------------------------------------------------------------------------------------- matrix


class Cell(NamedTuple):
    requirement: Requirement
    state: RequirementState | None  # None: not assigned to this person

    @property
    def status(self) -> str:
        return self.state.status.value if self.state else ""

    @property
    def label(self) -> str:
        return self.state.label if self.state else "Not assigned"

    @property
    def note(self) -> str:
        """The line under the status: when it is or was due, or until when a completion counts."""
        state = self.state
        if state is None:
            return ""
        if state.status != Status.COMPLETE:
            return f"{'was due' if state.late else 'due'} {_day(state.due_on, get_language())}"
        return f"until {_day(state.expires_on, get_language())}" if state.expires_on else ""


@lru_cache(maxsize=4096)
def _day(day: datetime.date, language: str) -> str:
    """A date as the templates' `date:"M j, Y"` shows it. Django's formatting costs ~20 µs and a
    matrix page shows about a hundred dates; the result depends only on the date and language."""
    return date_format(day, "M j, Y")


@dataclass(eq=False)
class PersonRow:
    """One person: a state per requirement (None where it is not assigned to them). What the
    matrix counts, filters, sorts and shows comes with the row; the membership and user instances
    (one query for all rows, on first use) and the cells only when they are used."""

    membership_id: int
    user_id: int
    name: str
    email: str
    teams: list[Team]
    requirements: list[Requirement]
    states: list[RequirementState | None]
    memberships: "_Memberships" = field(repr=False)
    late_count: int = field(init=False)
    statuses: frozenset[str] = field(init=False)

    def __post_init__(self):
        statuses = [state.status for state in self.states if state is not None]
        self.late_count = sum(statuses.count(status) for status in dates.LATE)
        self.statuses = frozenset(statuses)  # members of a StrEnum: equal to their values

    @property
    def membership(self) -> Membership:
        return self.memberships.get(self.membership_id)

    @property
    def user(self) -> User:
        return self.membership.user

    @property
    def sort_name(self) -> str:
        return (self.name or self.email).casefold()

    @cached_property
    def cells(self) -> list[Cell]:
        return [Cell(r, s) for r, s in zip(self.requirements, self.states, strict=True)]


@dataclass
class Matrix:
    organization: Organization
    requirements: list[Requirement]
    rows: list[PersonRow]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def late_people(self) -> int:
        return sum(1 for row in self.rows if row.late_count)

    def page(self, number) -> "Paginator.page":
        return Paginator(self.rows, PAGE_SIZE).get_page(number)


_DEFERRED = (
    "module__objectives",
    "module__references",
    "checklist__steps",
    "checklist__references",
    "checklist__observer_instructions",
)


def _assignments(**filters) -> list[Assignment]:
    """Current assignments (ended ones are history, not due)."""
    return list(
        Assignment.objects.filter(ended_on__isnull=True, **filters)
        .select_related("module", "path", "checklist", "team", "user")
        .defer(*_DEFERRED)
        .order_by("created_at", "pk")
    )


def _checklists(requirements: list[Requirement]) -> list:
    """The assigned skills checklists (loaded with their assignments), once each."""
    return list({r.assignment.checklist_id: r.assignment.checklist for r in requirements if r.checklist_id}.values())


def _applies(assignment: Assignment, *, user_id: int, team_ids: set[int], credential: str) -> bool:
    if assignment.audience == Assignment.Audience.MEMBERS:
        return assignment.credential in ("", credential)
    return assignment.user_id == user_id or (assignment.team_id is not None and assignment.team_id in team_ids)


def _teams_of(links) -> dict[int, list[Team]]:
    """Each membership's teams by name, from (membership id, team) pairs."""
    teams, members = {}, defaultdict(list)
    for membership_id, team in links:
        teams[team.pk] = team
        members[team.pk].append(membership_id)
    teams_of = defaultdict(list)
    for team in sorted(teams.values(), key=lambda team: team.name.casefold()):
        for membership_id in members[team.pk]:
            teams_of[membership_id].append(team)
    return teams_of


def _team_links(organization: Organization):
    """(membership id, team) for every team link in the organization: one query of plain values,
    one `Team` per team rather than per link."""
    links = TeamMembership.objects.filter(team__organization=organization)
    teams = {}
    for membership_id, team_id, name in links.values_list("membership_id", "team_id", "team__name"):
        team = teams.get(team_id)
        if team is None:
            team = teams[team_id] = Team.from_db(
                links.db, ["id", "organization_id", "name"], [team_id, organization.pk, name]
            )
        yield membership_id, team


class _Memberships:
    """Memberships with their users by id, loaded in one query when a row first needs one. The
    matrix page and its CSV need only names and emails, which come with the rows: building 500
    memberships and 500 users would cost more than the rest of the matrix."""

    def __init__(self, queryset: QuerySet | None, *, loaded: Iterable[Membership] = ()):
        self._queryset = queryset
        self._by_id = {m.pk: m for m in loaded} or None

    def get(self, membership_id: int) -> Membership:
        if self._by_id is None:
            self._by_id = {m.pk: m for m in self._queryset.select_related("user")}
        return self._by_id[membership_id]


def _rows(members, *, memberships: _Memberships, teams_of: dict[int, list[Team]], states: States) -> list[PersonRow]:
    """A row for each (membership id, user id, joined on, name, email, credential)."""
    rows = []
    for membership_id, user_id, joined_on, name, email, credential in members:
        teams = teams_of.get(membership_id, [])
        rows.append(
            PersonRow(
                membership_id=membership_id,
                user_id=user_id,
                name=name,
                email=email,
                teams=teams,
                requirements=states.requirements,
                states=states.row(
                    user_id=user_id,
                    joined_on=joined_on,
                    team_ids=frozenset(t.pk for t in teams),
                    credential=credential,
                ),
                memberships=memberships,
            )
        )
    return rows


_MEMBER_COLUMNS = ("pk", "user_id", "joined_on", "user__name", "user__email", "user__credential")


def compliance_matrix(
    *,
    organization: Organization,
    today: datetime.date,
    team_id: int | None = None,
    status: str = "",
    sort: str = "name",
) -> Matrix:
    """People × requirements with each cell's status, filtered and sorted (paginate with `.page`).

    Six queries however many people and requirements: assignments, path modules (only when a
    path is assigned), memberships (with their users' names and emails), team links with their
    teams' names, latest completions, started modules; and one more for all the rows' membership
    and user instances if `row.membership` or `row.user` is used.
    """
    assignments = _assignments(organization=organization)
    requirements = requirements_of(assignments)
    # Deactivated members keep their records (the drill-down shows them) but are due nothing.
    in_organization = Membership.objects.filter(organization=organization, deactivated_at__isnull=True)
    members = in_organization.values_list(*_MEMBER_COLUMNS)
    teams_of = _teams_of(_team_links(organization))
    modules = {m.pk: m for r in requirements for m in r.modules}.values()
    checklists = _checklists(requirements)
    history = history_of(users=in_organization.values("user_id"), modules=modules, checklists=checklists)
    states = States(requirements=requirements, history=history, today=today)
    rows = _rows(members, memberships=_Memberships(in_organization), teams_of=teams_of, states=states)

    counts = {s.value: 0 for s in Status}
    for row in rows:
        for state in row.states:
            if state is not None:
                counts[state.status] += 1
    if team_id:
        rows = [row for row in rows if any(team.pk == team_id for team in row.teams)]
    if status:
        rows = [row for row in rows if status in row.statuses]
    rows.sort(key=lambda row: row.sort_name)
    if sort == "overdue":
        rows.sort(key=lambda row: -row.late_count)  # stable: ties stay by name
    return Matrix(organization=organization, requirements=requirements, rows=rows, counts=counts)


@dataclass(frozen=True)
class Share:
    """One bar of the "% compliant" chart: of `total` requirement-person pairs, `compliant` hold a
    completion that still counts."""

    label: str
    compliant: int
    total: int
    y: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.compliant / self.total) if self.total else 0

    @property
    def width(self) -> int:
        return round(CHART_BAR_WIDTH * self.percent / 100)


CHART_ROW = 40
CHART_BAR_WIDTH = 360


@dataclass(frozen=True)
class Chart:
    bars: list[Share]
    height: int


def _is_compliant(state: RequirementState) -> bool:
    return state.completed_on is not None and state.status not in dates.LATE


def compliance_shares(*, matrix: Matrix) -> dict[str, "Chart"]:
    """% compliant per team (everything assigned to the team's members) and per requirement,
    from the matrix's rows: no extra query."""
    by_team, by_requirement = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    team_names = {}
    for row in matrix.rows:
        pairs = [(index, state) for index, state in enumerate(row.states) if state is not None]
        done = sum(1 for _index, state in pairs if _is_compliant(state))
        for team in row.teams:
            team_names[team.pk] = team.name
            by_team[team.pk][0] += done
            by_team[team.pk][1] += len(pairs)
        for index, state in pairs:
            by_requirement[index][0] += _is_compliant(state)
            by_requirement[index][1] += 1

    def bars(items) -> Chart:
        shares = [Share(label=label, compliant=c, total=t, y=n * CHART_ROW) for n, (label, c, t) in enumerate(items)]
        return Chart(bars=shares, height=len(shares) * CHART_ROW)

    teams = sorted(((team_names[pk], c, t) for pk, (c, t) in by_team.items()), key=lambda item: item[0].casefold())
    requirements = [
        (f"{r.title} ({r.assigned_to})", *by_requirement[index])
        for index, r in enumerate(matrix.requirements)
        if index in by_requirement
    ]
    return {"teams": bars(teams), "requirements": bars(requirements)}


def teams_for(*, organization: Organization) -> list[Team]:
    """The organization's teams with `member_count` (one query)."""
    return list(Team.objects.filter(organization=organization).annotate(member_count=Count("team_memberships")))


def team_members(*, team: Team) -> list[Membership]:
    return list(
        Membership.objects.filter(team_memberships__team=team)
        .select_related("user")
        .order_by("user__name", "user__email")
    )


def assignments_for(*, organization: Organization) -> list[Assignment]:
    return _assignments(organization=organization)


def assignment_or_404(*, organization: Organization, assignment_id: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("module", "path", "team", "user", "organization"),
        organization=organization,
        pk=assignment_id,
    )


def assignments_listing(*, organization: Organization) -> dict:
    """The assignments page: current assignments (rules first), ended ones (history), and when each
    last sent a reminder. Three queries."""
    everything = list(
        Assignment.objects.filter(organization=organization)
        .select_related("module", "path", "team", "user")
        .defer("module__objectives", "module__references")
        .order_by("created_at", "pk")
    )
    last = assignments_last_reminded(organization=organization)
    for assignment in everything:
        assignment.last_reminded_at = last.get(assignment.pk)
    current = [a for a in everything if a.ended_on is None]
    current.sort(key=lambda a: (not a.is_rule, a.created_at, a.pk))
    return {"assignments": current, "ended": [a for a in everything if a.ended_on is not None]}


# ---------------------------------------------------------------------------------- drill-down


@dataclass
class PersonDetail:
    row: PersonRow
    completions: list[ModuleCompletion]
    reminders: list[AssignmentReminder]
    attempts: list[Attempt]

    @cached_property
    def rows(self) -> list[dict]:
        """The person's requirements with when each last sent them a reminder (reminders are
        newest first)."""
        last = {}
        for reminder in self.reminders:
            last.setdefault(reminder.assignment_id, reminder.sent_at)
        return [
            {"cell": cell, "last_reminded_at": last.get(cell.requirement.assignment.pk)} for cell in self.row.cells
        ]


def person_detail(*, membership: Membership, today: datetime.date) -> PersonDetail:
    """One person's requirements with status, and their history: every module completion, the
    reminders they were sent and their assessment attempts (eight queries)."""
    organization = membership.organization
    assignments = _assignments(organization=organization)
    requirements = requirements_of(assignments)
    links = list(TeamMembership.objects.filter(membership=membership).select_related("team"))
    team_ids = {link.team_id for link in links}
    credential = membership.user.credential
    requirements = [
        r
        for r in requirements
        if _applies(r.assignment, user_id=membership.user_id, team_ids=team_ids, credential=credential)
    ]
    modules = {m.pk: m for r in requirements for m in r.modules}.values()
    history = history_of(users=[membership.user_id], modules=modules, checklists=_checklists(requirements))
    user = membership.user
    (row,) = _rows(
        [(membership.pk, membership.user_id, membership.joined_on, user.name, user.email, user.credential)],
        memberships=_Memberships(None, loaded=[membership]),
        teams_of=_teams_of((link.membership_id, link.team) for link in links),
        states=States(requirements=requirements, history=history, today=today),
    )
    completions = list(
        ModuleCompletion.objects.filter(user_id=membership.user_id)
        .select_related("module")
        .defer("module__objectives", "module__references")
        .order_by("-completed_at")
    )
    reminders = list(
        AssignmentReminder.objects.filter(user_id=membership.user_id, assignment__organization=organization)
        .select_related("assignment__module", "assignment__path")
        .defer("assignment__module__objectives", "assignment__module__references")
        .order_by("-sent_at")
    )
    attempts = list(
        Attempt.objects.filter(
            user_id=membership.user_id, state=Attempt.State.SUBMITTED, quiz__kind=Quiz.Kind.ASSESSMENT
        )
        .select_related("quiz")
        .order_by("-submitted_at")[:50]
    )
    return PersonDetail(row=row, completions=completions, reminders=reminders, attempts=attempts)


def assignment_has_progress(*, assignment: Assignment) -> bool:
    """Has anyone the assignment applies to done a lesson or completed a module of its training?
    (Three queries.) Then it is a record, not a mistake: it can be ended but not deleted."""
    organization_members = Membership.objects.filter(organization_id=assignment.organization_id)
    if assignment.audience == Assignment.Audience.PERSON:
        users = [assignment.user_id]
    elif assignment.audience == Assignment.Audience.TEAM:
        users = organization_members.filter(team_memberships__team_id=assignment.team_id).values("user_id")
    elif assignment.credential:
        users = organization_members.filter(user__credential=assignment.credential).values("user_id")
    else:
        users = organization_members.values("user_id")
    (requirement,) = requirements_of([assignment])
    history = history_of(users=users, modules=requirement.modules)
    return any(history.completions.values()) or any(history.started.values())


def last_reminders(*, organization: Organization) -> dict[tuple[int, int], datetime.datetime]:
    """When the last reminder went out, by (assignment id, user id), for the organization (one query)."""
    rows = (
        AssignmentReminder.objects.filter(assignment__organization=organization)
        .values("assignment_id", "user_id")
        .annotate(last=Max("sent_at"))
    )
    return {(r["assignment_id"], r["user_id"]): r["last"] for r in rows}


def last_reminder_at(*, organization: Organization) -> datetime.datetime | None:
    """When the organization last sent anyone a reminder (one query)."""
    return AssignmentReminder.objects.filter(assignment__organization=organization).aggregate(last=Max("sent_at"))[
        "last"
    ]


def assignments_last_reminded(*, organization: Organization) -> dict[int, datetime.datetime]:
    """When the last reminder of each assignment went out, to anyone (one query)."""
    rows = (
        AssignmentReminder.objects.filter(assignment__organization=organization)
        .values("assignment_id")
        .annotate(last=Max("sent_at"))
    )
    return {r["assignment_id"]: r["last"] for r in rows}


# -------------------------------------------------------------------------- learner's own view


@dataclass(frozen=True)
class LearnerAssignment:
    assignment: Assignment
    requirement: Requirement
    state: RequirementState


def _applies_to_learner(user, teams) -> Q:
    """Assignments to the person, to one of their teams (`teams`: team ids or a subquery of them),
    or by a rule to everyone or to their credential."""
    return (
        Q(audience=Assignment.Audience.PERSON, user=user)
        | Q(audience=Assignment.Audience.TEAM, team_id__in=teams)
        | Q(audience=Assignment.Audience.MEMBERS, credential__in=["", user.credential])
    )


def learner_has_assignments(*, user) -> Exists:
    """An expression for `Membership` rows: does this membership carry any current assignment?
    (`learner_assignments` leaves out deactivated memberships.)"""
    teams = TeamMembership.objects.filter(membership=OuterRef(OuterRef("pk"))).values("team_id")
    return Exists(
        Assignment.objects.filter(organization=OuterRef("organization"), ended_on__isnull=True).filter(
            _applies_to_learner(user, teams)
        )
    )


_ASSIGNMENT_FIELDS = tuple(field.name for field in Assignment._meta.concrete_fields)
_TARGETS = ("module", "path", "checklist")
# What a target page needs on the dashboard and for its state: `title`, `url` (url_path, locale,
# the site's root paths), the tree `path` (lessons started), `live` and `depth` (Wagtail).
_TARGET_PAGE_FIELDS = ("title", "url_path", "path", "depth", "locale_id", "live")


def learner_assignments(*, user, memberships: list[Membership], today: datetime.date) -> list[LearnerAssignment]:
    """The learner's assignments (their own and their teams'), soonest due first.

    Four queries: assignments, path modules, latest completions, started modules. `memberships`
    are the learner's memberships, already loaded (they give each organization's joined date).
    """
    memberships = [m for m in memberships if m.deactivated_at is None]
    joined = {m.organization_id: m.joined_on for m in memberships}
    # The learner's teams as a subquery on their memberships (indexed), not a join from every
    # assignment through every team link followed by DISTINCT: 5 ms → under 1 ms at 10,000 links.
    teams = TeamMembership.objects.filter(membership_id__in=[m.pk for m in memberships]).values("team_id")
    # Only the columns the dashboard shows of the three page joins (title, URL, tree path): with
    # every column of three Wagtail page subclasses Django spent more time compiling the query
    # and building the objects than the database spent running it (issue 19). The assignment's
    # own columns are all read (one narrow table); the team and the person are not shown here.
    assignments = list(
        Assignment.objects.filter(organization_id__in=joined, ended_on__isnull=True)
        .filter(_applies_to_learner(user, teams))
        .select_related("module", "path", "checklist")
        .only(*_ASSIGNMENT_FIELDS, *(f"{target}__{field}" for target in _TARGETS for field in _TARGET_PAGE_FIELDS))
        .order_by("created_at", "pk")
    )
    requirements = requirements_of(assignments)
    modules = {m.pk: m for r in requirements for m in r.modules}.values()
    history = history_of(users=[user.pk], modules=modules, checklists=_checklists(requirements))
    states = States(requirements=requirements, history=history, today=today)
    items = [
        LearnerAssignment(
            assignment=r.assignment,
            requirement=r,
            state=states.state(index, user_id=user.pk, joined_on=joined[r.assignment.organization_id]),
        )
        for index, r in enumerate(requirements)
    ]
    items.sort(key=lambda item: (item.state.status == Status.COMPLETE, item.state.due_on, item.assignment.pk))
    return items


# ----------------------------------------------------------------------------- reminders feed


def requirements_for_reminders(*, today: datetime.date):
    """Every (organization, person row) with assignments, across all organizations, for the
    reminder job. Six queries per organization that has assignments, plus one."""
    organizations = Organization.objects.filter(
        Exists(Assignment.objects.filter(organization=OuterRef("pk"), ended_on__isnull=True))
    )
    for organization in organizations:
        yield organization, compliance_matrix(organization=organization, today=today)
