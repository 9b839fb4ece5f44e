"""The bank check for answer cues (quizzes/validation.py) and the default bank passing it."""

import itertools
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from quizzes.demo import seed_default_content
from quizzes.question_bank import QUESTIONS
from quizzes.validation import CueItem, bank_cue_problems, cue_item_from_bank

MODULE_BANKS = [
    pytest.param(module, list(items), id=module)
    for module, items in itertools.groupby(QUESTIONS, lambda q: q["module"])
]


@pytest.mark.parametrize(("module", "items"), MODULE_BANKS)
def test_each_default_module_bank_has_no_answer_cues(module, items):
    assert bank_cue_problems([cue_item_from_bank(item) for item in items], label=module) == []


def test_the_whole_default_bank_has_no_answer_cues():
    assert bank_cue_problems([cue_item_from_bank(item) for item in QUESTIONS]) == []


def _single(key, lengths, correct_at):
    return CueItem(key, "single", tuple(lengths), tuple(i == correct_at for i in range(len(lengths))))


def test_a_bank_whose_keys_are_longest_and_stored_first_is_flagged():
    items = [_single(f"q{n}", [90, 40, 50, 60], 0) for n in range(12)]

    assert bank_cue_problems(items) == [
        "This bank: the key is the longest option in 12 of 12 single-answer items; chance would give about 3 "
        "(flagged above 6). Items: q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11.",
        "This bank: option A is stored as a key in 12 of 12 single-answer items; chance would give about 3 "
        "(flagged above 6). Shuffle where the keys are stored.",
    ]


def test_a_balanced_bank_is_not_flagged():
    items = [_single(f"q{n}", [40 + 10 * ((n + i) % 4) for i in range(4)], n % 4) for n in range(12)]

    assert bank_cue_problems(items) == []


def test_multi_select_keys_always_at_a_b_c_are_flagged():
    items = [CueItem(f"m{n}", "multi", (30,) * 6, (True, True, True, False, False, False)) for n in range(8)]

    problems = bank_cue_problems(items, label="Transfers")

    assert [problem.split(";")[0] for problem in problems] == [
        "Transfers: option A is stored as a key in 8 of 8 multi-select items",
        "Transfers: option B is stored as a key in 8 of 8 multi-select items",
        "Transfers: option C is stored as a key in 8 of 8 multi-select items",
    ]


def test_true_false_and_ordering_items_are_left_out():
    items = [CueItem(f"t{n}", "truefalse", (4, 5), (True, False)) for n in range(10)]
    items += [CueItem(f"o{n}", "ordering", (90, 10, 10), (True, True, True)) for n in range(10)]

    assert bank_cue_problems(items) == []


@pytest.mark.django_db
def test_check_answer_cues_command_reports_the_seeded_bank_clean():
    seed_default_content()
    out = StringIO()

    call_command("check_answer_cues", "--fail", stdout=out)

    assert out.getvalue().splitlines()[-1] == f"Whole bank: {len(QUESTIONS)} questions, no cues"


@pytest.mark.django_db
def test_check_answer_cues_command_fails_on_a_cued_bank():
    from tests.quizzes.factories import QuestionFactory

    cued = [("a much longer correct answer than the rest", True), ("short 1", False), ("short 2", False)]
    for _ in range(10):
        QuestionFactory(qtype="single", options=cued)
    out = StringIO()

    with pytest.raises(CommandError, match="answer cue"):
        call_command("check_answer_cues", "--fail", stdout=out)
    assert "the key is the longest option in 10 of 10" in out.getvalue()
