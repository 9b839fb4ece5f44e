"""Saving parsed question files into the bank, and writing the bank back out as files.

The parsers in `quizzes.importers` never touch the database; this module decides what a parsed
item becomes (`ParsedQuestion` -> `QuestionDraft`), refuses what the bank's rules forbid, and
saves atomically: by default a file with any issue saves nothing.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Prefetch

from quizzes.bank import question_create, rich_text_clean, rich_text_is_blank
from quizzes.importers import (
    ImportIssue,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    export_aiken,
    export_csv,
    export_gift,
    export_moodle_xml,
)
from quizzes.models import Question, QuestionTag
from quizzes.question_media import (
    files_embed,
    files_store,
    own_media_store,
    stored_file_count,
    unreadable_images,
    without_files,
)
from quizzes.validation import MISSING_RATIONALE, OptionDraft, QuestionDraft, question_problems

MISSING_QUESTION_RATIONALE = f"<p>{MISSING_RATIONALE}</p>"
EXPORT_FORMATS = ("gift", "moodlexml", "csv", "aiken")
_NAME_LENGTH = Question._meta.get_field("name").max_length
_DOMAIN_LENGTH = Question._meta.get_field("domain_code").max_length
_TAG_LENGTH = 100  # taggit's Tag.name
_IDNUMBER_LENGTH = Question._meta.get_field("idnumber").max_length


@dataclass(frozen=True)
class ImportedItem:
    """One valid question from the file: created, or (dry run, refused file) would have been."""

    position: int
    name: str
    qtype: str
    options: list[tuple[str, bool]]
    tags: list[str]
    question_id: int | None = None


@dataclass
class ImportReport:
    items: list[ImportedItem]
    issues: list[ImportIssue]  # everything refused, in file order
    status: str
    dry_run: bool
    skip_invalid: bool
    saved: bool  # whether `items` were written to the database
    missing_option_rationales: int = 0
    missing_question_rationales: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def created_count(self) -> int:
        return len(self.items) if self.saved else 0

    @property
    def blocked(self) -> bool:
        """True when the issues stop the whole file (the default, without skip_invalid)."""
        return bool(self.issues) and not self.skip_invalid

    def summary(self) -> str:
        count, refused = _plural(len(self.items), "question"), _plural(len(self.issues), "item")
        if self.blocked:
            head = "Dry run: nothing would be imported, as" if self.dry_run else "Nothing imported:"
            text = f"{head} the file has {_plural(len(self.issues), 'issue')}."
            if self.items:
                text += f" Skip invalid items to import the {count} that are valid."
            return text
        if self.saved:
            text = f"Imported {count} as {self.status}."
        elif self.dry_run:
            text = f"Dry run: {count} would be imported as {self.status}; nothing saved."
        else:
            text = "Nothing imported: the file holds no questions we can use."
        if self.issues:
            text += f" Refused {refused}."
        return text

    def lines(self) -> list[str]:
        """The report as text, for the management command."""
        verb = "Created" if self.saved else "Would create"
        out = [self.summary()]
        for item in self.items:
            out.append(f"  {verb} #{item.position} {item.name!r} ({item.qtype}, {len(item.options)} options)")
        for issue in self.issues:
            label = "unsupported" if issue.kind == "unsupported" else "invalid"
            out.append(f"  Refused #{issue.position} {issue.name!r} [{label}]: {issue.reason}")
        out.extend(f"  Warning: {warning}" for warning in self.warnings)
        return out


def _plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else words or word + 's'}"


def _name(parsed: ParsedQuestion) -> str:
    name = " ".join(parsed.name.split()) or f"Question {parsed.position}"
    return textwrap.shorten(name, _NAME_LENGTH, placeholder="…")


def _is_correct(parsed: ParsedQuestion, option: ParsedOption) -> bool:
    if parsed.qtype == "ordering":
        return True  # every step belongs to the answer; their order is what is graded
    if parsed.qtype == "single":
        return option.fraction == 1  # partial-credit distractors are not the answer
    return option.fraction > 0


def _draft(parsed: ParsedQuestion) -> tuple[QuestionDraft | None, list[str]]:
    """The question a parsed item becomes, or None and why the bank refuses it."""
    problems: list[str] = []
    extra = parsed.extra
    difficulty = 2
    if raw := extra.get("difficulty"):
        if raw in ("1", "2", "3"):
            difficulty = int(raw)
        else:
            problems.append(f"difficulty must be 1, 2 or 3, not {raw!r}")
    if bad := unreadable_images(parsed.files):
        parsed.stem, parsed.rationale = without_files(parsed.stem, bad), without_files(parsed.rationale, bad)
        for option in parsed.options:
            option.text_html, option.feedback_html = (
                without_files(option.text_html, bad),
                without_files(option.feedback_html, bad),
            )
        parsed.files = {name: data for name, data in parsed.files.items() if name not in bad}
        parsed.warnings += [f"{name} is not a picture we can read; its link was removed" for name in bad]
    stem = rich_text_clean(parsed.stem, field="stem")
    if rich_text_is_blank(stem):
        problems.append("the question has no text")
    rationale = rich_text_clean(parsed.rationale, field="rationale")
    if rich_text_is_blank(rationale):
        rationale = MISSING_QUESTION_RATIONALE
    domain = extra.get("domain", "")
    if len(domain) > _DOMAIN_LENGTH:
        problems.append(f"domain {domain!r} is longer than {_DOMAIN_LENGTH} characters")
    draft = QuestionDraft(
        name=_name(parsed),
        qtype=parsed.qtype,
        stem=stem,
        options=[
            OptionDraft(
                option.text,
                _is_correct(parsed, option),
                option.feedback or MISSING_RATIONALE,
                None if parsed.qtype == "ordering" else option.fraction,
                text_html=option.text_html,
                rationale_html=option.feedback_html if option.feedback else "",
            )
            for option in parsed.options
        ],
        rationale=rationale,
        choose_n=parsed.choose_n if parsed.qtype == "multi" else None,
        references="\n".join(extra.get("references", [])),
        difficulty=difficulty,
        domain_code=domain,
        tags=list(dict.fromkeys(tag[:_TAG_LENGTH] for tag in parsed.tags)),
        idnumber=extra.get("idnumber", "")[:_IDNUMBER_LENGTH],
    )
    problems += [
        problem.message
        for problem in question_problems(qtype=draft.qtype, choose_n=draft.choose_n, options=draft.options)
    ]
    return (None, problems) if problems else (draft, [])


def _store_files(draft: QuestionDraft, files: dict[str, bytes], user) -> None:
    """Point the draft's markup at stored images and documents: the files the item embeds, and
    links to this site's own media (from a GIFT, Aiken or CSV export of this bank)."""

    def stored(markup: str) -> str:
        return own_media_store(files_store(markup=markup, files=files, user=user))

    draft.stem, draft.rationale = stored(draft.stem), stored(draft.rationale)
    for option in draft.options:
        option.text_html, option.rationale_html = stored(option.text_html), stored(option.rationale_html)


