"""allauth's social-account adapter: the organization's policy around allauth's SSO flows.

- An identity provider speaks only for the email domains staff gave it: a login asserting any
  other address is refused, and within its domains its addresses count as verified (Entra ID,
  for one, sends no `email_verified` claim).
- An existing account with the same address is linked only when that address is in the
  provider's domains and was verified here; otherwise the sign-in is refused rather than merged.
- First sign-in creates the account just in time, in the provider's organization, with the role
  the role claim maps to (or the default role); every later sign-in re-applies the mapped role.
"""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.shortcuts import render

from lms.sso import selectors, services
from lms.sso.claims import email_domain
from lms.sso.views import REAUTHENTICATION_SESSION_KEY


def _provider_for_login(sociallogin):
    return selectors.identity_provider_for_app(sociallogin.provider.app)


def _owned_domains(provider) -> set[str]:
    return {d.domain for d in provider.domains.all()}


def _asserted_email(sociallogin) -> str:
    """The address the identity provider vouched for in this sign-in (for a linked account,
    `sociallogin.user` is our stored user, whose address may have changed here since)."""
    for address in sociallogin.email_addresses:
        if address.primary and address.email:
            return address.email
    if sociallogin.email_addresses:
        return sociallogin.email_addresses[0].email or ""
    return (sociallogin.user.email or "") if sociallogin.user else ""


def _refuse(request, reason: str):
    response = render(request, "account/sso_refused.html", {"reason": reason}, status=403)
    raise ImmediateHttpResponse(response)


def _record_reauthentication(request, sociallogin) -> None:
    """The person asked to re-authenticate (lms.sso.views.reauthenticate) and their identity
    provider has just vouched for the same account again: record it as allauth records a password
    re-authentication, so actions that need a fresh one (a check-off signature) accept it."""
    pending = request.session.pop(REAUTHENTICATION_SESSION_KEY, None)
    if pending is None or not request.user.is_authenticated:
        return
    if pending == request.user.pk == sociallogin.user.pk:
        record_authentication(
            request,
            sociallogin.user,
            method="socialaccount",
            reauthenticated=True,
            provider=sociallogin.account.provider,
            uid=sociallogin.account.uid,
        )


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def pre_social_login(self, request, sociallogin):
        provider = _provider_for_login(sociallogin)
        if provider is None:
            return
        email = _asserted_email(sociallogin)
        if email_domain(email) not in _owned_domains(provider):
            _refuse(
                request,
                f"{provider.organization} signs in people with addresses at "
                f"{', '.join(sorted(_owned_domains(provider)))}; your identity provider sent "
                f"{email or 'no email address'}.",
            )
        if not sociallogin.is_existing:
            taken = EmailAddress.objects.filter(email__iexact=email).exists() or (
                type(sociallogin.user)._default_manager.filter(email__iexact=email).exists()
            )
            if taken:
                _refuse(
                    request,
                    f"An account with {email} already exists but its address was never confirmed, so it "
                    "cannot be linked to your organization's sign-in. Ask your Occupass administrator.",
                )
            return
        _record_reauthentication(request, sociallogin)
        if sociallogin.user.is_active:
            services.sso_membership_sync(
                user=sociallogin.user, provider=provider, extra_data=sociallogin.account.extra_data
            )

    def is_open_for_signup(self, request, sociallogin):
        if _provider_for_login(sociallogin) is not None:
            return True  # just-in-time accounts, even when public sign-up is closed
        return super().is_open_for_signup(request, sociallogin)

    def is_auto_signup_allowed(self, request, sociallogin):
        if _provider_for_login(sociallogin) is not None:
            return True
        return super().is_auto_signup_allowed(request, sociallogin)

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        full_name = data.get("name") or " ".join(p for p in (data.get("first_name"), data.get("last_name")) if p)
        if full_name and hasattr(user, "name"):
            user.name = full_name[:150]
        return user

    def save_user(self, request, sociallogin, form=None):
        user = super().save_user(request, sociallogin, form)
        provider = _provider_for_login(sociallogin)
        if provider is not None:
            services.sso_membership_sync(user=user, provider=provider, extra_data=sociallogin.account.extra_data)
        return user

    def is_email_verified(self, provider, email):
        org_provider = selectors.identity_provider_for_app(provider.app)
        if org_provider is not None:
            return email_domain(email) in _owned_domains(org_provider)
        return super().is_email_verified(provider, email)

    def can_authenticate_by_email(self, login, email):
        org_provider = _provider_for_login(login)
        if org_provider is None:
            return super().can_authenticate_by_email(login, email)
        if email_domain(email) not in _owned_domains(org_provider):
            return False
        return EmailAddress.objects.filter(email__iexact=email, verified=True).exists()
