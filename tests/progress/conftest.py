import datetime
import re
import zlib
from decimal import Decimal

import pytest
from django.core.cache import cache

from courses.models import HomePage, LessonCompletion
from quizzes import services as quiz_services
from quizzes.models import Attempt, ModuleCompletion, Quiz
from quizzes.progress import services
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory
from tests.quizzes.factories import quiz_with_items

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _empty_cache():
    # Wagtail caches site root paths and the verification page counts requests in the cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    # Evidence files and the rendered certificate and transcript PDFs stay in the test's folder.
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def catalog(db):
    return CatalogPageFactory(parent=HomePage.objects.get())


def make_module(catalog, *, lessons=2, **fields):
    defaults = {"title": "Safe transfers", "ce_contact_hours": Decimal("2.00")}
    module = ModulePageFactory(parent=catalog, **{**defaults, **fields})
    for n in range(1, lessons + 1):
        LessonPageFactory(parent=module, title=f"{module.title} lesson {n}")
    return module


def complete_lessons(user, module, *, at=NOW):
    for lesson in module.get_children().specific():
        LessonCompletion.objects.get_or_create(user=user, lesson=lesson, defaults={"completed_at": at})


def make_assessment(module, *, items=2, **fields):
    return quiz_with_items(items, module=module, kind=Quiz.Kind.ASSESSMENT, shuffle_questions=False, **fields)


def take_quiz(user, quiz, *, correct: int, now=NOW, flag: tuple[int, ...] = ()) -> Attempt:
    """Answer the first `correct` items right and the rest wrong, flag positions, then submit."""
    attempt = quiz_services.attempt_start(user=user, quiz=quiz, now=now)
    items = list(attempt.items.select_related("version").prefetch_related("version__options").order_by("position"))
    for index, item in enumerate(items):
        options = sorted(item.version.options.all(), key=lambda option: option.position)
        right = [o.pk for o in options if o.is_correct]
        wrong = [o.pk for o in options if not o.is_correct][:1]
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=right if index < correct else wrong, now=now)
        if item.position in flag:
            quiz_services.attempt_flag(attempt=attempt, item=item, flagged=True, now=now)
    return quiz_services.attempt_submit(attempt=attempt, now=now)


def complete_module(user, module, *, now=NOW):
    """Lessons done and (when the module has an assessment) passed; then the completion check."""
    complete_lessons(user, module, at=now)
    for quiz in module.assessments.all():
        take_quiz(user, quiz, correct=quiz.items.count(), now=now)  # passing records the completion
    services.module_completion_check(user=user, module=module, now=now)
    return ModuleCompletion.objects.filter(user=user, module=module).order_by("-completed_at").first()


def pdf_strings(document: bytes) -> bytes:
    """The PDF's bytes with every Flate stream decompressed (link targets, metadata, …)."""
    parts = [document]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", document, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)
