"""Assignments that can be corrected (edit, end, delete), duplicates, past due dates, rules for
every member or one credential, deactivated members and "send a reminder now"."""

import datetime

import pytest
from django.core import mail
from django.db import IntegrityError

from lms import services as lms_services
from lms.models import AuditEvent
from quizzes.compliance import selectors, services
from quizzes.models import Assignment, AssignmentReminder
from tests.compliance.conftest import NOW, TODAY, assign, member, membership_of
from tests.progress.conftest import complete_lessons

pytestmark = pytest.mark.django_db

D = datetime.date


def states_of(organization, user, today=TODAY) -> dict[str, datetime.date]:
    """{training title: due on} of what the matrix says is due for the person."""
    matrix = selectors.compliance_matrix(organization=organization, today=today)
    rows = [row for row in matrix.rows if row.user_id == user.pk]
    if not rows:
        return {}
    (row,) = rows
    return {r.title: s.due_on for r, s in zip(row.requirements, row.states, strict=True) if s is not None}


# ---------------------------------------------------------------------------------- duplicates


def test_assigning_the_same_training_to_the_same_person_twice_is_refused(organization, manager, learner, hygiene):
    assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)

    with pytest.raises(services.ComplianceError, match="already assigned to them"):
        assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=D(2026, 5, 1))

    assert Assignment.objects.count() == 1


def test_the_database_refuses_a_second_current_assignment(organization, team, hygiene):
    fields = {"organization": organization, "module": hygiene, "team": team, "audience": "team", "due_mode": "fixed"}
    Assignment.objects.create(**fields, due_date=TODAY)

    with pytest.raises(IntegrityError):
        Assignment.objects.create(**fields, due_date=D(2026, 6, 1))


def test_an_ended_assignment_does_not_block_assigning_again(organization, manager, team, hygiene):
    first = assign(organization=organization, created_by=manager, module=hygiene, team=team, due_date=TODAY)
    services.assignment_end(assignment=first, actor=manager, today=TODAY)

    again = assign(organization=organization, created_by=manager, module=hygiene, team=team, due_date=D(2026, 6, 1))

    assert again.pk != first.pk


# ----------------------------------------------------------------------------------- past dates


def test_a_past_due_date_needs_confirmation(organization, manager, learner, hygiene):
    with pytest.raises(services.PastDueDate, match="in the past"):
        services.assignment_create(
            organization=organization, created_by=manager, module=hygiene, user=learner,
            due_date=D(2020, 1, 1), today=TODAY,
        )  # fmt: skip
    assert not Assignment.objects.exists()

    services.assignment_create(
        organization=organization, created_by=manager, module=hygiene, user=learner,
        due_date=D(2020, 1, 1), today=TODAY, allow_past=True,
    )  # fmt: skip

    assert Assignment.objects.get().due_date == D(2020, 1, 1)


# ------------------------------------------------------------------------------ edit, end, delete


def test_assignment_update_changes_due_recurrence_and_note_and_is_logged(organization, manager, hygiene):
    learner = member(organization, "jan5@riverside.test")  # joined Jan 5
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)

    services.assignment_update(
        assignment=assignment, actor=manager, due_mode="after_joining", due_days=45,
        recurrence_months=12, note="  Yearly.  ", today=TODAY,
    )  # fmt: skip

    assignment.refresh_from_db()
    assert (assignment.due_mode, assignment.due_date, assignment.due_days) == ("after_joining", None, 45)
    assert (assignment.recurrence_months, assignment.note) == (12, "Yearly.")
    assert states_of(organization, learner) == {"Hand hygiene": D(2026, 2, 19)}  # joined Jan 5 + 45
    event = AuditEvent.objects.filter(action="assignment.update").get()
    assert event.actor == manager
    assert "Hand hygiene" in event.summary and "45 days after joining" in event.summary


def test_assignment_update_to_a_past_date_needs_confirmation(organization, manager, learner, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)

    with pytest.raises(services.PastDueDate):
        services.assignment_update(
            assignment=assignment, actor=manager, due_mode="fixed", due_date=D(2026, 1, 1), today=TODAY
        )


