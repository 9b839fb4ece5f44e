"""The default curriculum's pages (catalog, modules, lessons, learning paths, skills checklists), for
code that needs the course pages without the question bank: browser tests and the benchmark's scale
seeder.

`seed_demo` imports the whole default package (`quizzes.demo.seed_default_content`); this is its
pages half, through the same `courses.package_pages.pages_import`. The demo skills checklists are
not part of the package format yet (docs/course-package.md reserves `checklists/`), so they come from
`courses.curriculum.checklists` (`seed_checklists`). A page that exists is never changed, so an
educator's later edits survive every re-run.
"""

from django.db import transaction
from wagtail.models import Page

from courses.content import default_package
from courses.curriculum.checklists import CHECKLISTS, OBSERVERS
from courses.models import HomePage, LessonPage, ModulePage, SkillsChecklistPage
from courses.package_pages import pages_import


@transaction.atomic
def seed_curriculum(*, stdout=None) -> list[str]:
    """Create the catalog, the modules with their lessons, the learning paths and the skills
    checklists that are missing.

    Returns the URL paths of pages created in this run (empty on a re-run).
    """
    if not HomePage.objects.exists():
        _write(stdout, "No home page: run migrations first. Curriculum not seeded.")
        return []
    urls = [page.url_path for page in pages_import(package=default_package()).created]
    urls += seed_checklists()
    _write(
        stdout, f"Created {len(urls)} course pages." if urls else "Curriculum pages already exist; nothing changed."
    )
    return urls


@transaction.atomic
def seed_checklists(*, stdout=None) -> list[str]:
    """Create the demo skills checklists missing under their (published) modules; URL paths created."""
    modules = {module.slug: module for module in ModulePage.objects.filter(slug__in={c["module"] for c in CHECKLISTS})}
    created: list[Page] = []
    for data in CHECKLISTS:
        module = modules.get(data["module"])
        if module is not None and not module.get_children().filter(slug=data["slug"]).exists():
            page = _checklist_page(data)
            page.slug = data["slug"]
            page.live = False
            module.add_child(instance=page)
            page.save_revision().publish()
            created.append(page)
    if created:
        _write(stdout, f"Created {len(created)} skills checklists.")
    return [page.url_path for page in created]


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


def _write(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)