def _moodle_rule_warning(parsed: ParsedQuestion) -> str | None:
    """Where Moodle's rules, which the item keeps, differ from ours: named, one per item."""
    label = f"#{parsed.position} {_name(parsed)!r}"
    notes = []
    if parsed.qtype == "single" and len(parsed.options) == 2:
        notes.append("is a single-answer item with only 2 options (ours usually have 3 to 6)")
    if parsed.qtype == "multi" and parsed.choose_n == 1:
        notes.append("is a multi-response item with one correct option; learners are asked to choose 1")
    if parsed.qtype == "single" and any(0 < option.fraction < 1 for option in parsed.options):
        notes.append(
            "gives partial credit to some options; it counts only in quizzes that use the items' weights, "
            "elsewhere only the 100% answer is correct"
        )
    if parsed.qtype == "multi" and any(option.fraction < 0 for option in parsed.options):
        notes.append("takes marks off for wrong options; that counts only in quizzes that use the items' weights")
    return f"{label} " + "; ".join(notes) + "." if notes else None


def questions_import(
    *, result: ParseResult, status: str, dry_run: bool = False, skip_invalid: bool = False, created_by=None
) -> ImportReport:
    """Save the questions of a parsed file with `status`, atomically, and report on every item.

    By default any issue (an unsupported type, an invalid item) means nothing is saved;
    `skip_invalid` saves the valid items and lists the rest; `dry_run` saves nothing and
    reports what would be created.
    """
    if status not in Question.Status.values:
        raise ValueError(f"Unknown status {status!r}")
    issues = list(result.issues)
    drafts: list[tuple[ParsedQuestion, QuestionDraft]] = []
    for parsed in result.questions:
        draft, problems = _draft(parsed)
        if draft is None:
            issues.append(ImportIssue(parsed.position, parsed.name, parsed.qtype, "; ".join(problems), "invalid"))
        else:
            drafts.append((parsed, draft))
    issues.sort(key=lambda issue: issue.position)

    report = ImportReport(
        items=[], issues=issues, status=status, dry_run=dry_run, skip_invalid=skip_invalid, saved=False
    )
    save = not dry_run and bool(drafts) and (skip_invalid or not issues)
    with transaction.atomic():
        for parsed, draft in drafts:
            question = None
            if save:
                _store_files(draft, parsed.files, created_by)
                question = question_create(draft=draft, status=status, created_by=created_by)
            report.items.append(
                ImportedItem(
                    position=parsed.position,
                    name=draft.name,
                    qtype=draft.qtype,
                    options=[(option.text, option.is_correct) for option in draft.options],
                    tags=draft.tags,
                    question_id=question.pk if question else None,
                )
            )
    report.saved = save
    report.missing_option_rationales = sum(
        1 for _, draft in drafts for option in draft.options if option.rationale == MISSING_RATIONALE
    )
    report.missing_question_rationales = sum(1 for _, draft in drafts if draft.rationale == MISSING_QUESTION_RATIONALE)
    if report.missing_option_rationales:
        report.warnings.append(
            f"{report.missing_option_rationales} option(s) have no feedback in the file; "
            f"their rationale reads “{MISSING_RATIONALE}” until an educator writes one."
        )
    if report.missing_question_rationales:
        report.warnings.append(
            f"{report.missing_question_rationales} question(s) have no general feedback in the file; "
            f"their overall rationale reads “{MISSING_RATIONALE}”."
        )
    report.warnings.extend(warning for parsed, _ in drafts if (warning := _moodle_rule_warning(parsed)))
    report.warnings.extend(
        f"#{parsed.position} {_name(parsed)!r}: {warning}." for parsed, _ in drafts for warning in parsed.warnings
    )
    return report


