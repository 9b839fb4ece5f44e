"""Course structure is cached (courses.structure_cache); every edit must show on the next request,
previews must never be cached, and per-visitor parts (CSRF tokens, completions) never shared."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from courses import services, structure_cache
from courses.models import LessonPage
from quizzes.models import Quiz
from tests.courses.factories import LessonPageFactory, ModulePageFactory
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db


def text(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_a_published_lesson_shows_at_once_in_cached_module_structure(client_as_learner, module, lessons):
    assert "Lesson 1 of 3" in text(client_as_learner.get(lessons[0].url))

    draft = LessonPageFactory(parent=module, title="Transfers lesson 4", live=False)
    draft.save_revision().publish()

    assert "Lesson 1 of 4" in text(client_as_learner.get(lessons[0].url))


def test_an_edited_body_replaces_the_cached_one_when_published(client_as_learner, lessons):
    lesson = lessons[0]
    assert "Lesson text." in text(client_as_learner.get(lesson.url))

    lesson.body = [("rich_text", "<p>Check the brakes before every transfer.</p>")]
    lesson.save_revision().publish()

    html = text(client_as_learner.get(lesson.url))
    assert "Check the brakes before every transfer." in html
    assert "Lesson text." not in html


def test_an_unpublished_module_leaves_the_cached_catalog(client_as_learner, catalog, module, lessons):
    other = ModulePageFactory(parent=catalog, title="Hand hygiene basics")
    assert "Hand hygiene basics" in text(client_as_learner.get(catalog.url))

    other.unpublish()

    assert "Hand hygiene basics" not in text(client_as_learner.get(catalog.url))


def test_a_moved_lesson_leaves_its_old_module(client_as_learner, catalog, module, lessons):
    client_as_learner.get(lessons[0].url)
    elsewhere = ModulePageFactory(parent=catalog, title="Elsewhere")

    lessons[2].move(elsewhere, pos="last-child")

    assert "Lesson 1 of 2" in text(client_as_learner.get(lessons[0].url))


def test_a_preview_shows_the_draft_and_leaves_the_live_page_alone(client_as_learner, learner, lessons):
    lesson = lessons[0]
    client_as_learner.get(lesson.url)  # the live body is now cached
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = [("rich_text", "<p>Unpublished wording.</p>")]

    preview = draft.make_preview_request(extra_request_attrs={"user": learner})

    assert "Unpublished wording." in preview.content.decode()
    live = text(client_as_learner.get(lesson.url))
    assert "Lesson text." in live and "Unpublished wording." not in live


def test_each_learner_sees_their_own_completions_on_cached_structure(client, module, lessons):
    first, second = UserFactory(), UserFactory()
    services.lesson_complete(user=first, lesson=lessons[0])

    client.force_login(first)
    assert "You completed this lesson on" in text(client.get(lessons[0].url))
    client.force_login(second)
    assert "Mark this lesson complete" in text(client.get(lessons[0].url))


@pytest.fixture
def lesson_with_check(module):
    check = fixed_quiz([QuestionFactory(qtype="single")], kind=Quiz.Kind.KNOWLEDGE_CHECK, slug="brakes-check")
    body = [
        {"type": "rich_text", "value": "<p>Before the check.</p>"},
        {"type": "knowledge_check", "value": {"heading": "Check", "quiz": check.slug}},
        {"type": "rich_text", "value": "<p>After the check.</p>"},
    ]
    return LessonPageFactory(parent=module, title="With a check", body=body), check


def test_knowledge_check_forms_carry_each_visitors_own_csrf_token(lesson_with_check):
    """The text around a knowledge check is cached; the check's form is not, so a second learner's
    form posts with their own token instead of the first learner's."""
    lesson, check = lesson_with_check
    for user in (UserFactory(), UserFactory()):
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(user)
        html = text(browser.get(lesson.url))
        assert html.index("Before the check.") < html.index('name="v"') < html.index("After the check.")
        form = html[html.index(reverse("quizzes:knowledge-check", args=[check.slug])) :]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)

        response = browser.post(
            reverse("quizzes:knowledge-check", args=[check.slug]), {"csrfmiddlewaretoken": token, "v": []}
        )

        assert response.status_code != 403


def test_the_generation_changes_on_every_page_save(module):
    before = structure_cache.generation()
    module.title = "Renamed"
    module.save()
    assert structure_cache.generation() != before


def test_cached_values_are_rebuilt_after_a_bump():
    calls = []

    def build():
        calls.append(1)
        return len(calls)

    assert structure_cache.cached("probe", "a b (c)", build=build) == 1
    assert structure_cache.cached("probe", "a b (c)", build=build) == 1
    structure_cache.bump()
    assert structure_cache.cached("probe", "a b (c)", build=build) == 2


# ------------------------------------------------------------------------------------ routing


def test_deep_urls_resolve_to_the_same_page_as_wagtails_walk(client_as_learner, catalog, module, lessons):
    response = client_as_learner.get(lessons[1].url)

    assert response.context["page"] == lessons[1]
    assert isinstance(response.context["page"], LessonPage)


def test_unknown_and_unpublished_pages_are_404(client_as_learner, module, lessons):
    hidden = LessonPageFactory(parent=module, title="Hidden", live=False)

    assert client_as_learner.get(module.url + "no-such-lesson/").status_code == 404
    assert client_as_learner.get(module.url + hidden.slug + "/").status_code == 404
    assert client_as_learner.get(lessons[0].url + "extra/").status_code == 404


def test_the_site_is_cached_and_a_changed_site_is_picked_up(client_as_learner, catalog, lessons):
    from wagtail.models import Site

    client_as_learner.get(lessons[0].url)  # caches the site with its root page
    site = Site.objects.get()
    site.site_name = "Riverside Clinic training"
    site.save()

    response = client_as_learner.get(lessons[0].url)

    assert response.status_code == 200
    assert Site.find_for_request(response.wsgi_request).site_name == "Riverside Clinic training"


def test_the_page_for_a_path_is_routed_from_the_cache_and_an_unpublished_one_404s_at_once(client_as_learner, lessons):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lesson = lessons[1]
    text(client_as_learner.get(lesson.url))
    with CaptureQueriesContext(connection) as queries:
        text(client_as_learner.get(lesson.url))
    assert not [q for q in queries.captured_queries if '"wagtailcore_page"."url_path" =' in q["sql"]]

    lesson.unpublish()

    assert client_as_learner.get(lesson.url).status_code == 404
    assert client_as_learner.get(lesson.url + "nothing-here/").status_code == 404
