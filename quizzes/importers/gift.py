"""Moodle GIFT: reading it, following Moodle's own qformat_gift wherever it makes a choice.

Items are separated by blank lines; lines starting with ``//`` are comments. An item is
``::name::[format]question text{answers####general feedback}``. Text after the closing brace
makes it a "missing word" question, and the answer block is shown as ``_____`` in the stem.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import (
    ImportIssue,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    category_tags,
    choice_problem,
    default_name,
    grade_fraction,
    positive_count,
    unsupported,
)
from .text import to_html, to_option

# Escaped characters are swapped for private-use characters while the item is taken apart, so
# an escaped "=" or "}" is never read as syntax, then swapped back in each piece of text.
_ESCAPED = {":": "\ue000", "#": "\ue001", "=": "\ue002", "{": "\ue003", "}": "\ue004",
            "~": "\ue005", "n": "\ue006"}  # fmt: skip
_ESCAPE = re.compile(r"\\([\\:#={}~n])")
_RESTORE = {placeholder: ("\n" if char == "n" else char) for char, placeholder in _ESCAPED.items()}
_FORMAT_PREFIX = re.compile(r"\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"%(-?\d+(?:\.\d+)?)%")
_CLOZE_BLOCK = re.compile(r"\d*:[A-Z_]+:")
_TRUE, _FALSE = {"T", "TRUE"}, {"F", "FALSE"}
_ID = re.compile(r"\[id:([^\]]+)\]")
_TAG = re.compile(r"\[tag:([^\]]+)\]")


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else _ESCAPED[m.group(1)], text)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(char, char) for char in text)


def _split_format(raw: str, default_fmt: str) -> tuple[str, str]:
    raw = raw.strip()
    match = _FORMAT_PREFIX.match(raw)
    return _restore(raw[match.end() :] if match else raw).strip(), match.group(1) if match else default_fmt


def _field(raw: str, default_fmt: str) -> tuple[str, str]:
    """A stem or general feedback as HTML, with the format it was written in."""
    body, fmt = _split_format(raw, default_fmt)
    return to_html(body, fmt), fmt


def _option_field(raw: str, default_fmt: str) -> tuple[str, str]:
    """An option's text or feedback: plain text, and its formatted form (or "")."""
    return to_option(*_split_format(raw, default_fmt))


def _blocks(text: str):
    """Yield each blank-line-separated block as (line number, stripped line) pairs without its
    comments, and the block's comments, where Moodle keeps ``[id:…]`` and ``[tag:…]``."""
    block: list[tuple[int, str]] = []
    comments: list[str] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = line.strip()
        if not line:
            if block:
                yield block, comments
            if block or not comments:
                comments = []
            block = []
        elif line.startswith("//"):
            comments.append(line[2:])
        else:
            block.append((number, line))
    if block:
        yield block, comments


def _metadata(comments: list[str]) -> tuple[str, list[str]]:
    """Moodle's ``[id:…]`` and ``[tag:…]`` from an item's comments: its ID number and tags."""
    text = " ".join(comments)
    idnumber = _ID.search(text)
    return (idnumber.group(1).strip() if idnumber else ""), [tag.strip() for tag in _TAG.findall(text) if tag.strip()]


def parse_gift(text: str) -> ParseResult:
    questions: list[ParsedQuestion] = []
    issues: list[ImportIssue] = []
    tags: list[str] = []
    position = 0
    for block, comments in _blocks(text):
        if block[0][1].startswith("$CATEGORY:"):
            tags = category_tags(block[0][1][len("$CATEGORY:") :])
            block = block[1:]
            if not block:
                continue
        position += 1
        idnumber, own_tags = _metadata(comments)
        item = _read_item(block, position, tags + [tag for tag in own_tags if tag not in tags])
        if isinstance(item, ParsedQuestion) and idnumber:
            item.extra["idnumber"] = idnumber
        (questions if isinstance(item, ParsedQuestion) else issues).append(item)
    return ParseResult(questions, issues)


