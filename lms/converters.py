"""The `<id:…>` path converter: database ids in URLs, bounded to what a database column holds.

Django's `<int:…>` accepts any run of digits; a 20-digit id reaches the database and SQLite
raises OverflowError (a 500). Ids above the largest signed 64-bit integer cannot exist, so the
converter refuses them and Django answers 404, once for every URL instead of in each view.
"""

import re

from django.urls import register_converter

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
