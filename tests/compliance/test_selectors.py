import datetime

import pytest

from courses.models import LessonCompletion
from lms.models import Membership
from quizzes.compliance import selectors, services
from quizzes.compliance.dates import RequirementState, Status
from quizzes.compliance.selectors import Cell
from tests.compliance.conftest import NOW, TODAY, assign, member, membership_of
from tests.progress.conftest import complete_module

D = datetime.date


# ------------------------------------------------------------------------------------ cells


@pytest.mark.parametrize(
    ("state", "note"),
    [
        (RequirementState(Status.OVERDUE, due_on=D(2026, 2, 1)), "was due Feb 1, 2026"),
        (RequirementState(Status.EXPIRED, due_on=D(2026, 2, 1), completed_on=D(2025, 2, 1)), "was due Feb 1, 2026"),
        (RequirementState(Status.DUE_SOON, due_on=D(2026, 3, 10)), "due Mar 10, 2026"),
        (RequirementState(Status.NOT_STARTED, due_on=D(2026, 6, 1)), "due Jun 1, 2026"),
        (
            RequirementState(Status.COMPLETE, due_on=D(2027, 3, 2), completed_on=TODAY, expires_on=D(2027, 3, 2)),
            "until Mar 2, 2027",
        ),
        (RequirementState(Status.COMPLETE, due_on=D(2026, 4, 1), completed_on=TODAY), ""),
        (None, ""),
    ],
)
def test_cell_note_says_when_due_or_until_when(state, note):
    assert Cell(requirement=None, state=state).note == note


# ----------------------------------------------------------------------------------- matrix


def row_of(matrix, user):
    (row,) = [row for row in matrix.rows if row.user_id == user.pk]
    return row


@pytest.mark.django_db
def test_matrix_states_follow_each_persons_joined_on_and_history(organization, team, hygiene, onboarding):
    early = member(organization, "early@riverside.test", joined_on=D(2026, 1, 5))
    late = member(organization, "late@riverside.test", joined_on=D(2026, 2, 20))
    started = member(organization, "started@riverside.test", joined_on=D(2026, 2, 20))
    done = member(organization, "done@riverside.test", joined_on=D(2026, 2, 20))
    for user in (early, late, started, done):
        services.team_add_member(team=team, membership=membership_of(user, organization))
    assign(organization=organization, created_by=None, path=onboarding, team=team,
                               due_mode="after_joining", due_days=30)  # fmt: skip
    assign(organization=organization, created_by=None, module=hygiene, user=done,
                               due_date=D(2026, 2, 1), recurrence_months=12)  # fmt: skip
    LessonCompletion.objects.create(user=started, lesson=hygiene.get_children().specific().first(), completed_at=NOW)
    complete_module(done, hygiene, now=NOW)

    matrix = selectors.compliance_matrix(organization=organization, today=TODAY)
    states = {
        user.email: [(s.status, s.due_on) if s else None for s in row_of(matrix, user).states]
        for user in (early, late, started, done)
    }

    assert states == {
        "early@riverside.test": [(Status.OVERDUE, D(2026, 2, 4)), None],
        "late@riverside.test": [(Status.NOT_STARTED, D(2026, 3, 22)), None],
        "started@riverside.test": [(Status.IN_PROGRESS, D(2026, 3, 22)), None],
        "done@riverside.test": [(Status.IN_PROGRESS, D(2026, 3, 22)), (Status.COMPLETE, D(2027, 3, 2))],
    }
    assert (row_of(matrix, early).late_count, row_of(matrix, early).statuses) == (1, {"overdue"})
    assert row_of(matrix, done).statuses == {"in_progress", "complete"}
    assert matrix.counts == {
        "complete": 1, "in_progress": 2, "not_started": 1, "due_soon": 0, "overdue": 1, "expired": 0,
    }  # fmt: skip


@pytest.mark.django_db
def test_matrix_people_with_the_same_inputs_share_one_state(organization, team, hygiene):
    first = member(organization, "first@riverside.test", joined_on=D(2026, 1, 5))
    second = member(organization, "second@riverside.test", joined_on=D(2026, 1, 5))
    for user in (first, second):
        services.team_add_member(team=team, membership=membership_of(user, organization))
    assign(organization=organization, created_by=None, module=hygiene, team=team,
                               due_mode="after_joining", due_days=10)  # fmt: skip

    matrix = selectors.compliance_matrix(organization=organization, today=TODAY)

    assert row_of(matrix, first).states[0] is row_of(matrix, second).states[0]


@pytest.mark.django_db
def test_matrix_rows_load_memberships_and_users_in_one_query_when_used(
    organization, team, learner, manager, hygiene, django_assert_num_queries
):
    assign(organization=organization, created_by=None, module=hygiene, user=learner,
                               due_date=TODAY)  # fmt: skip
    matrix = selectors.compliance_matrix(organization=organization, today=TODAY)

    with django_assert_num_queries(1):
        users = {row.user.email: row.membership for row in matrix.rows}

    assert set(users) == {"learner@riverside.test", "manager@riverside.test"}
    assert users["learner@riverside.test"] == Membership.objects.get(user=learner)
    assert {row.email: row.name for row in matrix.rows} == {u.email: u.name for u in (learner, manager)}
