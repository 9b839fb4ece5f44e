"""Reads for platform pages."""

from django.contrib.auth.models import Group
from django.db.models import QuerySet, Value
from django.shortcuts import get_object_or_404

from lms import roles
from lms.models import Membership, Organization, User

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
    memberships = user.memberships.order_by().values_list("role", flat=True)
    return set(memberships.union(reviewer.order_by().values_list("role", flat=True)))
