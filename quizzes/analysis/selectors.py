"""Item analysis read from the database.

The report reads the running totals kept at grading time (`quizzes.models.tallies`, maintained by
`quizzes.analysis.tallies`): a few rows per question, in four queries, however many responses
there are, as plain values rather than model instances (a bank-drawn exam has a thousand
versions). `quiz_item_summary` gives the quiz statistics and every version's sums; `quiz_item_rows`
the per-item detail for all of them or for one page.

The `responses_*` functions compute the same sums from the responses themselves with SQL
aggregates; they are the rebuild path and the reference the tests check the totals against.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, replace

from django.db.models import Count, F, FloatField, Sum, Value
from django.db.models.functions import Cast, Coalesce

from quizzes.analysis.stats import (
    ItemStats,
    ItemSums,
    QuizStats,
    TotalSums,
    item_stats,
    option_discrimination,
    quiz_stats,
)
from quizzes.models import (
    Attempt,
    AttemptItem,
    ItemTally,
    OptionTally,
    Quiz,
    QuizTally,
    VersionOption,
)
from quizzes.models.questions import QType
from quizzes.richtext import option_markup


@dataclass(frozen=True)
class VersionTotals:
    """One question version of the report, in report order, with its item sums."""

    version_id: int
    question_id: int
    question_name: str
    number: int
    qtype: str
    sums: ItemSums


@dataclass(frozen=True)
class OptionRow:
    """One answer option of one version, or "no answer" (`option_id` NO_ANSWER, `position` None)."""

    option_id: int
    position: int | None
    text: str
    is_correct: bool
    chosen: int
    proportion: float | None
    discrimination: float | None
    html: str = ""  # what the option shows (`quizzes.richtext.option_markup`)

    @property
    def is_no_answer(self) -> bool:
        return self.option_id == OptionTally.NO_ANSWER


@dataclass(frozen=True)
class ItemRow:
    version: VersionTotals
    stats: ItemStats
    options: list[OptionRow]

    @property
    def distractors_apply(self) -> bool:
        """Ordering items select every option, so choice counts say nothing about them."""
        return self.version.qtype != QType.ORDERING


@dataclass(frozen=True)
class QuizSummary:
    """The quiz-level statistics and every version's totals, without the per-option detail."""

    quiz: Quiz
    summary: QuizStats
    versions: list[VersionTotals]
    rebuilt_at: datetime.datetime | None


@dataclass(frozen=True)
class QuizAnalysis:
    quiz: Quiz
    summary: QuizStats
    items: list[ItemRow]
    rebuilt_at: datetime.datetime | None = None


@dataclass
class _OptionSums:
    chosen: int = 0
    rest: float = 0.0


def _responses(quiz):
    """Scored items of submitted attempts: the responses item statistics are computed over."""
    return AttemptItem.objects.filter(attempt__quiz=quiz, attempt__state=Attempt.State.SUBMITTED, scored=True)


def _as_float(expression):
    return Coalesce(Cast(expression, FloatField()), Value(0.0))


def quizzes_with_responses():
    """Quizzes with at least one submitted attempt, for the report's quiz chooser (from the
    per-quiz totals, so it does not count attempts). Only authored quizzes: never a learner's own
    review session or practice set."""
    return (
        Quiz.authored.filter(tally__n__gt=0)
        .exclude(kind=Quiz.Kind.KNOWLEDGE_CHECK)
        .select_related("tally")  # the report's cache key (`analysis.cached`), with the chosen quiz
        .order_by("title")
    )


def responses_item_sums(*, quiz) -> dict[int, ItemSums]:
    """Per version id, the sums of item score x, rest score r (attempt total − x) and their products,
    computed from the responses."""
    x = _as_float(F("points"))
    rest = _as_float(F("attempt__points")) - x
    rows = (
        _responses(quiz)
        .order_by()
        .values("version_id")
        .annotate(n=Count("id"), x=Sum(x), xx=Sum(x * x), r=Sum(rest), rr=Sum(rest * rest), xr=Sum(x * rest))
    )
    return {
        row["version_id"]: ItemSums(n=row["n"], x=row["x"], xx=row["xx"], r=row["r"], rr=row["rr"], xr=row["xr"])
        for row in rows
    }


def responses_total_sums(*, quiz) -> TotalSums:
    """Count, sum and sum of squares of the submitted attempts' totals, computed from the attempts."""
    total = _as_float(F("points"))
    sums = Attempt.objects.filter(quiz=quiz, state=Attempt.State.SUBMITTED).aggregate(
        n=Count("id"), total=Sum(total), total_sq=Sum(total * total)
    )
    return TotalSums(n=sums["n"], total=sums["total"] or 0.0, total_sq=sums["total_sq"] or 0.0)


