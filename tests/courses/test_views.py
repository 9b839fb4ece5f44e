import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import LessonCompletion
from lms import versions
from tests.courses.factories import LearningPathPageFactory, LessonPageFactory, ModulePageFactory


def complete_url(lesson):
    return reverse("courses:lesson-complete", args=[lesson.pk])


# -- reading ------------------------------------------------------------------------------------


def test_home_page_invites_anonymous_visitors_to_sign_in(client, catalog, module):
    path = LearningPathPageFactory(parent=catalog, title="New technician onboarding", modules=[module])

    response = client.get("/")

    assert response.status_code == 200
    assert "Sign in to start learning" in response.text
    assert f'<a href="{path.url}">New technician onboarding</a>' in response.text
    assert "does not replace" in response.text  # the educational-use note


def test_home_page_sends_learners_to_their_dashboard(client_as_learner, catalog):
    response = client_as_learner.get("/")

    assert "Go to your dashboard" in response.text
    assert "Sign in to start learning" not in response.text


def test_catalog_is_readable_anonymously(client, catalog, module, lessons):
    response = client.get(catalog.url)

    assert response.status_code == 200
    assert f'<a href="{module.url}">Safe transfers</a>' in response.text
    assert "3 lessons" in response.text


def test_module_page_is_readable_anonymously_with_sign_in_prompt(client, module, lessons):
    response = client.get(module.url)

    assert response.status_code == 200
    assert "Explain the main idea." in response.text  # learning objective
    assert f'href="{lessons[0].url}"' in response.text
    assert f'href="/accounts/login/?next={module.url}">Sign in</a> to read the lessons' in response.text
    assert "<progress" not in response.text


def test_lesson_page_redirects_anonymous_visitor_to_sign_in(client, lessons):
    response = client.get(lessons[0].url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={lessons[0].url}"


def test_lesson_page_shows_position_neighbours_and_mark_complete(client_as_learner, module, lessons):
    response = client_as_learner.get(lessons[1].url)

    assert response.status_code == 200
    assert "Lesson 2 of 3" in response.text
    assert f'<a rel="prev" href="{lessons[0].url}">' in response.text
    assert f'<a rel="next" href="{lessons[2].url}">' in response.text
    assert f'action="{complete_url(lessons[1])}"' in response.text
    assert "Mark this lesson complete" in response.text


def test_lesson_page_says_when_it_was_completed(client_as_learner, learner, lessons):
    services.lesson_complete(user=learner, lesson=lessons[0])

    response = client_as_learner.get(lessons[0].url)

    assert "You completed this lesson on" in response.text
    assert "Mark this lesson complete" not in response.text
    assert "1 of 3 lessons complete (33%)" in response.text


def test_module_page_shows_each_lesson_state_and_progress(client_as_learner, learner, module, lessons):
    services.lesson_complete(user=learner, lesson=lessons[0])

    response = client_as_learner.get(module.url)

    assert '<progress max="3" value="1"' in response.text
    assert "1 of 3 lessons complete (33%)" in response.text
    assert response.text.count('<span class="status status--done">Completed</span>') == 1
    assert response.text.count('<span class="status status--todo">Not completed</span>') == 2
    assert f"Continue: {lessons[1].title}" in response.text


# -- marking complete ------------------------------------------------------------------------------


def test_mark_complete_records_and_moves_to_next_lesson(client_as_learner, learner, lessons):
    response = client_as_learner.post(complete_url(lessons[0]))

    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=learner, lesson=lessons[0]).count() == 1


def test_mark_complete_twice_keeps_one_record(client_as_learner, learner, lessons):
    client_as_learner.post(complete_url(lessons[0]))
    response = client_as_learner.post(complete_url(lessons[0]))

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_mark_complete_on_last_lesson_returns_to_module(client_as_learner, module, lessons):
    for lesson in lessons[:2]:
        client_as_learner.post(complete_url(lesson))

    response = client_as_learner.post(complete_url(lessons[2]), follow=True)

    assert response.redirect_chain == [(module.url, 302)]
    assert "That was the last lesson in this module." in response.text


def test_mark_complete_goes_to_the_next_incomplete_lesson_not_a_completed_one(client_as_learner, lessons):
    client_as_learner.post(complete_url(lessons[1]))

    response = client_as_learner.post(complete_url(lessons[0]), follow=True)

    assert response.redirect_chain == [(lessons[2].url, 302)]
    assert f"Next: {lessons[2].title}." in response.text


