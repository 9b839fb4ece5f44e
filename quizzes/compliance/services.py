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
from lms.models import Membership, Organization, Team, TeamMembership, User
from quizzes.compliance import dates, selectors
from quizzes.compliance.dates import Status
from quizzes.models import Assignment, AssignmentReminder, ManagerDigest

logger = logging.getLogger(__name__)


class ComplianceError(Exception):
    """A refusal to show the manager; `str(error)` is the message."""


# ---------------------------------------------------------------------------------------- teams


@transaction.atomic
def team_create(*, organization: Organization, name: str) -> Team:
    """A new team in the organization; names are unique per organization, ignoring case."""
    name = (name or "").strip()
    if not name:
        raise ComplianceError("Give the team a name.")
    if Team.objects.filter(organization=organization, name__iexact=name).exists():
        raise ComplianceError(f"{organization} already has a team called {name}.")
    return Team.objects.create(organization=organization, name=name)


@transaction.atomic
def team_add_member(*, team: Team, membership: Membership) -> TeamMembership:
    """Put a member of the team's organization in the team (idempotent). From now on they have
    every assignment made to the team."""
    if membership.organization_id != team.organization_id:
        raise ComplianceError("Only members of the team's organization can join it.")
    link, _ = TeamMembership.objects.get_or_create(team=team, membership=membership)
    return link


@transaction.atomic
def team_remove_member(*, team: Team, membership: Membership) -> None:
    TeamMembership.objects.filter(team=team, membership=membership).delete()


# ---------------------------------------------------------------------------------- assignments


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
    due_mode: str = Assignment.DueMode.FIXED,
    due_date: datetime.date | None = None,
    due_days: int | None = None,
    recurrence_months: int | None = None,
    note: str = "",
) -> Assignment:
    """Assign a module, a learning path or a skills checklist to a person or a team of the
    organization."""
    if [module, path, checklist].count(None) != 2:
        raise ComplianceError("Choose either a module or a learning path, or a skills checklist.")
    if (user is None) == (team is None):
        raise ComplianceError("Choose either a person or a team.")
    if team is not None and team.organization_id != organization.pk:
        raise ComplianceError("That team belongs to another organization.")
    if user is not None and not Membership.objects.filter(organization=organization, user=user).exists():
        raise ComplianceError("That person is not a member of this organization.")
    if due_mode == Assignment.DueMode.FIXED:
        due_days = None
    else:
        due_date = None
    assignment = Assignment(
        organization=organization,
        module=module,
        path=path,
        checklist=checklist,
        user=user,
        team=team,
        due_mode=due_mode,
        due_date=due_date,
        due_days=due_days,
        recurrence_months=recurrence_months,
        note=(note or "").strip(),
        created_by=created_by,
    )
    try:
        assignment.full_clean(exclude=["created_by"])
    except ValidationError as error:
        raise ComplianceError(" ".join(error.messages)) from error
    assignment.save()
    return assignment


@transaction.atomic
def assignment_delete(*, assignment: Assignment) -> None:
    assignment.delete()


# ------------------------------------------------------------------------------------ reminders

SUBJECTS = {
    AssignmentReminder.Kind.BEFORE: "Due {due}: {title}",
    AssignmentReminder.Kind.DUE: "Due today: {title}",
    AssignmentReminder.Kind.OVERDUE: "Overdue: {title}",
}


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send_reminder(*, assignment: Assignment, title: str, url: str, user: User, kind: str, due_on, now) -> bool:
    """Record the reminder and send it, together: if sending fails the record is rolled back and
    the next run tries again; if another run recorded it first, nothing is sent."""
    try:
        with transaction.atomic():
            _, created = AssignmentReminder.objects.get_or_create(
                assignment=assignment, user=user, kind=kind, due_on=due_on, defaults={"sent_at": now}
            )
            if not created:
                return False
            context = {
                "user": user, "assignment": assignment, "title": title, "kind": kind, "due_on": due_on,
                "url": _absolute(url) if url.startswith("/") else url,
                "dashboard_url": _absolute(reverse("lms:dashboard")),
            }  # fmt: skip
            send_mail(
                subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
                + SUBJECTS[kind].format(title=title, due=due_on.strftime("%b %-d")),
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


def manager_digests_send(*, now: datetime.datetime) -> int:
    """The weekly digest: each manager of an organization with assignments gets, once per ISO
    week, the counts by status and the people with overdue or expired training."""
    today = timezone.localdate(now)
    week = dates.week_start(today)
    sent = 0
    for organization, matrix in selectors.requirements_for_reminders(today=today):
        managers = list(
            User.objects.filter(memberships__organization=organization, memberships__role=Membership.Role.MANAGER)
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