def responses_option_sums(*, quiz) -> dict[int, dict[int | None, _OptionSums]]:
    """Per version id and option id (None for no answer): times chosen and the rest score summed
    over those responses, computed from the responses.

    One query grouped by (version, answer given) in the database: a version has only a handful of
    distinct answers, so Python sees a few rows per question, not one per response.
    """
    sums: dict[int, dict[int | None, _OptionSums]] = defaultdict(lambda: defaultdict(_OptionSums))
    rows = (
        _responses(quiz)
        .order_by()
        .values("version_id", "selected")
        .annotate(n=Count("pk"), rest=Sum(_as_float(F("attempt__points")) - _as_float(F("points"))))
    )
    for row in rows:
        for option_id in set(row["selected"] or ()) or (None,):
            option = sums[row["version_id"]][option_id]
            option.chosen += row["n"]
            option.rest += row["rest"] or 0.0
    return sums


_VERSION_FIELDS = (
    "version_id",
    "version__question_id",
    "version__question__name",
    "version__number",
    "version__qtype",
)

# Past this many versions, select the options by the quiz's versions (a subquery) rather than by a
# list of ids, which would run into the databases' limits on query parameters.
_ID_LIST_LIMIT = 500


def quiz_item_summary(*, quiz) -> QuizSummary:
    """The quiz summary and every delivered version's sums, ordered by question name, from the
    totals kept at grading time: two queries and no model instances, whatever the number of
    responses."""
    rows = (
        ItemTally.objects.filter(quiz=quiz)
        .order_by("version__question__name", "version__question_id", "version__number")
        .values_list(*_VERSION_FIELDS, "n", "x", "xx", "r", "rr", "xr")
    )
    versions = [VersionTotals(*row[:5], sums=ItemSums(*row[5:])) for row in rows]
    tally = QuizTally.objects.filter(quiz=quiz).values_list("n", "total", "total_sq", "rebuilt_at").first()
    n, total, total_sq, rebuilt_at = tally or (0, 0.0, 0.0, None)
    summary = quiz_stats(
        totals=TotalSums(n=n, total=total, total_sq=total_sq), items=[version.sums for version in versions]
    )
    return QuizSummary(quiz=quiz, summary=summary, versions=versions, rebuilt_at=rebuilt_at)


def quiz_item_rows(*, quiz, versions: list[VersionTotals]) -> list[ItemRow]:
    """Item statistics and the choice table of each of `versions` (from `quiz_item_summary`, all
    or one page of them): two queries, whatever the number of responses."""
    ids = [version.version_id for version in versions]
    version_ids = ids if len(ids) <= _ID_LIST_LIMIT else ItemTally.objects.filter(quiz=quiz).values("version_id")
    options = defaultdict(list)
    for row in (
        VersionOption.objects.filter(version_id__in=version_ids)
        .order_by("version_id", "position")
        .values_list("version_id", "pk", "position", "text", "is_correct", "text_html")
    ):
        options[row[0]].append(row[1:])
    option_sums: dict[int, dict[int, _OptionSums]] = defaultdict(dict)
    for version_id, option, chosen, rest in OptionTally.objects.filter(
        quiz=quiz, version_id__in=version_ids
    ).values_list("version_id", "option", "chosen", "rest"):
        option_sums[version_id][option] = _OptionSums(chosen=chosen, rest=rest)
    rows = []
    for version in versions:
        sums, chosen = version.sums, option_sums.get(version.version_id, {})
        choice_rows = [
            replace(
                _option_row(option_id, position, text, is_correct, sums, chosen.get(option_id)),
                html=option_markup(text=text, html=text_html),
            )
            for option_id, position, text, is_correct, text_html in options[version.version_id]
        ]
        if OptionTally.NO_ANSWER in chosen:
            no_answer = chosen[OptionTally.NO_ANSWER]
            choice_rows.append(_option_row(OptionTally.NO_ANSWER, None, "", False, sums, no_answer))
        rows.append(ItemRow(version=version, stats=item_stats(sums), options=choice_rows))
    return rows


def quiz_item_analysis(*, quiz) -> QuizAnalysis:
    """Item statistics for every version delivered as a scored item of `quiz`, and the quiz summary.

    Read from the totals kept at grading time. Queries: the item totals with their versions and
    questions, the quiz totals, the versions' options and the option totals — four, whatever the
    number of responses.
    """
    summary = quiz_item_summary(quiz=quiz)
    return QuizAnalysis(
        quiz=quiz,
        summary=summary.summary,
        items=quiz_item_rows(quiz=quiz, versions=summary.versions),
        rebuilt_at=summary.rebuilt_at,
    )


def _option_row(option_id, position, text, is_correct, item: ItemSums, sums: _OptionSums | None) -> OptionRow:
    sums = sums or _OptionSums()
    return OptionRow(
        option_id=option_id,
        position=position,
        text=text,
        is_correct=is_correct,
        chosen=sums.chosen,
        proportion=sums.chosen / item.n if item.n else None,
        discrimination=option_discrimination(item=item, chosen=sums.chosen, rest_when_chosen=sums.rest),
    )