def test_mark_complete_on_the_last_lesson_wraps_round_to_an_earlier_incomplete_one(client_as_learner, lessons):
    response = client_as_learner.post(complete_url(lessons[2]), follow=True)

    assert response.redirect_chain == [(lessons[0].url, 302)]


def test_mark_complete_of_every_lesson_leads_to_the_assessment(client_as_learner, module, lessons):
    from quizzes.models import Quiz
    from tests.quizzes.factories import quiz_with_items

    quiz = quiz_with_items(1, module=module, kind=Quiz.Kind.ASSESSMENT, slug="transfers-check")
    for lesson in lessons[:2]:
        client_as_learner.post(complete_url(lesson))

    response = client_as_learner.post(complete_url(lessons[2]))

    assert response.url == f"/quiz/{quiz.slug}/"
    page = client_as_learner.get(lessons[2].url).content.decode()
    assert "Take the assessment" in page
    module_page = client_as_learner.get(module.url).content.decode()
    assert 'data-main-action="assessment"' in module_page


def test_signed_out_lesson_redirect_says_why(client, lessons):
    response = client.get(lessons[0].url, follow=True)

    assert "Sign in to read this lesson." in response.content.decode()


def test_mark_complete_requires_post(client_as_learner, lessons):
    assert client_as_learner.get(complete_url(lessons[0])).status_code == 405


def test_mark_complete_requires_sign_in(client, lessons):
    response = client.post(complete_url(lessons[0]))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert LessonCompletion.objects.count() == 0


def test_mark_complete_of_draft_lesson_is_not_found(client_as_learner, module):
    draft = LessonPageFactory(parent=module, live=False)

    assert client_as_learner.post(complete_url(draft)).status_code == 404


# -- prerequisites -------------------------------------------------------------------------------------


@pytest.fixture
def locked_module(catalog, module, lessons):
    later = ModulePageFactory(parent=catalog, title="Sliding boards")
    later.prerequisites.add(module)
    later.save()
    LessonPageFactory(parent=later, title="Board placement")
    return later


def test_module_page_names_prerequisites_to_complete_first(client_as_learner, locked_module, module):
    response = client_as_learner.get(locked_module.url)

    assert "This module's lessons are locked." in response.text
    assert f'Complete this module first:\n    <a href="{module.url}">Safe transfers</a>.' in response.text
    assert '<span class="status status--locked">Locked</span>' in response.text


def test_locked_lesson_is_forbidden_with_the_same_message(client_as_learner, locked_module, module):
    lesson = locked_module.get_children().get().specific

    response = client_as_learner.get(lesson.url)

    assert response.status_code == 403
    assert f'<a href="{module.url}">Safe transfers</a>' in response.text
    assert "Mark this lesson complete" not in response.text


def test_mark_complete_in_locked_module_explains_and_records_nothing(client_as_learner, locked_module):
    lesson = locked_module.get_children().get().specific

    response = client_as_learner.post(complete_url(lesson), follow=True)

    assert "Complete these modules first: Safe transfers" in response.text
    assert LessonCompletion.objects.count() == 0


def test_prerequisite_lock_lifts_when_prerequisite_lessons_are_done(
    client_as_learner, learner, locked_module, lessons
):
    for lesson in lessons:
        services.lesson_complete(user=learner, lesson=lesson)

    response = client_as_learner.get(locked_module.get_children().get().url)

    assert response.status_code == 200
    assert "Mark this lesson complete" in response.text


# -- catalog filters ----------------------------------------------------------------------------------


@pytest.fixture
def filter_catalog(catalog):
    transfers = ModulePageFactory(parent=catalog, title="Transfers", topic="transfers")
    hygiene = ModulePageFactory(parent=catalog, title="Hand hygiene", topic="infection-control", pdu_eligible=False)
    ethics = ModulePageFactory(parent=catalog, title="Scope of practice", topic="ethics")
    LearningPathPageFactory(parent=catalog, modules=[transfers, hygiene], required_for_onboarding=True)
    return catalog, {"transfers": transfers, "hygiene": hygiene, "ethics": ethics}


def module_titles(response):
    return [item.module.title for item in response.context["modules"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["Transfers", "Hand hygiene", "Scope of practice"]),
        ({"topic": "ethics"}, ["Scope of practice"]),
        ({"ce_eligible": "on"}, ["Transfers", "Scope of practice"]),
        ({"required": "on"}, ["Transfers", "Hand hygiene"]),
        ({"required": "on", "ce_eligible": "on"}, ["Transfers"]),
    ],
)
def test_catalog_filters_by_get_parameters(client, filter_catalog, query, expected):
    catalog, _ = filter_catalog

    response = client.get(catalog.url, query)

    assert module_titles(response) == expected


