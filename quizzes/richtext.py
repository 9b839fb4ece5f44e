"""Rich text for questions: one allow-list, applied to everything a question file brings in.

Stems and rationales are stored as HTML in Wagtail ``RichTextField`` columns and rendered with
the ``richtext`` filter, which passes ordinary HTML through and only expands Wagtail's own
``<embed embedtype="image">`` and ``<a linktype="page">``. So what `sanitise_html` returns is
exactly what a learner sees, and exactly what an export writes.

Sanitising is done by nh3 (the Rust ``ammonia`` sanitiser): it parses the markup as a browser
would, so ``<br>``, ``<img …>``, ``<hr>`` without a closing slash and an unclosed ``<li>`` are
well-formed afterwards, and anything outside the allow-list (scripts, styles, event handlers,
``javascript:`` links) is gone. Markdown is converted by Python-Markdown before sanitising.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

import markdown as markdown_lib
import nh3

# What questions need: paragraphs, line breaks, emphasis, sub/sup, lists, tables, code/pre,
# links and images; plus Wagtail's own image embeds and page links, which the editor writes.
ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "blockquote", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
        "code", "pre", "kbd", "samp", "var",
        "a", "img", "embed",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "linktype", "id"},
    "img": {"src", "alt", "width", "height", "title"},
    "embed": {"embedtype", "id", "format", "alt"},
    "ol": {"start", "type"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

_BLOCK_TAG = re.compile(r"<(p|div|ul|ol|li|h[1-6]|table|blockquote|pre|hr|dl)\b", re.IGNORECASE)
_EMBED = re.compile(r"<embed\b([^>]*?)\s*/?>")
_SYNONYMS = {"b": "strong", "i": "em"}
_SYNONYM = re.compile(r"<(/?)(b|i)>")
_STYLE_TAGS = (("font-style", "italic", "em"), ("font-weight", "bold", "strong"), ("font-weight", "700", "strong"))


class _StyledSpans(HTMLParser):
    """Rewrites ``<span style="font-style: italic">`` as ``<em>`` (and bold spans as
    ``<strong>``), as Moodle's old editor wrote emphasis, so the sanitiser keeps it."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.spans: list[str] = []  # the closing tag each open span stands for

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            style = (dict(attrs).get("style") or "").replace(" ", "").lower()
            for prop, value, replacement in _STYLE_TAGS:
                if f"{prop}:{value}" in style:
                    self.out.append(f"<{replacement}>")
                    self.spans.append(f"</{replacement}>")
                    return
            self.spans.append("")
            return
        self.out.append(self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag == "span":
            self.out.append(self.spans.pop() if self.spans else "")
        else:
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        pass


def _styled_spans_as_tags(html: str) -> str:
    parser = _StyledSpans()
    parser.feed(html)
    parser.close()
    parser.out.extend(reversed(parser.spans))
    return "".join(parser.out)


def sanitise_html(html: str) -> str:
    """``html`` reduced to the allow-list and normalised: well-formed, void tags written as
    ``<br>``, loose inline text wrapped in one ``<p>``. Running it twice changes nothing."""
    if not html or not html.strip():
        return ""
    cleaned = nh3.clean(
        _styled_spans_as_tags(html),
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
        clean_content_tags={"script", "style"},
    ).strip()
    # One spelling for emphasis, the one Wagtail's editor writes.
    cleaned = _SYNONYM.sub(lambda match: f"<{match.group(1)}{_SYNONYMS[match.group(2)]}>", cleaned)
    # Wagtail expands an image embed only when written self-closing, as its editor writes it.
    cleaned = _EMBED.sub(r"<embed\1/>", cleaned)
    if cleaned and not _BLOCK_TAG.search(cleaned):
        # Loose inline markup (common in Moodle files) is one paragraph.
        cleaned = f"<p>{cleaned}</p>"
    return cleaned


def markdown_to_html(text: str) -> str:
    """Markdown (as Moodle's ``[markdown]`` / ``format="markdown"``) as sanitised HTML.

    Raw HTML inside Markdown passes to the sanitiser like any other imported HTML.
    """
    return sanitise_html(markdown_lib.markdown(text, extensions=["tables", "fenced_code", "sane_lists"]))


def plain_as_html(text: str) -> str:
    """Plain text as the sanitised HTML that shows it: escaped, a line break per newline."""
    return sanitise_html(html_lib.escape(text, quote=False).replace("\n", "<br>"))


def formatted_or_empty(html: str, plain: str) -> str:
    """``html`` sanitised, or "" when it shows no more than ``plain`` does, so an option keeps a
    formatted form only when it has formatting (sub/sup, lists, tables, images...)."""
    cleaned = sanitise_html(html)
    return "" if cleaned == plain_as_html(plain) else cleaned


_ONE_PARAGRAPH = re.compile(r"\A<p>((?:(?!</?p\b).)*)</p>\Z", re.DOTALL)


def option_markup(*, text: str, html: str) -> str:
    """What an option shows: its formatted form, else its plain text as HTML; one paragraph is
    unwrapped, so a short option reads inline (inside a ``<label>``) as it always has."""
    markup = html or plain_as_html(text)
    match = _ONE_PARAGRAPH.match(markup)
    return match.group(1) if match else markup
