import pytest
from django.core.cache import cache

from courses import selectors, services
from tests.courses.factories import LearningPathPageFactory, LessonPageFactory, ModulePageFactory
from tests.factories import UserFactory


def complete(user, *lessons):
    for lesson in lessons:
        services.lesson_complete(user=user, lesson=lesson)


def test_module_progress_counts_completed_lessons(learner, module, lessons):
    complete(learner, lessons[1])

    progress = selectors.module_progress(user=learner, module=module)

    assert progress.total == 3
    assert progress.completed_count == 1
    assert progress.percent == 33
    assert [state.completed for state in progress.lessons] == [False, True, False]
    assert progress.resume_lesson.pk == lessons[0].pk
    assert progress.lessons_done is False


def test_module_progress_ignores_other_learners_and_drafts(learner, module, lessons):
    complete(UserFactory(), *lessons)
    LessonPageFactory(parent=module, live=False)

    progress = selectors.module_progress(user=learner, module=module)

    assert progress.total == 3
    assert progress.completed_count == 0


def test_module_progress_for_anonymous_visitor_lists_lessons_without_queries_for_completions(
    module, lessons, django_assert_num_queries
):
    from django.contrib.auth.models import AnonymousUser

    with django_assert_num_queries(1):
        progress = selectors.module_progress(user=AnonymousUser(), module=module)

    assert [state.lesson.pk for state in progress.lessons] == [lesson.pk for lesson in lessons]
    assert progress.completed_count == 0


@pytest.mark.parametrize("module_count", [1, 8])
def test_modules_progress_for_user_runs_two_queries(learner, catalog, module_count, django_assert_num_queries):
    modules = [ModulePageFactory(parent=catalog) for _ in range(module_count)]
    for module in modules:
        complete(learner, LessonPageFactory(parent=module))
        LessonPageFactory(parent=module)

    # 1. published lessons of all the modules; 2. this learner's completions among them
    with django_assert_num_queries(2):
        progress = selectors.modules_progress_for_user(user=learner, modules=modules)

    assert [(item.completed_count, item.total) for item in progress.values()] == [(1, 2)] * module_count


def test_modules_completed_needs_every_lesson(learner, catalog, module, lessons):
    empty = ModulePageFactory(parent=catalog, title="No lessons yet")
    complete(learner, *lessons[:2])
    assert selectors.modules_completed(user=learner, modules=[module, empty]) == set()

    complete(learner, lessons[2])

    assert selectors.modules_completed(user=learner, modules=[module, empty]) == {module.pk}


def test_module_locked_by_names_incomplete_prerequisites_in_catalog_order(learner, catalog, module, lessons):
    other = ModulePageFactory(parent=catalog, title="Therapy equipment")
    LessonPageFactory(parent=other)
    advanced = ModulePageFactory(parent=catalog, title="Advanced transfers")
    advanced.prerequisites.add(other, module)
    advanced.save()

    assert selectors.module_locked_by(user=learner, module=advanced) == [module, other]

    complete(learner, *lessons)

    assert selectors.module_locked_by(user=learner, module=advanced) == [other]


def test_module_locked_by_ignores_unpublished_prerequisites(learner, catalog, module):
    draft = ModulePageFactory(parent=catalog, live=False)
    module.prerequisites.add(draft)
    module.save()

    assert selectors.module_locked_by(user=learner, module=module) == []


def test_lesson_detail_gives_position_and_neighbours(learner, module, lessons):
    detail = selectors.lesson_detail(user=learner, lesson=lessons[1])

    assert detail["module"].pk == module.pk
    assert detail["position"] == 2
    assert detail["progress"].total == 3
    assert detail["previous_lesson"].pk == lessons[0].pk
    assert detail["next_lesson"].pk == lessons[2].pk
    assert detail["locked_by"] == []


def test_lesson_detail_first_and_last_lessons_have_one_neighbour(learner, module, lessons):
    first = selectors.lesson_detail(user=learner, lesson=lessons[0])
    last = selectors.lesson_detail(user=learner, lesson=lessons[2])

    assert (first["previous_lesson"], first["next_lesson"].pk) == (None, lessons[1].pk)
    assert (last["previous_lesson"].pk, last["next_lesson"]) == (lessons[1].pk, None)


def test_lesson_next_skips_drafts(module, lessons):
    LessonPageFactory(parent=module, live=False)

    assert selectors.lesson_next(lesson=lessons[1]).pk == lessons[2].pk
    assert selectors.lesson_next(lesson=lessons[2]) is None


@pytest.mark.parametrize("module_count", [1, 10])
def test_modules_started_by_runs_four_queries(learner, catalog, module_count, django_assert_num_queries):
    for _ in range(module_count):
        module = ModulePageFactory(parent=catalog)
        complete(learner, LessonPageFactory(parent=module))

    cache.clear()
    # completed lesson paths, their modules, the modules' lessons, this learner's completions
    with django_assert_num_queries(4):
        started = selectors.modules_started_by(user=learner)
    # the modules and their lessons are structure: the second time they come from the cache
    with django_assert_num_queries(2):
        again = selectors.modules_started_by(user=learner)

    assert len(started) == module_count
    assert [item.module.pk for item in again] == [item.module.pk for item in started]


def test_modules_started_by_lists_only_started_modules(learner, catalog, module, lessons):
    untouched = ModulePageFactory(parent=catalog)
    LessonPageFactory(parent=untouched)
    complete(learner, lessons[0])

    started = selectors.modules_started_by(user=learner)

    assert [(item.module.pk, item.completed_count, item.total) for item in started] == [(module.pk, 1, 3)]


def test_catalog_modules_filters_by_topic_credit_and_onboarding(catalog):
    transfers = ModulePageFactory(parent=catalog, topic="transfers")
    hygiene = ModulePageFactory(parent=catalog, topic="infection-control", pdu_eligible=False)
    ethics = ModulePageFactory(parent=catalog, topic="ethics")
    LearningPathPageFactory(parent=catalog, modules=[transfers, hygiene], required_for_onboarding=True)
    LearningPathPageFactory(parent=catalog, modules=[ethics], required_for_onboarding=False)

    def slugs(**filters):
        return [module.pk for module in selectors.catalog_modules(catalog=catalog, **filters)]

    assert slugs() == [transfers.pk, hygiene.pk, ethics.pk]
    assert slugs(topic="ethics") == [ethics.pk]
    assert slugs(ce_eligible=True) == [transfers.pk, ethics.pk]
    assert slugs(required=True) == [transfers.pk, hygiene.pk]
    assert slugs(required=True, ce_eligible=True) == [transfers.pk]


def test_catalog_modules_hides_drafts_and_private_modules(catalog):
    from wagtail.models import PageViewRestriction

    visible = ModulePageFactory(parent=catalog)
    ModulePageFactory(parent=catalog, live=False)
    private = ModulePageFactory(parent=catalog)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert list(selectors.catalog_modules(catalog=catalog)) == [visible]


def test_home_featured_paths_fall_back_to_every_published_path(home_page, catalog, module):
    first = LearningPathPageFactory(parent=catalog, modules=[module])
    second = LearningPathPageFactory(parent=catalog, modules=[module])

    assert selectors.home_featured_paths(home=home_page) == [first, second]

    home_page.featured_paths.create(path=second, sort_order=0)

    assert selectors.home_featured_paths(home=home_page) == [second]
