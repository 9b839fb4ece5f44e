"""The default curriculum's pages (catalog, modules, lessons, skills checklists, learning paths), for
code that needs the course pages without the question bank: browser tests and the benchmark's scale
seeder.

`seed_demo` imports the whole default package (`quizzes.demo.seed_default_content`); this is its
pages half, through the same `courses.package_pages.pages_import`. A page that exists is never
changed, so an educator's later edits survive every re-run.
"""

from django.db import transaction

from courses.content import default_package
from courses.models import HomePage
from courses.package_pages import pages_import


@transaction.atomic
def seed_curriculum(*, stdout=None) -> list[str]:
    """Create the catalog, the modules with their lessons and skills checklists, and the learning
    paths that are missing.

    Returns the URL paths of pages created in this run (empty on a re-run).
    """
    if not HomePage.objects.exists():
        _write(stdout, "No home page: run migrations first. Curriculum not seeded.")
        return []
    urls = [page.url_path for page in pages_import(package=default_package()).created]
    _write(
        stdout, f"Created {len(urls)} course pages." if urls else "Curriculum pages already exist; nothing changed."
    )
    return urls


def _write(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)
