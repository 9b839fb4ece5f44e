"""Writing questions as Moodle XML that a Moodle site, and our own ``parse_moodle_xml``, import
unchanged: categories from tags, ID numbers, per-option and general feedback, each option's
weight written as the question holds it, and pictures embedded as base64 ``<file>`` elements."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET

from .base import ParsedOption, ParsedQuestion, percent_text
from .media import references


def _text(parent: ET.Element, tag: str, value: str, fmt: str = "html", files=None) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    for name in references(value) if files else ():
        if name in files:
            _file(element, name, files[name])
    return element


def _file(parent: ET.Element, name: str, data: bytes) -> None:
    attributes = {"name": name, "path": "/", "encoding": "base64"}
    ET.SubElement(parent, "file", attributes).text = base64.b64encode(data).decode("ascii")


def _category(quiz: ET.Element, tags: list[str]) -> None:
    question = ET.SubElement(quiz, "question", {"type": "category"})
    path = "/".join(["$course$", "top", *(tag.replace("/", "//") for tag in tags)])
    ET.SubElement(ET.SubElement(question, "category"), "text").text = path


def _answer(parent: ET.Element, option: ParsedOption, files, text: str | None = None) -> None:
    """An ``<answer>``: its text, weight and feedback, with the files each links to embedded."""
    markup, feedback = option.markup
    answer = ET.SubElement(parent, "answer", {"fraction": percent_text(option.fraction), "format": "html"})
    ET.SubElement(answer, "text").text = text if text is not None else markup
    for name in references(markup) if text is None else ():
        if name in files:
            _file(answer, name, files[name])
    if option.feedback:
        _text(answer, "feedback", feedback, files=files)


def _question(quiz: ET.Element, parsed: ParsedQuestion) -> None:
    qtype = "truefalse" if parsed.qtype == "truefalse" else "multichoice"
    question = ET.SubElement(quiz, "question", {"type": qtype})
    _text(question, "name", parsed.name, fmt="")
    _text(question, "questiontext", parsed.stem, files=parsed.files)
    _text(question, "generalfeedback", parsed.rationale, files=parsed.files)
    ET.SubElement(question, "defaultgrade").text = "1"
    ET.SubElement(question, "penalty").text = "1" if qtype == "truefalse" else "0.3333333"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = parsed.extra.get("idnumber", "")
    if qtype == "truefalse":
        true, false = parsed.options
        _answer(question, true, parsed.files, "true")
        _answer(question, false, parsed.files, "false")
    else:
        ET.SubElement(question, "single").text = "true" if parsed.qtype == "single" else "false"
        ET.SubElement(question, "shuffleanswers").text = "true"
        ET.SubElement(question, "answernumbering").text = "abc"
        for option in parsed.options:
            _answer(question, option, parsed.files)
    if parsed.tags:
        tags = ET.SubElement(question, "tags")
        for tag in parsed.tags:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag


def export_moodle_xml(questions: list[ParsedQuestion]) -> tuple[str, list[str]]:
    """Moodle XML for ``questions``, and the names of those it leaves out (ordering questions,
    which Moodle's core question types cannot hold).

    A category element is written whenever the tags change, so Moodle files each question in a
    category named after its tags; the tags are written as Moodle tags too.
    """
    quiz = ET.Element("quiz")
    skipped: list[str] = []
    tags: list[str] | None = None
    for question in questions:
        if question.qtype == "ordering":
            skipped.append(question.name)
            continue
        if question.tags != tags:
            tags = question.tags
            _category(quiz, tags)
        _question(quiz, question)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n", skipped
