"""Inviting people to an organization: one at a time or from a CSV file, resending, revoking and
accepting. One function owns one change, in a transaction, and logs it in the audit log. Emails go
out through the task queue (`lms.tasks.send_invitation_task`), which sends only if the token it
carries is still the invitation's current one.

An invitation's link carries a random token. It works until it expires (INVITATION_EXPIRY_DAYS);
resending issues a new token, so an older email's link stops working.
"""

import csv
import datetime
import io
import secrets
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from lms.models import Invitation, Membership, Organization, Team, User
from lms.services import audit_record, membership_create
from lms.tasks import send_invitation_task


class InvitationError(Exception):
    """A refusal to show; `str(error)` is the message."""


def _token() -> str:
    return secrets.token_urlsafe(32)


def _expiry(now: datetime.datetime) -> datetime.datetime:
    return now + datetime.timedelta(days=settings.INVITATION_EXPIRY_DAYS)


def _send(invitation: Invitation) -> None:
    send_invitation_task.enqueue(invitation_id=invitation.pk, token=invitation.token)


def _check_invitable(*, organization: Organization, email: str) -> None:
    if Membership.objects.filter(organization=organization, user__email__iexact=email).exists():
        raise InvitationError(f"{email} is already a member of {organization}.")
    if Invitation.objects.filter(
        organization=organization, email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).exists():
        raise InvitationError(f"{email} already has an open invitation: resend it from the list instead.")


