import random
from decimal import Decimal
from fractions import Fraction
from math import ceil, floor

import pytest

from quizzes.blueprint import (
    allocate_counts,
    cap_counts,
    pick_field_test,
    select_items,
)

# Made-up demo weights for the allocation arithmetic. NBCOT publishes no official COTA domain
# weights that we could verify (see docs/content-sources.md), so these are not NBCOT's.
DEMO_WEIGHTS = {"D1": 28, "D2": 47, "D3": 25}


# ------------------------------------------------------- allocate_counts


def test_allocate_counts_known_example_n50():
    # quotas 14, 23.5, 12.5 -> floors 14/23/12 (49); tie on .5 goes to the
    # larger weight (D2)
    assert allocate_counts(DEMO_WEIGHTS, 50) == {"D1": 14, "D2": 24, "D3": 12}


def test_allocate_counts_known_example_n190():
    # quotas 53.2, 89.3, 47.5 -> floors 53/89/47 (189); D3 has the largest
    # remainder
    assert allocate_counts(DEMO_WEIGHTS, 190) == {"D1": 53, "D2": 89, "D3": 48}


def test_allocate_counts_known_example_n100_matches_weights():
    assert allocate_counts(DEMO_WEIGHTS, 100) == {"D1": 28, "D2": 47, "D3": 25}


def test_allocate_counts_known_example_n10():
    # quotas 2.8, 4.7, 2.5 -> floors 2/4/2 (8); remainders .8 and .7 win
    assert allocate_counts(DEMO_WEIGHTS, 10) == {"D1": 3, "D2": 5, "D3": 2}


def test_allocate_counts_decimal_weights_match_int_weights():
    weights = {"D1": Decimal("0.28"), "D2": Decimal("0.47"), "D3": Decimal("0.25")}
    assert allocate_counts(weights, 50) == {"D1": 14, "D2": 24, "D3": 12}


def test_allocate_counts_float_weights_are_exact():
    weights = {"D1": 0.28, "D2": 0.47, "D3": 0.25}
    assert allocate_counts(weights, 50) == {"D1": 14, "D2": 24, "D3": 12}
    assert allocate_counts(weights, 190) == {"D1": 53, "D2": 89, "D3": 48}


def test_allocate_counts_weights_need_not_sum_to_100():
    assert allocate_counts({"A": 1, "B": 3}, 8) == {"A": 2, "B": 6}


def test_allocate_counts_preserves_key_order():
    result = allocate_counts({"D3": 25, "D1": 28, "D2": 47}, 50)
    assert list(result) == ["D3", "D1", "D2"]
    assert result == {"D3": 12, "D1": 14, "D2": 24}


def test_allocate_counts_zero_weight_domain_gets_zero():
    assert allocate_counts({"A": 1, "B": 0, "C": 1}, 3) == {"A": 2, "B": 0, "C": 1}


def test_allocate_counts_equal_weight_tie_follows_key_order():
    assert allocate_counts({"A": 1, "B": 1, "C": 1}, 2) == {"A": 1, "B": 1, "C": 0}
    assert allocate_counts({"C": 1, "B": 1, "A": 1}, 2) == {"C": 1, "B": 1, "A": 0}
    assert allocate_counts({"A": 1, "B": 1, "C": 1}, 4) == {"A": 2, "B": 1, "C": 1}


def test_allocate_counts_remainder_tie_prefers_larger_weight():
    # quotas: A 0.5, B 1.5 -> both remainder .5; B (larger weight) first
    assert allocate_counts({"A": 1, "B": 3}, 2) == {"A": 0, "B": 2}
    # quotas 0.5 / 0.5 / 1.0 with one leftover: A and B tie on remainder
    # and weight, so key order decides
    assert allocate_counts({"A": 1, "B": 1, "C": 2}, 2) == {"A": 1, "B": 0, "C": 1}


def test_allocate_counts_larger_remainder_beats_larger_weight():
    # quotas: A 3*1/4=0.75, B 3*3/4=2.25 -> A has the larger remainder
    assert allocate_counts({"A": 1, "B": 3}, 3) == {"A": 1, "B": 2}


def test_allocate_counts_n_zero_gives_zeros():
    assert allocate_counts(DEMO_WEIGHTS, 0) == {"D1": 0, "D2": 0, "D3": 0}


def test_allocate_counts_all_zero_weights_with_n_zero_gives_zeros():
    assert allocate_counts({"A": 0, "B": 0}, 0) == {"A": 0, "B": 0}


def test_allocate_counts_empty_weights_with_n_zero_is_empty():
    assert allocate_counts({}, 0) == {}


def test_allocate_counts_all_zero_weights_raises():
    with pytest.raises(ValueError):
        allocate_counts({"A": 0, "B": Decimal(0)}, 5)


def test_allocate_counts_empty_weights_raises():
    with pytest.raises(ValueError):
        allocate_counts({}, 1)


def test_allocate_counts_negative_weight_raises():
    with pytest.raises(ValueError):
        allocate_counts({"A": 5, "B": -1}, 5)


