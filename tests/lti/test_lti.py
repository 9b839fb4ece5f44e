"""LTI 1.3 against a real platform (tests/lti/platform.py): RSA keys, signed JWTs, HTTP services."""

import datetime
import re
from html import unescape
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from lti_tool.models import LtiUser

from courses.models import HomePage
from lms.models import Membership, TeamMembership
from quizzes import events
from quizzes import services as quiz_services
from quizzes.lti import services, tasks
from quizzes.lti.models import CourseInstructor, CourseTeam, QuizLaunch, ScorePassback
from tests.courses.factories import CatalogPageFactory, ModulePageFactory
from tests.lti.conftest import form_fields
from tests.lti.platform import INSTRUCTOR, LEARNER, new_key
from tests.quizzes.factories import quiz_with_items


@pytest.fixture
def quiz(db):
    return quiz_with_items(2, title="Transfers check", slug="transfers-check", shuffle_options=False)


def _handoff(response) -> str:
    return unescape(re.search(r'href="([^"]+/lti/continue/[^"]+)"', response.text).group(1))


def _answer_all_correctly(attempt):
    for item in attempt.items.select_related("version"):
        correct = [o.pk for o in item.version.options.all() if o.is_correct]
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=correct, now=timezone.now())


def test_framed_launch_opens_the_quiz_in_a_new_window_signed_in(launch, platform, agent, quiz, organization):
    hint = platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check")

    framed = launch(hint)

    assert framed.status_code == 200
    assert "Open Transfers check in a new window" in framed.text
    # The platform (only) may frame this page; our session cookie is not set inside the frame.
    assert f"frame-ancestors {platform.url}" in framed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in framed.headers
    assert "sessionid" not in framed.cookies
    opened = agent.get(_handoff(framed))
    assert opened.status_code == 200
    assert opened.url.endswith("/quiz/transfers-check/")
    assert "Transfers check" in opened.text and "Sign in" not in opened.text
    lti_user = LtiUser.objects.select_related("auth_user").get(sub="student-7", registration__issuer=platform.issuer)
    assert lti_user.auth_user.email == "pat@school.example"
    membership = Membership.objects.get(user=lti_user.auth_user, organization=organization)
    assert membership.role == Membership.Role.LEARNER
    assert list(membership.teams.values_list("name", flat=True)) == ["OTA 101 Transfers"]
    assert QuizLaunch.objects.filter(user=lti_user.auth_user, quiz=quiz).count() == 1


def test_launch_page_may_be_framed_by_the_platforms_course_pages_only(launch, platform, quiz):
    hint = platform.resource_link(
        sub="student-7",
        roles=[LEARNER],
        target="quiz:transfers-check",
        return_url="https://college.lms.example/courses/1/modules",
    )

    framed = launch(hint)

    directives = dict(d.strip().split(" ", 1) for d in framed.headers["Content-Security-Policy"].split(";"))
    assert sorted(directives["frame-ancestors"].split()) == [platform.url, "https://college.lms.example"]


def test_handoff_link_works_once(launch, platform, agent, quiz):
    framed = launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    link = _handoff(framed)
    assert agent.get(link).status_code == 200

    agent.cookies.clear()
    again = agent.get(link)
    assert again.status_code == 403
    assert "already used" in again.text


def test_window_launch_into_a_module_signs_in_and_redirects(launch, platform, agent, live_server):
    module = ModulePageFactory(parent=CatalogPageFactory(parent=HomePage.objects.get()), title="Safe transfers")
    hint = platform.resource_link(
        sub="student-8", roles=[LEARNER], target=f"module:{module.pk}", document_target="window"
    )

    response = launch(hint)

    assert response.status_code == 302
    page = agent.get(f"{live_server.url}{response.headers['Location']}")
    assert page.status_code == 200
    assert "Safe transfers" in page.text
    assert LtiUser.objects.get(sub="student-8").auth_user.is_authenticated


def test_a_second_launch_of_the_same_person_reuses_their_account(launch, platform, quiz):
    launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check", link_id="link-2"))

    assert LtiUser.objects.filter(sub="student-7").values_list("auth_user", flat=True).distinct().count() == 1


def test_forged_launch_signed_with_another_key_is_refused(launch, platform, quiz):
    hint = platform.resource_link(sub="mallory", roles=[INSTRUCTOR], target="quiz:transfers-check")

    response = launch(hint, key=new_key())

    assert response.status_code == 403
    assert "could not be verified" in response.text
    assert not LtiUser.objects.filter(sub="mallory").exists()


def test_replayed_launch_token_is_refused(launch, platform, quiz):
    first = launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    assert first.status_code == 200

    replayed = launch.replay()

    assert replayed.status_code == 403
    assert "already used" in replayed.text


