"""Reads for course pages and for other apps (the quiz app's progress and goals use these).

Every function runs a fixed number of queries however many modules or lessons it covers; the
counts are asserted in ``tests/courses/test_views.py``.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Left, Length
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from courses import credit_check, seams, structure_cache
from courses.models import (
    CatalogPage,
    HomePage,
    LearningPathModule,
    LearningPathPage,
    LessonCompletion,
    LessonPage,
    ModulePage,
    SkillsChecklistPage,
)

# Wagtail's tree stores a page's ancestry in `path`, four characters per level; a lesson's parent
# module is the lesson's path minus its last step.
STEPLEN = Page.steplen


@dataclass(frozen=True)
class LessonState:
    lesson: LessonPage
    completed_at: datetime | None = None

    @property
    def completed(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class ModuleProgress:
    """One learner's progress through one module's published lessons, in teaching order."""

    module: ModulePage
    lessons: tuple[LessonState, ...]

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def completed_count(self) -> int:
        return sum(1 for state in self.lessons if state.completed)

    @property
    def percent(self) -> int:
        return round(100 * self.completed_count / self.total) if self.total else 0

    @property
    def started(self) -> bool:
        return self.completed_count > 0

    @property
    def lessons_done(self) -> bool:
        """Every published lesson is complete (a module with no lessons is never done)."""
        return bool(self.total) and self.completed_count == self.total

    @property
    def resume_lesson(self) -> LessonPage | None:
        """Where to carry on reading: the first lesson not yet complete (or the first lesson)."""
        for state in self.lessons:
            if not state.completed:
                return state.lesson
        return self.lessons[0].lesson if self.lessons else None

    def index_of(self, lesson: Page) -> int | None:
        for index, state in enumerate(self.lessons):
            if state.lesson.pk == lesson.pk:
                return index
        return None


def module_checklists(*, module: ModulePage) -> list[SkillsChecklistPage]:
    """The module's published skills checklists in tree order (one query, none when cached)."""
    return structure_cache.cached(
        "module-checklists",
        module.path,
        build=lambda: list(SkillsChecklistPage.objects.child_of(module).live().defer_streamfields().order_by("path")),
    )


def module_lessons(*, modules: Sequence[ModulePage]) -> QuerySet[LessonPage]:
    """Published lessons of the given modules in tree order, annotated with `parent_path`."""
    return (
        LessonPage.objects.live()
        .defer_streamfields()
        .annotate(parent_path=Left("path", Length("path") - STEPLEN))
        .filter(parent_path__in=[module.path for module in modules])
        .order_by("path")
    )


def modules_progress_for_user(*, user, modules: Iterable[ModulePage]) -> dict[int, ModuleProgress]:
    """Progress for each module, keyed by module id.

    Two queries (lessons, then the learner's completions); one for anonymous visitors. The lessons
    come from the structure cache when it has them.
    """
    modules = list(modules)
    if not modules:
        return {}
    paths = sorted(module.path for module in modules)
    lessons = structure_cache.cached("module-lessons", *paths, build=lambda: list(module_lessons(modules=modules)))
    completed_at = {}
    if lessons and user.is_authenticated:
        completed_at = dict(
            LessonCompletion.objects.filter(user=user, lesson__in=[lesson.pk for lesson in lessons]).values_list(
                "lesson_id", "completed_at"
            )
        )
    by_path: dict[str, list[LessonState]] = {module.path: [] for module in modules}
    for lesson in lessons:
        by_path[lesson.parent_path].append(LessonState(lesson=lesson, completed_at=completed_at.get(lesson.pk)))
    return {module.pk: ModuleProgress(module=module, lessons=tuple(by_path[module.path])) for module in modules}


def module_progress(*, user, module: ModulePage) -> ModuleProgress:
    """One learner's progress through one module (two queries; one when anonymous)."""
    return modules_progress_for_user(user=user, modules=[module])[module.pk]


