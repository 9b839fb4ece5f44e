"""Every allauth flow we expose, through the test client with real (locmem) email."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core import mail
from django.core.cache import cache

from lms.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "another-long-passphrase-77"


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()


def _link(message, path):
    return re.search(rf"https?://[^/\s]+({path}\S+)", message.body).group(1)


def _totp_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_signup_requires_email_verification_before_sign_in(client):
    response = client.post(
        "/accounts/signup/",
        {
            "name": "Tess Technician",
            "email": "tess@example.org",
            "credential": "aide",
            "password1": "a-long-unusual-passphrase-42",
            "password2": "a-long-unusual-passphrase-42",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="tess@example.org")
    assert (user.name, user.credential) == ("Tess Technician", "aide")
    assert EmailAddress.objects.get(user=user).verified is False
    assert client.get("/dashboard/").status_code == 302
    assert [m.to for m in mail.outbox] == [["tess@example.org"]]


def test_confirming_the_emailed_link_verifies_and_signs_in(client):
    client.post(
        "/accounts/signup/",
        {"name": "Tess", "email": "tess@example.org", "credential": "aide",
         "password1": "a-long-unusual-passphrase-42", "password2": "a-long-unusual-passphrase-42"},
    )  # fmt: skip
    confirm_path = _link(mail.outbox[0], "/accounts/confirm-email/")

    assert client.get(confirm_path).status_code == 200
    response = client.post(confirm_path)

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="tess@example.org").verified is True
    assert client.get("/dashboard/").status_code == 200


def test_invalid_confirmation_link_explains_itself(client):
    response = client.get("/accounts/confirm-email/not-a-real-key/")

    assert b"This confirmation link has expired or is not valid." in response.content
    assert b"Sign in to get a new link" in response.content


def test_expired_confirmation_link_leads_to_a_new_link_by_signing_in(client):
    client.post(
        "/accounts/signup/",
        {"name": "Tess", "email": "tess@example.org", "credential": "aide",
         "password1": "a-long-unusual-passphrase-42", "password2": "a-long-unusual-passphrase-42"},
    )  # fmt: skip
    client.logout()
    mail.outbox.clear()
    cache.clear()  # days later: the resend rate limit has long passed

    client.get("/accounts/confirm-email/expired-key/")
    client.post("/accounts/login/", {"login": "tess@example.org", "password": "a-long-unusual-passphrase-42"})

    assert [m.to for m in mail.outbox] == [["tess@example.org"]]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_expired_confirmation_link_offers_a_resend_when_signed_in(client):
    user = UserFactory(email="sam@example.org")
    EmailAddress.objects.filter(user=user).update(verified=False)
    client.force_login(user)

    page = client.get("/accounts/confirm-email/expired-key/").content.decode()
    assert "Send a new confirmation link" in page
    client.post("/accounts/email/", {"email": user.email, "action_send": ""})

    assert [m.to for m in mail.outbox] == [["sam@example.org"]]


def test_signup_form_shows_field_errors_and_keeps_input(client):
    response = client.post(
        "/accounts/signup/",
        {"name": "", "email": "not-an-email", "credential": "aide", "password1": "short", "password2": "other"},
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "Please correct the errors below." in content
    assert 'value="not-an-email"' in content
    assert 'aria-invalid="true"' in content


def test_login_with_email_and_password(client):
    user = UserFactory(email="ana@example.org")

    response = client.post("/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_with_wrong_password_shows_error(client):
    UserFactory(email="ana@example.org")

    response = client.post("/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    assert response.status_code == 200
    assert b"The email address and/or password you specified are not correct." in response.content


def test_login_failures_are_rate_limited(client):
    UserFactory(email="ana@example.org")
    for _ in range(5):
        client.post("/accounts/login/", {"login": "ana@example.org", "password": "wrong"})

    response = client.post("/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})

    assert response.status_code == 200
    assert b"Too many failed login attempts. Try again later." in response.content
    assert "_auth_user_id" not in client.session


def test_logout_is_a_post(client):
    user = UserFactory()
    client.force_login(user)

    client.get("/accounts/logout/")
    assert client.session.get("_auth_user_id") == str(user.pk)
    response = client.post("/accounts/logout/")

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_by_email(client):
    UserFactory(email="ana@example.org")

    client.post("/accounts/password/reset/", {"email": "ana@example.org"})
    reset_path = _link(mail.outbox[0], "/accounts/password/reset/key/")
    form_path = client.get(reset_path)["Location"]
    response = client.post(form_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 302
    assert client.login(username="ana@example.org", password=NEW_PASSWORD) is True


def test_password_reset_with_bad_key_explains_itself(client):
    response = client.get("/accounts/password/reset/key/1-bad-token/")

    assert response.status_code == 200
    assert b"Bad Token" in response.content
    assert b"invalid" in response.content


def test_password_change(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post(
        "/accounts/password/change/", {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD) is True


def test_email_change_adds_address_and_sends_verification(client):
    user = UserFactory(email="old@example.org")
    client.force_login(user)

    response = client.post("/accounts/email/", {"action_add": "", "email": "new@example.org"})

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="new@example.org").verified is False
    assert mail.outbox[-1].to == ["new@example.org"]


def test_totp_activation_then_sign_in_needs_the_code(client):
    user = UserFactory(email="otto@example.org")
    client.force_login(user)

    response = client.get("/accounts/2fa/totp/activate/")
    assert response["Location"] == "/accounts/reauthenticate/?next=%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"
    client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": "/accounts/2fa/totp/activate/"})
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session["mfa.totp.secret"]
    response = client.post("/accounts/2fa/totp/activate/", {"code": _totp_code(secret)})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).count() == 1
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).count() == 1

    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": "otto@example.org", "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    cache.clear()  # the activation code may not be reused; allauth remembers it in the cache
    response = client.post("/accounts/2fa/authenticate/", {"code": _totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_totp_sign_in_with_recovery_code(client):
    user = UserFactory(email="otto@example.org")
    TOTP.activate(user, generate_totp_secret())
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    code = RecoveryCodes.activate(user).get_unused_codes()[0]

    client.post("/accounts/login/", {"login": "otto@example.org", "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": code})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_totp_sign_in_with_wrong_code_is_refused(client):
    user = UserFactory(email="otto@example.org")
    TOTP.activate(user, generate_totp_secret())

    client.post("/accounts/login/", {"login": "otto@example.org", "password": PASSWORD})
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})

    assert response.status_code == 200
    assert b"Incorrect code." in response.content
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/accounts/confirm-email/",
    ],
)
def test_anonymous_account_pages_render_in_the_site_shell(client, path):
    response = client.get(path)

    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert 'href="#main"' in content
    assert '<main id="main"' in content


@pytest.mark.parametrize(
    "path",
    ["/accounts/email/", "/accounts/password/change/", "/accounts/2fa/", "/accounts/2fa/totp/activate/", "/profile/"],
)
def test_signed_in_account_pages_render_in_the_site_shell(client, path):
    client.force_login(UserFactory())
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})

    response = client.get(path)

    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert 'aria-label="Account settings"' in content
