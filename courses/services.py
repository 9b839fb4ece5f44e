"""State changes for course progress. One function owns one change."""

from django.db import transaction
from django.utils import timezone

from courses import seams, selectors
from courses.models import LessonCompletion, LessonPage, ModulePage
from lms.db import retry_when_sqlite_locked


class ModuleLockedError(Exception):
    """The learner has not completed the module's prerequisites yet."""

    def __init__(self, modules: list[ModulePage]):
        self.modules = modules
        super().__init__("Complete these modules first: " + ", ".join(module.title for module in modules))


@retry_when_sqlite_locked
@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> LessonCompletion:
    """Record that the learner finished a lesson.

    Idempotent: marking a lesson complete again returns the first record unchanged, so a double
    click or a resubmitted form never moves the completion date. Raises ModuleLockedError while the
    module's prerequisites are incomplete.
    """
    if not lesson.live:
        raise ValueError("Only a published lesson can be marked complete.")
    module = selectors.lesson_module(lesson=lesson)
    if module is not None:
        locked_by = selectors.module_locked_by(user=user, module=module)
        if locked_by:
            raise ModuleLockedError(locked_by)
    completion, created = LessonCompletion.objects.get_or_create(user=user, lesson=lesson)
    if module is not None:
        seams.call(
            "lesson_completed",
            user=user,
            lesson=lesson,
            module=module,
            completion=completion,
            created=created,
            now=timezone.now(),
        )
    return completion