def test_an_ended_assignment_is_kept_but_no_longer_due(organization, manager, learner, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)

    services.assignment_end(assignment=assignment, actor=manager, today=TODAY)

    assert Assignment.objects.get().ended_on == TODAY
    assert states_of(organization, learner) == {}
    assert selectors.assignments_listing(organization=organization)["ended"] == [assignment]


def test_delete_removes_an_assignment_nobody_started(organization, manager, learner, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)

    services.assignment_delete(assignment=assignment, actor=manager)

    assert not Assignment.objects.exists()
    assert AuditEvent.objects.filter(action="assignment.delete", actor=manager).count() == 1


def test_delete_is_refused_once_someone_has_progress_and_ending_is_offered(organization, manager, team, hygiene):
    person = member(organization, "started@riverside.test")
    services.team_add_member(team=team, membership=membership_of(person, organization))
    assignment = assign(organization=organization, created_by=manager, module=hygiene, team=team, due_date=TODAY)
    complete_lessons(person, hygiene)

    with pytest.raises(services.ComplianceError, match="End it instead"):
        services.assignment_delete(assignment=assignment, actor=manager)

    assert Assignment.objects.filter(pk=assignment.pk).exists()


# ----------------------------------------------------------------------------------------- rules


def test_a_credential_rule_applies_to_members_with_that_credential_only(organization, manager, onboarding):
    aide = member(organization, "aide@riverside.test", joined_on=D(2026, 2, 1))
    otr = member(organization, "otr@riverside.test", joined_on=D(2026, 2, 1))
    otr.credential = "otr"
    otr.save()

    assign(
        organization=organization, created_by=manager, path=onboarding, credential="aide",
        purpose="onboarding", due_mode="after_joining", due_days=30,
    )  # fmt: skip

    assert states_of(organization, aide) == {"New technician onboarding": D(2026, 3, 3)}
    assert states_of(organization, otr) == {}


def test_a_rule_for_everyone_reaches_someone_who_joins_later_with_their_own_due_date(organization, manager, hygiene):
    rule = assign(
        organization=organization, created_by=manager, module=hygiene, credential="",
        purpose="compliance", due_mode="after_joining", due_days=30, recurrence_months=12,
    )  # fmt: skip

    newcomer = member(organization, "new@riverside.test", joined_on=D(2026, 2, 20))

    assert states_of(organization, newcomer) == {"Hand hygiene": D(2026, 3, 22)}
    assert rule.assignee == "Everyone"


def test_a_rule_and_a_team_assignment_of_the_same_training_are_different_assignments(
    organization, manager, team, hygiene
):
    assign(organization=organization, created_by=manager, module=hygiene, credential="", due_date=TODAY)
    assign(organization=organization, created_by=manager, module=hygiene, team=team, due_date=TODAY)
    with pytest.raises(services.ComplianceError, match="already assigned"):
        assign(organization=organization, created_by=manager, module=hygiene, credential="", due_date=TODAY)


def test_the_learners_own_assignments_include_rules(organization, manager, learner, hygiene):
    assign(organization=organization, created_by=manager, module=hygiene, credential="aide", due_date=TODAY)
    memberships = list(learner.memberships.all())

    items = selectors.learner_assignments(user=learner, memberships=memberships, today=TODAY)

    assert [item.requirement.title for item in items] == ["Hand hygiene"]


# ---------------------------------------------------------------------------------- deactivation


def test_a_deactivated_member_is_not_due_anything_and_gets_no_reminders(organization, manager, learner, hygiene):
    assign(organization=organization, created_by=manager, module=hygiene, credential="", due_date=D(2026, 2, 1))
    lms_services.membership_deactivate(membership=membership_of(learner, organization), actor=manager)

    sent = services.reminders_send_due(now=NOW)

    assert states_of(organization, learner) == {}
    assert sent == 1  # the manager only
    assert [m.to for m in mail.outbox] == [[manager.email]]
    assert selectors.learner_assignments(user=learner, memberships=list(learner.memberships.all()), today=TODAY) == []


# --------------------------------------------------------------------------------- remind now


def test_send_a_reminder_now_to_one_person_logs_it_once_a_day(organization, manager, learner, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)
    kwargs = {"organization": organization, "actor": manager, "now": NOW}
    kwargs |= {"assignment_id": assignment.pk, "user_id": learner.pk}

    first = services.reminders_send_now(**kwargs)
    second = services.reminders_send_now(**kwargs)

    assert (first, second) == (1, 0)
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert "Hand hygiene" in mail.outbox[0].subject
    reminder = AssignmentReminder.objects.get()
    assert (reminder.kind, reminder.sent_at) == ("manual", NOW)
    assert selectors.last_reminder_at(organization=organization) == NOW


