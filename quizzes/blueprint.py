"""Pure helpers for assembling blueprint-weighted mock exams.

No Django or database dependencies.  Typical use::

    counts = allocate_counts(domain_weights, n_items)
    counts = cap_counts(counts, available_per_domain, weights=domain_weights)
    ids = select_items(candidates_per_domain, counts, seen=seen_ids, rng=rng)
    ids += pick_field_test(field_test_ids, k, rng=rng)
    rng.shuffle(ids)

All arithmetic is exact (``fractions.Fraction``) and every tie is broken
deterministically, so the same inputs (and the same ``random.Random`` seed)
always give the same result.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from math import floor

__all__ = ["allocate_counts", "cap_counts", "pick_field_test", "select_items"]

Weight = Decimal | int | float | Fraction


def _to_fraction(value: Weight, key: str) -> Fraction:
    if isinstance(value, bool):
        raise TypeError(f"weight for {key!r} must be a number, got bool")
    if isinstance(value, float):
        # repr() is the shortest round-tripping literal, so 0.1 means 1/10
        # rather than the binary approximation.
        value = Decimal(repr(value))
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"weight for {key!r} must be finite, got {value}")
    try:
        return Fraction(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"weight for {key!r} must be a number") from exc


def _weights(weights: Mapping[str, Weight]) -> dict[str, Fraction]:
    exact = {key: _to_fraction(value, key) for key, value in weights.items()}
    negative = [key for key, value in exact.items() if value < 0]
    if negative:
        raise ValueError(f"negative weights for {negative}")
    return exact


def allocate_counts(weights: Mapping[str, Weight], n: int) -> dict[str, int]:
    """Split ``n`` items across domains in proportion to ``weights``.

    Largest-remainder (Hamilton) apportionment: each domain first gets the
    floor of its exact quota ``n * w / sum(w)``; the items still missing go,
    one each, to the domains with the largest fractional remainders.  Ties
    on the remainder are broken by larger weight first, then by key order
    (mapping insertion order).  Consequently:

    * the counts always sum to ``n``;
    * every count is the floor or the ceiling of its exact quota;
    * zero-weight domains get 0.

    Weights need not sum to 100.  The result preserves the key order of
    ``weights``.  Raises ``ValueError`` for negative ``n``, negative
    weights, or all-zero (or no) weights with ``n > 0``.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    exact = _weights(weights)
    total = sum(exact.values(), Fraction(0))
    if total == 0:
        if n > 0:
            raise ValueError("cannot allocate items: all weights are zero")
        return dict.fromkeys(exact, 0)

    counts: dict[str, int] = {}
    remainders: dict[str, Fraction] = {}
    for key, weight in exact.items():
        quota = n * weight / total
        counts[key] = floor(quota)
        remainders[key] = quota - counts[key]

    leftover = n - sum(counts.values())
    order = {key: index for index, key in enumerate(exact)}
    ranked = sorted(exact, key=lambda k: (-remainders[k], -exact[k], order[k]))
    for key in ranked[:leftover]:
        counts[key] += 1
    return counts


def cap_counts(
    counts: Mapping[str, int],
    available: Mapping[str, int],
    *,
    weights: Mapping[str, Weight] | None = None,
) -> dict[str, int]:
    """Cap allocated counts at the number of available items per domain.

    A domain with fewer available items than allocated gets all it has; the
    shortfall is redistributed to domains that still have spare items, in
    proportion to their weight (largest remainder, via
    :func:`allocate_counts`), repeating until the shortfall is absorbed or
    no domain has spare items.  Domains with positive weight are preferred;
    zero-weight domains only receive items when no positive-weight domain
    has spare capacity.

    ``weights`` defaults to ``counts`` themselves (a domain's allocation is
    proportional to its blueprint weight), so pass the original blueprint
    weights when you have them.

    Guarantees: the total stays ``n = sum(counts)`` when the total available
    over these domains is >= n; otherwise every domain gets all of its
    available items.  No domain ever exceeds its availability.  Domains
    missing from ``available`` have 0 available.  The result preserves the
    key order of ``counts``; keys only present in ``available`` are ignored.
    """
    for key, value in counts.items():
        if value < 0:
            raise ValueError(f"count for {key!r} must be >= 0, got {value}")
    avail = {key: max(int(available.get(key, 0)), 0) for key in counts}
    if weights is None:
        exact = {key: Fraction(value) for key, value in counts.items()}
    else:
        given = _weights(weights)
        exact = {key: given.get(key, Fraction(0)) for key in counts}

    target = sum(counts.values())
    result = {key: min(value, avail[key]) for key, value in counts.items()}
    shortfall = target - sum(result.values())

    while shortfall > 0:
        spare = [key for key in result if result[key] < avail[key]]
        if not spare:
            break
        positive = [key for key in spare if exact[key] > 0]
        if positive:
            pool = {key: exact[key] for key in positive}
        else:
            pool = {key: Fraction(1) for key in spare}
        extra = allocate_counts(pool, shortfall)
        for key, add in extra.items():
            result[key] = min(result[key] + add, avail[key])
        # Each pass either absorbs the whole shortfall or fills at least one
        # domain to capacity, so the loop terminates.
        shortfall = target - sum(result.values())
    return result


def _unique_sorted(ids: Sequence[int]) -> list[int]:
    return sorted(set(ids))


def select_items(
    candidates: Mapping[str, Sequence[int]],
    counts: Mapping[str, int],
    *,
    seen: Collection[int],
    rng: random.Random,
) -> list[int]:
    """Pick ``counts[d]`` item ids from ``candidates[d]`` for every domain.

    Unseen ids (not in ``seen``) are preferred: for each domain the unseen
    ids are shuffled with ``rng`` and taken first, then the seen ids, also
    shuffled.  Candidate ids are de-duplicated and sorted before shuffling,
    so the result depends only on the candidate *sets* and the rng state
    (database ordering does not matter).  An id already picked for an
    earlier domain is never picked again.

    Returns ids grouped by domain, in the key order of ``counts``; callers
    shuffle the final order.  Raises ``ValueError`` for a negative count or
    when a domain has fewer candidates than requested (run
    :func:`cap_counts` first).
    """
    seen_set = set(seen)
    picked: list[int] = []
    picked_set: set[int] = set()
    for domain, count in counts.items():
        if count < 0:
            raise ValueError(f"count for {domain!r} must be >= 0, got {count}")
        if count == 0:
            continue
        pool = [i for i in _unique_sorted(candidates.get(domain, ())) if i not in picked_set]
        if len(pool) < count:
            raise ValueError(f"domain {domain!r} has {len(pool)} candidates, {count} requested")
        unseen = [i for i in pool if i not in seen_set]
        already = [i for i in pool if i in seen_set]
        rng.shuffle(unseen)
        rng.shuffle(already)
        chosen = (unseen + already)[:count]
        picked.extend(chosen)
        picked_set.update(chosen)
    return picked


def pick_field_test(candidates: Sequence[int], k: int, *, rng: random.Random) -> list[int]:
    """Pick up to ``k`` distinct field-test (unscored) item ids at random.

    Candidates are de-duplicated and sorted before sampling, so the result
    depends only on the candidate set and the rng state.  If fewer than
    ``k`` candidates exist, all of them are returned (in random order).
    Raises ``ValueError`` for negative ``k``.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    pool = _unique_sorted(candidates)
    return rng.sample(pool, min(k, len(pool)))
