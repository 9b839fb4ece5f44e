"""Due dates, recurrence and compliance status, pure: dates in, a state out. No ORM.

A requirement is one assignment for one person. Its first due date comes from the assignment (a
fixed date, or N days after the person joined the organization). Once completed it stays complete
until it expires: `recurrence_months` after the completion ("every 12 months from completion"), or
earlier when the module's own renewal period says so. The expiry date is the next cycle's due date,
so an expired requirement is assigned again without anyone doing anything.
"""

import datetime
from dataclasses import dataclass
from enum import StrEnum

from quizzes.progress.goals import add_months

DUE_SOON_DAYS = 14
REMIND_BEFORE_DAYS = 7


class Status(StrEnum):
    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    EXPIRED = "expired"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.COMPLETE: "Complete",
    Status.IN_PROGRESS: "In progress",
    Status.NOT_STARTED: "Not started",
    Status.DUE_SOON: "Due soon",
    Status.OVERDUE: "Overdue",
    Status.EXPIRED: "Expired",
}
NEEDS_ACTION = frozenset({Status.DUE_SOON, Status.OVERDUE, Status.EXPIRED})
LATE = (Status.OVERDUE, Status.EXPIRED)


@dataclass(frozen=True)
class RequirementState:
    status: Status
    due_on: datetime.date
    """When the current cycle is (or was) due; for a complete requirement, when it is due again."""
    completed_on: datetime.date | None = None
    expires_on: datetime.date | None = None

    @property
    def label(self) -> str:
        return self.status.label

    @property
    def late(self) -> bool:
        return self.status in LATE


def first_due(
    *, due_mode: str, due_date: datetime.date | None, due_days: int | None, joined_on: datetime.date
) -> datetime.date:
    """The first due date for one person: the fixed date, or `due_days` after they joined."""
    if due_mode == "fixed":
        if due_date is None:
            raise ValueError("A fixed-date assignment needs a due date.")
        return due_date
    if due_days is None:
        raise ValueError("A days-after-joining assignment needs a number of days.")
    return joined_on + datetime.timedelta(days=due_days)


def expiry(
    *, completed_on: datetime.date, recurrence_months: int | None, module_expires_on: datetime.date | None
) -> datetime.date | None:
    """When a completion stops counting: the earlier of the assignment's recurrence (counted from
    the completion) and the module's own renewal expiry; None when neither applies."""
    candidates = [module_expires_on] if module_expires_on else []
    if recurrence_months:
        candidates.append(add_months(completed_on, recurrence_months))
    return min(candidates) if candidates else None


def requirement_state(
    *,
    first_due_on: datetime.date,
    recurrence_months: int | None,
    completed_on: datetime.date | None,
    module_expires_on: datetime.date | None,
    started: bool,
    today: datetime.date,
) -> RequirementState:
    """The requirement's status today.

    Precedence, most urgent first: expired (was complete, lapsed) / overdue, due soon (due within
    14 days, including a completion about to expire), in progress, not started; complete otherwise.
    """
    if completed_on is not None:
        expires_on = expiry(
            completed_on=completed_on, recurrence_months=recurrence_months, module_expires_on=module_expires_on
        )
        if expires_on is None:
            return RequirementState(Status.COMPLETE, due_on=first_due_on, completed_on=completed_on)
        if today >= expires_on:
            return RequirementState(
                Status.EXPIRED, due_on=expires_on, completed_on=completed_on, expires_on=expires_on
            )
        status = Status.DUE_SOON if (expires_on - today).days <= DUE_SOON_DAYS else Status.COMPLETE
        return RequirementState(status, due_on=expires_on, completed_on=completed_on, expires_on=expires_on)
    if today > first_due_on:
        status = Status.OVERDUE
    elif (first_due_on - today).days <= DUE_SOON_DAYS:
        status = Status.DUE_SOON
    else:
        status = Status.IN_PROGRESS if started else Status.NOT_STARTED
    return RequirementState(status, due_on=first_due_on)


def reminder_kind(*, state: RequirementState, today: datetime.date) -> str | None:
    """Which reminder applies today, if any: "before" within REMIND_BEFORE_DAYS of the due date,
    "due" on it, "overdue" after it. None for a requirement that is complete and not due soon.

    Windows rather than exact days, so a day the job did not run is caught up the next day; the
    reminder log makes each kind go out once per cycle.
    """
    if state.status == Status.COMPLETE:
        return None
    days_left = (state.due_on - today).days
    if days_left < 0 or state.status == Status.EXPIRED:
        return "overdue"
    if days_left == 0:
        return "due"
    if days_left <= REMIND_BEFORE_DAYS:
        return "before"
    return None


def week_start(day: datetime.date) -> datetime.date:
    """The Monday of the day's ISO week (the weekly digest is sent once per such week)."""
    return day - datetime.timedelta(days=day.weekday())