def test_send_a_reminder_now_to_everyone_overdue_skips_people_on_time(organization, manager, hygiene, team):
    late = member(organization, "late@riverside.test")
    on_time = member(organization, "ontime@riverside.test")
    overdue = assign(organization=organization, created_by=manager, module=hygiene, user=late, due_date=D(2026, 2, 1))
    assign(organization=organization, created_by=manager, module=hygiene, user=on_time, due_date=D(2026, 6, 1))

    sent = services.reminders_send_now(organization=organization, actor=manager, now=NOW)

    assert sent == 1
    assert [m.to for m in mail.outbox] == [[late.email]]
    assert selectors.assignments_last_reminded(organization=organization) == {overdue.pk: NOW}
    assert AuditEvent.objects.filter(action="reminder.send", actor=manager).count() == 1


# ----------------------------------------------------------------------------------- at a glance


def test_percent_compliant_per_team_and_per_requirement(organization, manager, team, hygiene, transfers):
    from tests.progress.conftest import complete_module

    done = member(organization, "done@riverside.test")
    not_yet = member(organization, "notyet@riverside.test")
    for person in (done, not_yet):
        services.team_add_member(team=team, membership=membership_of(person, organization))
    assign(organization=organization, created_by=manager, module=hygiene, team=team, due_date=D(2026, 6, 1))
    assign(organization=organization, created_by=manager, module=transfers, user=done, due_date=D(2026, 6, 1))
    complete_module(done, hygiene, now=NOW)

    matrix = selectors.compliance_matrix(organization=organization, today=TODAY)
    shares = selectors.compliance_shares(matrix=matrix)

    assert [(s.label, s.compliant, s.total, s.percent) for s in shares["teams"].bars] == [("New starters", 1, 3, 33)]
    assert [(s.label, s.compliant, s.total, s.percent) for s in shares["requirements"].bars] == [
        ("Hand hygiene (New starters)", 1, 2, 50),
        (f"Safe transfers ({done})", 0, 1, 0),
    ]
    assert shares["requirements"].bars[0].width == 180


# ---------------------------------------------------------------------------------------- views


def test_remind_view_sends_to_one_person_and_says_so(client, organization, manager, learner, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)
    client.force_login(manager)

    response = client.post(
        f"/manage/{organization.slug}/remind/",
        {"assignment": assignment.pk, "user": learner.pk, "next": f"/manage/{organization.slug}/people/{learner.pk}/"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == f"/manage/{organization.slug}/people/{learner.pk}/"
    assert "1 reminder sent." in response.content.decode()
    assert [m.to for m in mail.outbox] == [[learner.email]]


def test_assignment_changes_are_for_managers_only(client, organization, manager, learner, educator, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)
    base = f"/manage/{organization.slug}/assignments/{assignment.pk}"
    for user in (learner, educator):
        client.force_login(user)
        assert client.post(f"{base}/end/").status_code == 404
        assert client.post(f"{base}/delete/").status_code == 404
        assert client.post(f"{base}/", {"due_mode": "fixed", "due_date": "2030-01-01"}).status_code == 404
        assert client.post(f"/manage/{organization.slug}/remind/").status_code == 404
    assignment.refresh_from_db()
    assert (assignment.ended_on, assignment.due_date) == (None, TODAY)
    assert not mail.outbox


def test_deleting_an_assignment_with_progress_offers_ending(client, organization, manager, learner, hygiene):
    assignment = assign(organization=organization, created_by=manager, module=hygiene, user=learner, due_date=TODAY)
    complete_lessons(learner, hygiene)
    client.force_login(manager)

    page = client.get(f"/manage/{organization.slug}/assignments/{assignment.pk}/delete/").content.decode()
    refused = client.post(f"/manage/{organization.slug}/assignments/{assignment.pk}/delete/")

    assert "End the assignment" in page and "Delete the assignment" not in page
    assert refused.status_code == 409
    assert Assignment.objects.filter(pk=assignment.pk).exists()
