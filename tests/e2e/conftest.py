"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live_server.

Chromium is never downloaded by Playwright here; it comes from the Debian package. On a developer
machine without it, the tests are skipped with a message saying how to install it; in CI
(CI=true) a missing Chromium is an error.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from tests.factories import PASSWORD

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    e2e_items = [item for item in items if HERE in Path(str(item.path)).parents]
    for item in e2e_items:
        item.add_marker(pytest.mark.e2e)
    if Path(CHROMIUM).exists() or not e2e_items:
        return
    message = f"Chromium not found at {CHROMIUM}: install it with `sudo apt-get install chromium` to run browser tests"
    if os.environ.get("CI"):
        raise pytest.UsageError(message)
    for item in e2e_items:
        item.add_marker(pytest.mark.skip(reason=message))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
        ],
    }


@pytest.fixture
def page(page):
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def sign_in(page, live_server):
    """Sign in through the real login form; returns the page on the post-login screen."""

    def _sign_in(user, password=PASSWORD):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Email").fill(user.email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        return page

    return _sign_in


@pytest.fixture
def signed_in_page(page, live_server):
    """Attach an authenticated session cookie (fast path for tests not about signing in)."""

    def _signed_in(user):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}]
        )
        return page

    return _signed_in
