"""Reading question files (Moodle GIFT, Moodle XML, our CSV) into plain data, and writing them.

Nothing here touches the database: the parsers return ``ParsedQuestion``s and ``ImportIssue``s
for a service to save or report.
"""

from __future__ import annotations

import os
from pathlib import Path

from .aiken import export_aiken, looks_like_aiken, parse_aiken
from .base import ImportIssue, ParsedOption, ParsedQuestion, ParseResult, file_issue
from .csvformat import export_csv, parse_csv
from .export import export_gift
from .gift import parse_gift
from .moodlexml import parse_moodle_xml
from .moodlexml_export import export_moodle_xml

__all__ = [
    "ImportIssue",
    "ParseResult",
    "ParsedOption",
    "ParsedQuestion",
    "detect_format",
    "export_aiken",
    "export_csv",
    "export_gift",
    "export_moodle_xml",
    "parse_aiken",
    "parse_csv",
    "parse_file",
    "parse_gift",
    "parse_moodle_xml",
]

PARSERS = {"gift": parse_gift, "moodlexml": parse_moodle_xml, "csv": parse_csv, "aiken": parse_aiken}
_EXTENSIONS = {".gift": "gift", ".txt": "gift", ".xml": "moodlexml", ".csv": "csv"}


def detect_format(filename: str | None, text: str) -> str:
    """``"gift"``, ``"moodlexml"``, ``"csv"`` or ``"aiken"``: by the file's extension, else by
    its content. A ``.txt`` file is GIFT unless it reads as Aiken."""
    if filename and (fmt := _EXTENSIONS.get(Path(filename).suffix.lower())):
        return "aiken" if fmt == "gift" and looks_like_aiken(text) else fmt
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "moodlexml"
    first_line = head.split("\n", 1)[0]
    if {"type", "stem"} <= {cell.strip().strip('"').lower() for cell in first_line.split(",")}:
        return "csv"
    return "aiken" if looks_like_aiken(text) else "gift"


def parse_file(source: str | bytes | os.PathLike, fmt: str | None = None) -> ParseResult:
    """Parse a question file given as a path, its bytes (an upload) or its text.

    A ``str`` is always the text itself: taking it as a path would let pasted text name a file
    on the server. Pass a ``pathlib.Path`` to read a file.
    """
    filename = None
    if isinstance(source, os.PathLike):
        filename = os.fspath(source)
        source = Path(filename).read_bytes()
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return file_issue(f"the file is not UTF-8 text: byte {exc.object[exc.start]:#04x} at offset {exc.start}")
    fmt = fmt or detect_format(filename, source)
    if fmt not in PARSERS:
        raise ValueError(f"unknown question file format {fmt!r}; expected one of {', '.join(PARSERS)}")
    return PARSERS[fmt](source)
