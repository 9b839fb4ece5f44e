"""State changes of a single sign-on: the person's membership and role in the organization."""

from django.db import transaction

from lms import services as lms_services
from lms.models import Membership, User
from lms.sso.claims import role_from_claims
from lms.sso.models import OrganizationIdentityProvider


@transaction.atomic
def sso_membership_sync(*, user: User, provider: OrganizationIdentityProvider, extra_data: dict) -> Membership | None:
    """Put a person who just signed in through `provider` in its organization with the right role.

    First sign-in: a membership with the role the claim maps to, else the provider's default role.
    Later sign-ins: the identity provider stays the source of truth, so a mapped role replaces the
    stored one; with no mapped role the stored one stays (a manager may have changed it here).
    A membership the organization deactivated is left alone (None): the IdP does not undo that.
    """
    organization = provider.organization
    mapped = role_from_claims(extra_data=extra_data, claim=provider.role_claim, mapping=provider.role_mapping)
    membership = Membership.objects.filter(user=user, organization=organization).first()
    if membership is None:
        membership = lms_services.membership_create(
            user=user, organization=organization, role=mapped or provider.default_role
        )
        lms_services.audit_record(
            organization=organization,
            actor=None,
            action="member.sso_joined",
            summary=f"{user} joined through single sign-on as {membership.get_role_display()}",
        )
        return membership
    if not membership.is_active:
        return None
    if mapped and mapped != membership.role:
        before = membership.get_role_display()
        lms_services.membership_set_role(membership=membership, role=mapped)
        lms_services.audit_record(
            organization=organization,
            actor=None,
            action="member.role",
            summary=f"Single sign-on changed {user}'s role from {before} to {membership.get_role_display()}",
        )
    return membership