def modules_completed(*, user, modules: Iterable[ModulePage]) -> set[int]:
    """Ids of the modules this learner has a current completion of (one query).

    A module is complete when every lesson is done and its assessment passed; the progress service
    records that once as a ModuleCompletion, which expires for annual compliance modules.
    """
    return seams.call("modules_completed", user=user, modules=list(modules), now=timezone.now())


def module_prerequisites(*, module: ModulePage, use_cache: bool = False) -> list[ModulePage]:
    """The module's published prerequisites, in catalog order (one query, none when cached).

    `use_cache` only for the saved module: a preview's prerequisites are unsaved form data.
    """

    def build():
        return sorted((pre for pre in module.prerequisites.all() if pre.live), key=_tree_order)

    return structure_cache.cached("module-prerequisites", module.pk, build=build) if use_cache else build()


def module_locked_by(*, user, module: ModulePage, prerequisites: list[ModulePage] | None = None) -> list[ModulePage]:
    """Prerequisites this learner has still to complete before the module's lessons open.

    Empty when the module is open. Anonymous visitors are not "locked" (they must sign in first).
    """
    if prerequisites is None:
        prerequisites = module_prerequisites(module=module)
    if not prerequisites or not user.is_authenticated:
        return []
    done = modules_completed(user=user, modules=prerequisites)
    return [prerequisite for prerequisite in prerequisites if prerequisite.pk not in done]


def module_overview(*, user, module: ModulePage, preview: bool = False) -> dict:
    """Template context for a module page: lesson states, overall progress and any lock."""
    prerequisites = module_prerequisites(module=module, use_cache=not preview)
    assessments = seams.call("module_assessments", user=user, module=module)
    progress = module_progress(user=user, module=module)
    standing = (
        seams.call("module_standing", user=user, module=module, now=timezone.now())
        if user.is_authenticated and not preview
        else None
    )
    return {
        "assessments": assessments,
        "checklists": module_checklists(module=module) if module.pk and not preview else [],
        "progress": progress,
        "prerequisites": prerequisites,
        "locked_by": module_locked_by(user=user, module=module, prerequisites=prerequisites),
        "standing": standing,
        "main_action": module_main_action(progress=progress, assessments=assessments, standing=standing),
    }


@dataclass(frozen=True)
class MainAction:
    label: str
    url: str
    kind: str  # "start", "continue", "assessment", "review"


def module_main_action(*, progress: ModuleProgress, assessments, standing) -> MainAction | None:
    """The module page's one main button, matching the learner's next step: start or continue the
    lessons, then take (or resume) the assessment not yet passed, and once the module is complete,
    look back over the lessons."""
    if not progress.lessons:
        return None
    if not progress.lessons_done:
        lesson = progress.resume_lesson
        if progress.started:
            return MainAction(label=f"Continue: {lesson.title}", url=lesson.url, kind="continue")
        return MainAction(label="Start the first lesson", url=lesson.url, kind="start")
    pending = next((standing_ for standing_ in assessments if not standing_.passed), None)
    if pending is not None and not (standing and standing.completion):
        label = "Resume the assessment" if pending.in_progress else "Take the assessment"
        return MainAction(label=label, url=reverse("quizzes:quiz-detail", args=[pending.quiz.slug]), kind="assessment")
    return MainAction(label="Review the first lesson", url=progress.lessons[0].lesson.url, kind="review")


