"""LTI Dynamic Registration with the test platform, and the manual registration's admin."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from lti_tool.models import LtiDeployment, LtiRegistration

from quizzes.lti import registration as dynamic_registration
from quizzes.lti.models import PlatformOrganization
from tests.lti.conftest import Launcher
from tests.lti.platform import LEARNER
from tests.quizzes.factories import quiz_with_items


def _register(agent, live_server, platform, organization, **params):
    token = dynamic_registration.registration_token_make(organization=organization)
    query = {
        "openid_configuration": f"{platform.url}/.well-known/openid-configuration",
        "registration_token": platform.registration_token,
        **params,
    }
    return agent.get(f"{live_server.url}/lti/register/{token}/", params=query)


def test_dynamic_registration_registers_and_the_platform_can_launch(agent, live_server, platform, organization):
    response = _register(agent, live_server, platform, organization)

    assert response.status_code == 200, response.text
    assert "Occupass is registered" in response.text
    assert f"frame-ancestors {platform.url}" in response.headers["Content-Security-Policy"]
    [metadata] = platform.registrations
    assert metadata["initiate_login_uri"] == f"{live_server.url}/lti/login/"
    assert metadata["redirect_uris"] == [f"{live_server.url}/lti/launch/"]
    assert metadata["jwks_uri"] == f"{live_server.url}/lti/jwks/"
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in metadata["scope"].split()
    registration = LtiRegistration.objects.get(issuer=platform.issuer)
    assert (registration.client_id, registration.auth_url, registration.token_url, registration.keyset_url) == (
        platform.client_id,
        platform.auth_url,
        platform.token_url,
        platform.jwks_url,
    )
    assert registration.is_active
    assert LtiDeployment.objects.get(registration=registration).deployment_id == platform.deployment_id
    assert PlatformOrganization.objects.get(registration=registration).organization == organization

    quiz_with_items(1, title="Transfers check", slug="transfers-check")
    launched = Launcher(agent, platform, live_server.url)(
        platform.resource_link(sub="student-1", roles=[LEARNER], target="quiz:transfers-check")
    )
    assert launched.status_code == 200
    assert "Open Transfers check in a new window" in launched.text


def test_dynamic_registration_link_works_once(agent, live_server, platform, organization):
    token = dynamic_registration.registration_token_make(organization=organization)
    query = {
        "openid_configuration": f"{platform.url}/.well-known/openid-configuration",
        "registration_token": platform.registration_token,
    }
    assert agent.get(f"{live_server.url}/lti/register/{token}/", params=query).status_code == 200

    again = agent.get(f"{live_server.url}/lti/register/{token}/", params=query)

    assert again.status_code == 400
    assert "already used" in again.text


def test_dynamic_registration_refuses_a_forged_link(agent, live_server, platform, organization):
    query = {"openid_configuration": f"{platform.url}/.well-known/openid-configuration"}

    response = agent.get(f"{live_server.url}/lti/register/not-a-token/", params=query)

    assert response.status_code == 400
    assert "not valid" in response.text
    assert platform.registrations == []
    assert not LtiRegistration.objects.exists()


def test_dynamic_registration_refuses_a_configuration_from_elsewhere(agent, live_server, platform, organization):
    # The configuration names an issuer on another origin than the one it was served from.
    platform.issuer = "https://lms.elsewhere.example"

    response = _register(agent, live_server, platform, organization)

    assert response.status_code == 400
    assert "issuer does not match" in response.text
    assert not LtiRegistration.objects.exists()


@pytest.mark.django_db
def test_registration_link_command_prints_a_link_for_the_organization(organization, settings):
    settings.SITE_URL = "https://occupass.example"
    out = StringIO()

    call_command("lti_registration_link", "riverside", stdout=out)

    assert re.fullmatch(r"https://occupass\.example/lti/register/[^/]+/\n", out.getvalue())


def test_login_initiation_from_an_unknown_platform_is_refused(agent, live_server, platform):
    response = agent.get(
        f"{live_server.url}/lti/login/",
        params={
            "iss": "https://unknown.example",
            "login_hint": "x",
            "target_link_uri": f"{live_server.url}/lti/launch/",
            "client_id": "nobody",
            "lti1p3_new_window": "1",
        },
        allow_redirects=False,
    )

    assert response.status_code == 400
    assert "not accepted" in response.text


@pytest.mark.django_db
def test_staff_register_a_platform_by_hand_in_the_admin(client, superuser, organization):
    client.force_login(superuser)
    form = client.get("/django-admin/lti_tool/ltiregistration/add/")
    assert form.status_code == 200
    for field in ("issuer", "client_id", "auth_url", "token_url", "keyset_url", "deployments-0-deployment_id"):
        assert f'name="{field}"' in form.text
    assert 'name="occupass_link-0-organization"' in form.text

    response = client.post(
        "/django-admin/lti_tool/ltiregistration/add/",
        {
            "name": "College Canvas",
            "uuid": "3f2c7d4e-8a61-4d0e-9a51-2b7f6c0d9e11",
            "issuer": "https://canvas.college.example",
            "client_id": "10000000000042",
            "auth_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
            "token_url": "https://sso.canvaslms.com/login/oauth2/token",
            "keyset_url": "https://sso.canvaslms.com/api/lti/security/jwks",
            "is_active": "on",
            "occupass_link-TOTAL_FORMS": "1",
            "occupass_link-INITIAL_FORMS": "0",
            "occupass_link-0-organization": str(organization.pk),
            "deployments-TOTAL_FORMS": "1",
            "deployments-INITIAL_FORMS": "0",
            "deployments-0-deployment_id": "1:abc",
            "deployments-0-is_active": "on",
        },
    )

    assert response.status_code == 302, response.content
    registration = LtiRegistration.objects.get(client_id="10000000000042")
    assert registration.occupass_link.organization == organization
    assert registration.deployments.get().is_active


@pytest.mark.django_db
def test_staff_generate_the_tools_key_pair_in_the_admin(client, superuser):
    from lti_tool.models import Key

    client.force_login(superuser)
    assert client.get("/lti/jwks/").json()["keys"][0]["kty"] == "RSA"  # the first key, made on demand
    first = Key.objects.get()

    response = client.post("/django-admin/lti_tool/key/", {"action": "generate", "_selected_action": [first.pk]})

    assert response.status_code == 302
    assert Key.objects.active().count() == 2
    assert len(client.get("/lti/jwks/").json()["keys"]) == 2
