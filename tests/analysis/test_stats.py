"""Item statistics from sums, checked against examples worked by hand."""

import math

import pytest

from quizzes.analysis.stats import (
    Flag,
    ItemSums,
    TotalSums,
    item_flags,
    item_stats,
    option_discrimination,
    pearson,
    quiz_stats,
    sums_from_matrix,
)

# Five examinees × three items, scored 0/1.
#
#          item1 item2 item3 | total
#   E1       1     1     1   |   3
#   E2       1     1     0   |   2
#   E3       1     0     1   |   2
#   E4       0     1     0   |   1
#   E5       0     0     0   |   0
#
# p = 3/5, 3/5, 2/5 = 0.6, 0.6, 0.4.
#
# Corrected point-biserial = Pearson r of item score x with rest score r = total − x:
#   r = (nΣxr − ΣxΣr) / √((nΣx² − (Σx)²)(nΣr² − (Σr)²))
# item1: x = 1,1,1,0,0; rest = 2,1,1,1,0
#        Σx = 3, Σx² = 3, Σr = 5, Σr² = 7, Σxr = 4
#        (5·4 − 3·5) / √((5·3 − 9)(5·7 − 25)) = 5 / √(6·10) = 5/√60 = 0.645497…
# item2: x = 1,1,0,1,0; rest = 2,1,2,0,0
#        Σx = 3, Σx² = 3, Σr = 5, Σr² = 9, Σxr = 3
#        (5·3 − 3·5) / … = 0                       → poor discrimination
# item3: x = 1,0,1,0,0; rest = 2,2,1,1,0
#        Σx = 2, Σx² = 2, Σr = 6, Σr² = 10, Σxr = 3
#        (5·3 − 2·6) / √((5·2 − 4)(5·10 − 36)) = 3/√84 = 0.327327…
#
# Totals 3,2,2,1,0: mean 8/5 = 1.6; ΣX² = 18; population variance 18/5 − 1.6² = 3.6 − 2.56 = 1.04;
# SD √1.04 = 1.019804…
# KR-20 = k/(k−1) · (1 − Σpq/σ²) with Σpq = 0.24 + 0.24 + 0.24 = 0.72:
#        3/2 · (1 − 0.72/1.04) = 3/2 · 0.32/1.04 = 0.48/1.04 = 6/13 = 0.461538…
HAND_MATRIX = [[1, 1, 1], [1, 1, 0], [1, 0, 1], [0, 1, 0], [0, 0, 0]]


def test_sums_from_matrix_hand_example():
    totals, items = sums_from_matrix(HAND_MATRIX)

    assert totals == TotalSums(n=5, total=8, total_sq=18)
    assert items == [
        ItemSums(n=5, x=3, xx=3, r=5, rr=7, xr=4),
        ItemSums(n=5, x=3, xx=3, r=5, rr=9, xr=3),
        ItemSums(n=5, x=2, xx=2, r=6, rr=10, xr=3),
    ]


def test_item_stats_hand_example_p_values():
    _, items = sums_from_matrix(HAND_MATRIX)

    assert [item_stats(s).p for s in items] == [0.6, 0.6, 0.4]


def test_item_stats_hand_example_discrimination():
    _, items = sums_from_matrix(HAND_MATRIX)

    result = [item_stats(s).discrimination for s in items]

    assert result == pytest.approx([5 / math.sqrt(60), 0.0, 3 / math.sqrt(84)], abs=1e-12)
    assert [round(d, 4) for d in result] == [0.6455, 0.0, 0.3273]


def test_item_stats_hand_example_flags():
    _, items = sums_from_matrix(HAND_MATRIX)

    assert [item_stats(s).flags for s in items] == [(), (Flag.POOR,), ()]


def test_quiz_stats_hand_example_is_kr20():
    totals, items = sums_from_matrix(HAND_MATRIX)

    result = quiz_stats(totals=totals, items=items)

    assert (result.attempts, result.reliability_name, result.reliability_note) == (5, "KR-20", "")
    assert result.mean == pytest.approx(1.6, abs=1e-12)
    assert result.sd == pytest.approx(math.sqrt(1.04), abs=1e-12)
    assert result.reliability == pytest.approx(6 / 13, abs=1e-12)


def test_option_discrimination_hand_example():
    """Item 1 with options A (key), B, C: E1–E3 chose A, E4 chose B, E5 chose C.

    Rest scores 2,1,1,1,0 (Σr = 5, Σr² = 7). For a 0/1 "chose it" variable c, Σc = Σc² = times chosen.
      A: c = 1,1,1,0,0 — identical to the item score: 5/√60 = 0.645497…
      B: c = 0,0,0,1,0 — Σc = 1, Σcr = 1: (5·1 − 1·5)/… = 0
      C: c = 0,0,0,0,1 — Σc = 1, Σcr = 0: (5·0 − 1·5) / √((5 − 1)(35 − 25)) = −5/√40 = −0.790569…
    """
    _, items = sums_from_matrix(HAND_MATRIX)

    result = [
        option_discrimination(item=items[0], chosen=chosen, rest_when_chosen=rest)
        for chosen, rest in [(3, 4), (1, 1), (1, 0)]
    ]

    assert result == pytest.approx([5 / math.sqrt(60), 0.0, -5 / math.sqrt(40)], abs=1e-12)