def lesson_detail(*, user, lesson: LessonPage, preview: bool = False) -> dict:
    """Template context for a lesson: its module and catalog, "lesson 2 of 4", neighbours, state and
    lock. The module, its lessons and prerequisites come from the structure cache; the learner's
    completions are read every time. A preview (possibly of a page not yet in the tree) is never cached."""
    if preview:
        module, catalog = _module_and_parent(lesson=lesson)
    else:
        module, catalog = structure_cache.cached(
            "lesson-module", lesson.path, build=lambda: _module_and_parent(lesson=lesson)
        )
    if module is None:  # only reachable for pages moved outside a module in the shell
        return {"module": None, "progress": None, "position": None, "locked_by": []}
    progress = module_progress(user=user, module=module)
    index = progress.index_of(lesson)
    prerequisites = module_prerequisites(module=module, use_cache=True)
    take_assessment = None
    if progress.lessons_done and user.is_authenticated:
        # Only once every lesson is done (two queries then, none before).
        take_assessment = next(
            (a for a in seams.call("module_assessments", user=user, module=module) if not a.passed), None
        )
    return {
        "take_assessment": take_assessment,
        "module": module,
        "catalog": catalog,
        "progress": progress,
        "position": None if index is None else index + 1,
        "lesson_state": None if index is None else progress.lessons[index],
        "previous_lesson": progress.lessons[index - 1].lesson if index else None,
        "next_lesson": (
            progress.lessons[index + 1].lesson if index is not None and index + 1 < progress.total else None
        ),
        "locked_by": module_locked_by(user=user, module=module, prerequisites=prerequisites),
    }


def _module_and_parent(*, lesson: LessonPage) -> tuple[ModulePage | None, Page | None]:
    module = lesson_module(lesson=lesson)
    return module, (module.get_parent() if module else None)


def lesson_live_or_none(*, lesson_id: int) -> LessonPage | None:
    return LessonPage.objects.live().defer_streamfields().filter(pk=lesson_id).first()


def lesson_next(*, lesson: LessonPage) -> LessonPage | None:
    """The next published lesson in the same module, if any (one query)."""
    return (
        LessonPage.objects.sibling_of(lesson, inclusive=False)
        .live()
        .defer_streamfields()
        .filter(path__gt=lesson.path)
        .order_by("path")
        .first()
    )


@dataclass(frozen=True)
class AfterLesson:
    url: str
    message: str


def after_lesson_complete(*, user, lesson: LessonPage) -> AfterLesson:
    """Where "Mark complete" leads: the next incomplete lesson (after this one, else earlier),
    else the module's assessment not yet passed, else the module page (which shows completion)."""
    module = lesson_module(lesson=lesson)
    if module is None:
        return AfterLesson(url=lesson.get_parent().url, message="")
    progress = module_progress(user=user, module=module)
    index = progress.index_of(lesson) or 0
    ordered = list(progress.lessons[index + 1 :]) + list(progress.lessons[:index])
    upcoming = next((state.lesson for state in ordered if not state.completed), None)
    if upcoming is not None:
        return AfterLesson(url=upcoming.url, message=f"Next: {upcoming.title}.")
    pending = next((a for a in seams.call("module_assessments", user=user, module=module) if not a.passed), None)
    if pending is not None:
        return AfterLesson(
            url=reverse("quizzes:quiz-detail", args=[pending.quiz.slug]),
            message="All lessons are done. Next: the module assessment.",
        )
    return AfterLesson(url=module.url, message="That was the last lesson in this module.")


def lesson_module(*, lesson: LessonPage) -> ModulePage | None:
    """The module a lesson belongs to, found from the lesson's tree path (one query)."""
    return ModulePage.objects.parent_of(lesson).defer_streamfields().first()


def catalog_modules(
    *, catalog: CatalogPage, topic: str = "", ce_eligible: bool = False, required: bool = False
) -> QuerySet[ModulePage]:
    """Published modules in a catalog, filtered as the catalog's form asks.

    Each module carries `required_for_onboarding`: it belongs to a published onboarding path.
    """
    onboarding = LearningPathModule.objects.filter(
        module=OuterRef("pk"), path__live=True, path__required_for_onboarding=True
    )
    modules = (
        ModulePage.objects.child_of(catalog)
        .live()
        .public()
        .defer_streamfields()
        .annotate(required_for_onboarding=Exists(onboarding))
    )
    if topic:
        modules = modules.filter(topic=topic)
    if ce_eligible:
        modules = modules.filter(pdu_eligible=True, ce_contact_hours__gt=0)
    if required:
        modules = modules.filter(required_for_onboarding=True)
    return modules.order_by("path")


