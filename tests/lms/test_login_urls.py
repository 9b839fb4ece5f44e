"""Every sign-in form the site has goes through allauth: second factor and rate limits included.

Found from the outside: Wagtail's /admin/login/, Django's /django-admin/login/ and Wagtail's
front-end /_util/login/ each took a password alone, with no second factor and no rate limit.
"""

import time

import pytest
import time_machine
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URLS = ["/accounts/login/", "/admin/login/", "/django-admin/login/", "/_util/login/"]
EMAIL = "staff@example.org"


@pytest.fixture
def totp_staff():
    user = UserFactory(email=EMAIL, is_staff=True, is_superuser=True)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    user.totp_secret = secret
    return user


def _credentials(url, password):
    # allauth's form names the field "login"; Django's and Wagtail's forms name it "username".
    return {"login": EMAIL, "username": EMAIL, "password": password}


def _post_following(client, url, data):
    """POST a sign-in form the way a browser would: follow redirects, re-posting to the new form."""
    response = client.post(url, data)
    for _ in range(5):
        if response.status_code not in (301, 302, 303, 307, 308):
            break
        location = response["Location"]
        if location.startswith("/accounts/login/") and url != "/accounts/login/":
            url = location
            response = client.post(location, data)
        else:
            response = client.get(location)
    return response


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_correct_password_alone_never_signs_a_totp_user_in(client, totp_staff, url):
    _post_following(client, url, _credentials(url, PASSWORD))

    assert "_auth_user_id" not in client.session
    for protected in ["/admin/", "/django-admin/", "/dashboard/"]:
        response = client.get(protected, follow=True)
        # allauth resumes the pending sign-in at its second step.
        assert response.request["PATH_INFO"] in {"/accounts/login/", "/accounts/2fa/authenticate/"}, protected
        assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_password_then_code_signs_in_through_allauth(client, totp_staff, url):
    response = _post_following(client, url, _credentials(url, PASSWORD))
    assert response.request["PATH_INFO"] == "/accounts/2fa/authenticate/"

    # The clock stands still, so a slow request cannot carry the code into the next 30 s window.
    with time_machine.travel(time.time(), tick=False):
        code = format_hotp_value(hotp_value(totp_staff.totp_secret, int(time.time()) // 30))
        response = client.post("/accounts/2fa/authenticate/", {"code": code})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(totp_staff.pk)


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_wrong_passwords_then_the_right_one_are_refused(client, totp_staff, url):
    for _ in range(20):
        _post_following(client, url, _credentials(url, "wrong-password"))

    response = _post_following(client, url, _credentials(url, PASSWORD))

    assert b"Too many failed login attempts. Try again later." in response.content
    assert "_auth_user_id" not in client.session
    assert "/accounts/2fa/authenticate/" not in response.request["PATH_INFO"]


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/", "/_util/login/"])
def test_a_signed_in_user_cannot_switch_accounts_with_a_password_alone(client, totp_staff, url):
    """allauth's documented `secure_admin_login` hands signed-in staff to the admin's own form,
    which would switch to another account on its password alone; ours never shows that form."""
    other = UserFactory(email="other-staff@example.org", is_staff=True)
    client.force_login(other)

    client.post(url, _credentials(url, PASSWORD))

    assert client.session["_auth_user_id"] == str(other.pk)


def test_admin_login_pages_send_the_visitor_to_allauth_keeping_next(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_admin_login_pages_refuse_an_unsafe_next(client):
    response = client.get("/django-admin/login/?next=https://evil.example/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/django-admin/"


def test_signed_in_staff_at_an_admin_login_page_go_on_to_next(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"


def test_signed_in_learner_at_the_django_admin_is_refused_not_looped(client):
    client.force_login(UserFactory())

    response = client.get("/django-admin/", follow=True)

    assert response.status_code == 403
