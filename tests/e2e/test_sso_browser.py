"""Single sign-on in a real browser: our sign-in page → a real OpenID provider → back, signed in.

The provider is django-oauth-toolkit in its own process (tests/lms/sso/oidc_idp.py).
"""

import pytest
from playwright.sync_api import expect

from lms.models import Membership, Organization
from tests.e2e.axe import assert_accessible
from tests.lms.sso.conftest import OIDC_PROVIDER_ID, configure_oidc_provider, oidc_idp  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def test_sso_sign_in_in_the_browser_lands_on_the_dashboard_in_the_organization(page, live_server, oidc_idp):  # noqa: F811
    clinic = Organization.objects.create(name="Riverside Health", slug="riverside-health")
    configure_oidc_provider(clinic, oidc_idp)
    oidc_idp.allow_redirect_uri(f"{live_server.url}/accounts/oidc/{OIDC_PROVIDER_ID}/login/callback/")
    oidc_idp.set_user(
        "pia", password="idp-pass-e2e", email="pia@riverside.test", first_name="Pia", groups=["OT-Managers"]
    )

    page.goto(f"{live_server.url}/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Email").fill("pia@riverside.test")
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Test IdP sign-in")
    page.get_by_label("Username").fill("pia")
    page.get_by_label("Password").fill("idp-pass-e2e")
    page.get_by_role("button", name="Continue").click()

    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Pia")
    assert Membership.objects.get(user__email="pia@riverside.test", organization=clinic).role == "manager"