def test_launch_from_an_inactive_deployment_is_refused(launch, platform, registration, quiz):
    registration.deployments.update(is_active=False)

    response = launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))

    assert response.status_code == 403
    assert "not switched on" in response.text


def test_deep_linking_returns_the_teachers_picks_signed(launch, platform, agent, live_server, quiz, organization):
    response = launch(platform.deep_linking(sub="teacher-1", roles=[INSTRUCTOR]))
    assert response.status_code == 200
    assert "Transfers check" in response.text
    token = form_fields(response.text)["token"]

    chosen = agent.post(
        f"{live_server.url}/lti/deep-link/choose/", data={"token": token, "item": ["quiz:transfers-check"]}
    )

    assert chosen.status_code == 200
    action = unescape(re.search(r'<form method="post" action="([^"]+)"', chosen.text).group(1))
    assert action == f"{platform.url}/deep-link-return"
    assert agent.post(action, data=form_fields(chosen.text)).status_code == 200
    [message] = platform.deep_link_responses  # verified against our published JWKS
    assert message["https://purl.imsglobal.org/spec/lti/claim/message_type"] == "LtiDeepLinkingResponse"
    assert message["https://purl.imsglobal.org/spec/lti-dl/claim/data"] == "platform-opaque-data"
    [item] = message["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
    assert item["type"] == "ltiResourceLink"
    assert item["url"] == f"{live_server.url}/lti/launch/"
    assert item["custom"] == {"occupass_target": "quiz:transfers-check"}
    assert item["lineItem"] == {"scoreMaximum": 100, "label": "Transfers check", "resourceId": "quiz:transfers-check"}
    teacher = LtiUser.objects.get(sub="teacher-1").auth_user
    # Teaching one course is not an organization-wide role: recorded as the course's instructor.
    assert Membership.objects.get(user=teacher, organization=organization).role == Membership.Role.LEARNER
    assert CourseInstructor.objects.filter(user=teacher, context__id_on_platform="course-1").exists()
    # The signed picker token works once.
    again = agent.post(
        f"{live_server.url}/lti/deep-link/choose/", data={"token": token, "item": ["quiz:transfers-check"]}
    )
    assert again.status_code == 403


def test_learners_cannot_deep_link(launch, platform, quiz):
    response = launch(platform.deep_linking(sub="student-7", roles=[LEARNER]))

    assert response.status_code == 403
    assert "Only instructors" in response.text


def test_grade_passback_posts_exactly_once_across_a_double_submit(launch, platform, quiz):
    launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    user = LtiUser.objects.get(sub="student-7").auth_user
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=timezone.now())
    _answer_all_correctly(attempt)

    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())
    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())  # the second click
    attempt.refresh_from_db()
    events.attempt_graded.send(sender=None, attempt=attempt, now=timezone.now())  # a repeated event
    passback = ScorePassback.objects.get(attempt=attempt)
    tasks.score_passback_task.call(passback.pk)  # a rerun of the task

    [score] = platform.scores
    assert score["userId"] == "student-7"
    assert score["scoreGiven"] == 100.0 and score["scoreMaximum"] == 100
    assert score["activityProgress"] == "Completed" and score["gradingProgress"] == "FullyGraded"
    # No line item came with the link, so the tool made one for it (resource link and quiz).
    [line_item] = platform.line_items.values()
    assert score["lineitem"] == line_item["id"]
    assert line_item["resourceLinkId"] == "link-1" and line_item["label"] == "Transfers check"
    passback.refresh_from_db()
    assert passback.sent_at is not None and passback.tries == 1


def test_grade_passback_goes_to_the_links_own_line_item(launch, platform, quiz):
    lineitem = f"{platform.url}/lineitems/77"
    launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check", lineitem=lineitem))
    user = LtiUser.objects.get(sub="student-7").auth_user
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=timezone.now())

    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())

    assert [(s["lineitem"], s["scoreGiven"]) for s in platform.scores] == [(lineitem, 0.0)]
    assert platform.line_items == {}


def test_a_failed_score_post_is_retried_and_then_sent_once(launch, platform, quiz):
    launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    user = LtiUser.objects.get(sub="student-7").auth_user
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=timezone.now())
    platform.fail_scores = 1

    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())  # the task's first try fails

    passback = ScorePassback.objects.get(attempt=attempt)
    assert platform.scores == [] and passback.sent_at is None and passback.claimed_at is None
    assert "503" in passback.last_error
    assert services.passback_send(passback_id=passback.pk, now=timezone.now()) is True
    assert services.passback_send(passback_id=passback.pk, now=timezone.now()) is False
    assert len(platform.scores) == 1
    passback.refresh_from_db()
    assert passback.tries == 2 and passback.last_error == ""


