"""Fixtures for the LTI tests: our tool on pytest-django's live server, a real platform on
another loopback port (tests/lti/platform.py), and a `requests` session as the agent."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from lti_tool.models import LtiDeployment, LtiRegistration

from quizzes.lti.models import PlatformOrganization
from tests.lti.platform import Platform


@pytest.fixture
def platform(live_server):
    platform = Platform(tool_url=live_server.url).start()
    yield platform
    platform.stop()


def register_platform(platform, organization, *, name: str) -> LtiRegistration:
    """What a school's LMS admin and our staff enter by hand (README "LTI 1.3"): the platform's
    keys, an active deployment, and the organization its courses belong to."""
    registration = LtiRegistration.objects.create(
        name=name,
        issuer=platform.issuer,
        client_id=platform.client_id,
        auth_url=platform.auth_url,
        token_url=platform.token_url,
        keyset_url=platform.jwks_url,
    )
    LtiDeployment.objects.create(registration=registration, deployment_id=platform.deployment_id, is_active=True)
    PlatformOrganization.objects.create(registration=registration, organization=organization)
    return registration


@pytest.fixture
def registration(platform, organization):
    return register_platform(platform, organization, name="Test college LMS")


@pytest.fixture
def agent():
    with requests.Session() as session:
        yield session


def form_fields(html: str) -> dict:
    return {
        unescape(name): unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }


class Launcher:
    """Drives the agent through the platform's launch: login initiation at the tool, the cookie
    check page, the tool's redirect to the platform's authorization, the auto-posted id_token."""

    def __init__(self, agent, platform, tool_url):
        self.agent, self.platform, self.tool_url = agent, platform, tool_url
        self.last_post = None

    def __call__(self, hint: str, *, key=None):
        platform = self.platform
        page = self.agent.get(
            f"{self.tool_url}/lti/login/",
            params={
                "iss": platform.issuer,
                "login_hint": "opaque-login-hint",
                "target_link_uri": f"{self.tool_url}/lti/launch/",
                "lti_message_hint": hint,
                "client_id": platform.client_id,
                "lti_deployment_id": platform.deployment_id,
            },
            allow_redirects=False,
        )
        assert page.status_code == 200, page.text
        continue_url = unescape(re.search(r'data-continue-url="([^"]+)"', page.text).group(1))
        to_platform = self.agent.get(f"{self.tool_url}{continue_url}", allow_redirects=False)
        assert to_platform.status_code == 302
        location = to_platform.headers["Location"]
        assert location.startswith(platform.auth_url)
        answer = platform.authorize(parse_qs(urlsplit(location).query), key=key)
        self.last_post = {"id_token": answer["id_token"], "state": answer["state"]}
        return self.agent.post(answer["action"], data=self.last_post, allow_redirects=False)

    def replay(self):
        return self.agent.post(f"{self.tool_url}/lti/launch/", data=self.last_post, allow_redirects=False)


@pytest.fixture
def launch(agent, platform, live_server, registration):
    return Launcher(agent, platform, live_server.url)
