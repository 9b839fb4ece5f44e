"""The `<id:…>` path converter: database ids in URLs, bounded to what a database column holds.

Django's `<int:…>` accepts any run of digits; a 20-digit id reaches the database and SQLite
raises OverflowError (a 500). Ids above the largest signed 64-bit integer cannot exist, so the
converter refuses them and Django answers 404, once for every URL instead of in each view.
"""

import functools
import re

from django.http import Http404
from django.urls import URLPattern, URLResolver, register_converter

MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_id(value: str) -> int | None:
    """An id from user input (a URL or a form field), or None when it is not one.

    ASCII digits only: `str.isdigit()` accepts "²" and `int()` accepts "٣", neither of which
    belongs in an id.
    """
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        return None
    number = int(value)
    return number if number <= MAX_ID else None


class IdConverter:
    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(f"{value!r} is not a database id")
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))


register_converter(IdConverter, "id")


def _reject_overflowing_ids(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if any(isinstance(value, int) and value > MAX_ID for value in (*args, *kwargs.values())):
            raise Http404("No such object.")
        return view(request, *args, **kwargs)

    wrapper.ids_guarded = True
    return wrapper


def guard_third_party_ids(urlconf):
    """Make ids beyond a bigint a 404 in a URLconf module we do not write (Wagtail's front-end and
    document URLs use Django's `<int:…>`; a 20-digit id there was a 500 on SQLite). Returns the
    module, for `include()`."""

    def guard(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                guard(pattern.url_patterns)
            elif isinstance(pattern, URLPattern) and not getattr(pattern.callback, "ids_guarded", False):
                pattern.callback = _reject_overflowing_ids(pattern.callback)

    guard(urlconf.urlpatterns)
    return urlconf
