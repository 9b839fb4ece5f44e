"""Seams: the few places where the course layer needs an answer only a higher layer has.

The layers run one way, `lms` ← `courses` ← `quizzes` (docs/architecture.md), and import-linter
fails the build on an import against that direction. Yet a module page shows the learner's
assessments, a prerequisite is "done" when the module's completion (kept by quizzes.progress) says
so, finishing a lesson may finish its module, and a lesson can embed a knowledge check from the
bank. Each of those is a named slot here; the higher layer fills it in `AppConfig.ready()`
(`quizzes.apps.QuizzesConfig`), and courses calls the slot without knowing who answers.

A slot nobody filled raises `ImproperlyConfigured` instead of quietly answering "nothing": an
unwired seam would otherwise unlock every module.
"""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

SLOTS = {
    "modules_completed": "(*, user, modules, now) -> set[int]: ids of modules with a current completion",
    "module_assessments": "(*, user, module) -> list: the module's assessments with the learner's standing",
    "module_standing": "(*, user, module, now) -> standing: the learner's completion and certificate for a module",
    "lesson_completed": "(*, user, lesson, module, completion, created, now) -> None: react to a completed lesson",
    "module_item_count": "(*, module, knowledge_check_slugs) -> int: items a learner answers (credit check)",
    "knowledge_check_choices": "() -> list[(slug, title)]: published knowledge checks, for the editor",
    "knowledge_check_context": "(*, slug) -> dict: template context for one embedded knowledge check",
}

_providers: dict[str, Callable] = {}


def provide(name: str, function: Callable) -> None:
    """Fill a slot (from a higher layer's `AppConfig.ready()`). Filling it again replaces it."""
    if name not in SLOTS:
        raise ImproperlyConfigured(f"courses has no seam named {name!r}; the seams are {', '.join(SLOTS)}.")
    _providers[name] = function


def call(name: str, /, *args, **kwargs):
    """Call whatever fills the slot."""
    try:
        function = _providers[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"Nothing provides the courses seam {name!r} ({SLOTS.get(name, 'unknown')}); is the quizzes app installed?"
        ) from None
    return function(*args, **kwargs)
