"""Course packages that ship with Occupass (docs/course-package.md).

`default/` holds the default curriculum and question bank: four modules, two learning paths, the
bank, the module assessments, the demo blueprint and the practice exam. `seed_demo` imports it
with the same code as `manage.py import_course courses/content/default`.
"""

import functools
from pathlib import Path

from courses.coursepackage import Package, package_read

DEFAULT_PACKAGE = Path(__file__).resolve().parent / "default"


@functools.cache
def _default() -> Package:
    return package_read(DEFAULT_PACKAGE)


def default_package() -> Package:
    """The default package, read once per process. Callers must not change it."""
    return _default()
