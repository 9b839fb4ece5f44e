"""Re-authentication through the organization's identity provider.

Some actions ask for proof that the person at the keyboard is still the account holder: signing a
skills check-off asks for it before every signature. allauth's re-authentication page asks for a
password, which people who sign in through their organization's identity provider do not have
here. For them `reauthenticate` sends the browser back to the identity provider (OpenID Connect
with `prompt=login`, so the provider asks again even inside its own session), and when the same
person comes back the adapter records a re-authentication (`SocialAccountAdapter.pre_social_login`)
and `reauthenticated` replays the request that asked for it (allauth kept it in the session).
Everyone else gets allauth's password page unchanged.
"""

from allauth.account.internal.flows.reauthentication import resume_request
from allauth.account.utils import get_next_redirect_url
from allauth.account.views import reauthenticate as allauth_reauthenticate
from allauth.core.exceptions import ImmediateHttpResponse
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from lms.sso import selectors

#: Set while the person is away at their identity provider to re-authenticate (their user id).
REAUTHENTICATION_SESSION_KEY = "sso_reauthentication_user"


def _safe_next(request) -> str:
    """The `next` URL when it is safe to go to (allauth's own check), else ""."""
    return get_next_redirect_url(request, "next") or ""


def reauthenticate(request):
    """allauth's re-authentication, through the identity provider for people without a password."""
    user = request.user
    provider = None
    if user.is_authenticated and not user.has_usable_password():
        provider = selectors.identity_provider_for_user(user)
    if provider is None:
        return allauth_reauthenticate(request)
    next_url = _safe_next(request)
    back = reverse("sso_reauthenticated") + (f"?{urlencode({'next': next_url})}" if next_url else "")
    request.session[REAUTHENTICATION_SESSION_KEY] = user.pk
    social_provider = provider.social_app.get_provider(request)
    extra = {}
    if provider.social_app.provider == "openid_connect":
        extra["auth_params"] = {**social_provider.get_auth_params(), "prompt": "login"}
    try:
        # "redirect", not "login": allauth's login process signs the current session out first,
        # which would drop the request waiting to be replayed. The adapter checks that the
        # provider vouched for this same person before it records anything.
        response = social_provider.redirect(request, process="redirect", next_url=back, **extra)
    except ImmediateHttpResponse as error:
        return error.response
    if response.status_code not in (301, 302, 303, 307, 308):
        return response
    return render(
        request,
        "account/sso_redirect.html",
        {"sso_url": response["Location"], "organization": provider.organization, "reauthenticating": True},
    )


@login_required
def reauthenticated(request):
    """Back from the identity provider: replay the request that asked for re-authentication."""
    response = resume_request(request)
    if response is not None:
        return response
    return redirect(_safe_next(request) or "lms:dashboard")