def test_catalog_marks_required_and_compliance_modules(client, filter_catalog):
    catalog, _ = filter_catalog

    response = client.get(catalog.url)

    # two modules and the path itself
    assert response.text.count('<li class="tag tag--required">Required for onboarding</li>') == 3
    assert "Compliance training · not PDU-eligible" in response.text


def test_catalog_with_unknown_topic_explains_and_lists_everything(client, filter_catalog):
    catalog, _ = filter_catalog

    response = client.get(catalog.url, {"topic": "astrology"})

    assert response.status_code == 200
    assert "Select a valid choice." in response.text
    assert len(module_titles(response)) == 3


def test_catalog_with_no_matches_offers_to_clear_filters(client, catalog):
    ModulePageFactory(parent=catalog, topic="transfers")

    response = client.get(catalog.url, {"topic": "ethics"})

    assert "No modules match these filters." in response.text
    assert f'<a href="{catalog.url}">Show all modules</a>' in response.text


# -- query counts ---------------------------------------------------------------------------------------


def get_twice(client, url):
    """Warm per-process caches (content types, site root paths) so only per-request work is counted."""
    client.get(url)
    return url


def main_of(response) -> str:
    """The page's <main>, with the CSRF tokens of its forms left out: they are masked per response."""
    html = response.content.decode()
    return re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]+"', "", html[html.index('<main id="main"') : html.index("</main>")]
    )


@pytest.mark.parametrize("module_count", [2, 30])
def test_catalog_query_count_is_constant(client_as_learner, learner, catalog, module_count, django_assert_num_queries):
    modules = [ModulePageFactory(parent=catalog) for _ in range(module_count)]
    for module in modules:
        services.lesson_complete(user=learner, lesson=LessonPageFactory(parent=module))
    LearningPathPageFactory(parent=catalog, modules=modules[:2], required_for_onboarding=True)
    url = get_twice(client_as_learner, catalog.url)
    versions.bump_users([learner.pk])  # the body is cached now: count a miss's work

    # Wagtail serving (0): the site and home page are cached by CachedSiteMiddleware, the catalog
    #   page for its path by HomePage.route's structure cache, and that it has no view
    #   restrictions by CachedRestrictionsMixin; auth (1): the user (the session is cached); ours
    #   (1): this learner's completions (the modules, paths and lessons are in the structure
    #   cache, warmed by get_twice); the nav's roles are cached per user too. No user bar.
    with django_assert_num_queries(2):
        response = client_as_learner.get(url)

    assert 'class="card-list"' in response.content.decode()
    with django_assert_num_queries(1):  # unchanged progress: the cached body; only the user is read
        again = client_as_learner.get(url)
    assert main_of(again) == main_of(response)


@pytest.mark.parametrize("lesson_count", [2, 15])
def test_module_page_query_count_is_constant(
    client_as_learner, learner, catalog, lesson_count, django_assert_num_queries
):
    prerequisite = ModulePageFactory(parent=catalog)
    LessonPageFactory(parent=prerequisite)
    module = ModulePageFactory(parent=catalog)
    module.prerequisites.add(prerequisite)
    module.save()
    lessons = [LessonPageFactory(parent=module) for _ in range(lesson_count)]
    services.lesson_complete(user=learner, lesson=prerequisite.get_children().get().specific)
    url = get_twice(client_as_learner, module.url)
    services.lesson_complete(user=learner, lesson=lessons[0])

    # Wagtail serving (0): site, home, the module for its path and its lack of view restrictions
    #   are cached; auth (1): the user; ours (5): assessments, completions, completed
    #   prerequisites, the learner's module completion and certificate, the breadcrumb's catalog
    #   (prerequisites and lessons are cached structure); the nav's roles are cached per user.
    #   The lesson completion above bumped the learner's progress version: this is a miss.
    with django_assert_num_queries(6):
        response = client_as_learner.get(url)

    assert response.context["progress"].total == lesson_count
    with django_assert_num_queries(1):  # unchanged progress: the cached body; only the user is read
        again = client_as_learner.get(url)
    assert main_of(again) == main_of(response)


