"""Our own CSV format, one question a row, for editing a bank in a spreadsheet.

Columns: ``name, type, stem, option_1..option_6, correct, choose_n, rationale,
option_1_rationale..option_6_rationale, tags, difficulty, domain, references, status``. Only
``type`` and ``stem`` are required; more options may follow as ``option_7`` and on. ``stem`` and
``rationale`` are HTML (plain text without ``<`` or ``&`` is fine as it is); options and their
rationales are plain text. ``correct`` names options by letter, ``B`` or ``A;C;E``; ordering
rows list their options in the right order and leave it blank; true/false rows may leave the
options blank and say ``A``/``B`` or ``True``/``False``. Tags and references are separated
by ``|``.
"""

from __future__ import annotations

import csv
import io
import re
import string
from decimal import Decimal
from itertools import zip_longest

from .base import (
    QTYPES,
    ImportIssue,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    choice_problem,
    default_name,
    file_issue,
)
from .text import to_html, to_text

_LETTERS = string.ascii_uppercase
_OPTION = re.compile(r"option_([1-9]\d*)(_rationale)?")
_FIXED = ("name", "type", "stem", "correct", "choose_n", "rationale", "tags", "difficulty",
          "domain", "references", "status")  # fmt: skip
_EXTRA_TEXT = ("difficulty", "domain", "status")
_TRUEFALSE_WORDS = {"TRUE": "A", "T": "A", "FALSE": "B", "F": "B"}
# Moodle's grades go in steps that 1/n hits exactly to 7 places (1/3 -> 0.3333333).
_PLACES = Decimal("0.0000001")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _header_problem(header: list[str]) -> str | None:
    # A column without a name is allowed (spreadsheets add them); rows must leave it empty.
    unknown = [c for c in header if c and c not in _FIXED and not _OPTION.fullmatch(c)]
    if unknown:
        return f"unknown column {unknown[0]!r}"
    duplicates = sorted({c for c in header if c and header.count(c) > 1})
    if duplicates:
        return f"column {duplicates[0]!r} appears more than once"
    missing = [c for c in ("type", "stem") if c not in header]
    if missing:
        return f"the header has no {missing[0]!r} column"
    if len([c for c in header if c.startswith("option_") and "rationale" not in c]) > len(_LETTERS):
        return f"at most {len(_LETTERS)} option columns are allowed"
    return None


def parse_csv(text: str) -> ParseResult:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        return file_issue("the file is empty")
    except csv.Error as exc:
        return file_issue(f"the header row could not be read: {exc}")
    if problem := _header_problem(header):
        return file_issue(problem)

    questions: list[ParsedQuestion] = []
    issues: list[ImportIssue] = []
    position, last_line = 0, reader.line_num
    try:
        for row in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            position += 1
            pairs = list(zip_longest(header, (cell.strip() for cell in row), fillvalue=""))
            cells = dict(pairs)
            if any(cell for column, cell in pairs if not column):
                reason = "the row has a value in a column without a header"
                issues.append(ImportIssue(position, cells.get("name", ""), "", reason, "invalid"))
                continue
            item = _read_row(cells, position, line)
            (questions if isinstance(item, ParsedQuestion) else issues).append(item)
    except csv.Error as exc:
        reason = f"the row could not be read: {exc}"
        issues.append(ImportIssue(position + 1, "", "", reason, "invalid"))
    return ParseResult(questions, issues)


def _read_row(cells: dict[str, str], position: int, line: int) -> ParsedQuestion | ImportIssue:
    qtype = cells.get("type", "").lower()
    stem = cells.get("stem", "")
    name = cells.get("name", "") or default_name(stem, position)
    if qtype not in QTYPES:
        reason = f"type must be one of {', '.join(QTYPES)}, not {cells.get('type', '')!r}"
        return ImportIssue(position, name, qtype, reason, "invalid")

    problems: list[str] = []
    if not stem:
        problems.append("stem is blank")
    if qtype == "truefalse":  # its options go without saying
        cells = {**cells, "option_1": cells.get("option_1") or "True", "option_2": cells.get("option_2") or "False"}
    texts, rationales = _option_cells(cells, problems)
    if qtype == "truefalse":
        if [text.lower() for text in texts] != ["true", "false"]:
            problems.append("true/false options must be True and False, or left blank")
        texts, rationales = ["True", "False"], rationales[:2]
    correct = _correct_letters(cells.get("correct", ""), qtype, len(texts), problems)
    fractions = _fractions(qtype, len(texts), correct)
    options = [ParsedOption(t, f, r) for t, f, r in zip(texts, fractions, rationales, strict=True)]
    choose_n = _choose_n(cells.get("choose_n", ""), qtype, len(correct), problems)
    if not problems and qtype in ("single", "multi") and (problem := choice_problem(qtype, options)):
        problems.append(problem)
    if qtype == "ordering" and len(options) < 2:
        problems.append(f"needs at least 2 options, found {len(options)}")
    if problems:
        return ImportIssue(position, name, qtype, "; ".join(problems), "invalid")

    extra: dict = {key: cells[key] for key in _EXTRA_TEXT if cells.get(key)}
    if references := _split(cells.get("references", "")):
        extra["references"] = references
    return ParsedQuestion(
        name=name,
        qtype=qtype,
        stem=to_html(stem, "html"),
        options=options,
        rationale=to_html(cells.get("rationale", ""), "html"),
        tags=_split(cells.get("tags", "")),
        choose_n=choose_n,
        position=position,
        line=line,
        extra=extra,
    )


