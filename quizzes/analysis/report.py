"""The report's cells, formatted once so the page and the CSV export show the same numbers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from quizzes.analysis.selectors import ItemRow, QuizAnalysis
from quizzes.analysis.stats import QuizStats
from quizzes.richtext import option_markup

NOT_AVAILABLE = "n/a"
NO_ANSWER = "(no answer)"
CSV_HEADER = ["Type", "Question", "Version", "Option", "Key", "Count", "Proportion", "Point-biserial", "Flags"]


def _cell_text(text: str) -> str:
    """Question and option text is typed by people; keep spreadsheets from running it as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def decimal2(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{value:.2f}"


@dataclass(frozen=True)
class OptionLine:
    text: str
    html: str  # for the screen: the option as learners see it
    key: str
    chosen: str
    proportion: str
    discrimination: str


@dataclass(frozen=True)
class ItemLine:
    question_id: int
    question: str
    version: str
    responses: str
    p: str
    discrimination: str
    flags: list[str]
    distractors_apply: bool
    options: list[OptionLine]


def summary_lines(summary: QuizStats) -> list[tuple[str, str]]:
    reliability = decimal2(summary.reliability)
    if summary.reliability is None and summary.reliability_note:
        reliability = f"{NOT_AVAILABLE} ({summary.reliability_note})"
    return [
        ("Attempts", str(summary.attempts)),
        ("Mean score (points)", decimal2(summary.mean)),
        ("Standard deviation (points)", decimal2(summary.sd)),
        (f"Reliability: {summary.reliability_name or 'KR-20'}", reliability),
    ]


def item_line(row: ItemRow) -> ItemLine:
    options = [
        OptionLine(
            text=NO_ANSWER if option.is_no_answer else option.text,
            html=option_markup(text=NO_ANSWER, html="") if option.is_no_answer else option.html,
            key="yes" if option.is_correct else "",
            chosen=str(option.chosen),
            proportion=decimal2(option.proportion),
            discrimination=decimal2(option.discrimination),
        )
        for option in row.options
    ]
    return ItemLine(
        question_id=row.version.question_id,
        question=row.version.question_name,
        version=str(row.version.number),
        responses=str(row.stats.n),
        p=decimal2(row.stats.p),
        discrimination=decimal2(row.stats.discrimination),
        flags=[flag.label for flag in row.stats.flags],
        distractors_apply=row.distractors_apply,
        options=options if row.distractors_apply else [],
    )


def analysis_csv(analysis: QuizAnalysis) -> str:
    """The quiz summary as label/value lines, a blank line, then one row per item and per option."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Quiz", _cell_text(analysis.quiz.title)])
    writer.writerows(summary_lines(analysis.summary))
    writer.writerow([])
    writer.writerow(CSV_HEADER)
    for row in analysis.items:
        line = item_line(row)
        writer.writerow(
            [
                "item",
                _cell_text(line.question),
                line.version,
                "",
                "",
                line.responses,
                line.p,
                line.discrimination,
                "; ".join(line.flags),
            ]
        )
        for option in line.options:
            writer.writerow(
                [
                    "option",
                    _cell_text(line.question),
                    line.version,
                    _cell_text(option.text),
                    option.key,
                    option.chosen,
                    option.proportion,
                    option.discrimination,
                    "",
                ]
            )
    return out.getvalue()