# --- Export ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    text: str
    count: int  # questions written
    skipped: list[str]  # names of questions the format cannot express
    warnings: list[str] = field(default_factory=list)  # kept, but not quite as stored


def _fractions(question: Question, options: list) -> list[Decimal]:
    """Each option's weight: the one it was imported with (Option.fraction), written unchanged;
    for a question written here, what right/wrong implies: the correct options of a multi
    question share 100% and each wrong one costs as much (as our CSV reader assumes); single
    and true/false are 100% or 0%."""
    if question.qtype == Question.QType.ORDERING:
        return [Decimal(0)] * len(options)
    if all(option.fraction is not None for option in options):
        return [option.fraction.normalize() for option in options]
    if question.qtype == Question.QType.MULTI:
        correct = sum(1 for option in options if option.is_correct) or 1
        share = (Decimal(1) / correct).quantize(Decimal("0.0000001"))
        return [share if option.is_correct else -share for option in options]
    return [Decimal(int(option.is_correct)) for option in options]


def _parsed(question: Question, *, embed_files: bool) -> ParsedQuestion:
    options = list(question.options.all())
    stem, files = files_embed(question.stem, embed=embed_files)
    rationale, rationale_files = files_embed(question.rationale, embed=embed_files)
    files |= rationale_files
    formatted = []
    for option in options:
        text_html, text_files = files_embed(option.text_html, embed=embed_files)
        rationale_html, feedback_files = files_embed(option.rationale_html, embed=embed_files)
        files |= text_files | feedback_files
        formatted.append((text_html, rationale_html))
    tags = sorted(item.tag.name for item in question.tagged_items.all())
    extra = {"difficulty": str(question.difficulty), "status": question.status}
    if question.idnumber:
        extra["idnumber"] = question.idnumber
    if question.domain_code:
        extra["domain"] = question.domain_code
    if references := [line.strip() for line in question.references.splitlines() if line.strip()]:
        extra["references"] = references
    return ParsedQuestion(
        name=question.name,
        qtype=question.qtype,
        stem=stem,
        # The placeholder rationales stand in for missing feedback here; exported, they would
        # read as real feedback, so the feedback is left out instead.
        options=[
            ParsedOption(
                option.text,
                fraction,
                "" if option.rationale == MISSING_RATIONALE else option.rationale,
                text_html=text_html,
                feedback_html="" if option.rationale == MISSING_RATIONALE else rationale_html,
            )
            for option, fraction, (text_html, rationale_html) in zip(
                options, _fractions(question, options), formatted, strict=True
            )
        ],
        rationale="" if question.rationale == MISSING_QUESTION_RATIONALE else rationale,
        tags=tags,
        choose_n=question.choose_n,
        extra=extra,
        files=files,
    )


