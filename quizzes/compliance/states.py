"""Each person's state of each requirement, in bulk: the columns (assignments with the modules
that complete them), people's history of those modules, and the states, shared between people
with the same inputs. The statuses themselves come from the pure `dates` module.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Exists, OuterRef
from django.db.models.functions import Left, Length
from django.utils import timezone
from wagtail.models import Page

from courses.models import LearningPathModule, LessonCompletion
from quizzes.compliance import dates
from quizzes.compliance.dates import RequirementState
from quizzes.models import Assignment, ModuleCompletion
from quizzes.skills import selectors as skills_selectors

STEPLEN = Page.steplen


class ModuleRef(NamedTuple):
    """What a requirement needs of a module: its id (completions) and tree path (lessons started)."""

    pk: int
    path: str


@dataclass(frozen=True)
class Requirement:
    """A column of the matrix: one assignment, with the modules that complete it."""

    assignment: Assignment
    modules: tuple[ModuleRef, ...]

    @property
    def checklist_id(self) -> int | None:
        """Set for a skills check-off: done by signed observations, not by modules."""
        return self.assignment.checklist_id

    @property
    def title(self) -> str:
        return self.assignment.target.title

    @property
    def assigned_to(self) -> str:
        if self.assignment.is_rule:
            return self.assignment.rule_label
        return self.assignment.team.name if self.assignment.team_id else str(self.assignment.user)

    @property
    def url(self) -> str:
        return self.assignment.target.url


def requirements_of(assignments: list[Assignment]) -> list[Requirement]:
    """Columns for the assignments: path modules in the path's order (one query)."""
    path_ids = {a.path_id for a in assignments if a.path_id}
    by_path = defaultdict(list)
    if path_ids:
        rows = (
            LearningPathModule.objects.filter(path_id__in=path_ids, module__live=True)
            .order_by("path_id", "sort_order", "pk")
            .values_list("path_id", "module_id", "module__path")
        )
        for path_id, module_id, tree_path in rows:
            by_path[path_id].append(ModuleRef(module_id, tree_path))
    return [
        Requirement(
            assignment=a,
            modules=(ModuleRef(a.module_id, a.module.path),) if a.module_id else tuple(by_path[a.path_id]),
        )
        for a in assignments
    ]


@dataclass(frozen=True)
class History:
    """Per person: the latest completion of each module (completed on, expires on) and the paths of
    the modules they have started."""

    completions: dict[int, dict[int, tuple[datetime.date, datetime.date | None]]]
    started: dict[int, set[str]]
    # Per person and checklist: (signed off on, expires on), or None when observed but never
    # signed off (a failed observation is a start).
    observed: dict[int, dict[int, tuple[datetime.date, datetime.date | None] | None]] = None


def history_of(*, users, modules: Iterable[ModuleRef], checklists: Iterable = ()) -> History:
    """Two queries: the latest completion of each module by each person, and the modules in which
    each person has completed a lesson; one more when skills checklists are assigned (their
    observations). `users` is a queryset (a subquery) or a list of ids; `checklists` are pages."""
    modules = list(modules)
    completions, started = defaultdict(dict), defaultdict(set)
    observed = skills_selectors.checklist_history(users=users, checklists=list(checklists))
    if not modules:
        return History(completions, started, observed)
    module_ids = {m.pk for m in modules}
    newer = ModuleCompletion.objects.filter(
        user=OuterRef("user"), module=OuterRef("module"), completed_at__gt=OuterRef("completed_at")
    )
    for user_id, module_id, completed_on, expires_at in (
        ModuleCompletion.objects.filter(user__in=users, module_id__in=module_ids)
        .exclude(Exists(newer))
        .values_list("user_id", "module_id", "completed_on", "expires_at")
    ):
        completions[user_id][module_id] = (completed_on, timezone.localdate(expires_at) if expires_at else None)
    for user_id, module_path in (
        LessonCompletion.objects.filter(user__in=users)
        .annotate(module_path=Left("lesson__path", Length("lesson__path") - STEPLEN))
        .filter(module_path__in={m.path for m in modules})
        .values_list("user_id", "module_path")
        .distinct()
    ):
        started[user_id].add(module_path)
    return History(completions, started, observed)


