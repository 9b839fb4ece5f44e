"""Classical item statistics computed from sufficient sums.

Plain Python, no Django: the selectors (or a test) collect per-item sums — the database does
this with aggregates — and these functions turn them into p-values, corrected point-biserial
correlations, flags and the quiz's reliability. Formulas and thresholds are documented in
docs/item-analysis.md.

Every Occupass item is worth 1 point (see `quizzes.scoring`), so an item's mean score is its
p-value, also under partial credit. "Rest score" is the attempt's total minus this item's points:
correlating an item with a total that contains the item itself inflates the correlation, most
for short quizzes.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "DISCRIMINATION_POOR",
    "P_TOO_EASY",
    "P_TOO_HARD",
    "Flag",
    "ItemStats",
    "ItemSums",
    "QuizStats",
    "TotalSums",
    "item_flags",
    "item_stats",
    "option_discrimination",
    "pearson",
    "quiz_stats",
    "sums_from_matrix",
]

# Ebel & Frisbie (1991), via the item-analysis guides cited in domain.md §7.
P_TOO_HARD = 0.20
P_TOO_EASY = 0.90
DISCRIMINATION_POOR = 0.20

# Sums of products of up to a few thousand points carry float rounding noise; a variance this
# small relative to the sums it came from is zero.
_RELATIVE_EPSILON = 1e-9


class Flag(enum.Enum):
    TOO_HARD = ("too_hard", f"Too hard (p < {P_TOO_HARD:.2f})")
    TOO_EASY = ("too_easy", f"Too easy (p > {P_TOO_EASY:.2f}); fine on safety or mastery checks")
    POOR = ("poor", f"Poor discrimination (< {DISCRIMINATION_POOR:.2f}); revise")
    NEGATIVE = ("negative", "Negative discrimination: check the answer key")

    def __init__(self, code, label):
        self.code = code
        self.label = label


@dataclass(frozen=True)
class ItemSums:
    """Sufficient sums over one item's responses: x is the item score, r the rest score."""

    n: int
    x: float
    xx: float
    r: float
    rr: float
    xr: float


@dataclass(frozen=True)
class TotalSums:
    """Sufficient sums over the attempts' total scores."""

    n: int
    total: float
    total_sq: float


@dataclass(frozen=True)
class ItemStats:
    n: int
    p: float | None
    discrimination: float | None
    flags: tuple[Flag, ...]


@dataclass(frozen=True)
class QuizStats:
    attempts: int
    mean: float | None
    sd: float | None
    reliability: float | None
    reliability_name: str
    reliability_note: str = ""


def _variance_term(n: int, s: float, ss: float) -> float:
    """n·Σv² − (Σv)², i.e. n² times the population variance; 0 when it is only rounding noise."""
    term = n * ss - s * s
    return term if term > _RELATIVE_EPSILON * max(1.0, abs(n * ss)) else 0.0


def pearson(n: int, sx: float, sxx: float, sy: float, syy: float, sxy: float) -> float | None:
    """Pearson's r from sums; None when either variable does not vary (r is undefined)."""
    vx = _variance_term(n, sx, sxx)
    vy = _variance_term(n, sy, syy)
    if n < 2 or not vx or not vy:
        return None
    return (n * sxy - sx * sy) / math.sqrt(vx * vy)


def item_flags(p: float | None, discrimination: float | None) -> tuple[Flag, ...]:
    flags = []
    if p is not None and p < P_TOO_HARD:
        flags.append(Flag.TOO_HARD)
    if p is not None and p > P_TOO_EASY:
        flags.append(Flag.TOO_EASY)
    if discrimination is not None and discrimination < 0:
        flags.append(Flag.NEGATIVE)
    elif discrimination is not None and discrimination < DISCRIMINATION_POOR:
        flags.append(Flag.POOR)
    return tuple(flags)


def item_stats(sums: ItemSums) -> ItemStats:
    """p-value (mean item score) and corrected point-biserial (item score vs rest score)."""
    p = sums.x / sums.n if sums.n else None
    discrimination = pearson(sums.n, sums.x, sums.xx, sums.r, sums.rr, sums.xr)
    return ItemStats(n=sums.n, p=p, discrimination=discrimination, flags=item_flags(p, discrimination))


def option_discrimination(*, item: ItemSums, chosen: int, rest_when_chosen: float) -> float | None:
    """Point-biserial of choosing an option (0/1) against the rest score, over the item's responses.

    A 0/1 variable is its own square, so Σc = Σc² = `chosen`, and Σc·r is the rest score summed
    over the responses that chose the option.
    """
    return pearson(item.n, chosen, chosen, item.r, item.rr, rest_when_chosen)


def quiz_stats(*, totals: TotalSums, items: Sequence[ItemSums]) -> QuizStats:
    """Attempts, mean and SD of total scores, and KR-20 (all items scored 0/1) or Cronbach's alpha.

    Variances are population variances (divide by N) throughout, so KR-20's Σpq matches the total
    variance and KR-20 equals alpha on 0/1 data. Reliability assumes every attempt answered the
    same items; quizzes that draw items per attempt get no reliability.
    """
    n = totals.n
    if not n:
        return QuizStats(attempts=0, mean=None, sd=None, reliability=None, reliability_name="")
    mean = totals.total / n
    total_variance = _variance_term(n, totals.total, totals.total_sq) / (n * n)
    sd = math.sqrt(total_variance)
    # Scores lie in [0, 1], so x − x² ≥ 0 with equality only at 0 and 1: Σx = Σx² means all 0/1.
    dichotomous = all(abs(s.x - s.xx) <= _RELATIVE_EPSILON * max(1.0, s.x) for s in items)
    name = "KR-20" if dichotomous else "Cronbach's alpha"
    k = len(items)
    if k < 2 or any(s.n != n for s in items):
        note = "Not computed: attempts did not all answer the same items." if k >= 2 else "Needs two items or more."
        return QuizStats(n, mean, sd, None, name, note)
    if not total_variance:
        return QuizStats(n, mean, sd, None, name, "Not computed: every attempt has the same total.")
    item_variance = sum(_variance_term(n, s.x, s.xx) / (n * n) for s in items)
    reliability = k / (k - 1) * (1 - item_variance / total_variance)
    return QuizStats(n, mean, sd, reliability, name)


def sums_from_matrix(matrix: Sequence[Sequence[float]]) -> tuple[TotalSums, list[ItemSums]]:
    """Sums for a complete examinee × item score matrix (rows are examinees)."""
    totals = [sum(row) for row in matrix]
    items = []
    for j in range(len(matrix[0]) if matrix else 0):
        xs = [row[j] for row in matrix]
        rs = [total - x for total, x in zip(totals, xs, strict=True)]
        items.append(
            ItemSums(
                n=len(xs),
                x=sum(xs),
                xx=sum(x * x for x in xs),
                r=sum(rs),
                rr=sum(r * r for r in rs),
                xr=sum(x * r for x, r in zip(xs, rs, strict=True)),
            )
        )
    return TotalSums(n=len(totals), total=sum(totals), total_sq=sum(t * t for t in totals)), items
