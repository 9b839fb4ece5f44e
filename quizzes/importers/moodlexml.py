"""Moodle XML: ``<quiz>`` holding ``<question type="...">`` elements, read with defusedxml."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from quizzes.richtext import sanitise_html

from .base import (
    ImportIssue,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    category_tags,
    choice_problem,
    default_name,
    file_issue,
    grade_fraction,
    positive_count,
    unsupported,
)
from .media import decode_files, drop_broken, images_without_alt, plugin_url, references
from .text import to_html, to_option

_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain",
            "markdown": "markdown"}  # fmt: skip


def _format(element, default: str) -> str:
    return _FORMATS.get(element.get("format", "") if element is not None else "", default)


def _text(element, path: str, default_fmt: str) -> str:
    """The ``<text>`` of the child at ``path`` (question text, general feedback) as HTML, read
    in the child's own format."""
    child = element.find(path)
    if child is None:
        return ""
    return to_html(child.findtext("text", "").strip(), _format(child, default_fmt))


def _option_text(element, path: str, default_fmt: str) -> tuple[str, str]:
    """The option text (or feedback) at ``path``: plain text and its formatted form (or "")."""
    child = element.find(path)
    if child is None:
        return "", ""
    return to_option(child.findtext("text", "").strip(), _format(child, default_fmt))


def _percent(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.strip())
    except InvalidOperation:
        return None


def parse_moodle_xml(text: str) -> ParseResult:
    try:
        root = fromstring(text.lstrip("\ufeff"))
    except ParseError as exc:
        return file_issue(f"the file is not well-formed XML: {exc}")
    except DefusedXmlException as exc:
        reason = f"the file declares XML entities or a DTD, which are refused for safety ({type(exc).__name__})"
        return file_issue(reason)
    if root.tag != "quiz":
        return file_issue(f"a Moodle XML file starts with <quiz>, not <{root.tag}>")

    questions: list[ParsedQuestion] = []
    issues: list[ImportIssue] = []
    tags: list[str] = []
    position = 0
    for element in root.findall("question"):
        qtype = element.get("type", "")
        if qtype == "category":
            tags = category_tags(element.findtext("category/text", ""))
            continue
        position += 1
        item = _read_question(element, qtype, position, tags)
        (questions if isinstance(item, ParsedQuestion) else issues).append(item)
    return ParseResult(questions, issues)


def _read_question(element, qtype: str, position: int, tags: list[str]):
    # Answers and feedback without a format of their own are in the question text's format.
    question_fmt = _format(element.find("questiontext"), "moodle")
    stem = _text(element, "questiontext", "moodle")
    name = element.findtext("name/text", "").strip() or default_name(stem, position)
    if qtype == "truefalse":
        options, reason = _truefalse_options(element, question_fmt)
    elif qtype == "multichoice":
        # Moodle reads anything but "false", "0" or nothing as single.
        single = element.findtext("single", "true").strip() not in ("false", "0", "")
        qtype = "single" if single else "multi"
        options, reason = _choice_options(element, qtype, question_fmt)
    elif qtype:
        return unsupported(position, name, qtype)
    else:
        return ImportIssue(position, name, "", "the question has no type attribute", "invalid")
    if reason:
        return ImportIssue(position, name, qtype, reason, "invalid")

    own_tags = [tag.findtext("text", "").strip() for tag in element.findall("tags/tag")]
    idnumber = element.findtext("idnumber", "").strip()
    question = ParsedQuestion(
        name=name,
        qtype=qtype,
        stem=stem,
        options=options,
        rationale=_text(element, "generalfeedback", question_fmt),
        tags=tags + [tag for tag in own_tags if tag and tag not in tags],
        choose_n=positive_count(options) if qtype == "multi" else None,
        position=position,
        extra={"idnumber": idnumber} if idnumber else {},
    )
    _attach_files(element, question)
    return question


