"""Aiken: the plain-text format publishers and AI tools write single-answer items in.

    Which is the first step of a stand-pivot transfer?
    A. Lock the wheelchair brakes
    B) Stand the patient
    ANSWER: A

The question text runs until the first option line (``A.`` or ``A)``); the ``ANSWER:`` line
ends the item. Aiken has no feedback, weights, names or categories.
"""

from __future__ import annotations

import re
import string
from decimal import Decimal

from .base import ImportIssue, ParsedOption, ParsedQuestion, ParseResult, default_name
from .text import to_html, to_text

_OPTION = re.compile(r"^([A-Z])\s*[.)]\s+(.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)


def looks_like_aiken(text: str) -> bool:
    """True for text with Aiken's ``ANSWER: X`` lines and no GIFT answer braces."""
    return "{" not in text and bool(re.search(r"^\s*ANSWER\s*:\s*[A-Z]\s*$", text, re.MULTILINE))


def parse_aiken(text: str) -> ParseResult:
    questions: list[ParsedQuestion] = []
    issues: list[ImportIssue] = []
    stem: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not stem and not options:
            start = number
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            item = _item(stem, options, answer.group(1).strip(), len(questions) + len(issues) + 1, start)
            (questions if isinstance(item, ParsedQuestion) else issues).append(item)
            stem, options = [], []
        elif option and stem:
            options.append((option.group(1), option.group(2).strip()))
        elif options:  # an option written over two lines
            letter, previous = options[-1]
            options[-1] = (letter, f"{previous} {line}")
        else:
            stem.append(line)
    if stem or options:
        position = len(questions) + len(issues) + 1
        name = default_name(to_html("\n".join(stem), "plain"), position)
        issues.append(ImportIssue(position, name, "single", "the item has no ANSWER: line", "invalid"))
    return ParseResult(questions, issues)


def _item(stem: list[str], options, answer: str, position: int, line: int):
    html = to_html("\n".join(stem), "plain")
    name = default_name(html, position)
    letters = [letter for letter, _ in options]
    problem = None
    if not stem:
        problem = "the item has no question text"
    elif len(options) < 2:
        problem = f"needs at least 2 options, found {len(options)}"
    elif letters != list(string.ascii_uppercase[: len(letters)]):
        problem = f"options must be lettered A, B, C… in order, not {', '.join(letters)}"
    elif answer not in letters:
        problem = f"ANSWER: {answer!r} is not one of the options {letters[0]}–{letters[-1]}"
    if problem:
        return ImportIssue(position, name, "single", problem, "invalid")
    return ParsedQuestion(
        name=name,
        qtype="single",
        stem=html,
        options=[ParsedOption(text, Decimal(int(letter == answer))) for letter, text in options],
        position=position,
        line=line,
    )


def export_aiken(questions: list[ParsedQuestion]) -> tuple[str, list[str]]:
    """Aiken for the single-answer questions, and the names of the rest, which Aiken cannot
    hold (multi-select, true/false, ordering, more than 26 options). Feedback, weights, names
    and tags are not part of the format."""
    blocks, skipped = [], []
    for question in questions:
        if question.qtype != "single" or len(question.options) > 26:
            skipped.append(question.name)
            continue
        lettered = list(zip(string.ascii_uppercase, question.options, strict=False))
        lines = [" ".join(to_text(question.stem, "html").split())]
        lines += [f"{letter}. {' '.join(option.text.split())}" for letter, option in lettered]
        lines.append(f"ANSWER: {next(letter for letter, option in lettered if option.fraction == 1)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks), skipped
