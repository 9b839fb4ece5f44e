"""Item analysis read from the database.

The report reads the running totals kept at grading time (`quizzes.models.tallies`, maintained by
`quizzes.analysis.tallies`): a few rows per question, in four queries, however many responses
there are. The `responses_*` functions compute the same sums from the responses themselves with
SQL aggregates; they are the rebuild path and the reference the tests check the totals against.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, FloatField, Prefetch, Sum, Value
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
    QuestionVersion,
    Quiz,
    QuizTally,
    VersionOption,
)
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
    per-quiz totals, so it does not count attempts)."""
    return Quiz.objects.filter(tally__n__gt=0).order_by("title")


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


def quiz_item_analysis(*, quiz) -> QuizAnalysis:
    """Item statistics for every version delivered as a scored item of `quiz`, and the quiz summary.

    Read from the totals kept at grading time. Queries: the item totals with their versions and
    questions, the versions' options, the quiz totals and the option totals — four, whatever the
    number of responses.
    """
    tallies = list(
        ItemTally.objects.filter(quiz=quiz)
        .select_related("version__question")
        .prefetch_related(Prefetch("version__options", queryset=VersionOption.objects.order_by("position")))
        .order_by("version__question__name", "version__question_id", "version__number")
    )
    quiz_tally = QuizTally.objects.filter(quiz=quiz).first()
    totals = TotalSums(n=0, total=0.0, total_sq=0.0)
    if quiz_tally is not None:
        totals = TotalSums(n=quiz_tally.n, total=quiz_tally.total, total_sq=quiz_tally.total_sq)
    item_sums = [ItemSums(n=t.n, x=t.x, xx=t.xx, r=t.r, rr=t.rr, xr=t.xr) for t in tallies]
    option_sums: dict[int, dict[int, _OptionSums]] = defaultdict(dict)
    for row in OptionTally.objects.filter(quiz=quiz).values_list("version_id", "option", "chosen", "rest"):
        version_id, option, chosen, rest = row
        option_sums[version_id][option] = _OptionSums(chosen=chosen, rest=rest)
    items = []
    for tally, sums in zip(tallies, item_sums, strict=True):
        version = tally.version
        chosen = option_sums.get(version.pk, {})
        options = [_option_row(option, sums, chosen.get(option.pk)) for option in version.options.all()]
        if OptionTally.NO_ANSWER in chosen:
            options.append(_option_row(None, sums, chosen[OptionTally.NO_ANSWER]))
        items.append(ItemRow(version=version, stats=item_stats(sums), options=options))
    return QuizAnalysis(
        quiz=quiz,
        summary=quiz_stats(totals=totals, items=item_sums),
        items=items,
        rebuilt_at=quiz_tally.rebuilt_at if quiz_tally else None,
    )


def _option_row(option, item: ItemSums, sums: _OptionSums | None) -> OptionRow:
    sums = sums or _OptionSums()
    return OptionRow(
        option=option,
        chosen=sums.chosen,
        proportion=sums.chosen / item.n if item.n else None,
        discrimination=option_discrimination(item=item, chosen=sums.chosen, rest_when_chosen=sums.rest),
    )
