"""One way in: every sign-in URL the site has hands over to allauth's login.

Wagtail's admin (/admin/login/), Django's admin (/django-admin/login/) and Wagtail's front-end
login for private pages (/_util/login/) each ship a password-only form that skips allauth's
second factor, rate limits and email verification. Their URLs stay (bookmarks, Wagtail's and
Django's own redirects point at them) but never take a password: they redirect to allauth.

allauth documents `secure_admin_login` for the Django admin; it still passes signed-in staff to
the admin's own form, whose POST switches to any other account on its password alone. The view
below never shows a password form at all.
"""

from collections.abc import Callable

from allauth.account.utils import get_next_redirect_url
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import resolve_url


def _can_use_django_admin(user) -> bool:
    return user.is_active and user.is_staff


def _can_use_wagtail_admin(user) -> bool:
    return user.has_perm("wagtailadmin.access_admin")


def _nobody(user) -> bool:
    return False


def login_through_allauth(*, default_next: str, allowed: Callable):
    """A login view that only redirects: anonymous visitors to allauth's login (keeping a safe
    `next`), signed-in users who may go on to `next`, everyone else a 403 (a redirect back to the
    page they were refused would loop)."""

    def view(request, *args, **kwargs):
        next_url = get_next_redirect_url(request) or resolve_url(default_next)
        if request.user.is_authenticated:
            if not allowed(request.user):
                raise PermissionDenied("You are signed in, but this account has no access to that page.")
            return HttpResponseRedirect(next_url)
        return redirect_to_login(next_url, settings.LOGIN_URL)

    return view


django_admin_login = login_through_allauth(default_next="admin:index", allowed=_can_use_django_admin)
wagtail_admin_login = login_through_allauth(default_next="wagtailadmin_home", allowed=_can_use_wagtail_admin)
# Wagtail sends signed-in visitors here only when a private page's groups exclude them.
frontend_login = login_through_allauth(default_next="/", allowed=_nobody)
