"""Wagtail admin for the question bank; registered in `quizzes/wagtail_hooks.py`."""

# Django's admin autodiscovery imports `quizzes.admin`; the progress models' read-only ledger and
# certificate admin and the editable state-requirements table register from here.
from quizzes.progress import admin as progress_admin  # noqa: E402, F401
from quizzes.skills import admin as skills_admin  # noqa: E402, F401
from quizzes.xapi import admin as xapi_admin  # noqa: E402, F401
