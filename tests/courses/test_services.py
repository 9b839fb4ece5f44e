import datetime

import pytest
import time_machine

from courses import services
from courses.models import LessonCompletion
from tests.courses.factories import LessonPageFactory, ModulePageFactory


def test_lesson_complete_records_completion(learner, lessons):
    completion = services.lesson_complete(user=learner, lesson=lessons[0])

    assert completion.user == learner
    assert completion.lesson.pk == lessons[0].pk
    assert LessonCompletion.objects.count() == 1


def test_lesson_complete_twice_keeps_first_record(learner, lessons):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False):
        first = services.lesson_complete(user=learner, lesson=lessons[0])
    with time_machine.travel(datetime.datetime(2026, 3, 9, 9, 0, tzinfo=datetime.UTC), tick=False):
        second = services.lesson_complete(user=learner, lesson=lessons[0])

    assert second.pk == first.pk
    assert second.completed_at == datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_lesson_complete_refuses_locked_module_naming_prerequisites(learner, catalog, module, lessons):
    later = ModulePageFactory(parent=catalog, title="Sliding boards")
    later.prerequisites.add(module)
    later.save()
    later_lesson = LessonPageFactory(parent=later)

    with pytest.raises(services.ModuleLockedError) as error:
        services.lesson_complete(user=learner, lesson=later_lesson)

    assert error.value.modules == [module]
    assert str(error.value) == "Complete these modules first: Safe transfers"
    assert LessonCompletion.objects.count() == 0


def test_lesson_complete_opens_once_prerequisite_is_complete(learner, catalog, module, lessons):
    later = ModulePageFactory(parent=catalog, title="Sliding boards")
    later.prerequisites.add(module)
    later.save()
    later_lesson = LessonPageFactory(parent=later)
    for lesson in lessons:
        services.lesson_complete(user=learner, lesson=lesson)

    services.lesson_complete(user=learner, lesson=later_lesson)

    assert LessonCompletion.objects.filter(user=learner).count() == 4


def test_lesson_complete_refuses_unpublished_lesson(learner, module):
    draft = LessonPageFactory(parent=module, live=False)

    with pytest.raises(ValueError, match="published"):
        services.lesson_complete(user=learner, lesson=draft)
