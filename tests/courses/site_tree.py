"""Recreate the rows the migrations make, for browser tests that follow a database flush."""

import importlib

from django.apps import apps
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page

from courses.models import HomePage

# Data migrations whose rows course pages need: the home page and site, the role groups, and the
# "Clinical review" workflow with its page permissions.
DATA_MIGRATIONS = [
    ("courses.migrations.0002_home_page", "create_homepage"),
    ("lms.migrations.0002_role_groups", "create_groups"),
    ("courses.migrations.0004_clinical_review_workflow", "create_workflow"),
]


def ensure_site_tree() -> HomePage:
    """Live-server tests run in real transactions and Django flushes every table after each one,
    taking the migrations' data with it. Rebuild that data if it is gone; otherwise do nothing."""
    home = HomePage.objects.first()
    if home is not None:
        return home
    language_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    for module_name, function_name in DATA_MIGRATIONS:
        getattr(importlib.import_module(module_name), function_name)(apps, None)
    return HomePage.objects.get()