# Wuensch, K. L., "The Kuder-Richardson 20", East Carolina University StatHelp,
# https://core.ecu.edu/wuenschk/StatHelp/KR20.txt — ten students × ten items, coded 1/0. The
# page publishes the data, each item's p and pq (Σpq = 2.18) and the total-score variance 5.84
# (the population variance: totals sum to 66, ΣX² = 494, 494/10 − 6.6² = 5.84). The final step
# is ours, not copied from the page: KR-20 = 10/9 · (1 − 2.18/5.84) = 0.696347…
WUENSCH_MATRIX = [
    [1, 1, 1, 1, 1, 1, 0, 1, 1, 0],  # A  8
    [1, 0, 1, 1, 0, 1, 1, 1, 0, 1],  # B  7
    [1, 1, 1, 1, 0, 1, 1, 0, 0, 1],  # C  7
    [0, 0, 1, 0, 0, 0, 1, 0, 0, 0],  # D  2
    [0, 0, 0, 0, 0, 1, 0, 0, 1, 0],  # E  2
    [1, 1, 1, 0, 1, 1, 1, 1, 1, 1],  # F  9
    [1, 1, 0, 1, 1, 1, 0, 1, 1, 1],  # G  8
    [1, 1, 1, 1, 1, 1, 1, 1, 0, 1],  # H  9
    [0, 1, 0, 1, 1, 1, 1, 1, 0, 1],  # I  7
    [1, 1, 0, 1, 1, 0, 1, 1, 1, 0],  # J  7
]


def test_item_stats_published_kr20_example_p_values_match_the_source():
    _, items = sums_from_matrix(WUENSCH_MATRIX)

    assert [item_stats(s).p for s in items] == [0.7, 0.7, 0.6, 0.7, 0.6, 0.8, 0.7, 0.7, 0.5, 0.6]


def test_quiz_stats_published_kr20_example():
    totals, items = sums_from_matrix(WUENSCH_MATRIX)

    result = quiz_stats(totals=totals, items=items)

    assert result.sd**2 == pytest.approx(5.84, abs=1e-12)
    assert result.reliability == pytest.approx(10 / 9 * (1 - 2.18 / 5.84), abs=1e-12)
    assert round(result.reliability, 4) == 0.6963
    assert result.reliability_name == "KR-20"


def test_quiz_stats_partial_credit_is_cronbach_alpha():
    """Three examinees × two items with half credit.

    Rows (0.5, 1), (1, 1), (0, 0.5); totals 1.5, 2, 0.5: mean 4/3, population variance
    (2.25 + 4 + 0.25)/3 − 16/9 = 6.5/3 − 16/9 = 7/18.
    Item 1: 0.5, 1, 0 → mean 0.5, variance (0.25 + 1 + 0)/3 − 0.25 = 1/6.
    Item 2: 1, 1, 0.5 → mean 5/6, variance (1 + 1 + 0.25)/3 − 25/36 = 0.75 − 25/36 = 1/18.
    α = 2/1 · (1 − (1/6 + 1/18) / (7/18)) = 2 · (1 − 4/7) = 6/7 = 0.857142…
    """
    totals, items = sums_from_matrix([[0.5, 1], [1, 1], [0, 0.5]])

    result = quiz_stats(totals=totals, items=items)

    assert result.reliability_name == "Cronbach's alpha"
    assert result.reliability == pytest.approx(6 / 7, abs=1e-12)
    assert item_stats(items[1]).p == pytest.approx(5 / 6, abs=1e-12)


def test_quiz_stats_items_not_answered_by_every_attempt_has_no_reliability():
    totals = TotalSums(n=3, total=4, total_sq=6)
    items = [ItemSums(n=3, x=2, xx=2, r=2, rr=2, xr=1), ItemSums(n=2, x=1, xx=1, r=1, rr=1, xr=0)]

    result = quiz_stats(totals=totals, items=items)

    assert (result.reliability, result.reliability_note) == (
        None,
        "Not computed: attempts did not all answer the same items.",
    )


def test_quiz_stats_no_attempts_is_empty():
    result = quiz_stats(totals=TotalSums(n=0, total=0, total_sq=0), items=[])

    assert (result.attempts, result.mean, result.sd, result.reliability) == (0, None, None, None)


def test_quiz_stats_equal_totals_has_no_reliability():
    totals, items = sums_from_matrix([[1, 0], [0, 1]])

    result = quiz_stats(totals=totals, items=items)

    assert (result.sd, result.reliability, result.reliability_note) == (
        0.0,
        None,
        "Not computed: every attempt has the same total.",
    )


def test_pearson_constant_variable_is_none():
    assert pearson(3, 3, 3, 1, 1, 1) is None


def test_item_stats_everyone_correct_has_no_discrimination_and_is_too_easy():
    result = item_stats(ItemSums(n=4, x=4, xx=4, r=6, rr=14, xr=6))

    assert (result.p, result.discrimination, result.flags) == (1.0, None, (Flag.TOO_EASY,))


@pytest.mark.parametrize(
    ("p", "discrimination", "expected"),
    [
        (0.19, 0.45, (Flag.TOO_HARD,)),
        (0.20, 0.20, ()),
        (0.90, 0.30, ()),
        (0.91, 0.30, (Flag.TOO_EASY,)),
        (0.50, 0.19, (Flag.POOR,)),
        (0.50, -0.05, (Flag.NEGATIVE,)),
        (0.10, -0.30, (Flag.TOO_HARD, Flag.NEGATIVE)),
        (None, None, ()),
    ],
)
def test_item_flags_thresholds(p, discrimination, expected):
    assert item_flags(p, discrimination) == expected
