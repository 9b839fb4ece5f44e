import datetime

import pytest
from fsrs import Rating

from quizzes.progress import review

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


def test_new_card_is_due_at_once():
    state, due = review.new_card(now=NOW)

    assert due == NOW
    assert state["last_review"] is None


def test_review_right_answers_push_the_next_review_further_away():
    state, _ = review.new_card(now=NOW)
    state, first = review.review(state, correct=True, now=NOW)
    state, second = review.review(state, correct=True, now=first)
    _state, third = review.review(state, correct=True, now=second)

    assert first - NOW < second - first < third - second


def test_review_wrong_answer_brings_the_card_back_sooner_than_a_right_one():
    state, _ = review.new_card(now=NOW)
    state, due = review.review(state, correct=True, now=NOW)
    state, due = review.review(state, correct=True, now=due)

    _right_state, right_due = review.review(state, correct=True, now=due)
    _wrong_state, wrong_due = review.review(state, correct=False, now=due)

    assert wrong_due < right_due


@pytest.mark.parametrize(
    ("correct", "unsure", "rating"),
    [(False, False, Rating.Again), (False, True, Rating.Again), (True, True, Rating.Hard), (True, False, Rating.Good)],
)
def test_rating_for_maps_answers_to_fsrs_ratings(correct, unsure, rating):
    assert review.rating_for(correct=correct, unsure=unsure) == rating


def test_review_refuses_naive_datetimes():
    state, _ = review.new_card(now=NOW)

    with pytest.raises(ValueError, match="timezone-aware"):
        review.review(state, correct=True, now=NOW.replace(tzinfo=None))
