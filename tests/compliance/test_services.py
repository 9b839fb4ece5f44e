import datetime

import pytest
import time_machine
from django.core import mail
from django.db import IntegrityError

from lms.models import Membership, Team
from quizzes.compliance import selectors, services
from quizzes.compliance.dates import Status
from quizzes.models import Assignment, AssignmentReminder, ManagerDigest
from tests.compliance.conftest import NOW, TODAY, assign, member, membership_of
from tests.progress.conftest import complete_module

pytestmark = pytest.mark.django_db

D = datetime.date


def cell_for(organization, user, assignment, today=TODAY):
    matrix = selectors.compliance_matrix(organization=organization, today=today)
    (row,) = [row for row in matrix.rows if row.user.pk == user.pk]
    (cell,) = [cell for cell in row.cells if cell.requirement.assignment.pk == assignment.pk]
    return cell


def test_team_create_refuses_a_duplicate_name_ignoring_case(organization, team):
    with pytest.raises(services.ComplianceError, match="already has a team called new STARTERS"):
        services.team_create(organization=organization, name="new STARTERS")


def test_team_add_member_refuses_another_organizations_member(team, other_organization):
    outsider = member(other_organization, "out@lakeside.test")

    with pytest.raises(services.ComplianceError, match="Only members"):
        services.team_add_member(team=team, membership=membership_of(outsider, other_organization))


def test_team_add_member_twice_keeps_one_link(organization, team, learner):
    membership = membership_of(learner, organization)

    services.team_add_member(team=team, membership=membership)
    services.team_add_member(team=team, membership=membership)

    assert team.team_memberships.count() == 1


def test_assignment_create_requires_exactly_one_target(organization, manager, team, hygiene, onboarding):
    with pytest.raises(services.ComplianceError, match="either a module or a learning path"):
        assign(
            organization=organization, created_by=manager, module=hygiene, path=onboarding, team=team,
            due_date=TODAY,
        )  # fmt: skip


def test_assignment_create_refuses_a_team_of_another_organization(organization, other_organization, hygiene):
    other_team = services.team_create(organization=other_organization, name="Night shift")

    with pytest.raises(services.ComplianceError, match="another organization"):
        assign(organization=organization, created_by=None, module=hygiene, team=other_team,
                                   due_date=TODAY)  # fmt: skip


def test_assignment_create_refuses_a_person_outside_the_organization(organization, other_organization, hygiene):
    outsider = member(other_organization, "out@lakeside.test")

    with pytest.raises(services.ComplianceError, match="not a member"):
        assign(organization=organization, created_by=None, module=hygiene, user=outsider,
                                   due_date=TODAY)  # fmt: skip


def test_assignment_database_refuses_two_assignees(organization, team, learner, hygiene):
    with pytest.raises(IntegrityError):
        Assignment.objects.create(
            organization=organization, module=hygiene, team=team, user=learner, due_mode="fixed", due_date=TODAY
        )


def test_team_member_added_later_gets_the_assignment_due_from_their_joined_on(organization, team, onboarding):
    assignment = services.assignment_create(
        allow_past=True,
        organization=organization,
        created_by=None,
        path=onboarding,
        team=team,
        due_mode="after_joining",
        due_days=30,
    )
    newcomer = member(organization, "new@riverside.test", joined_on=D(2026, 2, 20))

    before = cell_for(organization, newcomer, assignment)
    services.team_add_member(team=team, membership=membership_of(newcomer, organization))
    after = cell_for(organization, newcomer, assignment)

    assert before.state is None
    assert after.state.due_on == D(2026, 3, 22)
    assert after.state.status == Status.NOT_STARTED


def test_path_assignment_is_in_progress_after_one_module_and_complete_after_all(
    organization, team, learner, onboarding, hygiene, transfers
):
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assignment = services.assignment_create(
        allow_past=True,
        organization=organization,
        created_by=None,
        path=onboarding,
        team=team,
        due_date=D(2026, 4, 30),
    )

    complete_module(learner, hygiene, now=NOW)
    middle = cell_for(organization, learner, assignment).state.status
    complete_module(learner, transfers, now=NOW + datetime.timedelta(days=1))
    end = cell_for(organization, learner, assignment, today=TODAY + datetime.timedelta(days=1)).state

    assert middle == Status.IN_PROGRESS
    assert (end.status, end.completed_on) == (Status.COMPLETE, D(2026, 3, 3))


