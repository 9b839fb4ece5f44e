"""allauth's second-factor stage, skipped for sign-ins through an organization's identity provider.

The IdP enforces its own MFA (Entra conditional access, Okta, Google 2-Step); asking for our TOTP
too would be a second, unmanaged factor. Password sign-ins (where still allowed) keep our TOTP.
"""

from allauth.mfa.stages import AuthenticateStage as MFAAuthenticateStage

from lms.sso.selectors import identity_provider_for_app


def is_organization_sso_login(login) -> bool:
    sociallogin = (login.signal_kwargs or {}).get("sociallogin")
    if sociallogin is None:
        return False
    return identity_provider_for_app(sociallogin.provider.app) is not None


class AuthenticateStage(MFAAuthenticateStage):
    def _should_handle(self, request) -> bool:
        if is_organization_sso_login(self.login):
            return False
        return super()._should_handle(request)
