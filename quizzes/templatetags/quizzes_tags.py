"""Small presentation helpers for quiz templates (no queries)."""

from decimal import Decimal

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html
from wagtail.templatetags.wagtailcore_tags import richtext

from quizzes.richtext import option_markup

register = template.Library()


@register.filter
def option_html(markup: str) -> str:
    """An option's markup from `option_markup` (sanitised HTML, or escaped plain text) with
    Wagtail's picture embeds expanded; cheaper per option than the `richtext` filter's template."""
    return mark_safe(expand_db_html(markup or ""))  # noqa: S308 - sanitised on the way in


@register.filter
def option_text(option) -> str:
    """An option (or version option) as learners see it: its formatted form, else its text."""
    return richtext(option_markup(text=option.text, html=option.text_html))


@register.filter
def option_rationale(option) -> str:
    """An option's rationale as learners see it once graded."""
    return richtext(option_markup(text=option.rationale, html=option.rationale_html))


@register.filter
def clock(seconds) -> str:
    """Seconds as a countdown clock: 1:05:09 or 12:03."""
    seconds = max(int(seconds or 0), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.filter
def minutes(value) -> str:
    """A duration in minutes in words: "1 hour 30 minutes", "45 minutes"."""
    if value is None:
        return ""
    hours, mins = divmod(int(value), 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if mins or not hours:
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


@register.filter
def points(value) -> str:
    """Points without trailing zeros: 3, 2.5, 0.3333."""
    if value in (None, ""):
        return ""
    number = Decimal(str(value)).normalize()
    return f"{number:f}"


@register.inclusion_tag("quizzes/includes/timer.html", takes_context=True)
def attempt_timer(context, attempt, timer):
    return {"attempt": attempt, "timer": timer, "request": context.get("request")}


@register.inclusion_tag("quizzes/includes/choices.html")
def answer_choices(question, knowledge_check=False, describedby=""):
    """The answer inputs of one question (radio, checkbox or ordering selects), without any key.

    Knowledge checks hold several questions in one form, so their field names carry the version id
    (the `AnswerForm` prefix `q<version id>`).
    """
    prefix, id_prefix = "", "choice-"
    if knowledge_check:
        prefix, id_prefix = f"q{question.version.pk}-", f"kc-{question.version.pk}-"
        describedby = f"kc-{question.version.pk}-stem"
    return {
        "question": question,
        "qtype": question.version.qtype,
        "name": f"{prefix}answer",
        "pos_name": f"{prefix}pos-",
        "id_prefix": id_prefix,
        "positions": range(1, len(question.choices) + 1),
        "describedby": describedby,
    }


_ANSWERED = '<span aria-hidden="true">✓</span><span class="visually-hidden">answered</span>'
_NOT_ANSWERED = '<span class="visually-hidden">not answered</span>'
_FLAGGED = '<span aria-hidden="true">⚑</span><span class="visually-hidden">, flagged</span>'


@register.simple_tag
def nav_state(answered, flagged) -> str:
    """An item's state in the question navigator, for sight and for screen readers. A tag, not an
    include: the navigator renders it for every item on every question page (issue 19)."""
    return mark_safe((_ANSWERED if answered else _NOT_ANSWERED) + (_FLAGGED if flagged else ""))  # noqa: S308


@register.simple_tag
def nav_links(navigator, url_prefix, current) -> str:
    """The navigator's list items, one link per item, built in Python: a template loop spent about
    13 µs an item on variable lookups, conditionals and number formatting (issue 19, third round).
    `url_prefix` is the reversed `/quiz/attempt/<pk>/q/` (see `views._question_url_prefix`)."""
    prefix = conditional_escape(url_prefix)
    parts = []
    for entry in navigator:
        position = int(entry.position)
        classes = "quiz-nav__link"
        if entry.answered:
            classes += " is-answered"
        if entry.flagged:
            classes += " is-flagged"
        step = ' aria-current="step"' if position == current else ""
        state = nav_state(entry.answered, entry.flagged)
        parts.append(
            f'\n      <li><a class="{classes}" href="{prefix}{position}/"{step}>'
            f'<span class="visually-hidden">Question </span>{position} '
            f'<span id="nav-state-{position}" class="quiz-nav__state">{state}</span>'
            "</a></li>\n    "
        )
    return mark_safe("".join(parts))  # noqa: S308 - integers, fixed markup and the escaped prefix