def test_attempts_without_an_lti_launch_send_nothing(platform, registration, quiz, learner):
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=timezone.now())

    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())

    assert platform.scores == []
    assert not ScorePassback.objects.exists()


def _member(sub, role, status="Active", name=None):
    return {
        "user_id": sub,
        "roles": [role],
        "status": status,
        "name": name or sub.title(),
        "email": f"{sub}@school.example",
    }


def test_instructor_launch_syncs_the_course_roster_into_a_team(launch, platform, quiz, organization):
    platform.members = [
        _member("teacher-1", INSTRUCTOR),
        _member("student-a", LEARNER),
        _member("student-b", LEARNER, status="Inactive"),
    ]

    launch(platform.resource_link(sub="teacher-1", roles=[INSTRUCTOR], target="quiz:transfers-check"))

    team_members = TeamMembership.objects.filter(team__name="OTA 101 Transfers", team__organization=organization)
    roles = dict(team_members.values_list("membership__user__email", "membership__role"))
    assert roles == {"pat@school.example": "learner", "student-a@school.example": "learner"}
    assert list(CourseInstructor.objects.values_list("user__email", flat=True)) == ["pat@school.example"]
    assert not LtiUser.objects.get(sub="student-b").auth_user_id

    # The platform drops student-a: the next sync takes them out of the team, not out of the clinic.
    platform.members = [_member("teacher-1", INSTRUCTOR)]
    context = LtiUser.objects.get(sub="teacher-1").contexts.get()
    result = services.roster_sync(context=context, now=timezone.now())

    assert result.left == 1
    assert list(team_members.values_list("membership__user__email", flat=True)) == ["pat@school.example"]
    student_a = LtiUser.objects.get(sub="student-a").auth_user
    assert Membership.objects.filter(user=student_a, organization=organization, deactivated_at=None).exists()


def test_launch_from_a_platform_not_linked_to_an_organization_is_refused(launch, platform, registration, quiz):
    registration.occupass_link.delete()

    response = launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))

    assert response.status_code == 403
    assert "not linked to an organization" in response.text


def test_jwks_publishes_the_tools_public_key_only(agent, live_server, registration):
    keys = agent.get(f"{live_server.url}/lti/jwks/").json()["keys"]

    assert len(keys) == 1
    assert keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256" and "d" not in keys[0]


def test_instructor_sees_their_courses_results_and_nothing_organization_wide(
    launch, platform, agent, quiz, organization, live_server
):
    platform.members = [_member("teacher-1", INSTRUCTOR), _member("student-a", LEARNER, name="Ana Student")]
    launch(
        platform.resource_link(
            sub="student-a",
            roles=[LEARNER],
            target="quiz:transfers-check",
            name="Ana Student",
            email="ana@school.example",
        )
    )
    student = LtiUser.objects.get(sub="student-a").auth_user
    attempt = quiz_services.attempt_start(user=student, quiz=quiz, now=timezone.now())
    _answer_all_correctly(attempt)
    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())

    framed = launch(
        platform.resource_link(
            sub="teacher-1", roles=[INSTRUCTOR], target="quiz:transfers-check", name="Ida Instructor",
            email="ida@school.example",
        )
    )  # fmt: skip

    results_link = unescape(re.findall(r'href="([^"]+/lti/continue/[^"]+)"', framed.text)[1])
    results = agent.get(results_link)
    assert results.status_code == 200
    assert "/lti/course/" in results.url
    assert "Ana Student" in results.text and "Transfers check" in results.text
    assert "100% · passed" in results.text and "1 attempt" in results.text
    assert "Ida Instructor" not in results.text.split("<tbody>")[1]  # instructors are not listed as learners
    # Nothing organization-wide: no people pages, no content editing.
    assert agent.get(f"{live_server.url}/manage/riverside/").status_code == 404
    admin = agent.get(f"{live_server.url}/admin/", allow_redirects=False)
    assert admin.status_code == 302 and "login" in admin.headers["Location"]  # no Wagtail admin access


def test_another_courses_instructor_and_learners_cannot_see_a_courses_results(
    launch, platform, agent, quiz, live_server
):
    launch(platform.resource_link(sub="teacher-1", roles=[INSTRUCTOR], target="quiz:transfers-check"))
    course = LtiUser.objects.get(sub="teacher-1").contexts.get()
    url = f"{live_server.url}/lti/course/{course.pk}/results/"

    other = launch(
        platform.resource_link(
            sub="teacher-2", roles=[INSTRUCTOR], target="quiz:transfers-check", context_id="course-2"
        )
    )
    agent.get(_handoff(other))
    assert agent.get(url).status_code == 404

    agent.cookies.clear()
    learner = launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    agent.get(_handoff(learner))
    assert agent.get(url).status_code == 404