def questions_export(*, fmt: str, status: str | None = None) -> ExportResult:
    """The bank (or the questions with `status`) as GIFT, Moodle XML or our CSV, in name order.

    GIFT and Moodle XML cannot express ordering questions, Aiken holds only single-answer
    ones; what a format cannot hold is left out and named in `skipped`.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    questions = Question.objects.order_by("name", "pk").prefetch_related(
        "options", Prefetch("tagged_items", queryset=QuestionTag.objects.select_related("tag"))
    )
    if status:
        questions = questions.filter(status=status)
    # Only Moodle XML can carry files; the other formats link to them where the site serves them.
    questions = list(questions)
    parsed = [_parsed(question, embed_files=fmt == "moodlexml") for question in questions]
    linked = [] if fmt == "moodlexml" else _linked_files(questions, fmt)
    if fmt == "csv":
        return ExportResult(export_csv(parsed), len(parsed), [], [warning for _, warning in linked])
    writers = {"gift": export_gift, "moodlexml": export_moodle_xml, "aiken": export_aiken}
    text, skipped = writers[fmt](parsed)
    warnings = [warning for name, warning in linked if name not in skipped]
    return ExportResult(text, len(parsed) - len(skipped), skipped, warnings)


def _linked_files(questions, fmt: str) -> list[tuple[str, str]]:
    """Warnings, by question name, for what a text format keeps only in part: stored pictures and
    documents become links by URL, and in CSV and Aiken, whose options are plain text, the
    options' formatting is left out."""
    label = {"gift": "GIFT", "csv": "CSV", "aiken": "Aiken"}[fmt]
    warnings = []
    for question in questions:
        options = question.options.all()
        formatted = "".join(o.text_html + o.rationale_html for o in options)
        markup = question.stem + question.rationale + (formatted if fmt == "gift" else "")
        if count := stored_file_count(markup):
            files = _plural(count, "picture or document", "pictures or documents")
            warning = (
                f"{question.name!r}: {files} linked by URL, not embedded ({label} cannot carry files; Moodle XML can)"
            )
            warnings.append((question.name, warning))
        if formatted and fmt != "gift":
            warning = f"{question.name!r}: the options' formatting is left out ({label} options are plain text)"
            warnings.append((question.name, warning))
    return warnings
