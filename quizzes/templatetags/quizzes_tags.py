"""Small presentation helpers for quiz templates (no queries)."""

from decimal import Decimal

from django import template
from django.template.defaultfilters import time as time_filter
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
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


@register.simple_tag
def attempt_timer(attempt, timer) -> str:
    """The countdown of a timed attempt (`views._timer`: the server's deadline and the seconds left),
    which `static/js/quiz-timer.js` keeps running; nothing for an untimed attempt. Built in Python
    like the answer inputs: an included template cost about a twentieth of a question page."""
    if not timer:
        return "\n"
    remaining = int(timer["remaining"])
    if remaining <= 60:
        modifier, state = " quiz-timer--urgent", "Last minute"
    elif remaining <= 300:
        modifier, state = " quiz-timer--warning", "Under 5 minutes left"
    else:
        modifier, state = "", ""
    pk = int(attempt.pk)
    expired_url = conditional_escape(reverse("quizzes:attempt-results", args=[pk]))
    ends = conditional_escape(time_filter(template_localtime(timer["deadline"]), "g:i A"))
    return mark_safe(  # noqa: S308 - integers, fixed text, and the escaped URL and time
        f'\n<div class="quiz-timer{modifier}" data-quiz-timer data-remaining="{remaining}"'
        f' data-expired-url="{expired_url}">\n  <p class="quiz-timer__line">'
        f'\n    <span id="timer-label-{pk}">Time remaining:</span>'
        f'\n    <span class="quiz-timer__clock" role="timer" aria-labelledby="timer-label-{pk}"'
        f" data-quiz-timer-clock>{clock(remaining)}</span>"
        f'\n    <span class="small">(ends at {ends})</span>'
        f'\n    <strong class="quiz-timer__state" data-quiz-timer-state>{state}</strong>\n  </p>'
        '\n  <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-quiz-timer-announce></p>'
        "\n</div>\n\n"
    )


@register.simple_tag
def answer_choices(question, knowledge_check=False, describedby=""):
    """The answer inputs of one question (radio, checkbox or ordering selects), without any key:
    only display positions and texts appear here, never option ids, correctness or rationales.

    Knowledge checks hold several questions in one form, so their field names carry the version id
    (the `AnswerForm` prefix `q<version id>`). Built in Python rather than by an included template
    (as the navigator is): the template's per-option lookups and conditionals were a fifth of a
    question page (issue 19, third round). Every label belongs to its control by `for`/`id`.
    """
    prefix, id_prefix = "", "choice-"
    if knowledge_check:
        prefix, id_prefix = f"q{question.version.pk}-", f"kc-{question.version.pk}-"
        describedby = f"kc-{question.version.pk}-stem"
    qtype = question.version.qtype
    id_prefix = conditional_escape(id_prefix)
    described = format_html(' aria-describedby="{}"', describedby) if describedby else ""
    parts = [f'\n<fieldset class="choices"{described}>\n  ']
    if qtype == "ordering":
        count = len(question.choices)
        legend = f"Put the steps in order: give each step a position from 1 to {count}."
        parts.append(f"\n    <legend>{legend}</legend>\n    ")
        for choice in question.choices:
            control = f"{id_prefix}{int(choice.index)}"
            positions = "".join(
                f'<option value="{n}"{" selected" if choice.position == n else ""}>Position {n}</option>'
                for n in range(1, count + 1)
            )
            parts.append(
                f'\n      <div class="order-step">\n        <label for="{control}">{option_html(choice.html)}</label>'
                f'\n        <select id="{control}" name="{conditional_escape(prefix)}pos-{int(choice.index)}">'
                f'\n          <option value="">Choose a position</option>\n          {positions}\n        </select>'
                "\n      </div>\n    "
            )
    else:
        if qtype == "multi":
            legend = f"Choose {int(question.version.choose_n) if question.version.choose_n else 'all that apply'}."
        elif qtype == "truefalse":
            legend = "True or false?"
        else:
            legend = "Choose one answer."
        kind = "checkbox" if qtype == "multi" else "radio"
        name = conditional_escape(f"{prefix}answer")
        parts.append(f"\n    <legend>{legend}</legend>\n    ")
        for choice in question.choices:
            index = int(choice.index)
            checked = " checked" if choice.selected else ""
            parts.append(
                f'\n      <div class="choice">\n        <input type="{kind}" id="{id_prefix}{index}" name="{name}"'
                f' value="{index}"{checked}>'
                f'\n        <label for="{id_prefix}{index}">{option_html(choice.html)}</label>'
                "\n      </div>\n    "
            )
    parts.append("\n  \n</fieldset>\n")
    # Integers, fixed markup, escaped names and the options' sanitised markup (see `option_html`).
    return mark_safe("".join(parts))  # noqa: S308


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
