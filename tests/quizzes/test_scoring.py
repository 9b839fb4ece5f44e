from decimal import Decimal

import pytest

from quizzes.scoring import (
    AttemptScore,
    DomainScore,
    ItemKey,
    ItemResult,
    passed,
    percent_range,
    score_attempt,
    score_item,
)

ONE = Decimal(1)
ZERO = Decimal(0)


def single(domain=None, scored=True):
    return ItemKey("single", (1, 2, 3, 4), frozenset({2}), domain, scored)


def truefalse():
    return ItemKey("truefalse", (10, 11), frozenset({10}))


def multi_pick3():
    # six options, three correct (1, 2, 3)
    return ItemKey("multi", (1, 2, 3, 4, 5, 6), frozenset({1, 2, 3}))


def ordering():
    return ItemKey("ordering", (7, 8, 9, 10), frozenset({7, 8, 9, 10}))


def result(points, answered=True):
    points = Decimal(points)
    return ItemResult(points, ONE, points == ONE, answered)


# --------------------------------------------------------------- ItemKey


def test_itemkey_normalises_lists_to_tuple_and_frozenset():
    key = ItemKey("multi", [1, 2, 3], {1, 2})
    assert key.option_ids == (1, 2, 3)
    assert key.correct_ids == frozenset({1, 2})
    assert key.domain is None
    assert key.scored is True


def test_itemkey_unknown_qtype_raises():
    with pytest.raises(ValueError):
        ItemKey("essay", (1, 2), frozenset({1}))


def test_itemkey_correct_not_in_options_raises():
    with pytest.raises(ValueError):
        ItemKey("single", (1, 2), frozenset({3}))


def test_itemkey_duplicate_options_raise():
    with pytest.raises(ValueError):
        ItemKey("ordering", (1, 1, 2), frozenset({1, 2}))


# --------------------------------------------------------- unanswered


def test_score_item_none_response_is_unanswered():
    assert score_item(single(), None) == ItemResult(ZERO, ONE, False, False)


def test_score_item_empty_response_is_unanswered():
    assert score_item(multi_pick3(), []) == ItemResult(ZERO, ONE, False, False)
    assert score_item(ordering(), (), ordering_policy="partial") == ItemResult(ZERO, ONE, False, False)


# ------------------------------------------------------ single / truefalse


def test_score_item_single_correct_scores_one():
    assert score_item(single(), [2]) == ItemResult(ONE, ONE, True, True)