def catalog_paths(*, catalog: CatalogPage) -> QuerySet[LearningPathPage]:
    """Published learning paths in a catalog with `module_count` (published modules only)."""
    return (
        LearningPathPage.objects.child_of(catalog)
        .live()
        .public()
        .annotate(module_count=Count("path_modules", filter=Q(path_modules__module__live=True)))
        .order_by("path")
    )


def path_modules(*, path: LearningPathPage) -> list[ModulePage]:
    """A learning path's published modules in the path's order (one query)."""
    # Filtered in Python: a preview's unsaved rows are an in-memory queryset without joins.
    return [row.module for row in path.path_modules.all().select_related("module") if row.module.live]


def home_featured_paths(*, home: HomePage) -> list[LearningPathPage]:
    """The paths the home page features, or every published path when none are chosen."""
    featured = [row.path for row in home.featured_paths.all().select_related("path") if row.path.live]
    if featured:
        return featured
    return list(LearningPathPage.objects.descendant_of(home).live().public().order_by("path"))


def catalog_for(*, home: HomePage) -> CatalogPage | None:
    return CatalogPage.objects.child_of(home).live().order_by("path").first()


def modules_started_by(*, user) -> list[ModuleProgress]:
    """Modules in which this learner has completed at least one lesson, for the dashboard.

    Four queries however many modules: completed lesson paths, their modules, then progress; two
    when the modules and their lessons are in the structure cache.
    """
    if not user.is_authenticated:
        return []
    lesson_paths = LessonCompletion.objects.filter(user=user).values_list("lesson__path", flat=True)
    module_paths = {path[:-STEPLEN] for path in lesson_paths}
    if not module_paths:
        return []
    modules = structure_cache.cached(
        "modules-by-path",
        *sorted(module_paths),
        build=lambda: list(
            ModulePage.objects.live().defer_streamfields().filter(path__in=module_paths).order_by("path")
        ),
    )
    progress = modules_progress_for_user(user=user, modules=modules)
    return [progress[module.pk] for module in modules]


def _tree_order(page: Page) -> str:
    return page.path


def catalog_url() -> str | None:
    """URL of the first published catalog, for links from outside the page tree (one query, none
    when cached)."""

    def build():
        catalog = CatalogPage.objects.live().order_by("path").first()
        return catalog.url if catalog else None

    return structure_cache.cached("catalog-url", build=build)


def search_terms(query: str) -> str:
    """The words of a visitor's query, without the characters full-text engines read as syntax.

    Wagtail passes plain-text words to SQLite's FTS5 inside double quotes without doubling a quote
    in the word, so `"` or a NUL byte in the query is an SQL error (a 500). The words are all a
    plain-text search uses anyway.
    """
    return " ".join(re.findall(r"\w+", query))


def course_search(*, query: str):
    """Published, public modules and lessons matching the query, best match first (lazy; slice it)."""
    terms = search_terms(query)
    if not terms:
        return Page.objects.none()
    return Page.objects.live().public().type(ModulePage, LessonPage).specific().search(terms)


def module_live_or_none(*, pk: int) -> ModulePage | None:
    """A published module by id (one query), for pages outside the page tree that link to it."""
    return ModulePage.objects.live().defer_streamfields().filter(pk=pk).first()


# ------------------------------------------------------------------------------- credit check


def module_content_time(*, module: ModulePage):
    """The measured time of a module's content, for the credit check on its edit page.

    Three queries: its lessons (drafts included, as the editor sees them), then (through the
    `module_item_count` seam, since quizzes sit above courses) its published assessments' item counts
    and the item counts of the knowledge checks its lessons use.
    """
    measures = [credit_check.body_measure(lesson.body.raw_data) for lesson in LessonPage.objects.child_of(module)]
    check_slugs = {slug for measure in measures for slug in measure.knowledge_check_quizzes}
    items = seams.call("module_item_count", module=module, knowledge_check_slugs=check_slugs)
    return credit_check.content_time(
        words=sum(m.words for m in measures),
        items=items,
        video_minutes=sum((m.video_minutes for m in measures), 0),
    )