def test_recurring_assignment_expires_and_is_reassigned_then_complete_after_renewal(organization, learner, hygiene):
    # The progress service records a new completion only once the previous one has expired, so an
    # annual assignment goes with an annual module.
    hygiene.renewal_months = 12
    hygiene.save()
    assignment = assign(
        organization=organization, created_by=None, module=hygiene, user=learner, due_date=D(2025, 3, 31),
        recurrence_months=12,
    )  # fmt: skip
    complete_module(learner, hygiene, now=datetime.datetime(2025, 3, 10, 15, tzinfo=datetime.UTC))

    expired = cell_for(organization, learner, assignment, today=D(2026, 3, 11)).state
    complete_module(learner, hygiene, now=datetime.datetime(2026, 3, 12, 15, tzinfo=datetime.UTC))
    renewed = cell_for(organization, learner, assignment, today=D(2026, 3, 12)).state

    assert (expired.status, expired.due_on) == (Status.EXPIRED, D(2026, 3, 10))
    assert (renewed.status, renewed.due_on) == (Status.COMPLETE, D(2027, 3, 12))


def test_reminders_send_due_twice_sends_one_email_per_kind(organization, team, learner, hygiene):
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assign(
        organization=organization, created_by=None, module=hygiene, team=team, due_date=D(2026, 3, 6),
        note="Before your first patient session.",
    )  # fmt: skip

    first = services.reminders_send_due(now=NOW)
    second = services.reminders_send_due(now=NOW + datetime.timedelta(hours=1))

    assert (first, second) == (1, 0)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["learner@riverside.test"]
    assert mail.outbox[0].subject == "[Occupass] Due Mar 6: Hand hygiene"
    assert "Before your first patient session." in mail.outbox[0].body
    assert list(AssignmentReminder.objects.values_list("kind", "due_on")) == [("before", D(2026, 3, 6))]


def test_reminders_send_each_kind_once_across_the_cycle(organization, learner, hygiene):
    assign(organization=organization, created_by=None, module=hygiene, user=learner,
                               due_date=D(2026, 3, 6))  # fmt: skip

    for day in range(10):  # Mar 2 … Mar 11, twice a day
        for hour in (9, 15):
            services.reminders_send_due(now=datetime.datetime(2026, 3, 2 + day, hour, tzinfo=datetime.UTC))

    assert [message.subject for message in mail.outbox] == [
        "[Occupass] Due Mar 6: Hand hygiene",
        "[Occupass] Due today: Hand hygiene",
        "[Occupass] Overdue: Hand hygiene",
    ]


def test_reminders_skip_completed_requirements(organization, learner, hygiene):
    assign(organization=organization, created_by=None, module=hygiene, user=learner,
                               due_date=D(2026, 3, 6))  # fmt: skip
    complete_module(learner, hygiene, now=NOW)

    assert services.reminders_send_due(now=NOW) == 0


def test_reminders_a_new_cycle_after_expiry_reminds_again(organization, learner, hygiene):
    hygiene.renewal_months = 12
    hygiene.save()
    assign(organization=organization, created_by=None, module=hygiene, user=learner,
                               due_date=D(2025, 3, 1), recurrence_months=12)  # fmt: skip
    services.reminders_send_due(now=datetime.datetime(2025, 3, 2, 15, tzinfo=datetime.UTC))  # overdue, cycle 1
    complete_module(learner, hygiene, now=datetime.datetime(2025, 3, 3, 15, tzinfo=datetime.UTC))

    services.reminders_send_due(now=datetime.datetime(2026, 3, 4, 15, tzinfo=datetime.UTC))  # expired, cycle 2

    assert list(AssignmentReminder.objects.order_by("sent_at").values_list("kind", "due_on")) == [
        ("overdue", D(2025, 3, 1)),
        ("overdue", D(2026, 3, 3)),
    ]


def test_manager_digest_once_per_week(organization, manager, learner, hygiene):
    assign(organization=organization, created_by=manager, module=hygiene, user=learner,
                               due_date=D(2026, 2, 1))  # fmt: skip

    monday = services.manager_digests_send(now=NOW)
    tuesday = services.manager_digests_send(now=NOW + datetime.timedelta(days=1))
    next_monday = services.manager_digests_send(now=NOW + datetime.timedelta(days=7))

    assert (monday, tuesday, next_monday) == (1, 0, 1)
    assert mail.outbox[0].to == ["manager@riverside.test"]
    assert mail.outbox[0].subject == "[Occupass] Training compliance at Riverside Therapy, week of Mar 2"
    assert "- Overdue: 1" in mail.outbox[0].body
    assert f"- {learner}: 1 overdue or expired" in mail.outbox[0].body
    assert ManagerDigest.objects.count() == 2


def test_run_due_reminders_command_sends_and_reports(organization, learner, hygiene):
    from django.core.management import call_command

    assign(organization=organization, created_by=None, module=hygiene, user=learner,
                               due_date=D(2026, 3, 2))  # fmt: skip

    with time_machine.travel(NOW, tick=False):
        call_command("run_due_reminders", stdout=(out := __import__("io").StringIO()))

    assert out.getvalue() == "Sent 1 reminder(s) and 0 digest(s).\n"
    assert mail.outbox[0].subject == "[Occupass] Due today: Hand hygiene"


def test_team_membership_is_unique_per_team(organization, team, learner):
    assert Team.objects.get().members.count() == 0
    assert Membership.objects.filter(organization=organization).count() == 1
