"""State changes for people and organizations. One function owns one change."""

import datetime

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from lms import roles
from lms.models import AuditEvent, Membership, Organization, User

_ROLE_GROUPS = {
    Membership.Role.EDUCATOR: roles.EDUCATORS,
    Membership.Role.MANAGER: roles.MANAGERS,
}


def user_sync_role_groups(*, user: User) -> None:
    """Put the user in exactly the role groups their memberships call for.

    Clinical reviewers are appointed by staff, not by membership, so that group is left alone.
    """
    held = set(user.memberships.filter(deactivated_at__isnull=True).values_list("role", flat=True))
    for role, group_name in _ROLE_GROUPS.items():
        group = Group.objects.get(name=group_name)
        if role in held:
            user.groups.add(group)
        else:
            user.groups.remove(group)


@transaction.atomic
def membership_create(
    *, user: User, organization: Organization, role: str, joined_on: datetime.date | None = None
) -> Membership:
    """Add a person to an organization with a role (idempotent for the same user and org)."""
    membership, _ = Membership.objects.update_or_create(
        user=user,
        organization=organization,
        defaults={"role": role},
        create_defaults={"role": role, "joined_on": joined_on or timezone.localdate()},
    )
    user_sync_role_groups(user=user)
    return membership


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str, actor: User | None = None) -> Membership:
    if role not in Membership.Role.values:
        raise ValueError(f"Unknown role {role!r}")
    before = membership.get_role_display()
    membership.role = role
    membership.save(update_fields=["role"])
    user_sync_role_groups(user=membership.user)
    if actor is not None:
        audit_record(
            organization=membership.organization,
            actor=actor,
            action="member.role",
            summary=f"Changed {membership.user}'s role from {before} to {membership.get_role_display()}",
        )
    return membership


@transaction.atomic
def membership_deactivate(*, membership: Membership, actor: User | None, now: datetime.datetime | None = None) -> None:
    """Take a member out of the organization without deleting anything: their records stay, they
    are due nothing and reminded of nothing, and its pages are closed to them. A person with no
    other active membership (and no staff rights) can no longer sign in at all."""
    if membership.deactivated_at is not None:
        return
    if actor is not None and membership.user_id == actor.pk:
        raise ValueError("You cannot deactivate yourself.")
    membership.deactivated_at = now or timezone.now()
    membership.save(update_fields=["deactivated_at"])
    user = membership.user
    user_sync_role_groups(user=user)
    if not (user.is_staff or user.is_superuser) and not user.memberships.filter(deactivated_at__isnull=True).exists():
        user.is_active = False
        user.save(update_fields=["is_active"])
    audit_record(
        organization=membership.organization, actor=actor, action="member.deactivate", summary=f"Deactivated {user}"
    )


@transaction.atomic
def membership_reactivate(*, membership: Membership, actor: User | None) -> None:
    if membership.deactivated_at is None:
        return
    membership.deactivated_at = None
    membership.save(update_fields=["deactivated_at"])
    user = membership.user
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    user_sync_role_groups(user=user)
    audit_record(
        organization=membership.organization, actor=actor, action="member.reactivate", summary=f"Reactivated {user}"
    )


@transaction.atomic
def membership_delete(*, membership: Membership) -> None:
    user = membership.user
    membership.delete()
    user_sync_role_groups(user=user)


def audit_record(*, organization: Organization, actor: User | None, action: str, summary: str) -> AuditEvent:
    """Log one change to an organization's people, teams or assignments. Called by the service that
    makes the change, inside its transaction, so the log and the change commit together."""
    return AuditEvent.objects.create(organization=organization, actor=actor, action=action, summary=summary[:300])


def profile_update(*, user: User, data: dict) -> User:
    """Save the learner-editable profile fields (never the accommodation multiplier)."""
    editable = {"name", "credential", "licence_state", "nbcot_cycle_start", "nbcot_cycle_end"}
    unknown = set(data) - editable
    if unknown:
        raise ValueError(f"Not editable by the learner: {sorted(unknown)}")
    for field, value in data.items():
        setattr(user, field, value)
    user.full_clean(exclude=["password"])
    user.save(update_fields=sorted(data))
    return user