def _option_cells(cells: dict[str, str], problems: list[str]) -> tuple[list[str], list[str]]:
    """Option texts up to the last filled one, and their rationales; gaps are problems."""
    numbers = sorted(int(m.group(1)) for c in cells if (m := _OPTION.fullmatch(c)))
    count = max((n for n in numbers if cells.get(f"option_{n}")), default=0)
    texts = [to_text(cells.get(f"option_{n}", ""), "plain") for n in range(1, count + 1)]
    rationales = [to_text(cells.get(f"option_{n}_rationale", ""), "plain") for n in range(1, count + 1)]
    if "" in texts:
        n = texts.index("") + 1
        problems.append(f"option_{n} is blank but a later option is not")
    orphans = [n for n in numbers if n > count and cells.get(f"option_{n}_rationale")]
    if orphans:
        problems.append(f"option_{orphans[0]}_rationale is filled but option_{orphans[0]} is blank")
    return texts, rationales


def _correct_letters(cell: str, qtype: str, count: int, problems: list[str]) -> list[int]:
    """Indexes of the options ``correct`` names; true/false rows may also say True or False."""
    words = [word.upper() for word in re.split(r"[;,\s]+", cell) if word]
    if qtype == "truefalse":
        words = [_TRUEFALSE_WORDS.get(word, word) for word in words]
    if qtype == "ordering":
        if words:
            problems.append("leave correct blank: an ordering question lists its options in order")
        return []
    if not words:
        problems.append("correct is blank")
        return []
    letters = list(_LETTERS[:count])
    if bad := [word for word in words if word not in letters]:
        problems.append(f"correct names {bad[0]}, but there is no option {bad[0]}")
        return []
    indexes = sorted({letters.index(word) for word in words})
    if qtype != "multi" and len(indexes) > 1:
        problems.append(f"a {qtype} question has one correct option, but correct is {cell!r}")
    return indexes


def _fractions(qtype: str, count: int, correct: list[int]) -> list[Decimal]:
    """Weights for the options: CSV names the right ones, Moodle-style weights follow from that.

    In a multi question the correct options share 100% and each wrong one costs as much as a
    right one earns, Moodle's usual pattern, so that choosing every option earns nothing there.
    """
    if qtype == "multi" and correct:
        share = (Decimal(1) / len(correct)).quantize(_PLACES)
        return [share if index in correct else -share for index in range(count)]
    return [Decimal(int(index in correct)) for index in range(count)]


def _choose_n(cell: str, qtype: str, correct: int, problems: list[str]) -> int | None:
    if qtype != "multi":
        if cell:
            problems.append("choose_n only applies to multi questions")
        return None
    if not cell:
        return correct or None
    if not cell.isdigit():
        problems.append(f"choose_n must be a whole number, not {cell!r}")
        return None
    if correct and int(cell) != correct:
        problems.append(f"choose_n is {cell} but {correct} options are marked correct")
    return int(cell)


def export_csv(questions: list[ParsedQuestion]) -> str:
    """Write ``questions`` in the format ``parse_csv`` reads.

    CSV has no weights: partial credit on a single question and the exact weights of a multi
    question are not kept, only which options are correct.
    """
    count = max([6, *(len(question.options) for question in questions)])
    if count > len(_LETTERS):
        raise ValueError(f"a CSV question has at most {len(_LETTERS)} options")
    numbers = range(1, count + 1)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["name", "type", "stem", *(f"option_{n}" for n in numbers), "correct", "choose_n",
         "rationale", *(f"option_{n}_rationale" for n in numbers), "tags", "difficulty",
         "domain", "references", "status"]
    )  # fmt: skip
    for question in questions:
        writer.writerow(_row(question, count))
    return out.getvalue()


def _correct_cell(question: ParsedQuestion) -> str:
    if question.qtype == "ordering":
        return ""
    # A single question's partial-credit options are not its correct answer.
    if question.qtype == "single":
        return ";".join(_LETTERS[i] for i, option in enumerate(question.options) if option.fraction == 1)
    return ";".join(_LETTERS[i] for i, option in enumerate(question.options) if option.fraction > 0)


def _row(question: ParsedQuestion, count: int) -> list[str]:
    padding = [""] * (count - len(question.options))
    extra = question.extra
    return [
        question.name,
        question.qtype,
        question.stem,
        *(option.text for option in question.options),
        *padding,
        _correct_cell(question),
        str(question.choose_n) if question.qtype == "multi" and question.choose_n else "",
        question.rationale,
        *(option.feedback for option in question.options),
        *padding,
        "|".join(question.tags),
        *(str(extra.get(key, "")) for key in ("difficulty", "domain")),
        "|".join(extra.get("references", [])),
        str(extra.get("status", "")),
    ]
