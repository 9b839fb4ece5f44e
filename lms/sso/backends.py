"""Password sign-in refused for SSO domains, below every form.

Listed first in AUTHENTICATION_BACKENDS: Django's `authenticate()` stops at a backend that raises
PermissionDenied, so neither ModelBackend nor allauth's backend ever checks a password for an
address whose organization signs in through its identity provider (allauth's login form, the
headless API and anything else that calls `authenticate`). Social logins do not call
`authenticate`, so they are unaffected.
"""

from django.contrib.auth.backends import BaseBackend, ModelBackend
from django.core.exceptions import PermissionDenied

from lms.sso.selectors import password_sign_in_refused


class PasswordSignInGuard(BaseBackend):
    """Authenticates nobody; refuses SSO-domain passwords. `get_user` is ModelBackend's, because
    `force_login()` and sessions may name the first backend."""

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        if password is None:
            return None
        identifier = email or username or kwargs.get("login") or ""
        if "@" in identifier and password_sign_in_refused(identifier) is not None:
            raise PermissionDenied("This organization signs in through its identity provider.")
        return None

    def get_user(self, user_id):
        return ModelBackend().get_user(user_id)
