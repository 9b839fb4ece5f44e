"""State changes for teams, assignments, reminders and the managers' weekly digest.

One function owns one change, in a transaction, with keyword-only arguments. A team's members are
never copied onto its assignments: an assignment targets the team, so whoever is in the team today
has it, with a due date from their own joined date when the assignment counts days after joining.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from courses.models import LearningPathPage, ModulePage, SkillsChecklistPage
from lms import services as lms_services
from lms import versions
from lms.models import Membership, Organization, Team, TeamMembership, User
from quizzes.compliance import dates, selectors
from quizzes.compliance.dates import Status
from quizzes.models import Assignment, AssignmentReminder, ManagerDigest

logger = logging.getLogger(__name__)


class ComplianceError(Exception):
    """A refusal to show the manager; `str(error)` is the message."""


# ---------------------------------------------------------------------------------------- teams


@transaction.atomic
def team_create(*, organization: Organization, name: str, actor: User | None = None) -> Team:
    """A new team in the organization; names are unique per organization, ignoring case."""
    name = (name or "").strip()
    if not name:
        raise ComplianceError("Give the team a name.")
    if Team.objects.filter(organization=organization, name__iexact=name).exists():
        raise ComplianceError(f"{organization} already has a team called {name}.")
    team = Team.objects.create(organization=organization, name=name)
    if actor is not None:
        lms_services.audit_record(
            organization=organization, actor=actor, action="team.create", summary=f"Created team {name}"
        )
    return team


@transaction.atomic
def team_add_member(*, team: Team, membership: Membership, actor: User | None = None) -> TeamMembership:
    """Put a member of the team's organization in the team (idempotent). From now on they have
    every assignment made to the team."""
    if membership.organization_id != team.organization_id:
        raise ComplianceError("Only members of the team's organization can join it.")
    link, created = TeamMembership.objects.get_or_create(team=team, membership=membership)
    if created and actor is not None:
        lms_services.audit_record(
            organization=team.organization, actor=actor, action="team.add_member",
            summary=f"Added {membership.user} to {team.name}",
        )  # fmt: skip
    return link


@transaction.atomic
def team_remove_member(*, team: Team, membership: Membership, actor: User | None = None) -> None:
    """Take a person out of the team: from now on they no longer have its assignments (their
    completions stay)."""
    removed, _ = TeamMembership.objects.filter(team=team, membership=membership).delete()
    if removed:
        lms_services.audit_record(
            organization=team.organization, actor=actor, action="team.remove_member",
            summary=f"Removed {membership.user} from {team.name}",
        )  # fmt: skip


@transaction.atomic
def team_rename(*, team: Team, name: str, actor: User | None = None) -> Team:
    name = (name or "").strip()
    if not name:
        raise ComplianceError("Give the team a name.")
    if Team.objects.filter(organization_id=team.organization_id, name__iexact=name).exclude(pk=team.pk).exists():
        raise ComplianceError(f"{team.organization} already has a team called {name}.")
    before = team.name
    team.name = name
    team.save(update_fields=["name"])
    lms_services.audit_record(
        organization=team.organization, actor=actor, action="team.rename", summary=f"Renamed team {before} to {name}"
    )
    return team


@transaction.atomic
def team_delete(*, team: Team, actor: User | None = None, confirmed: bool = False) -> None:
    """Delete a team. One with members or assignments needs `confirmed`: its member links and its
    assignments go with it (people keep their records; assignments to the team end for them)."""
    members = team.team_memberships.count()
    assignments = team.assignments.count()
    if (members or assignments) and not confirmed:
        raise ComplianceError(
            f"{team.name} has {members} member{'s' if members != 1 else ''} and {assignments} "
            f"assignment{'s' if assignments != 1 else ''}. Confirm to delete it with them."
        )
    organization, name = team.organization, team.name
    team.delete()
    lms_services.audit_record(
        organization=organization, actor=actor, action="team.delete",
        summary=f"Deleted team {name} ({members} members, {assignments} assignments)",
    )  # fmt: skip


# ---------------------------------------------------------------------------------- assignments


class PastDueDate(ComplianceError):
    """A fixed due date before today: everyone would be overdue at once. The form asks the manager
    to confirm, then calls again with `allow_past=True`."""


def _due_text(assignment: Assignment) -> str:
    if assignment.due_mode == Assignment.DueMode.FIXED:
        return f"due {assignment.due_date:%b %-d, %Y}"
    return f"due {assignment.due_days} days after joining"


def _check_due(*, due_mode, due_date, today, allow_past: bool) -> None:
    if due_mode == Assignment.DueMode.FIXED and due_date is not None and due_date < today and not allow_past:
        raise PastDueDate(
            f"The due date {due_date:%b %-d, %Y} is in the past: everyone assigned will be overdue at once. "
            "Confirm to assign it anyway."
        )


def _validate_and_save(assignment: Assignment, *, update_fields=None) -> Assignment:
    """Model validation (including the one-current-assignment constraint) as a manager's message;
    the database constraint still decides when two requests race."""
    try:
        assignment.full_clean(exclude=["created_by"])
    except ValidationError as error:
        raise ComplianceError(" ".join(error.messages)) from error
    try:
        with transaction.atomic():
            assignment.save(update_fields=update_fields)
    except IntegrityError as error:
        raise ComplianceError(DUPLICATE_MESSAGE) from error
    return assignment


DUPLICATE_MESSAGE = "This training is already assigned to them. Edit the existing assignment instead."


@transaction.atomic
def assignment_create(
    *,
    organization: Organization,
    created_by: User | None,
    module: ModulePage | None = None,
    path: LearningPathPage | None = None,
    checklist: SkillsChecklistPage | None = None,
    user: User | None = None,
    team: Team | None = None,
    credential: str | None = None,
    purpose: str = Assignment.Purpose.TRAINING,
    due_mode: str = Assignment.DueMode.FIXED,
    due_date: datetime.date | None = None,
    due_days: int | None = None,
    recurrence_months: int | None = None,
    note: str = "",
    allow_past: bool = False,
    today: datetime.date | None = None,
) -> Assignment:
    """Assign a module, a learning path or a skills checklist to a person, a team, or by a rule to
    every member (`credential=""`) or every member with a credential (`credential="aide"`).

    Refuses a second current assignment of the same training to the same people, and a fixed due
    date in the past unless `allow_past`.
    """
    if [module, path, checklist].count(None) != 2:
        raise ComplianceError("Choose either a module or a learning path, or a skills checklist.")
    if sum(x is not None for x in (user, team, credential)) != 1:
        raise ComplianceError("Choose a person, a team or a rule (everyone, or one credential).")
    if team is not None and team.organization_id != organization.pk:
        raise ComplianceError("That team belongs to another organization.")
    if user is not None and not Membership.objects.filter(organization=organization, user=user).exists():
        raise ComplianceError("That person is not a member of this organization.")
    if credential and credential not in User.Credential.values:
        raise ComplianceError("Choose a credential from the list.")
    if due_mode == Assignment.DueMode.FIXED:
        due_days = None
    else:
        due_date = None
    _check_due(due_mode=due_mode, due_date=due_date, today=today or timezone.localdate(), allow_past=allow_past)
    if credential is not None:
        audience = Assignment.Audience.MEMBERS
    else:
        audience = Assignment.Audience.TEAM if team is not None else Assignment.Audience.PERSON
    assignment = Assignment(
        organization=organization,
        module=module,
        path=path,
        checklist=checklist,
        user=user,
        team=team,
        audience=audience,
        credential=credential or "",
        purpose=purpose,
        due_mode=due_mode,
        due_date=due_date,
        due_days=due_days,
        recurrence_months=recurrence_months,
        note=(note or "").strip(),
        created_by=created_by,
    )
    _validate_and_save(assignment)
    lms_services.audit_record(
        organization=organization,
        actor=created_by,
        action="assignment.create",
        summary=f"Assigned {assignment.target.title} to {assignment.assignee}, {_due_text(assignment)}",
    )
    return assignment


@transaction.atomic
def assignment_update(
    *,
    assignment: Assignment,
    actor: User | None,
    due_mode: str,
    due_date: datetime.date | None = None,
    due_days: int | None = None,
    recurrence_months: int | None = None,
    note: str = "",
    purpose: str | None = None,
    allow_past: bool = False,
    today: datetime.date | None = None,
) -> Assignment:
    """Correct an assignment's due date, recurrence, note (and purpose). What and who stay: to
    change those, end it and assign again, so the history says what was required when."""
    if assignment.ended_on is not None:
        raise ComplianceError("This assignment has ended; assign the training again instead.")
    if due_mode == Assignment.DueMode.FIXED:
        due_days = None
    else:
        due_date = None
    if due_date != assignment.due_date:  # an unchanged past date was confirmed when it was set
        _check_due(due_mode=due_mode, due_date=due_date, today=today or timezone.localdate(), allow_past=allow_past)
    before = _due_text(assignment)
    assignment.due_mode, assignment.due_date, assignment.due_days = due_mode, due_date, due_days
    assignment.recurrence_months = recurrence_months
    assignment.note = (note or "").strip()
    if purpose:
        assignment.purpose = purpose
    _validate_and_save(assignment)
    lms_services.audit_record(
        organization=assignment.organization,
        actor=actor,
        action="assignment.update",
        summary=f"Changed {assignment.target.title} for {assignment.assignee}: {before} → {_due_text(assignment)}"
        + (f", every {recurrence_months} months" if recurrence_months else ", once"),
    )
    return assignment


@transaction.atomic
def assignment_end(*, assignment: Assignment, actor: User | None, today: datetime.date | None = None) -> Assignment:
    """Stop requiring the training from today. The assignment, its reminders and everyone's
    completions stay; it is no longer due, counted or reminded."""
    if assignment.ended_on is not None:
        return assignment
    assignment.ended_on = today or timezone.localdate()
    assignment.save(update_fields=["ended_on"])
    lms_services.audit_record(
        organization=assignment.organization,
        actor=actor,
        action="assignment.end",
        summary=f"Ended {assignment.target.title} for {assignment.assignee}",
    )
    return assignment


@transaction.atomic
def assignment_delete(*, assignment: Assignment, actor: User | None = None) -> None:
    """Delete an assignment made by mistake. Refused once anyone it applies to has progress in its
    training (a lesson done or a module completed): end it instead, so the record stays."""
    if selectors.assignment_has_progress(assignment=assignment):
        raise ComplianceError(
            "Someone has already made progress under this assignment, so it cannot be deleted. "
            "End it instead: it stays in the history and is no longer due."
        )
    summary = f"Deleted {assignment.target.title} for {assignment.assignee}"
    organization = assignment.organization
    assignment.delete()
    lms_services.audit_record(organization=organization, actor=actor, action="assignment.delete", summary=summary)


# ------------------------------------------------------------------------------------ reminders

SUBJECTS = {
    AssignmentReminder.Kind.BEFORE: "Due {due}: {title}",
    AssignmentReminder.Kind.DUE: "Due today: {title}",
    AssignmentReminder.Kind.OVERDUE: "Overdue: {title}",
    AssignmentReminder.Kind.MANUAL: "Reminder: {title}, due {due}",
}


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _send_reminder(
    *, assignment: Assignment, title: str, url: str, user: User, kind: str, due_on, now, state_due_on=None
) -> bool:
    """Record the reminder and send it, together: if sending fails the record is rolled back and
    the next run tries again; if another run recorded it first, nothing is sent."""
    try:
        with transaction.atomic():
            _, created = AssignmentReminder.objects.get_or_create(
                assignment=assignment, user=user, kind=kind, due_on=due_on, defaults={"sent_at": now}
            )
            if not created:
                return False
            # The matrix shows when the organization last sent a reminder (cached by its version).
            versions.bump_users(organizations=[assignment.organization_id])
            context = {
                "user": user, "assignment": assignment, "title": title, "kind": kind,
                "due_on": state_due_on or due_on, "site_name": settings.SITE_NAME,
                "overdue": (state_due_on or due_on) < timezone.localdate(now),
                "url": _absolute(url) if url.startswith("/") else url,
                "dashboard_url": _absolute(reverse("lms:dashboard")),
            }  # fmt: skip
            send_mail(
                subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
                + SUBJECTS[kind].format(title=title, due=(state_due_on or due_on).strftime("%b %-d")),
                message=render_to_string("compliance/email/reminder.txt", context),
                from_email=None,
                recipient_list=[user.email],
            )
    except IntegrityError:
        return False  # a concurrent run recorded (and sent) it
    return True


def reminders_send_due(*, now: datetime.datetime) -> int:
    """Email every person whose assignment is due within a week, due today or overdue.

    At most one email per reminder kind per assignment, person and due cycle, however often this
    runs: the reminder log's unique constraint decides. Returns how many emails were sent.
    """
    today = timezone.localdate(now)
    sent = 0
    for _organization, matrix in selectors.requirements_for_reminders(today=today):
        already = set(
            AssignmentReminder.objects.filter(assignment__organization=_organization).values_list(
                "assignment_id", "user_id", "kind", "due_on"
            )
        )
        for row in matrix.rows:
            for cell in row.cells:
                if cell.state is None:
                    continue
                kind = dates.reminder_kind(state=cell.state, today=today)
                if kind is None:
                    continue
                assignment = cell.requirement.assignment
                if (assignment.pk, row.user_id, kind, cell.state.due_on) in already:
                    continue
                sent += _send_reminder(
                    assignment=assignment,
                    title=cell.requirement.title,
                    url=cell.requirement.url or "",
                    user=row.user,
                    kind=kind,
                    due_on=cell.state.due_on,
                    now=now,
                )
    return sent


def reminders_send_now(
    *,
    organization: Organization,
    actor: User | None,
    now: datetime.datetime,
    assignment_id: int | None = None,
    user_id: int | None = None,
) -> int:
    """A manager's "send a reminder now": to one person for one assignment (both ids given), or to
    everyone with overdue or expired training (neither given). At most one such email per person
    and assignment a day (the reminder log decides). Returns how many were sent."""
    today = timezone.localdate(now)
    matrix = selectors.compliance_matrix(organization=organization, today=today)
    sent = 0
    for row in matrix.rows:
        if user_id is not None and row.user_id != user_id:
            continue
        for cell in row.cells:
            state = cell.state
            if state is None or state.status == Status.COMPLETE:
                continue
            assignment = cell.requirement.assignment
            if assignment_id is not None and assignment.pk != assignment_id:
                continue
            if assignment_id is None and not state.late:
                continue
            sent += _send_reminder(
                assignment=assignment,
                title=cell.requirement.title,
                url=cell.requirement.url or "",
                user=row.user,
                kind=AssignmentReminder.Kind.MANUAL,
                due_on=today,
                now=now,
                state_due_on=state.due_on,
            )
    if sent:
        lms_services.audit_record(
            organization=organization,
            actor=actor,
            action="reminder.send",
            summary=f"Sent {sent} reminder{'s' if sent != 1 else ''} now",
        )
    return sent


def manager_digests_send(*, now: datetime.datetime) -> int:
    """The weekly digest: each manager of an organization with assignments gets, once per ISO
    week, the counts by status and the people with overdue or expired training."""
    today = timezone.localdate(now)
    week = dates.week_start(today)
    sent = 0
    for organization, matrix in selectors.requirements_for_reminders(today=today):
        managers = list(
            User.objects.filter(
                memberships__organization=organization,
                memberships__role=Membership.Role.MANAGER,
                memberships__deactivated_at__isnull=True,
            )
        )
        late = [row for row in matrix.rows if row.late_count]
        late.sort(key=lambda row: (-row.late_count, row.sort_name))
        context = {
            "organization": organization,
            "week": week,
            "counts": [(Status(key).label, value) for key, value in matrix.counts.items()],
            "late": late[:50],
            "late_total": len(late),
            "matrix_url": _absolute(reverse("compliance:matrix", args=[organization.slug])),
            "site_name": settings.SITE_NAME,
        }
        for manager in managers:
            try:
                with transaction.atomic():
                    _, created = ManagerDigest.objects.get_or_create(
                        user=manager, organization=organization, week_start=week, defaults={"sent_at": now}
                    )
                    if not created:
                        continue
                    send_mail(
                        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}Training compliance at {organization}, "
                        f"week of {week:%b %-d}",
                        message=render_to_string("compliance/email/digest.txt", {**context, "user": manager}),
                        from_email=None,
                        recipient_list=[manager.email],
                    )
            except IntegrityError:
                continue
            sent += 1
    return sent