def test_allocate_counts_negative_n_raises():
    with pytest.raises(ValueError):
        allocate_counts(DEMO_WEIGHTS, -1)


def test_allocate_counts_single_domain_gets_everything():
    assert allocate_counts({"D1": 3}, 17) == {"D1": 17}


def test_allocate_counts_same_input_gives_same_output():
    weights = {"A": Decimal("33.3"), "B": Decimal("33.3"), "C": Decimal("33.4")}
    first = allocate_counts(weights, 7)
    for _ in range(20):
        assert allocate_counts(dict(weights), 7) == first
    assert first == {"A": 2, "B": 2, "C": 3}


def test_allocate_counts_property_sum_and_quota_bounds():
    for seed in range(500):
        rng = random.Random(seed)
        keys = [f"D{i}" for i in range(1, rng.randint(1, 8) + 1)]
        kind = rng.choice(["int", "decimal", "float"])
        weights = {}
        for key in keys:
            if rng.random() < 0.15:
                weights[key] = 0
            elif kind == "int":
                weights[key] = rng.randint(1, 100)
            elif kind == "decimal":
                weights[key] = Decimal(rng.randint(1, 10_000)) / 100
            else:
                weights[key] = round(rng.uniform(0.01, 50), 3)
        if all(w == 0 for w in weights.values()):
            weights[keys[0]] = 1
        n = rng.randint(0, 300)

        counts = allocate_counts(weights, n)

        assert list(counts) == keys, seed
        assert sum(counts.values()) == n, seed
        exact = {k: Fraction(Decimal(repr(w)) if isinstance(w, float) else w) for k, w in weights.items()}
        total = sum(exact.values())
        for key in keys:
            quota = n * exact[key] / total
            assert floor(quota) <= counts[key] <= ceil(quota), (seed, key)
            if exact[key] == 0:
                assert counts[key] == 0, (seed, key)
        # deterministic
        assert allocate_counts(weights, n) == counts, seed


# ------------------------------------------------------------ cap_counts


def test_cap_counts_no_shortage_unchanged():
    counts = {"D1": 14, "D2": 24, "D3": 12}
    assert cap_counts(counts, {"D1": 50, "D2": 50, "D3": 50}) == counts


def test_cap_counts_shortfall_goes_to_domain_with_spare():
    counts = {"D1": 14, "D2": 24, "D3": 12}
    result = cap_counts(counts, {"D1": 10, "D2": 100, "D3": 12})
    assert result == {"D1": 10, "D2": 28, "D3": 12}


def test_cap_counts_shortfall_split_by_weight():
    counts = {"D1": 14, "D2": 24, "D3": 12}
    # D1 short by 4; D2 and D3 have spare; weights 24:12 -> 2.67/1.33 -> 3/1
    result = cap_counts(counts, {"D1": 10, "D2": 100, "D3": 100})
    assert result == {"D1": 10, "D2": 27, "D3": 13}


def test_cap_counts_uses_explicit_weights():
    counts = {"D1": 14, "D2": 24, "D3": 12}
    result = cap_counts(counts, {"D1": 10, "D2": 100, "D3": 100}, weights={"D1": 1, "D2": 1, "D3": 3})
    # shortfall 4 split 1:3 between D2 and D3
    assert result == {"D1": 10, "D2": 25, "D3": 15}


def test_cap_counts_cascades_when_receiver_runs_out():
    counts = {"D1": 14, "D2": 24, "D3": 12}
    # D1 short by 10; D2 can only take 2 more; D3 takes the rest
    result = cap_counts(counts, {"D1": 4, "D2": 26, "D3": 100})
    assert result == {"D1": 4, "D2": 26, "D3": 20}
    assert sum(result.values()) == 50


def test_cap_counts_zero_weight_domain_used_only_as_last_resort():
    counts = {"A": 5, "B": 5, "Z": 0}
    assert cap_counts(counts, {"A": 3, "B": 100, "Z": 100}) == {
        "A": 3,
        "B": 7,
        "Z": 0,
    }
    assert cap_counts(counts, {"A": 3, "B": 5, "Z": 100}) == {
        "A": 3,
        "B": 5,
        "Z": 2,
    }


def test_cap_counts_insufficient_total_returns_all_available():
    counts = {"D1": 14, "D2": 24, "D3": 12}
    available = {"D1": 5, "D2": 30, "D3": 7}
    assert cap_counts(counts, available) == {"D1": 5, "D2": 30, "D3": 7}


def test_cap_counts_missing_available_key_means_zero():
    counts = {"D1": 2, "D2": 2}
    assert cap_counts(counts, {"D2": 10}) == {"D1": 0, "D2": 4}


def test_cap_counts_ignores_keys_only_in_available_and_keeps_order():
    result = cap_counts({"D2": 3, "D1": 1}, {"D1": 5, "D2": 1, "D9": 50})
    assert list(result) == ["D2", "D1"]
    assert result == {"D2": 1, "D1": 3}


def test_cap_counts_negative_count_raises():
    with pytest.raises(ValueError):
        cap_counts({"D1": -1}, {"D1": 5})


