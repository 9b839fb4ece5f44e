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