@transaction.atomic
def invitation_create(
    *,
    organization: Organization,
    email: str,
    invited_by: User | None,
    now: datetime.datetime,
    name: str = "",
    credential: str = User.Credential.AIDE,
    role: str = Membership.Role.LEARNER,
    teams: list[Team] = (),
    send: bool = True,
) -> Invitation:
    """Invite one person by email with the role, credential and teams they will have."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as error:
        raise InvitationError(f"{email or 'An empty address'} is not a valid email address.") from error
    if credential not in User.Credential.values:
        raise InvitationError(f"Unknown credential {credential!r}.")
    if role not in Membership.Role.values:
        raise InvitationError(f"Unknown role {role!r}.")
    if any(team.organization_id != organization.pk for team in teams):
        raise InvitationError("A team belongs to another organization.")
    _check_invitable(organization=organization, email=email)
    invitation = Invitation.objects.create(
        organization=organization,
        email=email,
        name=(name or "").strip(),
        credential=credential,
        role=role,
        token=_token(),
        invited_by=invited_by,
        sent_at=now,
        expires_at=_expiry(now),
    )
    invitation.teams.set(teams)
    audit_record(
        organization=organization,
        actor=invited_by,
        action="invitation.create",
        summary=f"Invited {email} as {invitation.get_role_display()}",
    )
    if send:
        _send(invitation)
    return invitation


@transaction.atomic
def invitation_resend(*, invitation: Invitation, actor: User | None, now: datetime.datetime) -> Invitation:
    """A new link with a new expiry; the old link stops working. `actor` None: the invitee asked
    from an expired link (the email goes to the invited address only)."""
    if not invitation.is_pending:
        raise InvitationError("This invitation was already accepted or revoked.")
    invitation.token = _token()
    invitation.sent_at = now
    invitation.expires_at = _expiry(now)
    invitation.save(update_fields=["token", "sent_at", "expires_at"])
    audit_record(
        organization=invitation.organization,
        actor=actor,
        action="invitation.resend",
        summary=f"Resent the invitation to {invitation.email}"
        + ("" if actor else " (asked for from an expired link)"),
    )
    _send(invitation)
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, actor: User | None, now: datetime.datetime) -> None:
    if not invitation.is_pending:
        raise InvitationError("This invitation was already accepted or revoked.")
    invitation.revoked_at = now
    invitation.save(update_fields=["revoked_at"])
    audit_record(
        organization=invitation.organization,
        actor=actor,
        action="invitation.revoke",
        summary=f"Revoked the invitation to {invitation.email}",
    )


@transaction.atomic
def invitation_accept(
    *,
    invitation: Invitation,
    now: datetime.datetime,
    password: str | None = None,
    name: str = "",
    single_sign_on: bool = False,
) -> User:
    """Join the organization. A new person gets an account with `password` (validated by the
    caller's form) and a verified email address: following the emailed link proved they own it.
    Someone with an account already just becomes a member. With `single_sign_on` (the address
    belongs to an organization that signs its people in through its identity provider) the new
    account has no usable password: the person signs in through the provider."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise InvitationError("This invitation was already accepted or revoked.")
    if invitation.is_expired(now):
        raise InvitationError("This invitation has expired.")
    user = User.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        if not password and not single_sign_on:
            raise InvitationError("Choose a password.")
        user = User.objects.create_user(
            email=invitation.email,
            password=None if single_sign_on else password,
            name=(name or invitation.name).strip(),
            credential=invitation.credential,
        )
    EmailAddress.objects.update_or_create(
        user=user, email__iexact=invitation.email, defaults={"email": invitation.email, "verified": True}
    )
    if not EmailAddress.objects.filter(user=user, primary=True).exists():
        EmailAddress.objects.filter(user=user, email__iexact=invitation.email).update(primary=True)
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    membership = membership_create(
        user=user, organization=invitation.organization, role=invitation.role, joined_on=timezone.localdate(now)
    )
    if membership.deactivated_at is not None:  # invited back after being deactivated
        membership.deactivated_at = None
        membership.save(update_fields=["deactivated_at"])
    for team in invitation.teams.all():
        team.team_memberships.get_or_create(membership=membership)
    invitation.accepted_at = now
    invitation.save(update_fields=["accepted_at"])
    audit_record(
        organization=invitation.organization,
        actor=user,
        action="invitation.accept",
        summary=f"{invitation.email} accepted the invitation and joined as {membership.get_role_display()}",
    )
    return user


# ------------------------------------------------------------------------------------- CSV import

CSV_COLUMNS = ("email", "name", "credential", "teams")
_CREDENTIALS = {
    **{value: value for value in User.Credential.values},
    **{label.casefold(): value for value, label in User.Credential.choices},
    "technician": User.Credential.AIDE,
    "tech": User.Credential.AIDE,
    "ota student": User.Credential.OTA_STUDENT,
}


@dataclass
class ImportRow:
    line: int
    email: str
    name: str
    credential: str
    teams: list[Team]


@dataclass
class ImportResult:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    invited: list[Invitation] = field(default_factory=list)

    @property
    def imported(self) -> bool:
        return bool(self.invited)


def people_csv_parse(*, organization: Organization, text: str) -> ImportResult:
    """Check every row of a people CSV (header: email, name, credential, teams; teams separated by
    ";") and report each bad row with its line number. Nothing is written."""
    result = ImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [(column or "").strip().casefold() for column in reader.fieldnames or []]
    if "email" not in header:
        result.errors.append((1, "The first line must be a header with at least an 'email' column."))
        return result
    reader.fieldnames = header
    teams = {team.name.casefold(): team for team in Team.objects.filter(organization=organization)}
    members = {
        email.casefold()
        for email in Membership.objects.filter(organization=organization).values_list("user__email", flat=True)
    }
    invited = {
        email.casefold()
        for email in Invitation.objects.filter(
            organization=organization, accepted_at__isnull=True, revoked_at__isnull=True
        ).values_list("email", flat=True)
    }
    seen = {}
    for row in reader:
        line = reader.line_num
        values = {key: (value or "").strip() for key, value in row.items() if key}
        if not any(values.values()):
            continue
        email = values.get("email", "").lower()
        problems = []
        try:
            validate_email(email)
        except ValidationError:
            problems.append(f"'{email}' is not a valid email address" if email else "the email is missing")
        credential_text = values.get("credential", "").casefold()
        credential = _CREDENTIALS.get(credential_text) if credential_text else User.Credential.AIDE
        if credential is None:
            problems.append(f"unknown credential '{values['credential']}'")
        team_names = [name.strip() for name in values.get("teams", "").split(";") if name.strip()]
        unknown = [name for name in team_names if name.casefold() not in teams]
        if unknown:
            problems.append("no team called " + ", ".join(f"'{name}'" for name in unknown))
        if email in members:
            problems.append(f"the address {email} is already a member")
        elif email in invited:
            problems.append(f"the address {email} already has an open invitation")
        elif email in seen:
            problems.append(f"the address {email} is also on line {seen[email]}")
        seen.setdefault(email, line)
        if problems:
            message = "; ".join(problems)
            result.errors.append((line, message[0].upper() + message[1:] + "."))
            continue
        result.rows.append(
            ImportRow(
                line=line,
                email=email,
                name=values.get("name", ""),
                credential=credential,
                teams=[teams[name.casefold()] for name in team_names],
            )
        )
    if not result.rows and not result.errors:
        result.errors.append((1, "The file has no people in it."))
    return result


@transaction.atomic
def people_csv_import(
    *, organization: Organization, text: str, invited_by: User | None, now: datetime.datetime, skip_errors: bool
) -> ImportResult:
    """Invite everyone in the file. With any bad row, nothing is imported unless `skip_errors`
    (the manager chose to import the valid rows)."""
    result = people_csv_parse(organization=organization, text=text)
    if result.errors and not skip_errors:
        return result
    for row in result.rows:
        result.invited.append(
            invitation_create(
                organization=organization,
                email=row.email,
                name=row.name,
                credential=row.credential,
                teams=row.teams,
                invited_by=invited_by,
                now=now,
            )
        )
    if result.invited:
        audit_record(
            organization=organization,
            actor=invited_by,
            action="invitation.import",
            summary=f"Imported {len(result.invited)} people from a CSV file"
            + (f", skipping {len(result.errors)} bad rows" if result.errors else ""),
        )
    return result