def test_score_item_single_wrong_scores_zero():
    assert score_item(single(), [3]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_single_several_chosen_scores_zero():
    assert score_item(single(), [2, 3]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_single_duplicate_ids_use_set_semantics():
    assert score_item(single(), [2, 2]) == ItemResult(ONE, ONE, True, True)


def test_score_item_truefalse_correct_and_wrong():
    assert score_item(truefalse(), [10]) == ItemResult(ONE, ONE, True, True)
    assert score_item(truefalse(), [11]) == ItemResult(ZERO, ONE, False, True)
    assert score_item(truefalse(), [10, 11]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_unknown_id_raises_for_single():
    with pytest.raises(ValueError):
        score_item(single(), [99])


def test_score_item_unknown_id_raises_for_multi():
    with pytest.raises(ValueError):
        score_item(multi_pick3(), [1, 99], multi_policy="partial")


def test_score_item_unknown_policy_raises():
    with pytest.raises(ValueError):
        score_item(multi_pick3(), [1], multi_policy="generous")
    with pytest.raises(ValueError):
        score_item(ordering(), [7], ordering_policy="lenient")


# --------------------------------------------------------------- multi


def test_score_item_multi_all_or_nothing_exact_set_scores_one():
    assert score_item(multi_pick3(), [3, 1, 2]) == ItemResult(ONE, ONE, True, True)


def test_score_item_multi_all_or_nothing_subset_scores_zero():
    assert score_item(multi_pick3(), [1, 2]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_multi_all_or_nothing_superset_scores_zero():
    assert score_item(multi_pick3(), [1, 2, 3, 4]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_multi_default_policy_is_all_or_nothing():
    assert score_item(multi_pick3(), [1, 2]).points == ZERO


def test_score_item_multi_partial_all_correct_scores_one():
    assert score_item(multi_pick3(), [1, 2, 3], multi_policy="partial") == (ItemResult(ONE, ONE, True, True))


def test_score_item_multi_partial_two_of_three_scores_two_thirds():
    assert score_item(multi_pick3(), [1, 2], multi_policy="partial") == (
        ItemResult(Decimal("0.6667"), ONE, False, True)
    )


def test_score_item_multi_partial_one_of_three_scores_one_third():
    assert score_item(multi_pick3(), [3], multi_policy="partial") == (ItemResult(Decimal("0.3333"), ONE, False, True))


def test_score_item_multi_partial_wrong_pick_deducts():
    # 3 right - 1 wrong = 2/3
    assert score_item(multi_pick3(), [1, 2, 3, 4], multi_policy="partial") == (
        ItemResult(Decimal("0.6667"), ONE, False, True)
    )
    # 2 right - 1 wrong = 1/3
    assert score_item(multi_pick3(), [1, 2, 5], multi_policy="partial") == (
        ItemResult(Decimal("0.3333"), ONE, False, True)
    )


def test_score_item_multi_partial_more_wrong_than_right_floors_at_zero():
    # 1 right - 3 wrong = -2/3 -> 0
    assert score_item(multi_pick3(), [1, 4, 5, 6], multi_policy="partial") == (ItemResult(ZERO, ONE, False, True))


def test_score_item_multi_partial_only_wrong_picks_floors_at_zero():
    assert score_item(multi_pick3(), [4, 5], multi_policy="partial") == (ItemResult(ZERO, ONE, False, True))


def test_score_item_multi_partial_all_six_chosen_on_pick3_scores_zero():
    assert score_item(multi_pick3(), [1, 2, 3, 4, 5, 6], multi_policy="partial") == ItemResult(ZERO, ONE, False, True)


def test_score_item_multi_partial_half_credit_is_exact():
    key = ItemKey("multi", (1, 2, 3, 4), frozenset({1, 2}))
    assert score_item(key, [1], multi_policy="partial") == ItemResult(Decimal("0.5"), ONE, False, True)


# ------------------------------------------------------------ ordering


def test_score_item_ordering_exact_correct_scores_one():
    assert score_item(ordering(), [7, 8, 9, 10]) == ItemResult(ONE, ONE, True, True)


def test_score_item_ordering_exact_one_swap_scores_zero():
    assert score_item(ordering(), [7, 8, 10, 9]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_ordering_exact_prefix_scores_zero():
    assert score_item(ordering(), [7, 8, 9]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_ordering_partial_half_right_scores_half():
    assert score_item(ordering(), [7, 8, 10, 9], ordering_policy="partial") == (
        ItemResult(Decimal("0.5"), ONE, False, True)
    )


def test_score_item_ordering_partial_all_right_scores_one():
    assert score_item(ordering(), (7, 8, 9, 10), ordering_policy="partial") == (ItemResult(ONE, ONE, True, True))


def test_score_item_ordering_partial_reversed_scores_zero():
    assert score_item(ordering(), [10, 9, 8, 7], ordering_policy="partial") == (ItemResult(ZERO, ONE, False, True))


def test_score_item_ordering_partial_short_response_compares_prefix():
    assert score_item(ordering(), [7, 8, 9], ordering_policy="partial") == (
        ItemResult(Decimal("0.75"), ONE, False, True)
    )


def test_score_item_ordering_partial_long_response_ignores_extra():
    assert score_item(ordering(), [7, 8, 9, 10, 11], ordering_policy="partial") == ItemResult(ONE, ONE, True, True)


def test_score_item_ordering_partial_unknown_ids_never_count():
    assert score_item(ordering(), [7, 99, 9, 98], ordering_policy="partial") == (
        ItemResult(Decimal("0.5"), ONE, False, True)
    )


def test_score_item_ordering_exact_unknown_ids_score_zero_without_error():
    assert score_item(ordering(), [7, 8, 9, 99]) == ItemResult(ZERO, ONE, False, True)


def test_score_item_ordering_partial_one_third_rounds_to_four_places():
    key = ItemKey("ordering", (1, 2, 3), frozenset({1, 2, 3}))
    assert score_item(key, [1, 3, 2], ordering_policy="partial") == ItemResult(Decimal("0.3333"), ONE, False, True)


# -------------------------------------------------------- score_attempt


def test_score_attempt_empty_is_zero():
    assert score_attempt([]) == AttemptScore(ZERO, ZERO, ZERO, 0, 0, ())


def test_score_attempt_empty_percent_is_zero_point_zero():
    assert str(score_attempt([]).percent) == "0.0"


def test_score_attempt_sums_scored_items():
    score = score_attempt([(single(), result(1)), (single(), result(0)), (single(), result("0.5"))])
    assert score.points == Decimal("1.5")
    assert score.max_points == Decimal(3)
    assert score.percent == Decimal("50.0")
    assert score.scored_items == 3
    assert score.unscored_items == 0


def test_score_attempt_excludes_field_test_items():
    score = score_attempt(
        [
            (single("D1"), result(1)),
            (single("D1"), result(0)),
            (single("D1", scored=False), result(1)),
            (single("D2", scored=False), result(1)),
        ]
    )
    assert score == AttemptScore(
        points=ONE,
        max_points=Decimal(2),
        percent=Decimal("50.0"),
        scored_items=2,
        unscored_items=2,
        domains=(DomainScore("D1", ONE, Decimal(2), 2),),
    )


def test_score_attempt_only_field_test_items_percent_zero():
    score = score_attempt([(single(scored=False), result(1))])
    assert score == AttemptScore(ZERO, ZERO, ZERO, 0, 1, ())


def test_score_attempt_domain_breakdown_sorted_by_code():
    score = score_attempt(
        [
            (single("D3"), result(1)),
            (single("D1"), result(0)),
            (single("D2"), result(1)),
            (single("D1"), result(1)),
            (single("D3"), result(1)),
        ]
    )
    assert score.domains == (
        DomainScore("D1", ONE, Decimal(2), 2),
        DomainScore("D2", ONE, ONE, 1),
        DomainScore("D3", Decimal(2), Decimal(2), 2),
    )
    assert [d.percent for d in score.domains] == [
        Decimal("50.0"),
        Decimal("100.0"),
        Decimal("100.0"),
    ]
    assert score.percent == Decimal("80.0")


def test_score_attempt_none_domain_grouped_under_empty_string():
    score = score_attempt([(single(None), result(1)), (single("D1"), result(0))])
    assert score.domains == (
        DomainScore("", ONE, ONE, 1),
        DomainScore("D1", ZERO, ONE, 1),
    )


def test_score_attempt_no_none_domain_omits_empty_group():
    score = score_attempt([(single("D1"), result(1))])
    assert [d.domain for d in score.domains] == ["D1"]


def test_score_attempt_unscored_none_domain_does_not_create_group():
    score = score_attempt([(single("D1"), result(1)), (single(None, scored=False), result(1))])
    assert [d.domain for d in score.domains] == ["D1"]


def test_score_attempt_percent_rounds_half_up():
    # 5 of 8 = 62.5 exactly -> stays; 1 of 16 = 6.25 -> 6.3 (half up)
    eight = [(single(), result(1))] * 5 + [(single(), result(0))] * 3
    assert score_attempt(eight).percent == Decimal("62.5")
    sixteen = [(single(), result(1))] + [(single(), result(0))] * 15
    assert score_attempt(sixteen).percent == Decimal("6.3")


def test_score_attempt_percent_rounds_down_below_half():
    # 1 of 3 = 33.333.. -> 33.3; 5 of 6 = 83.333.. -> 83.3
    three = [(single(), result(1))] + [(single(), result(0))] * 2
    assert score_attempt(three).percent == Decimal("33.3")
    six = [(single(), result(1))] * 5 + [(single(), result(0))]
    assert score_attempt(six).percent == Decimal("83.3")


def test_score_attempt_percent_rounds_up_above_half():
    # 2 of 3 = 66.666.. -> 66.7
    three = [(single(), result(1))] * 2 + [(single(), result(0))]
    assert score_attempt(three).percent == Decimal("66.7")


def test_score_attempt_percent_one_hundred():
    score = score_attempt([(single(), result(1))] * 4)
    assert score.percent == Decimal("100.0")
    assert str(score.percent) == "100.0"


def test_score_attempt_with_real_item_results():
    pairs = []
    for key, response, policy in [
        (single("D1"), [2], {}),
        (truefalse(), [11], {}),
        (multi_pick3(), [1, 2], {"multi_policy": "partial"}),
        (ordering(), [7, 8, 10, 9], {"ordering_policy": "partial"}),
        (single("D2", scored=False), [2], {}),
    ]:
        pairs.append((key, score_item(key, response, **policy)))
    score = score_attempt(pairs)
    # 1 + 0 + 0.6667 + 0.5 = 2.1667 of 4 = 54.1675% -> 54.2
    assert score.points == Decimal("2.1667")
    assert score.max_points == Decimal(4)
    assert score.percent == Decimal("54.2")
    assert score.scored_items == 4
    assert score.unscored_items == 1
    assert score.domains == (
        DomainScore("", Decimal("1.1667"), Decimal(3), 3),
        DomainScore("D1", ONE, ONE, 1),
    )


def test_domain_score_percent_zero_when_max_zero():
    assert DomainScore("D1", ZERO, ZERO, 0).percent == ZERO


def test_domain_score_percent_rounds_half_up():
    assert DomainScore("D1", ONE, Decimal(8), 8).percent == Decimal("12.5")
    assert DomainScore("D1", ONE, Decimal(16), 16).percent == Decimal("6.3")


# --------------------------------------------------------------- passed


def _score(percent):
    return AttemptScore(ZERO, ZERO, Decimal(percent), 0, 0, ())


def test_passed_at_exact_mark_is_true():
    assert passed(_score("70.0"), 70) is True


def test_passed_below_mark_is_false():
    assert passed(_score("69.9"), 70) is False


def test_passed_above_mark_is_true():
    assert passed(_score("70.1"), 70) is True


def test_passed_accepts_decimal_mark():
    assert passed(_score("72.5"), Decimal("72.5")) is True
    assert passed(_score("72.4"), Decimal("72.5")) is False


# ------------------------------------------------------------------ uncertainty


def test_percent_range_is_wide_for_few_items():
    assert percent_range(Decimal("0.6"), 10) == (31, 84)


def test_percent_range_narrows_with_more_items():
    assert percent_range(0.6, 100) == (50, 70)


def test_percent_range_stays_within_the_scale():
    assert percent_range(1, 10) == (72, 100)
    assert percent_range(0, 5) == (0, 44)


def test_percent_range_without_items_is_the_whole_scale():
    assert percent_range(0.5, 0) == (0, 100)


def test_module_has_no_scaled_score():
    from quizzes import scoring

    assert not hasattr(scoring, "estimated_scaled_score")


# --- "use the item's weights" --------------------------------------------------------------------

WEIGHTED_MULTI = ItemKey(
    "multi",
    (1, 2, 3, 4),
    {1, 3},
    weights={1: Decimal("0.7"), 2: Decimal("-1"), 3: Decimal("0.3"), 4: Decimal("-0.5")},
)


@pytest.mark.parametrize(
    ("chosen", "points"),
    [
        ([1, 3], Decimal("1")),
        ([1], Decimal("0.7")),
        ([3], Decimal("0.3")),
        ([1, 4], Decimal("0.2")),
        ([1, 2], Decimal("0")),  # never below zero
        ([1, 3, 4], Decimal("0.5")),
    ],
)
def test_weights_policy_sums_the_chosen_options_own_weights(chosen, points):
    result = score_item(WEIGHTED_MULTI, chosen, multi_policy="weights")

    assert (result.points, result.correct) == (points, points == 1)


def test_weights_policy_gives_a_single_answer_distractor_its_partial_credit():
    key = ItemKey("single", (1, 2, 3), {1}, weights={1: Decimal(1), 2: Decimal("0.5"), 3: Decimal(0)})

    assert score_item(key, [2], multi_policy="weights").points == Decimal("0.5")
    assert score_item(key, [2], multi_policy="all_or_nothing").points == Decimal(0)
    assert score_item(key, [1, 2], multi_policy="weights").points == Decimal(0)


def test_weights_policy_without_weights_scores_as_per_option_partial_credit():
    key = ItemKey("multi", (1, 2, 3, 4), {1, 2})

    for chosen in ([1], [1, 2], [1, 3], [1, 2, 3], [3, 4]):
        assert score_item(key, chosen, multi_policy="weights") == score_item(key, chosen, multi_policy="partial")


def test_item_key_refuses_weights_for_other_options_or_out_of_range():
    with pytest.raises(ValueError, match="weights must be for the item's options"):
        ItemKey("single", (1, 2), {1}, weights={3: Decimal(1)})
    with pytest.raises(ValueError, match="between -1 and 1"):
        ItemKey("single", (1, 2), {1}, weights={1: Decimal(2)})
