"""Build the default curriculum in the page tree for `manage.py seed_demo`.

Only pages whose slug is missing under their parent are created; a page that exists is never
changed, so an educator's later edits survive every re-run.
"""

import math
import re

from django.db import transaction
from wagtail.models import Page

from courses.curriculum import LEARNING_PATHS, MODULES
from courses.curriculum.checklists import CHECKLISTS, OBSERVERS
from courses.models import (
    CatalogPage,
    HomePage,
    LearningPathModule,
    LearningPathPage,
    LessonPage,
    ModulePage,
    SkillsChecklistPage,
)

CATALOG = {
    "slug": "catalog",
    "title": "Catalog",
    "intro": (
        "<p>Short modules for occupational therapy technicians, aides and assistants. Each module "
        "lists its learning objectives, time and continuing-education credit; learning paths put "
        "modules in the order your clinic expects you to take them.</p>"
    ),
}
# Paths new staff must finish; their modules show as "Required for onboarding" in the catalog.
ONBOARDING_PATH_SLUGS = {"new-technician-onboarding"}
PROVIDER_NAME = "Occupass demo content (not an approved CE provider)"
WORDS_PER_MINUTE = 150  # careful reading of clinical text, with time for the activity blocks
_TAG = re.compile(r"<[^>]*>")


@transaction.atomic
def seed_curriculum(*, stdout=None) -> list[str]:
    """Create the catalog, the four modules with their lessons and skills checklists, and the two
    learning paths.

    Returns the URL paths of pages created in this run (empty on a re-run).
    """
    home = HomePage.objects.order_by("path").first()
    if home is None:
        _write(stdout, "No home page: run migrations first. Curriculum not seeded.")
        return []
    created: list[Page] = []

    catalog = _child(home, CatalogPage, CATALOG["slug"], created, lambda: _catalog_page())
    modules = {}
    for data in MODULES:
        module = _child(catalog, ModulePage, data["slug"], created, lambda data=data: _module_page(data))
        modules[data["slug"]] = module
        for lesson_data in data["lessons"]:
            _child(module, LessonPage, lesson_data["slug"], created, lambda ld=lesson_data: _lesson_page(ld))
    for data in LEARNING_PATHS:
        _child(catalog, LearningPathPage, data["slug"], created, lambda data=data: _path_page(data, modules))
    for data in CHECKLISTS:
        module = modules.get(data["module"])
        if module is not None:
            _child(module, SkillsChecklistPage, data["slug"], created, lambda data=data: _checklist_page(data))

    urls = [page.url_path for page in created]
    if urls:
        _write(stdout, f"Created {len(urls)} course pages under {home.title}.")
    else:
        _write(stdout, "Curriculum pages already exist; nothing changed.")
    return urls


def _child(parent: Page, model, slug: str, created: list, build):
    """The child of `parent` with this slug, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = build()
    page.slug = slug
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    created.append(page)
    return page


def _catalog_page() -> CatalogPage:
    return CatalogPage(title=CATALOG["title"], intro=CATALOG["intro"])


def _module_page(data: dict) -> ModulePage:
    return ModulePage(
        title=data["title"],
        topic=data["topic"],
        summary=data["summary"],
        objectives=[{"type": "objective", "value": objective} for objective in data["objectives"]],
        audience=data["audience"],
        estimated_minutes=data["estimated_minutes"],
        ce_contact_hours=data["ce_contact_hours"],
        provider_name=PROVIDER_NAME,
        pdu_eligible=data["pdu_eligible"],
        state_categories=list(data["state_categories"]),
        category_contact_hours=data.get("category_contact_hours"),
        renewal_months=data["renewal_months"],
        references=[{"type": "reference", "value": dict(item)} for item in data["references"]],
    )


def _lesson_page(data: dict) -> LessonPage:
    return LessonPage(
        title=data["title"],
        intro=data["intro"],
        body=[{"type": block_type, "value": value} for block_type, value in data["body"]],
        estimated_minutes=max(5, math.ceil(_word_count(data["body"]) / WORDS_PER_MINUTE)),
    )


def _path_page(data: dict, modules: dict[str, ModulePage]) -> LearningPathPage:
    path = LearningPathPage(
        title=data["title"],
        summary=data["summary"],
        due_in_days=data["due_in_days"],
        renewal_months=data.get("renewal_months"),
        required_for_onboarding=data["slug"] in ONBOARDING_PATH_SLUGS,
    )
    path.path_modules = [
        LearningPathModule(module=modules[slug], sort_order=index) for index, slug in enumerate(data["modules"])
    ]
    return path


def _checklist_page(data: dict) -> SkillsChecklistPage:
    """A skills checklist whose steps link to the lessons that teach them (found by slug)."""
    lessons = {
        (lesson.get_parent().slug, lesson.slug): lesson.pk
        for lesson in LessonPage.objects.filter(slug__in={lesson for _, _, (_, lesson) in data["steps"]})
    }
    return SkillsChecklistPage(
        title=data["title"],
        skill=data["skill"],
        observer_instructions=data["observer_instructions"],
        steps=[
            {"type": "step", "value": {"text": text, "critical": critical, "lesson": lessons.get(lesson)}}
            for text, critical, lesson in data["steps"]
        ],
        observer_credentials=list(OBSERVERS),
        preceptors_may_observe=True,
        required_observations=data["required_observations"],
        renewal_months=data["renewal_months"],
        required_for_module=data["required_for_module"],
        references=[{"type": "reference", "value": dict(item)} for item in data["references"]],
    )


def _word_count(body) -> int:
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from strings(item)

    return sum(len(_TAG.sub(" ", text).split()) for _, value in body for text in strings(value))


def _write(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)
