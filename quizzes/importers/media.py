"""Files embedded in question files: Moodle XML's ``<file encoding="base64">`` elements, which
the item's HTML links to as ``@@PLUGINFILE@@/<name>``."""

from __future__ import annotations

import base64
import binascii
import html
import re
from urllib.parse import quote, unquote

PLUGINFILE = "@@PLUGINFILE@@/"
_REFERENCE = re.compile(r'(?:src|href)="@@PLUGINFILE@@/([^"]+)"')
_IMG = re.compile(r'<img\b[^>]*\bsrc="@@PLUGINFILE@@/([^"]+)"[^>]*>')
_ALT = re.compile(r'\balt="([^"]*)"')
_LINK = re.compile(r'<a\b[^>]*\bhref="@@PLUGINFILE@@/([^"]+)"[^>]*>(.*?)</a>', re.DOTALL)


def decode_files(elements) -> tuple[dict[str, bytes], list[str]]:
    """The base64 ``<file>`` elements given, by name, and why any could not be read."""
    files: dict[str, bytes] = {}
    problems: list[str] = []
    for element in elements:
        name = element.get("name", "").strip()
        if not name:
            continue
        if element.get("encoding", "base64") != "base64":
            problems.append(f"file {name} is not base64-encoded")
            continue
        try:
            files.setdefault(name, base64.b64decode("".join((element.text or "").split()), validate=True))
        except binascii.Error:
            problems.append(f"file {name} is not valid base64")
    return files, problems


def references(markup: str) -> list[str]:
    """Names of the files ``markup`` links to, in order, once each."""
    return list(dict.fromkeys(unquote(html.unescape(name)) for name in _REFERENCE.findall(markup)))


def drop_broken(markup: str, present) -> tuple[str, list[str]]:
    """``markup`` without links to files not in ``present``: an image becomes its alt text, a
    link its text. Returns the names dropped, so each can be reported."""
    dropped: list[str] = []

    def image(match):
        name = unquote(html.unescape(match.group(1)))
        if name in present:
            return match.group(0)
        dropped.append(name)
        alt = _ALT.search(match.group(0))
        return alt.group(1) if alt else ""

    def link(match):
        name = unquote(html.unescape(match.group(1)))
        if name in present:
            return match.group(0)
        dropped.append(name)
        return match.group(2)

    markup = _LINK.sub(link, _IMG.sub(image, markup))
    return markup, list(dict.fromkeys(dropped))


def images_without_alt(markup: str) -> list[str]:
    """Names of the linked pictures whose ``alt`` is missing or empty."""
    return [
        unquote(html.unescape(match.group(1)))
        for match in _IMG.finditer(markup)
        if not ((alt := _ALT.search(match.group(0))) and alt.group(1).strip())
    ]


def plugin_url(name: str) -> str:
    return PLUGINFILE + quote(name)