def _attach_files(element, question: ParsedQuestion) -> None:
    """Keep the files the stem and rationale link to; report, and unlink, those that are missing."""
    files, question.warnings = decode_files(element.iter("file"))
    # Moodle 1.9 kept one picture beside the question text; Moodle shows it after the text.
    old_name, old_data = element.findtext("image", "").strip(), element.findtext("image_base64", "")
    if old_name and old_data.strip():
        old_files, problems = decode_files([_OldImage(old_name, old_data)])
        files.update(old_files)
        question.warnings += problems
        question.stem = sanitise_html(f'{question.stem}<p><img src="{plugin_url(old_name)}" alt=""></p>')
    question.stem, dropped = drop_broken(question.stem, files)
    question.rationale, dropped_too = drop_broken(question.rationale, files)
    for option in question.options:
        option.text, option.text_html, dropped_in_text = _without_broken(option.text, option.text_html, files)
        option.feedback, option.feedback_html, dropped_in_feedback = _without_broken(
            option.feedback, option.feedback_html, files
        )
        dropped_too += dropped_in_text + dropped_in_feedback
    question.warnings += [
        f"links to {name}, which the file does not include; the link was removed"
        for name in dict.fromkeys(dropped + dropped_too)
    ]
    markup = question.stem + question.rationale + "".join(o.text_html + o.feedback_html for o in question.options)
    question.files = {name: files[name] for name in references(markup)}
    question.warnings += [
        f"picture {name} has no alt text; describe it in the question editor" for name in images_without_alt(markup)
    ]


def _without_broken(text: str, html: str, files) -> tuple[str, str, list[str]]:
    """An option's text and formatted form without links to files the item does not include."""
    if not html:
        return text, html, []
    html, dropped = drop_broken(html, files)
    return (*to_option(html, "html"), dropped) if dropped else (text, html, [])


class _OldImage:
    """Moodle 1.9's ``<image>``/``<image_base64>`` pair, read like a ``<file>`` element."""

    def __init__(self, name: str, data: str):
        self.text, self._attributes = data, {"name": name, "encoding": "base64"}

    def get(self, key, default=None):
        return self._attributes.get(key, default)


def _choice_options(element, qtype: str, fmt: str) -> tuple[list[ParsedOption], str | None]:
    options, problems = [], []
    for number, answer in enumerate(element.findall("answer"), 1):
        raw = answer.get("fraction", "0")
        percent = _percent(raw)
        fraction = grade_fraction(percent) if percent is not None else None
        if fraction is None:
            problems.append(f"answer {number} has an invalid grade {raw}%")
        text, text_html = to_option(answer.findtext("text", ""), _format(answer, fmt))
        feedback, feedback_html = _option_text(answer, "feedback", fmt)
        fraction = fraction if fraction is not None else Decimal(0)
        options.append(ParsedOption(text, fraction, feedback, text_html=text_html, feedback_html=feedback_html))
    return options, "; ".join(problems) or choice_problem(qtype, options)


def _truefalse_options(element, fmt: str) -> tuple[list[ParsedOption], str | None]:
    answers = element.findall("answer")
    if len(answers) != 2:
        return [], f"a true/false question needs 2 answers, found {len(answers)}"
    by_text = {answer.findtext("text", "").strip().lower(): answer for answer in answers}
    # Like Moodle, take old files whose answers are not labelled "true"/"false" as true first.
    if by_text.keys() == {"true", "false"}:
        true, false = by_text["true"], by_text["false"]
    else:
        true, false = answers
    is_true = _percent(true.get("fraction", "0")) == 100
    true_feedback, false_feedback = _option_text(true, "feedback", fmt), _option_text(false, "feedback", fmt)
    return [
        ParsedOption("True", Decimal(int(is_true)), true_feedback[0], feedback_html=true_feedback[1]),
        ParsedOption("False", Decimal(int(not is_true)), false_feedback[0], feedback_html=false_feedback[1]),
    ], None
