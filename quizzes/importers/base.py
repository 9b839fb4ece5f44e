"""What every question-file parser returns, and the checks they share.

As in our question bank, a stem and a rationale are HTML, while an option's text and its
feedback are plain text, each with a formatted (HTML) form when the file formats them.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal

QTYPES = ("single", "multi", "truefalse", "ordering")


@dataclass
class ParsedOption:
    text: str
    # Weight as Moodle gives it, -1..1: 1 is fully correct, 0.5 half, a negative weight a penalty.
    # Ordering options carry 0: their order is the answer.
    fraction: Decimal
    feedback: str = ""
    # Sanitised HTML when the file formats the text or feedback (sub/sup, lists, images...),
    # else "": the plain text above says it all.
    text_html: str = ""
    feedback_html: str = ""

    @property
    def markup(self) -> tuple[str, str]:
        """The option's text and feedback as HTML for a file: the formatted form, else the plain
        text escaped (with ``<br>`` for a newline), which reads back as the same plain text."""
        return self.text_html or _escaped(self.text), self.feedback_html or _escaped(self.feedback)


def _escaped(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


@dataclass
class ParsedQuestion:
    name: str
    qtype: str  # one of QTYPES
    stem: str
    options: list[ParsedOption]
    rationale: str = ""  # general feedback
    tags: list[str] = field(default_factory=list)
    choose_n: int | None = None  # multi only: how many options a learner picks
    position: int = 0  # 1-based item number in the file
    line: int | None = None  # line the item starts on, where the format tells
    extra: dict = field(default_factory=dict)
    # Files embedded in the item (Moodle XML), by name, as ``@@PLUGINFILE@@/<name>`` links in
    # the stem and rationale refer to them.
    files: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # kept, but not quite as written


@dataclass
class ImportIssue:
    position: int  # 0 for a problem with the whole file
    name: str
    qtype: str
    reason: str
    kind: str  # "unsupported" | "invalid"


@dataclass
class ParseResult:
    questions: list[ParsedQuestion]
    issues: list[ImportIssue]

    @property
    def ok(self) -> bool:
        return not self.issues


def file_issue(reason: str) -> ParseResult:
    """A result for a file that could not be read at all."""
    return ParseResult([], [ImportIssue(0, "", "", reason, "invalid")])


# Moodle XML type names, which GIFT's parser uses too, as people call them.
_TYPE_LABELS = {
    "calculated": "calculated",
    "calculatedmulti": "calculated multichoice",
    "calculatedsimple": "simple calculated",
    "cloze": "cloze",
    "ddimageortext": "drag and drop onto image",
    "ddmarker": "drag and drop markers",
    "ddwtos": "drag and drop into text",
    "gapselect": "select missing words",
    "matching": "matching",
    "multianswer": "cloze",
    "randomsamatch": "random short-answer matching",
    "shortanswer": "short answer",
}


def unsupported(position: int, name: str, qtype: str) -> ImportIssue:
    label = _TYPE_LABELS.get(qtype, qtype)
    return ImportIssue(position, name, qtype, f"{label} questions are not supported", "unsupported")


# Moodle's question_bank::fraction_options_full(), in percent; their negatives are valid too.
_GRADES = tuple(
    Decimal(value)
    for value in (
        "100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40", "33.33333",
        "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0",
    )
)  # fmt: skip
_GRADE_TOLERANCE = Decimal("0.0001")


def grade_fraction(percent: Decimal) -> Decimal | None:
    """Moodle's grade nearest ``percent`` as a fraction, or None when Moodle would refuse it."""
    for grade in _GRADES:
        if abs(abs(percent) - grade) <= _GRADE_TOLERANCE:
            return (grade if percent >= 0 else -grade) / 100
    return None


def percent_text(fraction: Decimal) -> str:
    """``Decimal("0.3333333")`` -> ``"33.33333"``, without exponents or trailing zeros."""
    return format((fraction * 100).normalize(), "f")


def choice_problem(qtype: str, options: list[ParsedOption]) -> str | None:
    """Why a single or multi question cannot be used, or None when it can."""
    if len(options) < 2:
        return f"needs at least 2 answers, found {len(options)}"
    for number, option in enumerate(options, 1):
        if not option.text:
            return f"answer {number} is empty"
    if qtype == "single":
        full = [str(n) for n, option in enumerate(options, 1) if option.fraction == 1]
        if not full:
            return "has no correct answer (no answer is worth 100%)"
        if len(full) > 1:
            listed = f"{', '.join(full[:-1])} and {full[-1]}"
            return f"answers {listed} are each worth 100%; a single-answer question needs exactly one correct answer"
        return None
    total = sum((option.fraction for option in options if option.fraction > 0), Decimal(0))
    if not total:
        return "has no correct answer (no answer has a positive grade)"
    # Moodle's own form check: the positive grades, rounded to whole percent, must make 100.
    if abs(total - 1) >= Decimal("0.005"):
        return f"the positive grades add up to {percent_text(total)}%, not 100%"
    return None


def positive_count(options: list[ParsedOption]) -> int:
    return sum(1 for option in options if option.fraction > 0)


_CONTEXT_PLACEHOLDERS = {"$course$", "$system$", "$module$", "$cat$", "top"}


def category_tags(path: str) -> list[str]:
    """Tags from a Moodle category path: ``$course$/Iota/Kappa`` -> ``["Iota", "Kappa"]``.

    Moodle writes a slash inside a category name as ``//``, and HTML-escapes names.
    """
    segments = [html.unescape(raw.replace("//", "/")).strip() for raw in re.split(r"(?<!/)/(?!/)", path.strip())]
    while segments and segments[0] in _CONTEXT_PLACEHOLDERS:
        segments.pop(0)
    return [segment for segment in segments if segment]


def default_name(stem: str, position: int) -> str:
    """A name for an item the file left unnamed: the start of its text, as Moodle does."""
    text = html.unescape(re.sub(r"<[^>]*>", " ", stem))
    return textwrap.shorten(text, 80, placeholder="…") or f"Question {position}"
