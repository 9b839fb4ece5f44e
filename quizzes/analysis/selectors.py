"""Item analysis read from the database.

Per-version sums come from SQL aggregates; option choices come from one streamed pass over
`(version, selected, points, total)` tuples, because JSON containment differs between SQLite and
PostgreSQL. Neither builds a model instance per response, and the number of queries does not
depend on the number of responses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, FloatField, Prefetch, Q, Sum, Value
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
from quizzes.models import Attempt, AttemptItem, QuestionVersion, Quiz, VersionOption
from quizzes.models.questions import QType


@dataclass(frozen=True)
class OptionRow:
    """One answer option (or `option=None` for "no answer") of one version."""

    option: VersionOption | None
    chosen: int
    proportion: float | None
    discrimination: float | None


@dataclass(frozen=True)
class ItemRow:
    version: QuestionVersion
    stats: ItemStats
    options: list[OptionRow]

    @property
    def distractors_apply(self) -> bool:
        """Ordering items select every option, so choice counts say nothing about them."""
        return self.version.qtype != QType.ORDERING


@dataclass(frozen=True)
class QuizAnalysis:
    quiz: Quiz
    summary: QuizStats
    items: list[ItemRow]


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
    """Quizzes with at least one submitted attempt, for the report's quiz chooser."""
    submitted = Count("attempts", filter=Q(attempts__state=Attempt.State.SUBMITTED))
    return Quiz.objects.annotate(submitted=submitted).filter(submitted__gt=0).order_by("title")


def quiz_item_sums(*, quiz) -> dict[int, ItemSums]:
    """Per version id, the sums of item score x, rest score r (attempt total − x) and their products."""
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


def quiz_total_sums(*, quiz) -> TotalSums:
    total = _as_float(F("points"))
    sums = Attempt.objects.filter(quiz=quiz, state=Attempt.State.SUBMITTED).aggregate(
        n=Count("id"), total=Sum(total), total_sq=Sum(total * total)
    )
    return TotalSums(n=sums["n"], total=sums["total"] or 0.0, total_sq=sums["total_sq"] or 0.0)


def quiz_option_sums(*, quiz) -> dict[int, dict[int | None, _OptionSums]]:
    """Per version id and option id (None for no answer): times chosen and the rest score summed
    over those responses.

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


def quiz_item_analysis(*, quiz) -> QuizAnalysis:
    """Item statistics for every version delivered as a scored item of `quiz`, and the quiz summary.

    Queries: item sums, total sums, the grouped option sums, versions with their questions, and
    the versions' options — five, whatever the number of responses.
    """
    item_sums = quiz_item_sums(quiz=quiz)
    summary = quiz_stats(totals=quiz_total_sums(quiz=quiz), items=list(item_sums.values()))
    option_sums = quiz_option_sums(quiz=quiz)
    versions = (
        QuestionVersion.objects.filter(pk__in=item_sums)
        .select_related("question")
        .prefetch_related(Prefetch("options", queryset=VersionOption.objects.order_by("position")))
        .order_by("question__name", "question_id", "number")
    )
    items = []
    for version in versions:
        sums = item_sums[version.pk]
        chosen = option_sums.get(version.pk, {})
        options = [_option_row(option, sums, chosen.get(option.pk)) for option in version.options.all()]
        if None in chosen:
            options.append(_option_row(None, sums, chosen[None]))
        items.append(ItemRow(version=version, stats=item_stats(sums), options=options))
    return QuizAnalysis(quiz=quiz, summary=summary, items=items)


def _option_row(option, item: ItemSums, sums: _OptionSums | None) -> OptionRow:
    sums = sums or _OptionSums()
    return OptionRow(
        option=option,
        chosen=sums.chosen,
        proportion=sums.chosen / item.n if item.n else None,
        discrimination=option_discrimination(item=item, chosen=sums.chosen, rest_when_chosen=sums.rest),
    )