def _read_item(block, position: int, tags: list[str]) -> ParsedQuestion | ImportIssue:
    line = block[0][0]
    text = _protect("\n".join(content for _, content in block))
    name = ""
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end != -1:
            name, text = _restore(text[:end]).strip(), text[end + 2 :].strip()

    start, finish = text.find("{"), text.find("}")
    if start == -1 or finish < start:
        stem, _ = _field(text, "moodle")
        name = name or default_name(stem, position)
        if start == -1 and finish == -1:
            return unsupported(position, name, "description")
        reason = "the braces around the answers do not match: a { or } is missing or unescaped"
        return ImportIssue(position, name, "", reason, "invalid")
    answers, after = text[start + 1 : finish].strip(), text[finish + 1 :]
    # Moodle: text after the answer block makes a "missing word" question.
    stem, fmt = _field(text[:start] + ("_____" + after if after else ""), "moodle")
    name = name or default_name(stem, position)

    rationale = ""
    if (separator := answers.rfind("####")) != -1:
        rationale, _ = _field(answers[separator + 4 :], fmt)
        answers = answers[:separator].strip()

    qtype = _gift_type(answers, after)
    if qtype == "truefalse":
        options = _truefalse_options(answers, fmt)
        return ParsedQuestion(name, "truefalse", stem, options, rationale, list(tags), position=position, line=line)
    if qtype != "multichoice":
        return unsupported(position, name, qtype)

    qtype = "single" if "=" in answers else "multi"
    options, problems = _choice_options(answers, fmt)
    reason = "; ".join(problems) or choice_problem(qtype, options)
    if reason:
        return ImportIssue(position, name, qtype, reason, "invalid")
    choose_n = positive_count(options) if qtype == "multi" else None
    return ParsedQuestion(name, qtype, stem, options, rationale, list(tags), choose_n, position=position, line=line)


def _gift_type(answers: str, after: str) -> str:
    """The Moodle question type an answer block stands for, tested in Moodle's order."""
    if "{" in after or _CLOZE_BLOCK.match(answers):
        return "cloze"
    if not answers:
        return "essay"
    if answers.startswith("#"):
        return "numerical"
    if "~" in answers:
        return "multichoice"
    if "=" in answers and "->" in answers:
        return "matching"
    if answers.split("#", 1)[0].strip().upper() in _TRUE | _FALSE:
        return "truefalse"
    return "shortanswer"


def _truefalse_options(answers: str, fmt: str) -> list[ParsedOption]:
    # {FALSE#feedback for a wrong answer#feedback for the right one}
    value, *feedback = answers.split("#", 2)
    wrong, right = ([_option_field(part, fmt) for part in feedback] + [("", ""), ("", "")])[:2]
    is_true = value.strip().upper() in _TRUE
    true, false = (right, wrong) if is_true else (wrong, right)
    return [
        ParsedOption("True", Decimal(int(is_true)), true[0], feedback_html=true[1]),
        ParsedOption("False", Decimal(int(not is_true)), false[0], feedback_html=false[1]),
    ]


def _choice_options(answers: str, fmt: str) -> tuple[list[ParsedOption], list[str]]:
    """Options of a multiple-choice block, and any grades Moodle would refuse."""
    chunks = answers.replace("=", "~=").split("~")
    if not chunks[0].strip():
        chunks = chunks[1:]
    options, problems = [], []
    for number, chunk in enumerate(chunks, 1):
        chunk = chunk.strip()
        fraction = Decimal(0)
        if chunk.startswith("="):
            fraction, chunk = Decimal(1), chunk[1:].lstrip()
        if weight := _WEIGHT.match(chunk):
            chunk = chunk[weight.end() :]
            fraction = grade_fraction(Decimal(weight.group(1)))
            if fraction is None:
                problems.append(f"answer {number} has an invalid grade {weight.group(1)}%")
        answer, _, feedback = chunk.partition("#")
        (text, text_html), (feedback, feedback_html) = _option_field(answer, fmt), _option_field(feedback, fmt)
        fraction = fraction if fraction is not None else Decimal(0)
        options.append(ParsedOption(text, fraction, feedback, text_html=text_html, feedback_html=feedback_html))
    return options, problems
