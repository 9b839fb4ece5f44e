"""A cache of published course structure: a module's lessons and prerequisites, a lesson's module,
the catalog's modules and paths.

Structure is the same for every learner and changes only when an editor saves, publishes,
unpublishes, moves or deletes a page (or changes a page's privacy), so every learner page used to
re-read it on every request. Entries are keyed by a *generation* that each of those events
replaces (see `CoursesConfig.ready`), so an edit shows on the next request. With a cache shared by
every process (Redis, as production uses) that holds in every process at once; with a per-process
cache (locmem: development and single-process servers) other processes see the edit after
`TIMEOUT` at the latest.

What a learner has done (completions, attempts) is never cached here: it is read per request.
"""

import hashlib
import secrets
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

GENERATION_KEY = "courses:structure:generation"
TIMEOUT = 300  # seconds
_MISSING = object()

T = TypeVar("T")


def generation() -> str:
    value = cache.get(GENERATION_KEY)
    return value if value is not None else bump()


def bump(**_signal_kwargs) -> str:
    """Start a new generation: every entry cached so far is ignored from now on."""
    # The clock alone can repeat (a coarse clock, or a frozen one in tests): then an edit would
    # keep the old generation. A random suffix makes every bump new.
    value = f"{time.time_ns()}-{secrets.token_hex(4)}"
    cache.set(GENERATION_KEY, value, None)
    return value


def _key(name: str, parts) -> str:
    # Hashed: parts may be long (many tree paths) or hold characters memcached keys cannot.
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    return f"courses:structure:{generation()}:{name}:{digest}"


def get(name: str, *parts):
    """The value cached under `name` and `parts` for the current generation, or None."""
    return cache.get(_key(name, parts))


def set(name: str, *parts, value) -> None:  # noqa: A001 - the cache's own verb
    cache.set(_key(name, parts), value, TIMEOUT)


def cached(name: str, *parts, build: Callable[[], T]) -> T:
    """`build()`'s result, cached under `name` and `parts` for the current generation."""
    key = _key(name, parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def bump_for_instance(sender, instance, **kwargs) -> None:
    """post_save / post_delete receiver: sites, pages, their path rows and view restrictions are structure."""
    # Seam: a signal receiver, called after models load; courses.models imports this cache.
    from wagtail.models import BaseViewRestriction, Page, Site

    from courses.models import HomePageFeaturedPath, LearningPathModule

    if isinstance(instance, Page | LearningPathModule | HomePageFeaturedPath | BaseViewRestriction | Site):
        bump()
