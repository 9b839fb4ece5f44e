"""The default content for `manage.py seed_demo`: the course package in courses/content/default.

It goes through `quizzes.coursepackage.package_import`, the code `manage.py import_course` runs
for a clinic's own package, so the default curriculum and bank are also the importer's largest
test. Idempotent and additive: what exists is left exactly as an educator may have edited it.
"""

from courses.content import default_package
from quizzes.coursepackage import ImportResult, package_import
from quizzes.models import Question


def seed_default_content(*, stdout=None) -> ImportResult:
    """Import the default package: pages, bank, module assessments, demo blueprint, practice exam."""
    result = package_import(package=default_package())
    if stdout is not None:
        stdout.write(f"Default course package: {result.summary()} ({Question.objects.count()} questions in the bank)")
    return result
