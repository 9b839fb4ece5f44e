"""Turning text in the formats Moodle knows (html, moodle, plain, markdown) into ours.

Stems and rationales are rich text, so they become sanitised HTML. Options and their feedback
are plain text in our question bank, so they become text, with HTML tags dropped and entities
decoded (a picture's alt text is kept only when the text is nothing but pictures), plus a
formatted form (sanitised HTML) when the source formats them (`to_option`).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from quizzes.richtext import formatted_or_empty, markdown_to_html, sanitise_html

_BREAK = "\x00"  # stands for a line break while whitespace from the HTML source is collapsed
_BREAKING_TAGS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}


def to_html(text: str, fmt: str) -> str:
    """Rich text written in Moodle format ``fmt`` as sanitised HTML.

    Plain text becomes ``<p>`` paragraphs. Moodle's "moodle auto-format" lets HTML through, but
    GIFT authors mostly write plain text and expect "x < 2" to read as written, so it is escaped
    like plain text. Markdown is converted by Python-Markdown.
    """
    if not text:
        return text
    if fmt == "html":
        return sanitise_html(text)
    if fmt == "markdown":
        return markdown_to_html(text)
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(f"<p>{html.escape(part, quote=False).replace(chr(10), '<br>')}</p>" for part in paragraphs)


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # inside <script> or <style>, whose content is not text
        self.alts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BREAKING_TAGS:
            self.parts.append(_BREAK)
        elif tag in ("td", "th"):  # cells in a row read as words, not run together
            self.parts.append(" ")
        elif tag == "img":  # kept aside: used only when the text is nothing but pictures
            self.alts.append(dict(attrs).get("alt") or "")
        elif tag in ("script", "style"):
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in _BREAKING_TAGS:
            self.parts.append(_BREAK)
        elif tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def to_text(text: str, fmt: str) -> str:
    """Short text written in Moodle format ``fmt`` as plain text: one space between words,
    a newline where the source breaks a line, no blank lines."""
    if fmt == "markdown":
        text, fmt = markdown_to_html(text), "html"
    if fmt == "html":
        extractor = _TextExtractor()
        extractor.feed(text)
        extractor.close()
        text = "".join(extractor.parts).replace(_BREAK, "\n")
        if not text.strip():
            # An option that is only a picture keeps its description rather than nothing.
            text = " ".join(alt for alt in extractor.alts if alt)
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def text_as_html(text: str) -> str:
    """Plain text written as HTML that ``to_text(..., "html")`` reads back unchanged."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def to_option(text: str, fmt: str) -> tuple[str, str]:
    """An option's text (or its feedback) written in Moodle format ``fmt``: its plain text, and
    its formatted form as sanitised HTML, or "" when the plain text shows it all."""
    if fmt not in ("html", "markdown") or not text:
        return to_text(text, fmt), ""
    markup = to_html(text, fmt)
    plain = to_text(markup, "html")
    return plain, formatted_or_empty(markup, plain)
