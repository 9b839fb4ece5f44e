"""Pure scoring rules for quiz and mock-exam attempts.

This module has no Django or database dependencies: callers translate their
models into :class:`ItemKey` objects and lists of chosen option ids, and get
plain value objects back.

Scoring model
-------------
* Every item is worth exactly 1 point (``max_points == 1``).
* ``single`` / ``truefalse``: 1 point only if exactly the one correct option
  is chosen; choosing several options scores 0.
* ``multi``: ``"all_or_nothing"`` (default) or ``"partial"`` credit, see
  :func:`score_item`.
* ``"weights"`` (a quiz's "use the item's weights"): ``single`` and ``multi``
  items score the sum of the chosen options' own weights (Moodle's fractions,
  negative ones included), between 0 and 1.
* ``ordering``: ``"exact"`` (default) or ``"partial"`` (positional) credit.
* Field-test items (``ItemKey.scored is False``) are delivered but excluded
  from every total; :func:`score_attempt` only counts them.
* Fractional item points are rounded to 4 decimal places (ROUND_HALF_UP) so
  they fit a ``DecimalField(decimal_places=4)``; percentages are rounded to
  1 decimal place (ROUND_HALF_UP) from the exact ratio.

Uncertainty
-----------
A practice exam is a sample of items, so a percent correct is an estimate of how the learner would
do on the whole item pool. :func:`percent_range` gives the 95% Wilson score interval for the
number of items behind a percent; pages show it beside every percent they compare with a pass
mark. There is deliberately no "scaled score": NBCOT's raw-to-scaled conversion is equated per
exam form and not public, and a linear map would tell candidates something NBCOT never said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from math import floor

__all__ = [
    "MULTI_POLICIES",
    "ORDERING_POLICIES",
    "POINTS_QUANTUM",
    "QTYPES",
    "AttemptScore",
    "DomainScore",
    "ItemKey",
    "ItemResult",
    "derived_weights",
    "percent_range",
    "passed",
    "score_attempt",
    "score_item",
]

QTYPES = frozenset({"single", "multi", "truefalse", "ordering"})
MULTI_POLICIES = frozenset({"all_or_nothing", "partial", "weights"})
ORDERING_POLICIES = frozenset({"exact", "partial"})

#: Fractional item points are quantized to this many decimal places.
POINTS_QUANTUM = Decimal("0.0001")
_PERCENT_QUANTUM = Decimal("0.1")
_ONE = Decimal(1)
_ZERO = Decimal(0)


# --------------------------------------------------------------------------
# Value objects
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemKey:
    """Answer key for one delivered item.

    ``option_ids`` lists every option id of the question; for ``ordering``
    questions it must be in the CORRECT order.  ``correct_ids`` holds the
    ids of the correct options (for ``ordering``: all ids).  Lists/sets are
    accepted and normalised to ``tuple`` / ``frozenset``.

    ``weights`` maps option ids to their own weight (-1..1, Moodle's
    fraction), for the ``"weights"`` policy; options it leaves out weigh what
    right/wrong implies (see :func:`derived_weights`).
    """

    qtype: str
    option_ids: tuple[int, ...]
    correct_ids: frozenset[int]
    domain: str | None = None
    scored: bool = True
    weights: Mapping[int, Decimal] | None = None

    def __post_init__(self) -> None:
        if self.qtype not in QTYPES:
            raise ValueError(f"unknown question type {self.qtype!r}")
        option_ids = tuple(self.option_ids)
        correct_ids = frozenset(self.correct_ids)
        object.__setattr__(self, "option_ids", option_ids)
        object.__setattr__(self, "correct_ids", correct_ids)
        if not option_ids:
            raise ValueError("an item needs at least one option")
        if len(set(option_ids)) != len(option_ids):
            raise ValueError("option ids must be unique")
        if not correct_ids <= set(option_ids):
            raise ValueError("correct ids must be a subset of the option ids")
        if self.qtype != "ordering" and not correct_ids:
            raise ValueError(f"a {self.qtype!r} item needs a correct option")
        if self.weights is not None:
            weights = {option_id: Decimal(weight) for option_id, weight in self.weights.items()}
            if not set(weights) <= set(option_ids):
                raise ValueError("weights must be for the item's options")
            if any(abs(weight) > 1 for weight in weights.values()):
                raise ValueError("weights must be between -1 and 1")
            object.__setattr__(self, "weights", weights)


@dataclass(frozen=True)
class ItemResult:
    points: Decimal
    max_points: Decimal
    correct: bool
    answered: bool


@dataclass(frozen=True)
class DomainScore:
    domain: str
    points: Decimal
    max_points: Decimal
    items: int

    @property
    def percent(self) -> Decimal:
        """0-100, 1 decimal place, ROUND_HALF_UP; 0 when max_points is 0."""
        return _percent(self.points, self.max_points)


@dataclass(frozen=True)
class AttemptScore:
    points: Decimal
    max_points: Decimal
    percent: Decimal
    scored_items: int
    unscored_items: int
    domains: tuple[DomainScore, ...]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _to_decimal(value: float | Decimal | Fraction) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("expected a number, got bool")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # repr() gives the shortest round-tripping literal (83.3 -> "83.3").
        return Decimal(repr(value))
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    raise TypeError(f"expected a number, got {type(value).__name__}")


def _round_half_up(value: Fraction) -> int:
    """Exact ROUND_HALF_UP (away from zero on .5) of a Fraction."""
    if value >= 0:
        return floor(value + Fraction(1, 2))
    return -floor(-value + Fraction(1, 2))


def _percent(points: Decimal, max_points: Decimal) -> Decimal:
    """points / max_points * 100, 1 decimal place, exact ROUND_HALF_UP."""
    if max_points == 0:
        return _ZERO.quantize(_PERCENT_QUANTUM)
    ratio = Fraction(points) * 100 / Fraction(max_points)
    tenths = _round_half_up(ratio * 10)
    return Decimal(tenths).scaleb(-1).quantize(_PERCENT_QUANTUM)


def _points(value: Fraction) -> Decimal:
    """Turn an exact point value into a Decimal (4 dp if fractional)."""
    if value.denominator == 1:
        return Decimal(value.numerator)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(POINTS_QUANTUM, rounding=ROUND_HALF_UP)


def _result(points: Fraction, answered: bool) -> ItemResult:
    return ItemResult(
        points=_points(points),
        max_points=_ONE,
        correct=points == 1,
        answered=answered,
    )


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def score_item(
    key: ItemKey,
    response: Sequence[int] | None,
    *,
    multi_policy: str = "all_or_nothing",
    ordering_policy: str = "exact",
) -> ItemResult:
    """Score one item.  ``max_points`` is always 1.

    ``response`` holds the chosen option ids: set semantics (order and
    duplicates ignored) for ``single`` / ``multi`` / ``truefalse``; a
    sequence for ``ordering``.  ``None`` or empty means unanswered and
    scores 0 with ``answered=False``.

    Rules:

    * ``single`` / ``truefalse``: 1 if exactly the one correct option is
      chosen, else 0 (choosing several options scores 0).
    * ``multi`` with ``multi_policy="all_or_nothing"``: 1 only if the chosen
      set equals the correct set, else 0.
    * ``multi`` with ``multi_policy="partial"`` (per-option credit): with
      ``C = len(correct_ids)``, each correct option chosen earns ``+1/C`` and
      each wrong option chosen costs ``-1/C``; the total is floored at 0 (no
      negative total) and capped at 1.  So choosing every option of a
      "pick 3 of 6" item scores 3/3 - 3/3 = 0.  This is the interpretation
      common in NBCOT-prep material; NBCOT does not publish its own rule.
    * ``multi_policy="weights"`` ("use the item's weights"), for ``single``,
      ``truefalse`` and ``multi``: the sum of the chosen options' weights
      (``key.weights``, else :func:`derived_weights`), floored at 0 and
      capped at 1, as Moodle grades a multiple-choice item.  A single-answer
      item with several options chosen scores 0.
    * ``ordering`` with ``ordering_policy="exact"``: 1 if the response
      sequence equals ``option_ids`` exactly, else 0.
    * ``ordering`` with ``ordering_policy="partial"``: the fraction of
      positions ``i`` where ``response[i] == option_ids[i]``.  A response of
      the wrong length is compared up to the shorter length (the divisor is
      always ``len(option_ids)``); unknown ids never count.

    ``correct`` is ``points == max_points``.  Fractional points are rounded
    to 4 decimal places (ROUND_HALF_UP).

    Raises ``ValueError`` for an unknown policy, or — for non-ordering types
    — for chosen ids that do not belong to the question (callers validate
    input; this is a guard).
    """
    if multi_policy not in MULTI_POLICIES:
        raise ValueError(f"unknown multi_policy {multi_policy!r}")
    if ordering_policy not in ORDERING_POLICIES:
        raise ValueError(f"unknown ordering_policy {ordering_policy!r}")

    if response is None or len(response) == 0:
        return _result(Fraction(0), answered=False)

    if key.qtype == "ordering":
        return _result(_score_ordering(key, response, ordering_policy), True)

    chosen = frozenset(response)
    unknown = chosen - set(key.option_ids)
    if unknown:
        raise ValueError(f"response ids {sorted(unknown)} do not belong to the question")

    if multi_policy == "weights":
        return _result(_score_weights(key, chosen), answered=True)

    if key.qtype in ("single", "truefalse"):
        ok = len(chosen) == 1 and chosen == key.correct_ids
        return _result(Fraction(int(ok)), answered=True)

    # multi
    if multi_policy == "all_or_nothing":
        return _result(Fraction(int(chosen == key.correct_ids)), answered=True)
    right = len(chosen & key.correct_ids)
    wrong = len(chosen - key.correct_ids)
    credit = Fraction(right - wrong, len(key.correct_ids))
    credit = min(max(credit, Fraction(0)), Fraction(1))
    return _result(credit, answered=True)


def derived_weights(key: ItemKey) -> dict[int, Fraction]:
    """Each option's weight: its own where the key has one, else what right/wrong implies.

    Implied weights: a single-answer or true/false item's correct option 1, the others 0; a
    multi item's correct options share 1 and each wrong one costs as much as a correct one
    earns (the same as the ``"partial"`` policy).
    """
    own = key.weights or {}
    count = len(key.correct_ids) or 1
    implied_wrong = Fraction(-1, count) if key.qtype == "multi" else Fraction(0)
    return {
        option_id: Fraction(own[option_id])
        if option_id in own
        else (Fraction(1, count) if option_id in key.correct_ids else implied_wrong)
        for option_id in key.option_ids
    }


def _score_weights(key: ItemKey, chosen: frozenset[int]) -> Fraction:
    if key.qtype in ("single", "truefalse") and len(chosen) != 1:
        return Fraction(0)
    weights = derived_weights(key)
    total = sum((weights[option_id] for option_id in chosen), Fraction(0))
    return min(max(total, Fraction(0)), Fraction(1))


def _score_ordering(key: ItemKey, response: Sequence[int], policy: str) -> Fraction:
    expected = key.option_ids
    if policy == "exact":
        return Fraction(int(tuple(response) == expected))
    hits = sum(1 for given, want in zip(response, expected, strict=False) if given == want)
    return Fraction(hits, len(expected))


def score_attempt(results: Iterable[tuple[ItemKey, ItemResult]]) -> AttemptScore:
    """Aggregate item results into an attempt score.

    Only scored items (``key.scored``) contribute to points, max_points,
    percent and the domain breakdown; field-test items are only counted in
    ``unscored_items``.  ``domains`` is sorted by domain code; scored items
    whose domain is ``None`` are grouped under ``""`` (present only if there
    are any).  ``percent`` has 1 decimal place (ROUND_HALF_UP) and is 0 when
    there are no scored items.
    """
    points = _ZERO
    max_points = _ZERO
    scored_items = 0
    unscored_items = 0
    per_domain: dict[str, list] = {}

    for key, result in results:
        if not key.scored:
            unscored_items += 1
            continue
        scored_items += 1
        points += result.points
        max_points += result.max_points
        bucket = per_domain.setdefault(key.domain or "", [_ZERO, _ZERO, 0])
        bucket[0] += result.points
        bucket[1] += result.max_points
        bucket[2] += 1

    domains = tuple(
        DomainScore(domain=code, points=p, max_points=m, items=n) for code, (p, m, n) in sorted(per_domain.items())
    )
    return AttemptScore(
        points=points,
        max_points=max_points,
        percent=_percent(points, max_points),
        scored_items=scored_items,
        unscored_items=unscored_items,
        domains=domains,
    )


def passed(score: AttemptScore, pass_mark_percent: int | Decimal) -> bool:
    """True when ``score.percent >= pass_mark_percent``."""
    return score.percent >= _to_decimal(pass_mark_percent)


def percent_range(fraction: float | Decimal, items: int, *, z: float = 1.96) -> tuple[int, int]:
    """The 95% Wilson score interval of a proportion `fraction` (0-1) measured on `items` items,
    as whole percents (low rounded down, high rounded up).

    With few items the range is wide: 6 of 10 right gives (31, 84); 60 of 100 gives (50, 70).
    No items gives the whole scale, (0, 100).
    """
    if items <= 0:
        return 0, 100
    p = min(max(float(fraction), 0.0), 1.0)
    denominator = 1 + z * z / items
    centre = (p + z * z / (2 * items)) / denominator
    half = z * ((p * (1 - p) / items + z * z / (4 * items * items)) ** 0.5) / denominator
    return max(floor((centre - half) * 100), 0), min(-floor(-(centre + half) * 100), 100)
