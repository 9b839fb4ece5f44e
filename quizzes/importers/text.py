"""Turning text in the formats Moodle knows (html, moodle, plain, markdown) into ours.

Stems and rationales are rich text, so they become HTML. Options and their feedback are plain
text in our question bank, so they become text, with HTML tags dropped and entities decoded.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Moodle's "moodle auto-format" lets HTML through, but GIFT authors mostly write plain text and
# expect "x < 2" to read as written, so it is escaped like plain text.
_MARKDOWN_INLINE = (
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"<em>\1</em>"),
)
_BREAK = "\x00"  # stands for a line break while whitespace from the HTML source is collapsed
_BREAKING_TAGS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}


def _markdown(text: str) -> str:
    """Escape, then keep the emphasis and code spans people actually use in questions."""
    text = html.escape(text, quote=False)
    for pattern, replacement in _MARKDOWN_INLINE:
        text = pattern.sub(replacement, text)
    return text


def to_html(text: str, fmt: str) -> str:
    """Rich text written in Moodle format ``fmt`` as HTML; plain text becomes ``<p>`` paragraphs."""
    if fmt == "html" or not text:
        return text
    convert = _markdown if fmt == "markdown" else (lambda part: html.escape(part, quote=False))
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "\n".join(f"<p>{convert(part).replace(chr(10), '<br>')}</p>" for part in paragraphs)


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # inside <script> or <style>, whose content is not text

    def handle_starttag(self, tag, attrs):
        if tag in _BREAKING_TAGS:
            self.parts.append(_BREAK)
        elif tag == "img":  # an option that is a picture keeps at least its description
            self.parts.append(dict(attrs).get("alt") or "")
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
    if fmt == "html":
        extractor = _TextExtractor()
        extractor.feed(text)
        extractor.close()
        text = "".join(extractor.parts).replace(_BREAK, "\n")
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def text_as_html(text: str) -> str:
    """Plain text written as HTML that ``to_text(..., "html")`` reads back unchanged."""
    return html.escape(text, quote=False).replace("\n", "<br>")
