"""Writing questions as GIFT that Moodle, and our own ``parse_gift``, read back unchanged."""

from __future__ import annotations

import re

from .base import ParsedOption, ParsedQuestion, percent_text


def _escape(text: str) -> str:
    """GIFT-escape ``text`` so it stays on one line and no character reads as syntax."""
    text = re.sub(r"[\\#=~{}:]", lambda match: "\\" + match.group(0), text.replace("\r", ""))
    return text.replace("\n", "\\n")


def _html(markup: str) -> str:
    # A leading "[" or "%" would read as a format prefix or a weight: an explicit [html] guards it.
    return ("[html]" if markup[:1] in ("[", "%") else "") + _escape(markup)


def _category(tags: list[str]) -> str:
    return "$CATEGORY: " + "/".join(["$course$", *(tag.replace("/", "//") for tag in tags)])


def _metadata(question: ParsedQuestion) -> str:
    """Moodle's ``// [id:…] [tag:…]`` comment line, which keeps ID numbers and tags."""
    parts = []
    if idnumber := question.extra.get("idnumber"):
        parts.append(f"[id:{_comment_safe(idnumber)}]")
    parts += [f"[tag:{_comment_safe(tag)}]" for tag in question.tags]
    return f"// {' '.join(parts)}\n" if parts else ""


def _comment_safe(text: str) -> str:
    # A "]" would end the bracket and a newline the comment; neither can be escaped in GIFT.
    return " ".join(text.replace("]", ")").split())


def _answer(option: ParsedOption, qtype: str) -> str:
    if qtype == "single" and option.fraction == 1:
        mark = "="
    elif option.fraction == 0:
        mark = "~"
    else:
        mark = f"~%{percent_text(option.fraction)}%"
    text, feedback = option.markup
    feedback = f"#{_html(feedback)}" if option.feedback else ""
    return f"\t{mark}{_html(text)}{feedback}\n"


def _question(question: ParsedQuestion) -> str:
    # The stem is marked [html], and answers and feedback default to the stem's format, so all
    # text is written as HTML: an option's formatted form, or its plain text escaped.
    head = f"::{_escape(question.name)}::[html]{_escape(question.stem)}"
    general = f"####{_html(question.rationale)}" if question.rationale else ""
    if question.qtype == "truefalse":
        true, false = question.options
        right, wrong = (true, false) if true.fraction > 0 else (false, true)
        feedback = ""
        if wrong.feedback or right.feedback:
            feedback = f"#{_html(wrong.markup[1])}"
        if right.feedback:
            feedback += f"#{_html(right.markup[1])}"
        return f"{head}{{{'TRUE' if true is right else 'FALSE'}{feedback}{general}}}\n"
    answers = "".join(_answer(option, question.qtype) for option in question.options)
    return f"{head}{{\n{answers}" + (f"\t{general}\n" if general else "") + "}\n"


def export_gift(questions: list[ParsedQuestion]) -> tuple[str, list[str]]:
    """GIFT for ``questions``, and the names of those GIFT cannot express (ordering questions).

    Weights are written as the question holds them, so a multi question keeps its negative
    weights for wrong options.
    """
    blocks, skipped, tags = [], [], []
    for question in questions:
        if question.qtype == "ordering":
            skipped.append(question.name)
            continue
        if question.tags != tags:
            tags = question.tags
            blocks.append(_category(tags) + "\n")
        blocks.append(_metadata(question) + _question(question))
    return "\n".join(blocks), skipped