class States:
    """Each person's state of each requirement, for one day.

    A state depends only on the first due date, the recurrence, the latest completion, the module's
    expiry and whether the person has started, so people who share those share one (frozen) state
    and `dates.requirement_state` runs once per distinct combination, not once per cell: a matrix
    of 500 people × 20 assignments has thousands of cells but about a thousand distinct states.
    Most cells are of people who have not touched the requirement's modules; those need only the
    first due date, so they skip the history.
    """

    def __init__(self, *, requirements: list[Requirement], history: History, today: datetime.date):
        self.requirements = requirements
        self.history = history
        self.today = today
        self._by_team, self._by_user, self._by_credential = defaultdict(list), defaultdict(list), defaultdict(list)
        self._columns = []
        for index, requirement in enumerate(requirements):
            assignment = requirement.assignment
            if assignment.audience == Assignment.Audience.MEMBERS:
                self._by_credential[assignment.credential].append(index)  # "": everyone
            elif assignment.team_id is not None:
                self._by_team[assignment.team_id].append(index)
            else:
                self._by_user[assignment.user_id].append(index)
            fixed = assignment.due_mode == Assignment.DueMode.FIXED
            self._columns.append(
                (
                    self._due(assignment, joined_on=None) if fixed else None,
                    assignment,
                    frozenset(m.pk for m in requirement.modules),
                    frozenset(m.path for m in requirement.modules),
                    [m.pk for m in requirement.modules],
                )
            )
        self._applicable, self._untouched, self._states = {}, {}, {}

    @staticmethod
    def _due(assignment: Assignment, *, joined_on: datetime.date | None) -> datetime.date:
        return dates.first_due(
            due_mode=assignment.due_mode,
            due_date=assignment.due_date,
            due_days=assignment.due_days,
            joined_on=joined_on,
        )

    def applicable(self, *, user_id: int, team_ids: frozenset[int], credential: str = "") -> list[int]:
        """The indexes of the requirements assigned to the person, to one of their teams, or by a
        rule to everyone or to everyone with their credential."""
        key = (team_ids, credential)
        indexes = self._applicable.get(key)
        if indexes is None:
            indexes = self._applicable[key] = sorted(
                {
                    *(i for team in team_ids for i in self._by_team.get(team, ())),
                    *self._by_credential.get("", ()),
                    *(self._by_credential.get(credential, ()) if credential else ()),
                }
            )
        own = self._by_user.get(user_id)
        return sorted({*indexes, *own}) if own else indexes

    def row(self, *, user_id: int, joined_on: datetime.date, team_ids: frozenset[int], credential: str = "") -> list:
        """The person's state of each requirement, None where it is not assigned to them."""
        states = [None] * len(self.requirements)
        done, begun = self.history.completions.get(user_id), self.history.started.get(user_id)
        observed = self.history.observed.get(user_id) if self.history.observed else None
        for index in self.applicable(user_id=user_id, team_ids=team_ids, credential=credential):
            states[index] = self._state(index, joined_on, done, begun, observed)
        return states

    def state(self, index: int, *, user_id: int, joined_on: datetime.date) -> RequirementState:
        observed = self.history.observed.get(user_id) if self.history.observed else None
        return self._state(
            index, joined_on, self.history.completions.get(user_id), self.history.started.get(user_id), observed
        )

    def _state(self, index, joined_on, done, begun, observed=None) -> RequirementState:
        first_due_on, assignment, module_ids, module_paths, ordered_ids = self._columns[index]
        if assignment.checklist_id:
            return self._checklist_state(first_due_on, assignment, joined_on, observed)
        if not ((done and not module_ids.isdisjoint(done.keys())) or (begun and not module_paths.isdisjoint(begun))):
            key = (index, None if first_due_on else joined_on)
            state = self._untouched.get(key)
            if state is None:
                due = first_due_on or self._due(assignment, joined_on=joined_on)
                state = self._untouched[key] = self._shared(due, assignment.recurrence_months, None, None, False)
            return state
        latest = [done.get(module_id) for module_id in ordered_ids] if done else [None] * len(ordered_ids)
        complete = all(latest)  # a touched requirement has modules
        expiries = [row[1] for row in latest if row[1]] if complete else []
        return self._shared(
            first_due_on or self._due(assignment, joined_on=joined_on),
            assignment.recurrence_months,
            max(row[0] for row in latest) if complete else None,
            min(expiries) if expiries else None,
            True,  # touched: a module completed or a lesson done
        )

    def _checklist_state(self, first_due_on, assignment, joined_on, observed) -> RequirementState:
        """A check-off: complete ("Observed") from the day it was signed off until its passes
        expire; started once anyone has observed the person on it."""
        started = bool(observed) and assignment.checklist_id in observed
        signed = observed.get(assignment.checklist_id) if started else None
        key = (
            "checklist",
            first_due_on or self._due(assignment, joined_on=joined_on),
            assignment.recurrence_months,
            signed[0] if signed else None,
            signed[1] if signed else None,
            started,
        )
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = skills_selectors.observation_state(
                dates.requirement_state(
                    first_due_on=key[1],
                    recurrence_months=key[2],
                    completed_on=key[3],
                    module_expires_on=key[4],
                    started=started,
                    today=self.today,
                )
            )
        return state

    def _shared(self, *key) -> RequirementState:
        state = self._states.get(key)
        if state is None:
            first_due_on, recurrence_months, completed_on, module_expires_on, started = key
            state = self._states[key] = dates.requirement_state(
                first_due_on=first_due_on,
                recurrence_months=recurrence_months,
                completed_on=completed_on,
                module_expires_on=module_expires_on,
                started=started,
                today=self.today,
            )
        return state
