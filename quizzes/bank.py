"""Question-bank state changes: creating questions, snapshots (versions) and status changes.

Every write path (admin create and edit, import, demo seed) ends in `question_snapshot`, so the
latest `QuestionVersion` always matches the working copy learners are given.
"""

import hashlib
import json
import re

from django.db import transaction
from wagtail.log_actions import log

from quizzes.importers.text import to_text
from quizzes.models import AttemptItem, Option, Question, QuestionVersion, VersionOption
from quizzes.richtext import formatted_or_empty, sanitise_html
from quizzes.validation import QuestionDraft, question_problems

# What a learner sees and what grading uses; a change to any of these is a change of content.
_OPTION_FIELDS = ("text", "is_correct", "rationale")


def _content(question: Question, options) -> dict:
    return {
        "qtype": question.qtype,
        "stem": question.stem,
        "choose_n": question.choose_n,
        "rationale": question.rationale,
        "references": question.references,
        # A weight joins the content only when set, so questions without weights keep the hash
        # (and the version) they had before weights existed.
        "options": [
            [option.pk, *(getattr(option, f) for f in _OPTION_FIELDS)]
            + ([str(option.fraction)] if option.fraction is not None else [])
            # Likewise the formatted forms, so plain options keep their hash.
            + ([option.text_html, option.rationale_html] if option.text_html or option.rationale_html else [])
            for option in options
        ],
    }


def _hash(content: dict) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


@transaction.atomic
def question_snapshot(*, question: Question) -> QuestionVersion:
    """Return the version learners should see now, making or refreshing it if the content changed.

    A version that no attempt has used yet is updated in place; once any attempt has used it, a
    content change makes a new version, so old attempts keep what the learner actually saw.
    """
    options = list(question.options.order_by("sort_order", "pk"))
    _drop_stale_formatting(options)
    content = _content(question, options)
    digest = _hash(content)
    latest = QuestionVersion.objects.select_for_update().filter(question=question).order_by("-number").first()
    if latest is not None and latest.content_hash == digest:
        return latest
    if latest is not None and not AttemptItem.objects.filter(version=latest).exists():
        version = latest
        version.options.all().delete()
    else:
        version = QuestionVersion(question=question, number=(latest.number + 1) if latest else 1)
    version.content_hash = digest
    for field in ("qtype", "stem", "choose_n", "rationale", "references"):
        setattr(version, field, content[field])
    version.save()
    VersionOption.objects.bulk_create(
        VersionOption(
            version=version,
            source=option,
            position=position,
            text=option.text,
            is_correct=option.is_correct,
            fraction=option.fraction,
            rationale=option.rationale,
            text_html=option.text_html,
            rationale_html=option.rationale_html,
        )
        for position, option in enumerate(options, start=1)
    )
    return version


def _drop_stale_formatting(options) -> None:
    """An option's formatted form stands only while it still reads as its plain text: the
    admin edits the plain text, and an edit there wins over the formatting an import brought."""
    for option in options:
        changed = []
        for plain, formatted in (("text", "text_html"), ("rationale", "rationale_html")):
            markup = getattr(option, formatted)
            if markup and to_text(markup, "html") != to_text(getattr(option, plain), "plain"):
                setattr(option, formatted, "")
                changed.append(formatted)
        if changed:
            option.save(update_fields=changed)


@transaction.atomic
def questions_set_status(*, questions, status: str) -> int:
    """Bulk status change (draft → in review → field test → active → retired). Returns the count."""
    if status not in Question.Status.values:
        raise ValueError(f"Unknown status {status!r}")
    return Question.objects.filter(pk__in=[q.pk for q in questions]).update(status=status)


def rich_text_clean(html: str, *, field: str) -> str:
    """`html` as the bank stores it for `field` ("stem" or "rationale"): sanitised to the
    allow-list in `quizzes.richtext` (sub/sup, lists, tables, code and images survive; scripts,
    styles and unknown tags from an imported file do not) and normalised, so storing it twice
    changes nothing."""
    return sanitise_html(html)


def rich_text_is_blank(html: str) -> bool:
    """True when `html` shows nothing: no text and no image."""
    if re.search(r"<(img|embed)\b", html, re.IGNORECASE):
        return False
    return not re.sub(r"<[^>]*>|&nbsp;|&#160;", "", html).strip()


@transaction.atomic
def question_create(*, draft: QuestionDraft, status: str, created_by=None) -> Question:
    """Save a new question with its options and tags, snapshot it as version 1, log who made it.

    Stem and rationale are stored as the editor would store them (`rich_text_clean`). Raises
    ValueError when the draft breaks the bank's rules (see `quizzes.validation`).
    """
    stem = rich_text_clean(draft.stem, field="stem")
    rationale = rich_text_clean(draft.rationale, field="rationale")
    if rich_text_is_blank(stem) or rich_text_is_blank(rationale):
        raise ValueError(f"{draft.name}: the question needs a stem and an overall rationale.")
    if problems := question_problems(
        qtype=draft.qtype, choose_n=draft.choose_n, options=draft.options, nbcot_style=draft.nbcot_style
    ):
        raise ValueError(f"{draft.name}: " + " ".join(problem.message for problem in problems))
    if status not in Question.Status.values:
        raise ValueError(f"Unknown status {status!r}")
    question = Question(
        key=draft.key or None,
        name=draft.name,
        idnumber=draft.idnumber,
        qtype=draft.qtype,
        status=status,
        stem=stem,
        choose_n=draft.choose_n if draft.qtype == Question.QType.MULTI else None,
        rationale=rationale,
        references=draft.references,
        difficulty=draft.difficulty,
        domain_code=draft.domain_code,
        nbcot_style=draft.nbcot_style,
    )
    question.options = [
        Option(
            sort_order=index,
            text=option.text,
            is_correct=option.is_correct,
            fraction=option.fraction,
            rationale=option.rationale,
            text_html=formatted_or_empty(option.text_html, option.text),
            rationale_html=formatted_or_empty(option.rationale_html, option.rationale),
        )
        for index, option in enumerate(draft.options)
    ]
    question.tags.set(draft.tags)
    question.save()
    question_snapshot(question=question)
    log(instance=question, action="wagtail.create", user=created_by)
    return question
