import re
import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.axe import assert_accessible
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_verify_email_and_land_on_dashboard(page, live_server):
    page.goto(f"{live_server.url}/accounts/signup/")
    assert_accessible(page)
    page.get_by_label("Full name").fill("Tess Technician")
    page.get_by_label("Email").fill("tess@example.org")
    page.get_by_label("Your role").select_option("aide")
    page.get_by_label("Password", exact=True).fill("a-long-unusual-passphrase-42")
    page.get_by_label("Password (again)").fill("a-long-unusual-passphrase-42")
    page.get_by_role("button", name="Create account").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["tess@example.org"]
    # The email links to SITE_URL; the browser follows the same path on the test server.
    path = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", mail.outbox[0].body).group(1)
    page.goto(live_server.url + path)
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Tess")
    assert_accessible(page)


def test_sign_in_page_is_accessible_and_signs_in(page, live_server, sign_in):
    user = UserFactory(email="ana@example.org", name="Ana Aide")

    page.goto(f"{live_server.url}/accounts/login/")
    assert_accessible(page)
    sign_in(user)

    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Ana")


def test_sign_in_with_totp_two_factor(page, live_server, sign_in):
    user = UserFactory(email="otto@example.org", name="Otto Assistant")
    secret = generate_totp_secret()
    TOTP.activate(user, secret)

    sign_in(user)
    expect(page.get_by_role("heading", level=1)).to_have_text("Two-Factor Authentication")
    assert_accessible(page)
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    page.get_by_label("Authenticator code").fill(code)
    page.get_by_role("button", name="Sign in", exact=True).click()

    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Otto")
