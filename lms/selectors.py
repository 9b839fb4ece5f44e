"""Reads for platform pages."""

import re

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet, Value
from django.shortcuts import get_object_or_404

from lms import roles
from lms.models import AuditEvent, Invitation, Membership, Organization, Team, User

STAFF_ROLES = (Membership.Role.MANAGER, Membership.Role.EDUCATOR)


def organizations_visible_to(*, user: User) -> QuerySet[Organization]:
    """Organizations whose people this user may see.

    Superusers see all; managers and educators see only the organizations they hold that role in.
    """
    if user.is_superuser:
        return Organization.objects.all()
    return Organization.objects.filter(
        memberships__user=user, memberships__role__in=STAFF_ROLES, memberships__deactivated_at__isnull=True
    ).distinct()


def organization_visible_or_404(*, user: User, slug: str) -> Organization:
    """The organization if this user may see its people; 404 otherwise, so other clinics stay
    invisible rather than merely forbidden."""
    return get_object_or_404(organizations_visible_to(user=user), slug=slug)


def organization_members(*, organization: Organization) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(organization=organization)
        .select_related("user")
        .order_by("user__name", "user__email")
    )


REVIEWER = "reviewer"


def user_roles(*, user: User) -> set[str]:
    """The roles a signed-in user holds in any organization, plus "reviewer" for members of the
    Clinical reviewers group, which is granted directly rather than through a membership (one query)."""
    if not user.is_authenticated:
        return set()
    reviewer = Group.objects.filter(user=user, name=roles.CLINICAL_REVIEWERS).annotate(role=Value(REVIEWER))
    memberships = user.memberships.filter(deactivated_at__isnull=True).order_by().values_list("role", flat=True)
    return set(memberships.union(reviewer.order_by().values_list("role", flat=True)))


NAV_ROLES_TIMEOUT = 300  # seconds; bounds staleness in other processes when the cache is per process


def _nav_roles_key(user_pk) -> str:
    return f"lms:nav-roles:{user_pk}"


def nav_roles(*, user: User) -> frozenset[str]:
    """`user_roles` for the site navigation, cached per user: every signed-in page shows the menu,
    and the roles query was a tenth of a lesson page. Only links depend on it; every view checks
    permissions itself. Membership and group changes drop the entry (`nav_roles_forget`)."""
    if not user.is_authenticated:
        return frozenset()
    key = _nav_roles_key(user.pk)
    found = cache.get(key)
    if found is None:
        found = frozenset(user_roles(user=user))
        cache.set(key, found, NAV_ROLES_TIMEOUT)
    return found


def nav_roles_forget(*, user_pk) -> None:
    cache.delete(_nav_roles_key(user_pk))


def organization_managed_or_404(*, user: User, slug: str) -> Organization:
    """Only the organization's (active) managers and superusers manage its people; 404 for anyone
    else."""
    if user.is_superuser:
        organizations = Organization.objects.all()
    else:
        organizations = Organization.objects.filter(
            memberships__user=user,
            memberships__role=Membership.Role.MANAGER,
            memberships__deactivated_at__isnull=True,
        )
    return get_object_or_404(organizations.distinct(), slug=slug)


def people_list(*, organization: Organization) -> list[Membership]:
    """Every member, active first, with their user and teams (two queries however many)."""
    return list(
        Membership.objects.filter(organization=organization)
        .select_related("user")
        .prefetch_related(Prefetch("teams", queryset=Team.objects.only("id", "name").order_by("name")))
        .order_by("deactivated_at", "user__name", "user__email")
    )


def invitations_pending(*, organization: Organization) -> list[Invitation]:
    """Open invitations (expired ones too: they can be resent), newest first, with the inviter and
    the teams (two queries however many)."""
    return list(
        Invitation.objects.filter(organization=organization, accepted_at__isnull=True, revoked_at__isnull=True)
        .select_related("invited_by")
        .prefetch_related(Prefetch("teams", queryset=Team.objects.only("id", "name").order_by("name")))
        .order_by("-sent_at", "-pk")
    )


# Invitation tokens are `secrets.token_urlsafe` strings: anything else (a NUL byte, which PostgreSQL
# refuses in a query, or a very long string) is simply no invitation.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def invitation_by_token(*, token: str) -> Invitation | None:
    if not _TOKEN.fullmatch(token):
        return None
    return Invitation.objects.select_related("organization").filter(token=token).first()


def audit_log_page(*, organization: Organization, page_number) -> "Paginator.page":
    events = (
        AuditEvent.objects.filter(organization=organization).select_related("actor").order_by("-created_at", "-pk")
    )
    return Paginator(events, 50).get_page(page_number)
