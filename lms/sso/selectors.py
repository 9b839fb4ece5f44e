"""Which identity provider speaks for an email address or an allauth application."""

from lms.sso.claims import email_domain
from lms.sso.models import OrganizationIdentityProvider


def identity_provider_for_email(email: str) -> OrganizationIdentityProvider | None:
    """The provider that owns the email's domain, or None (one query)."""
    domain = email_domain(email or "")
    if not domain:
        return None
    return (
        OrganizationIdentityProvider.objects.select_related("organization", "social_app")
        .filter(domains__domain=domain)
        .first()
    )


def identity_provider_for_app(app) -> OrganizationIdentityProvider | None:
    """The organization provider configured for an allauth `SocialApp`, or None."""
    if app is None or app.pk is None:
        return None
    return (
        OrganizationIdentityProvider.objects.select_related("organization", "social_app")
        .prefetch_related("domains")
        .filter(social_app=app)
        .first()
    )


def password_sign_in_refused(email: str) -> OrganizationIdentityProvider | None:
    """The provider that forbids a password for this email, or None when a password may be used."""
    provider = identity_provider_for_email(email)
    if provider is None or provider.allow_password_sign_in:
        return None
    return provider


def identity_provider_for_user(user) -> OrganizationIdentityProvider | None:
    """The organization provider the person has signed in through (a linked social account), or None."""
    return (
        OrganizationIdentityProvider.objects.select_related("organization", "social_app")
        .filter(social_app__provider_id__in=user.socialaccount_set.values("provider"))
        .first()
    )
