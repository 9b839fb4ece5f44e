"""Due dates, recurrence and status: pure arithmetic, no database."""

import datetime

import pytest

from quizzes.compliance import dates
from quizzes.compliance.dates import RequirementState, Status

D = datetime.date


def state(**kwargs):
    defaults = {
        "first_due_on": D(2026, 3, 31), "recurrence_months": None, "completed_on": None,
        "module_expires_on": None, "started": False, "today": D(2026, 3, 2),
    }  # fmt: skip
    return dates.requirement_state(**{**defaults, **kwargs})


def test_first_due_fixed_date_is_the_date():
    assert dates.first_due(due_mode="fixed", due_date=D(2026, 4, 1), due_days=None, joined_on=D(2026, 1, 5)) == D(
        2026, 4, 1
    )


def test_first_due_after_joining_counts_days_from_joined_on():
    assert dates.first_due(due_mode="after_joining", due_date=None, due_days=30, joined_on=D(2026, 1, 5)) == D(
        2026, 2, 4
    )


def test_first_due_after_joining_without_days_is_refused():
    with pytest.raises(ValueError, match="number of days"):
        dates.first_due(due_mode="after_joining", due_date=None, due_days=None, joined_on=D(2026, 1, 5))


def test_expiry_recurrence_counts_months_from_completion_clamped_to_month_end():
    assert dates.expiry(completed_on=D(2025, 1, 31), recurrence_months=1, module_expires_on=None) == D(2025, 2, 28)


def test_expiry_takes_the_earlier_of_recurrence_and_module_renewal():
    assert dates.expiry(completed_on=D(2025, 6, 1), recurrence_months=12, module_expires_on=D(2026, 3, 1)) == D(
        2026, 3, 1
    )


def test_expiry_none_without_recurrence_or_module_renewal():
    assert dates.expiry(completed_on=D(2025, 6, 1), recurrence_months=None, module_expires_on=None) is None


def test_status_not_started_when_due_later_than_two_weeks():
    assert state(first_due_on=D(2026, 3, 17)) == RequirementState(Status.NOT_STARTED, due_on=D(2026, 3, 17))


def test_status_in_progress_when_started_and_due_later():
    assert state(started=True).status == Status.IN_PROGRESS


def test_status_due_soon_at_exactly_fourteen_days():
    assert state(first_due_on=D(2026, 3, 16), started=True).status == Status.DUE_SOON


def test_status_due_soon_on_the_due_date():
    assert state(first_due_on=D(2026, 3, 2)).status == Status.DUE_SOON


def test_status_overdue_the_day_after_the_due_date():
    assert state(first_due_on=D(2026, 3, 1), started=True) == RequirementState(Status.OVERDUE, due_on=D(2026, 3, 1))


def test_status_complete_once_is_complete_for_good():
    assert state(first_due_on=D(2020, 1, 1), completed_on=D(2020, 5, 1)) == RequirementState(
        Status.COMPLETE, due_on=D(2020, 1, 1), completed_on=D(2020, 5, 1)
    )


def test_status_complete_with_recurrence_is_due_again_months_after_completion():
    result = state(completed_on=D(2025, 6, 10), recurrence_months=12)

    assert result == RequirementState(
        Status.COMPLETE, due_on=D(2026, 6, 10), completed_on=D(2025, 6, 10), expires_on=D(2026, 6, 10)
    )


def test_status_due_soon_when_a_completion_expires_within_two_weeks():
    assert state(completed_on=D(2025, 3, 10), recurrence_months=12).status == Status.DUE_SOON


def test_status_expired_on_the_expiry_day_and_due_again_from_that_day():
    result = state(completed_on=D(2025, 3, 2), recurrence_months=12)

    assert result == RequirementState(
        Status.EXPIRED, due_on=D(2026, 3, 2), completed_on=D(2025, 3, 2), expires_on=D(2026, 3, 2)
    )


def test_status_expired_when_the_module_renewal_lapsed_before_recurrence():
    assert state(completed_on=D(2025, 9, 1), recurrence_months=12, module_expires_on=D(2026, 3, 1)).status == (
        Status.EXPIRED
    )


def test_status_complete_again_after_reassignment_and_a_new_completion():
    # Expired on 2026-03-02 (the new cycle's due date); completing again starts the next cycle.
    result = state(completed_on=D(2026, 3, 2), recurrence_months=12)

    assert result == RequirementState(
        Status.COMPLETE, due_on=D(2027, 3, 2), completed_on=D(2026, 3, 2), expires_on=D(2027, 3, 2)
    )


@pytest.mark.parametrize(
    ("due_on", "status", "kind"),
    [
        (D(2026, 3, 20), Status.NOT_STARTED, None),
        (D(2026, 3, 10), Status.DUE_SOON, None),
        (D(2026, 3, 9), Status.DUE_SOON, "before"),
        (D(2026, 3, 3), Status.DUE_SOON, "before"),
        (D(2026, 3, 2), Status.DUE_SOON, "due"),
        (D(2026, 3, 1), Status.OVERDUE, "overdue"),
        (D(2026, 3, 2), Status.EXPIRED, "overdue"),
        (D(2026, 3, 5), Status.COMPLETE, None),
    ],
)
def test_reminder_kind_by_days_left(due_on, status, kind):
    assert dates.reminder_kind(state=RequirementState(status, due_on=due_on), today=D(2026, 3, 2)) == kind


def test_week_start_is_the_monday():
    assert dates.week_start(D(2026, 3, 8)) == D(2026, 3, 2)
