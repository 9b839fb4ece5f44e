import math

import pytest

from quizzes.analysis.selectors import quiz_item_analysis, quizzes_with_responses
from quizzes.analysis.stats import Flag, item_stats, quiz_stats, sums_from_matrix
from quizzes.analysis.tallies import item_tallies_rebuild
from quizzes.models import Attempt, AttemptItem
from tests.analysis.responses import submit_responses
from tests.analysis.test_stats import HAND_MATRIX
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db

# HAND_MATRIX from test_stats as chosen options, by index into the version's options (index 0 is
# the key of a default single item):
# item 1: E1–E3 the key, E4 option 1, E5 option 2; item 2: E3 option 1, E5 no answer;
# item 3: E2 and E4 option 3, E5 option 2.
HAND_CHOICES = [
    [[0], [0], [0]],
    [[0], [0], [3]],
    [[0], [1], [0]],
    [[1], [0], [3]],
    [[2], [], [2]],
]


def _quiz(names, qtype="single"):
    questions = [QuestionFactory(name=name, qtype=qtype) for name in names]
    quiz = fixed_quiz(questions)
    return quiz, [question.versions.get() for question in questions]


@pytest.fixture
def hand_quiz(learner):
    quiz, versions = _quiz(["A item", "B item", "C item"])
    submit_responses(quiz=quiz, user=learner, versions=versions, choices=HAND_CHOICES)
    return quiz


def test_quiz_item_analysis_reproduces_the_pure_item_statistics(hand_quiz):
    totals, sums = sums_from_matrix(HAND_MATRIX)

    result = quiz_item_analysis(quiz=hand_quiz)

    assert [row.version.question_name for row in result.items] == ["A item", "B item", "C item"]
    assert [row.stats for row in result.items] == [item_stats(s) for s in sums]
    assert [row.stats.flags for row in result.items] == [(), (Flag.POOR,), ()]


def test_quiz_item_analysis_reproduces_the_pure_quiz_summary(hand_quiz):
    totals, sums = sums_from_matrix(HAND_MATRIX)

    result = quiz_item_analysis(quiz=hand_quiz)

    assert result.summary == quiz_stats(totals=totals, items=sums)
    assert result.summary.reliability_name == "KR-20"
    assert result.summary.reliability == pytest.approx(6 / 13, abs=1e-12)


def test_quiz_item_analysis_option_counts_and_point_biserials(hand_quiz):
    result = quiz_item_analysis(quiz=hand_quiz)

    first, second, _ = result.items
    assert [(row.position, row.chosen, row.proportion) for row in first.options] == [
        (1, 3, 0.6),
        (2, 1, 0.2),
        (3, 1, 0.2),
        (4, 0, 0.0),
    ]
    assert [row.discrimination for row in first.options[:3]] == pytest.approx(
        [5 / math.sqrt(60), 0.0, -5 / math.sqrt(40)], abs=1e-12
    )
    assert first.options[3].discrimination is None  # nobody chose it: no variance
    assert [(row.position, row.chosen) for row in second.options] == [
        (1, 3),
        (2, 1),
        (3, 0),
        (4, 0),
        (None, 1),
    ]


def test_quiz_item_analysis_ignores_open_attempts_and_unscored_items(hand_quiz, learner):
    _, [version] = _quiz(["Field test"])
    [open_attempt] = submit_responses(
        quiz=hand_quiz, user=learner, versions=[version], choices=[[[0]]], first_number=6
    )
    Attempt.objects.filter(pk=open_attempt.pk).update(state=Attempt.State.IN_PROGRESS)
    submitted = Attempt.objects.filter(quiz=hand_quiz, number=1).get()
    AttemptItem.objects.create(
        attempt=submitted, position=9, version=version, option_order=[], selected=[], points=0, scored=False
    )
    item_tallies_rebuild(quiz=hand_quiz)

    result = quiz_item_analysis(quiz=hand_quiz)

    assert (result.summary.attempts, [row.stats.n for row in result.items]) == (5, [5, 5, 5])


def test_quiz_item_analysis_partial_credit_is_cronbach_alpha(learner):
    """The partial-credit example from test_stats, delivered as two multi-select items."""
    quiz, versions = _quiz(["A multi", "B multi"], qtype="multi")
    choices = [[[0], [0, 1, 2]], [[0, 1, 2], [0, 1, 2]], [[3], [0]]]
    submit_responses(quiz=quiz, user=learner, versions=versions, choices=choices, points=[[0.5, 1], [1, 1], [0, 0.5]])

    result = quiz_item_analysis(quiz=quiz)

    assert result.summary.reliability_name == "Cronbach's alpha"
    assert result.summary.reliability == pytest.approx(6 / 7, abs=1e-12)
    assert [row.stats.p for row in result.items] == pytest.approx([0.5, 5 / 6], abs=1e-12)


def test_quiz_item_analysis_ordering_items_have_no_distractor_table(learner):
    quiz, versions = _quiz(["Steps"], qtype="ordering")
    submit_responses(quiz=quiz, user=learner, versions=versions, choices=[[[0, 1, 2, 3]]])

    [row] = quiz_item_analysis(quiz=quiz).items

    assert row.distractors_apply is False


@pytest.mark.parametrize("responses", [10, 300])
def test_quiz_item_analysis_query_count_does_not_grow_with_responses(learner, django_assert_num_queries, responses):
    quiz, versions = _quiz(["A item", "B item", "C item"])
    rows = [HAND_CHOICES[i % len(HAND_CHOICES)] for i in range(responses)]
    submit_responses(quiz=quiz, user=learner, versions=versions, choices=rows)

    # item totals + versions + questions, versions' options, quiz totals, option totals
    with django_assert_num_queries(4):
        result = quiz_item_analysis(quiz=quiz)

    assert result.summary.attempts == responses


def test_quizzes_with_responses_lists_only_quizzes_with_submitted_attempts(hand_quiz, learner):
    fixed_quiz([QuestionFactory()], title="Untouched")
    open_quiz, versions = _quiz(["Open"])
    [attempt] = submit_responses(quiz=open_quiz, user=learner, versions=versions, choices=[[[0]]])
    Attempt.objects.filter(pk=attempt.pk).update(state=Attempt.State.IN_PROGRESS)
    item_tallies_rebuild(quiz=open_quiz)

    assert list(quizzes_with_responses()) == [hand_quiz]