@pytest.mark.django_db
def test_course_results_take_the_same_queries_for_one_learner_or_many(django_assert_num_queries, organization, quiz):
    from lti_tool.models import LtiContext, LtiDeployment, LtiRegistration, LtiResourceLink

    from lms import services as lms_services
    from quizzes.compliance import services as compliance_services
    from quizzes.lti import selectors
    from tests.factories import UserFactory

    registration = LtiRegistration.objects.create(name="School", issuer="https://lms.school.example", client_id="c")
    deployment = LtiDeployment.objects.create(registration=registration, deployment_id="d", is_active=True)
    context = LtiContext.objects.create(deployment=deployment, id_on_platform="course-9", title="OTA 201")
    link = LtiResourceLink.objects.create(context=context, id_on_platform="link-1")
    team = compliance_services.team_create(organization=organization, name="OTA 201")
    CourseTeam.objects.create(context=context, team=team)

    def add_learner():
        user = UserFactory()
        membership = lms_services.membership_create(user=user, organization=organization, role="learner")
        compliance_services.team_add_member(team=team, membership=membership)
        lti_user = LtiUser.objects.create(registration=registration, sub=f"s-{user.pk}", auth_user=user)
        QuizLaunch.objects.create(
            user=user, lti_user=lti_user, quiz=quiz, resource_link=link, ags={}, launched_at=timezone.now()
        )
        attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=timezone.now())
        quiz_services.attempt_submit(attempt=attempt, now=timezone.now())

    add_learner()
    with django_assert_num_queries(4):
        assert len(selectors.course_results(context=context).rows) == 1
    for _ in range(4):
        add_learner()
    with django_assert_num_queries(4):
        results = selectors.course_results(context=context)
    assert len(results.rows) == 5 and all(row.cells[0]["attempts"] == 1 for row in results.rows)


def test_learner_launch_gives_no_access_to_results(launch, platform, agent, quiz, live_server):
    framed = launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))

    assert "course's results" not in framed.text
    agent.get(_handoff(framed))
    assert agent.get(f"{live_server.url}/manage/riverside/").status_code == 404


def test_a_failed_score_task_enqueues_itself_again_later(launch, platform, quiz, settings):
    launch(platform.resource_link(sub="student-7", roles=[LEARNER], target="quiz:transfers-check"))
    user = LtiUser.objects.get(sub="student-7").auth_user
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=timezone.now())
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = tasks.score_passback_task.get_backend()
    platform.fail_scores = 1

    quiz_services.attempt_submit(attempt=attempt, now=timezone.now())
    passback = ScorePassback.objects.get(attempt=attempt)
    [queued] = backend.results
    assert queued.args == [passback.pk] and platform.scores == []

    before = timezone.now()
    assert tasks.score_passback_task.call(passback.pk) is False  # the platform answers 503

    retry = backend.results[-1]
    assert len(backend.results) == 2 and retry.args == [passback.pk]
    assert retry.task.run_after >= before + datetime.timedelta(minutes=1)
    assert tasks.score_passback_task.call(passback.pk) is True
    assert len(platform.scores) == 1


def test_sync_rosters_command_takes_dropped_people_out_of_their_course_team(launch, platform, quiz, organization):
    platform.members = [_member("teacher-1", INSTRUCTOR), _member("student-a", LEARNER)]
    launch(platform.resource_link(sub="teacher-1", roles=[INSTRUCTOR], target="quiz:transfers-check"))
    platform.members = [_member("teacher-1", INSTRUCTOR)]
    out = StringIO()

    call_command("lti_sync_rosters", stdout=out)

    assert "0 joined, 1 left OTA 101 Transfers" in out.getvalue()
    team = TeamMembership.objects.filter(team__name="OTA 101 Transfers")
    assert list(team.values_list("membership__user__email", flat=True)) == ["pat@school.example"]


def test_login_initiation_may_be_posted(agent, live_server, platform, registration):
    # Canvas posts the login initiation: a cross-site form, exempt from CSRF (nothing is changed).
    response = agent.post(
        f"{live_server.url}/lti/login/",
        data={
            "iss": platform.issuer,
            "login_hint": "x",
            "target_link_uri": f"{live_server.url}/lti/launch/",
            "client_id": platform.client_id,
        },
        allow_redirects=False,
    )

    assert response.status_code == 200
    assert "data-continue-url" in response.text
