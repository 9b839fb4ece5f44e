"""allauth adapter: every link in allauth's emails points at the configured SITE_URL.

allauth builds absolute links from the request's host, which is whatever reached the server
(a proxy's internal name, `127.0.0.1`, a test client's `testserver`). An email is read elsewhere,
so its links use the one address the clinic configured.

It also swaps allauth's second-factor login stage for one that skips sign-ins through an
organization's identity provider (lms/sso/stages.py).
"""

from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse

from lms.sso import selectors as sso_selectors


def site_url(url: str) -> str:
    """`url` with its scheme and host replaced by SITE_URL's (a path is joined to SITE_URL)."""
    site = urlsplit(settings.SITE_URL)
    bits = urlsplit(url)
    return urlunsplit((site.scheme, site.netloc, bits.path, bits.query, bits.fragment))


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        context = {
            key: site_url(value) if key.endswith("_url") and isinstance(value, str) else value
            for key, value in context.items()
        }
        super().send_mail(template_prefix, email, context)

    def get_login_stages(self) -> list[str]:
        """allauth's stages, with its second-factor stage swapped for one that skips organization SSO
        sign-ins (lms/sso/stages.py): the identity provider does MFA."""
        return [
            "lms.sso.stages.AuthenticateStage" if stage == "allauth.mfa.stages.AuthenticateStage" else stage
            for stage in super().get_login_stages()
        ]

    def get_reauthentication_methods(self, user) -> list[dict]:
        """allauth's methods (password, second factor), and for people without a password who
        sign in through their organization, a fresh sign-in at its identity provider
        (lms/sso/views.py). allauth sends a "re-authenticate first" to the first method."""
        methods = super().get_reauthentication_methods(user)
        if user.is_authenticated and not user.has_usable_password():
            provider = sso_selectors.identity_provider_for_user(user)
            if provider is not None:
                methods.insert(
                    0,
                    {
                        "id": "sso_reauthenticate",
                        "description": f"Sign in again with {provider.social_app.name}",
                        "url": reverse("account_reauthenticate"),
                    },
                )
        return methods