@pytest.mark.parametrize("lesson_count", [2, 15])
def test_lesson_page_query_count_is_constant(
    client_as_learner, learner, module, lesson_count, django_assert_num_queries
):
    lessons = [LessonPageFactory(parent=module) for _ in range(lesson_count)]
    url = get_twice(client_as_learner, lessons[1].url)
    versions.bump_users([learner.pk])  # the body is cached now: count a miss's work

    # Wagtail serving (0): site, home, the lesson for its path and its lack of view restrictions
    #   are cached; auth (1): the user; ours (1): completions (the module, its lessons, its
    #   prerequisites and the breadcrumb's catalog are cached structure); the nav's roles are
    #   cached per user.
    with django_assert_num_queries(2):
        response = client_as_learner.get(url)

    assert response.context["position"] == 2
    with django_assert_num_queries(1):  # unchanged progress: the cached body; only the user is read
        again = client_as_learner.get(url)
    assert main_of(again) == main_of(response)


def test_dashboard_query_count_does_not_grow_with_started_modules(client_as_learner, learner, catalog):
    """The dashboard is shared with the progress app, so this compares 1 and 10 started modules
    instead of pinning a number that other panels change."""
    url = reverse("lms:dashboard")

    def start_modules(count):
        for _ in range(count):
            module = ModulePageFactory(parent=catalog)
            services.lesson_complete(user=learner, lesson=LessonPageFactory(parent=module))
            LessonPageFactory(parent=module)

    def queries_for_dashboard():
        client_as_learner.get(url)  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            response = client_as_learner.get(url)
        return len(captured), response

    start_modules(1)
    one, _ = queries_for_dashboard()
    start_modules(9)
    ten, response = queries_for_dashboard()

    assert ten == one
    assert response.text.count("1 of 2 lessons complete (50%)") == 10


# -- dashboard ------------------------------------------------------------------------------------------


def test_dashboard_lists_modules_in_progress(client_as_learner, learner, module, lessons):
    services.lesson_complete(user=learner, lesson=lessons[0])

    response = client_as_learner.get(reverse("lms:dashboard"))

    assert "Your modules" in response.text
    assert f'<a href="{module.url}">Safe transfers</a>' in response.text
    assert "1 of 3 lessons complete (33%)" in response.text
    assert f'href="{lessons[1].url}"' in response.text  # continue where you left off


def test_dashboard_without_progress_points_to_catalog(client_as_learner, catalog):
    response = client_as_learner.get(reverse("lms:dashboard"))

    assert "You have not started a module yet." in response.text


# -- search -----------------------------------------------------------------------------------------------


def test_search_finds_lesson_text(client, module):
    LessonPageFactory(
        parent=module,
        title="Gait belts",
        body=[{"type": "rich_text", "value": "<p>Grip the belt underhand, slightly behind the client.</p>"}],
    )
    LessonPageFactory(parent=module, title="Wheelchairs")

    response = client.get(reverse("courses:search"), {"q": "underhand"})

    assert response.status_code == 200
    assert [result.title for result in response.context["page_obj"]] == ["Gait belts"]
    assert "1 result for “underhand”." in response.text


def test_search_hides_drafts(client, module):
    LessonPageFactory(parent=module, title="Draft on underhand grip", live=False)

    response = client.get(reverse("courses:search"), {"q": "underhand"})

    assert "No lessons or modules match “underhand”." in response.text


def test_search_without_query_shows_only_the_form(client, db):
    response = client.get(reverse("courses:search"))

    assert response.status_code == 200
    assert response.context["page_obj"] is None
    assert 'role="search"' in response.text


def test_the_wagtail_userbar_shows_for_authors_only(client, learner, reviewer, educator, lessons):
    for user, shown in ((learner, False), (reviewer, True), (educator, True)):
        client.force_login(user)
        html = client.get(lessons[0].url).content.decode()
        assert ("<wagtail-userbar" in html) is shown, user


@pytest.mark.parametrize(
    "query", ['"', '"gait belt', "\x00", "gait\x00belt", "belt*", "NEAR(gait belt)", "a'b", "-", "^gait"]
)
def test_search_with_query_syntax_characters_is_not_an_error(client, module, query):
    LessonPageFactory(parent=module, title="Gait belts")

    response = client.get(reverse("courses:search"), {"q": query})

    assert response.status_code == 200


def test_search_with_an_unclosed_quote_still_finds_the_words(client, module):
    LessonPageFactory(
        parent=module, title="Gait belts", body=[{"type": "rich_text", "value": "<p>Gait belt use.</p>"}]
    )

    response = client.get(reverse("courses:search"), {"q": '"gait belt'})

    assert [result.title for result in response.context["page_obj"]] == ["Gait belts"]
