"""An LTI 1.3 launch in a real browser: Chromium goes from our login initiation (its cookie check
script) to the test platform's authorization page, which posts the signed id_token to our launch;
the launch page opens the quiz in a new window, signed in. Launch and picker pages pass axe.

The platform is served as `localhost` like the live server, so that over plain HTTP the state
cookie (SameSite=None; Secure only over HTTPS) stays same-site."""

from urllib.parse import urlencode

import pytest

from tests.e2e.axe import assert_accessible
from tests.lti.conftest import register_platform
from tests.lti.platform import INSTRUCTOR, LEARNER, Platform
from tests.quizzes.factories import quiz_with_items


@pytest.fixture
def platform(live_server, organization):
    platform = Platform(tool_url=live_server.url, host="localhost").start()
    register_platform(platform, organization, name="Browser LMS")
    yield platform
    platform.stop()


def _login_url(live_server, platform, hint):
    query = {
        "iss": platform.issuer,
        "login_hint": "browser-login",
        "target_link_uri": f"{live_server.url}/lti/launch/",
        "lti_message_hint": hint,
        "client_id": platform.client_id,
    }
    return f"{live_server.url}/lti/login/?{urlencode(query)}"


def test_browser_launch_opens_the_quiz_in_a_new_window(page, live_server, platform):
    quiz_with_items(1, title="Transfers check", slug="transfers-check")
    hint = platform.resource_link(sub="student-9", roles=[LEARNER], target="quiz:transfers-check")

    page.goto(_login_url(live_server, platform, hint))

    link = page.get_by_role("link", name="Open Transfers check in a new window")
    link.wait_for()
    assert page.url == f"{live_server.url}/lti/launch/"
    assert_accessible(page)
    with page.context.expect_page() as opened:
        link.click()
    quiz_page = opened.value
    quiz_page.wait_for_load_state()
    assert quiz_page.url == f"{live_server.url}/quiz/transfers-check/"
    assert quiz_page.get_by_role("heading", name="Transfers check").first.is_visible()
    assert quiz_page.get_by_role("link", name="Sign in").count() == 0


def test_browser_deep_linking_picker_returns_to_the_platform(page, live_server, platform):
    quiz_with_items(1, title="Transfers check", slug="transfers-check")
    hint = platform.deep_linking(sub="teacher-9", roles=[INSTRUCTOR])

    page.goto(_login_url(live_server, platform, hint))

    page.get_by_role("heading", name="Add Occupass content to your course").wait_for()
    assert_accessible(page)
    page.get_by_label("Transfers check").check()
    page.get_by_role("button", name="Add to course").click()
    page.wait_for_url(f"{platform.url}/deep-link-return")  # posted by static/js/lti.js
    [message] = platform.deep_link_responses
    [item] = message["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
    assert item["custom"] == {"occupass_target": "quiz:transfers-check"}