def test_cap_counts_property_total_and_bounds():
    for seed in range(300):
        rng = random.Random(seed)
        keys = [f"D{i}" for i in range(1, rng.randint(1, 6) + 1)]
        weights = {k: rng.randint(0, 50) for k in keys}
        if all(w == 0 for w in weights.values()):
            weights[keys[0]] = 1
        n = rng.randint(0, 120)
        counts = allocate_counts(weights, n)
        available = {k: rng.randint(0, 60) for k in keys}

        result = cap_counts(counts, available, weights=weights)

        assert list(result) == keys, seed
        assert all(0 <= result[k] <= available[k] for k in keys), seed
        assert sum(result.values()) == min(n, sum(available.values())), seed
        assert cap_counts(counts, available, weights=weights) == result, seed


# ---------------------------------------------------------- select_items


def test_select_items_prefers_unseen():
    candidates = {"D1": [1, 2, 3, 4, 5, 6], "D2": [10, 11, 12]}
    seen = {1, 2, 3, 10}
    picked = select_items(candidates, {"D1": 3, "D2": 2}, seen=seen, rng=random.Random(1))
    assert sorted(picked[:3]) == [4, 5, 6]
    assert sorted(picked[3:]) == [11, 12]


def test_select_items_falls_back_to_seen_after_unseen():
    candidates = {"D1": [1, 2, 3, 4]}
    picked = select_items(candidates, {"D1": 3}, seen={1, 2, 3}, rng=random.Random(7))
    assert len(picked) == 3
    assert picked[0] == 4
    assert set(picked[1:]) < {1, 2, 3}


def test_select_items_groups_by_domain_in_counts_order():
    candidates = {"D1": [1, 2, 3], "D2": [10, 11, 12], "D3": [20, 21]}
    picked = select_items(candidates, {"D3": 2, "D1": 1, "D2": 2}, seen=(), rng=random.Random(3))
    assert len(picked) == 5
    assert set(picked[:2]) == {20, 21}
    assert picked[2] in {1, 2, 3}
    assert set(picked[3:]) <= {10, 11, 12}


def test_select_items_is_deterministic_for_seed():
    candidates = {"D1": list(range(100)), "D2": list(range(100, 200))}
    counts = {"D1": 10, "D2": 15}
    first = select_items(candidates, counts, seen={1, 2, 3}, rng=random.Random(42))
    second = select_items(candidates, counts, seen={1, 2, 3}, rng=random.Random(42))
    assert first == second


def test_select_items_independent_of_candidate_order():
    forward = {"D1": list(range(50))}
    backward = {"D1": list(reversed(range(50)))}
    a = select_items(forward, {"D1": 10}, seen=(), rng=random.Random(9))
    b = select_items(backward, {"D1": 10}, seen=(), rng=random.Random(9))
    assert a == b


def test_select_items_different_seeds_differ():
    candidates = {"D1": list(range(100))}
    a = select_items(candidates, {"D1": 10}, seen=(), rng=random.Random(1))
    b = select_items(candidates, {"D1": 10}, seen=(), rng=random.Random(2))
    assert a != b


def test_select_items_returns_distinct_ids():
    candidates = {"D1": [1, 1, 2, 2, 3], "D2": [3, 4, 5]}
    picked = select_items(candidates, {"D1": 3, "D2": 2}, seen=(), rng=random.Random(0))
    assert sorted(picked) == [1, 2, 3, 4, 5]


def test_select_items_zero_count_domain_skipped():
    picked = select_items({"D1": [1, 2], "D2": [3]}, {"D1": 0, "D2": 1}, seen=(), rng=random.Random(0))
    assert picked == [3]


def test_select_items_too_few_candidates_raises():
    with pytest.raises(ValueError):
        select_items({"D1": [1, 2]}, {"D1": 3}, seen=(), rng=random.Random(0))


def test_select_items_missing_domain_raises():
    with pytest.raises(ValueError):
        select_items({"D1": [1, 2]}, {"D2": 1}, seen=(), rng=random.Random(0))


# ------------------------------------------------------- pick_field_test


def test_pick_field_test_returns_k_distinct_candidates():
    picked = pick_field_test([5, 6, 7, 8, 9], 3, rng=random.Random(0))
    assert len(picked) == 3
    assert len(set(picked)) == 3
    assert set(picked) <= {5, 6, 7, 8, 9}


def test_pick_field_test_is_deterministic_for_seed():
    pool = list(range(40))
    assert pick_field_test(pool, 5, rng=random.Random(11)) == pick_field_test(
        list(reversed(pool)), 5, rng=random.Random(11)
    )


def test_pick_field_test_fewer_candidates_returns_all():
    picked = pick_field_test([3, 1, 2, 2], 10, rng=random.Random(0))
    assert sorted(picked) == [1, 2, 3]


def test_pick_field_test_zero_k_returns_empty():
    assert pick_field_test([1, 2, 3], 0, rng=random.Random(0)) == []


def test_pick_field_test_negative_k_raises():
    with pytest.raises(ValueError):
        pick_field_test([1, 2, 3], -1, rng=random.Random(0))
