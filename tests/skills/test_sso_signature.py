"""An observer who signs in through their organization's identity provider has no password here:
each check-off signature sends them back to the provider (OpenID Connect `prompt=login`), and the
signature is recorded when they return. Runs against the real OpenID provider of tests/lms/sso."""

from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.urls import reverse

from lms.models import Membership, User
from quizzes.models import Observation
from tests.lms.sso.conftest import CALLBACK, configure_oidc_provider, local, oidc_sign_in
from tests.lms.sso.conftest import oidc_idp as oidc_idp  # the real OpenID provider (session fixture)
from tests.skills.test_views import form_data, form_url

pytestmark = pytest.mark.django_db


def _through_idp(client, idp, browser, location, *, username, password):
    """Follow our page to the IdP, sign in there again, and come back to our callback."""
    response = browser.get(location, allow_redirects=False, timeout=10)
    for _ in range(4):
        target = response.headers.get("Location", "")
        if response.status_code != 302 or target.startswith(CALLBACK):
            break
        if urlsplit(target).path == "/login/":
            response = browser.post(
                idp.base_url + target, data={"username": username, "password": password}, allow_redirects=False
            )
        else:
            response = browser.get(
                target if target.startswith("http") else idp.base_url + target, allow_redirects=False
            )
    assert response.status_code == 302 and response.headers["Location"].startswith(CALLBACK), response.text[-2000:]
    return client.get(local(response.headers["Location"]))


def test_an_sso_observer_re_authenticates_at_the_identity_provider_for_each_signature(
    client, organization, oidc_idp, checklist, trainee
):
    configure_oidc_provider(organization, oidc_idp)
    oidc_idp.set_user(
        "olive", password="idp-olive-1", email="olive@riverside.test", first_name="Olive", last_name="Otr",
        groups=["Clinical-Educators"],
    )  # fmt: skip
    browser = requests.Session()
    signed_in = oidc_sign_in(
        client, oidc_idp, browser, email="olive@riverside.test", username="olive", password="idp-olive-1"
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == "/dashboard/", signed_in.get("Location")
    olive = User.objects.get(email="olive@riverside.test")
    assert not olive.has_usable_password()
    assert Membership.objects.get(user=olive, organization=organization).role == "educator"
    User.objects.filter(pk=olive.pk).update(credential="otr")  # an OT may sign this checklist
    assert client.get("/dashboard/").status_code == 200, client.session.items()

    url = form_url(trainee, checklist)
    asked = client.post(url, form_data(checklist))
    assert asked.status_code == 302 and asked["Location"].startswith("/accounts/reauthenticate/")

    page = client.get(asked["Location"])
    assert page.status_code == 200
    assert page.templates[0].name == "account/sso_redirect.html"
    assert "Confirm it is you" in page.content.decode()
    sso_url = page.context["sso_url"]
    assert sso_url.startswith(oidc_idp.base_url) and parse_qs(urlsplit(sso_url).query)["prompt"] == ["login"]
    assert Observation.objects.count() == 0

    back = _through_idp(client, oidc_idp, browser, sso_url, username="olive", password="idp-olive-1")
    assert back.status_code == 302, back.content.decode()[-1500:]
    replayed = client.get(back["Location"]) if back["Location"].startswith("/accounts/sso/") else back

    observation = Observation.objects.get()
    assert replayed.status_code == 302
    assert replayed["Location"].startswith(reverse("skills:observation", args=[observation.pk]))
    assert (observation.observer, observation.signed_with) == (olive, "socialaccount")

    # The next signature needs a new trip to the identity provider.
    again = client.post(url, form_data(checklist))
    assert again["Location"].startswith("/accounts/reauthenticate/")
    assert Observation.objects.count() == 1


def test_a_password_user_still_gets_the_password_page(client, checklist, trainee, otr):
    client.force_login(otr.user)
    url = form_url(trainee, checklist)
    asked = client.post(url, form_data(checklist))
    page = client.get(asked["Location"])
    assert page.status_code == 200
    assert 'name="password"' in page.content.decode()


def test_someone_else_signing_in_at_the_identity_provider_does_not_sign_for_the_observer(
    client, organization, oidc_idp, checklist, trainee
):
    configure_oidc_provider(organization, oidc_idp)
    oidc_idp.set_user("oscar", password="idp-oscar-1", email="oscar@riverside.test", groups=["Clinical-Educators"])
    oidc_idp.set_user("mallory", password="idp-mallory-1", email="mallory@riverside.test", groups=[])
    oidc_sign_in(
        client,
        oidc_idp,
        requests.Session(),
        email="mallory@riverside.test",
        username="mallory",
        password="idp-mallory-1",
    )
    client.logout()
    browser = requests.Session()
    oidc_sign_in(client, oidc_idp, browser, email="oscar@riverside.test", username="oscar", password="idp-oscar-1")
    oscar = User.objects.get(email="oscar@riverside.test")
    User.objects.filter(pk=oscar.pk).update(credential="otr")

    url = form_url(trainee, checklist)
    asked = client.post(url, form_data(checklist))
    sso_url = client.get(asked["Location"]).context["sso_url"]
    back = _through_idp(client, oidc_idp, browser, sso_url, username="mallory", password="idp-mallory-1")
    final = (
        client.get(back["Location"])
        if back.status_code == 302 and back["Location"].startswith("/accounts/sso/")
        else back
    )

    assert Observation.objects.count() == 0
    assert final.status_code == 302 and final["Location"].startswith("/accounts/reauthenticate/")
    assert client.session["_auth_user_id"] == str(oscar.pk)  # still Oscar's session, nobody else's
