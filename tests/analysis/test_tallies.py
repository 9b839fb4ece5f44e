"""The item-analysis totals: added at grading through the real services, equal to a rebuild from
the responses, safe under concurrent submits, and rebuilt by the management command."""

import datetime
import io
import math

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes import services
from quizzes.analysis.selectors import quiz_item_analysis, quizzes_with_responses
from quizzes.analysis.stats import item_stats, quiz_stats, sums_from_matrix
from quizzes.analysis.tallies import item_tallies_rebuild
from quizzes.models import Attempt, ItemTally, OptionTally, Question, Quiz, QuizTally
from tests.analysis.test_selectors import HAND_CHOICES
from tests.analysis.test_stats import HAND_MATRIX
from tests.concurrency import run_concurrently
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz, quiz_with_items

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


def _by_name(attempt):
    items = attempt.items.select_related("version__question").prefetch_related("version__options")
    return {item.version.question.name: item for item in items}


def _option_ids(item, indexes):
    """VersionOption ids by index into the version's options in authoring order (0 = position 1)."""
    options = sorted(item.version.options.all(), key=lambda option: option.position)
    return [options[index].pk for index in indexes]


def _take(quiz, answers, *, user=None, submit=True):
    """Start an attempt through the services, answer by question name, and submit it."""
    attempt = services.attempt_start(user=user or UserFactory(), quiz=quiz, now=NOW)
    items = _by_name(attempt)
    for name, indexes in answers.items():
        services.attempt_answer(attempt=attempt, item=items[name], selected=_option_ids(items[name], indexes), now=NOW)
    return services.attempt_submit(attempt=attempt, now=NOW) if submit else attempt


def _tallies(quiz):
    """Every stored total of `quiz`, flattened to {(table, key…, field): value} for pytest.approx."""
    flat = {}
    for row in QuizTally.objects.filter(quiz=quiz).values("n", "total", "total_sq"):
        flat.update({("quiz", field): value for field, value in row.items()})
    for row in ItemTally.objects.filter(quiz=quiz).values("version_id", "n", "x", "xx", "r", "rr", "xr"):
        key = row.pop("version_id")
        flat.update({("item", key, field): value for field, value in row.items()})
    for row in OptionTally.objects.filter(quiz=quiz).values("version_id", "option", "chosen", "rest"):
        key = (row.pop("version_id"), row.pop("option"))
        flat.update({("option", *key, field): value for field, value in row.items()})
    return flat


@pytest.fixture
def graded_hand_quiz():
    """HAND_MATRIX taken by five learners through the services, with a field-test item answered by
    all of them and one learner's attempt left open."""
    names = ["A item", "B item", "C item"]
    questions = [QuestionFactory(name=name) for name in names]
    field = QuestionFactory(name="Field item", status=Question.Status.FIELD_TEST)
    quiz = fixed_quiz([*questions, field])
    for row in HAND_CHOICES:
        _take(quiz, {**dict(zip(names, row, strict=True)), "Field item": [0]})
    _take(quiz, {"A item": [1]}, submit=False)
    return quiz


def test_grading_adds_to_the_totals_what_a_rebuild_counts(graded_hand_quiz):
    graded = _tallies(graded_hand_quiz)

    item_tallies_rebuild(quiz=graded_hand_quiz)

    assert graded == _tallies(graded_hand_quiz)
    assert (graded[("quiz", "n")], len([key for key in graded if key[0] == "item" and key[2] == "n"])) == (5, 3)


def test_grading_totals_give_the_hand_checked_report(graded_hand_quiz):
    totals, sums = sums_from_matrix(HAND_MATRIX)

    result = quiz_item_analysis(quiz=graded_hand_quiz)

    assert [row.version.question_name for row in result.items] == ["A item", "B item", "C item"]
    assert [row.stats for row in result.items] == [item_stats(s) for s in sums]
    assert result.summary == quiz_stats(totals=totals, items=sums)
    first, second, _ = result.items
    assert [(row.position, row.chosen) for row in first.options] == [(1, 3), (2, 1), (3, 1), (4, 0)]
    assert [row.discrimination for row in first.options[:3]] == pytest.approx(
        [5 / math.sqrt(60), 0.0, -5 / math.sqrt(40)], abs=1e-12
    )
    assert [(row.position, row.chosen) for row in second.options][-1] == (None, 1)
    assert result.rebuilt_at is None


def test_grading_puts_the_quiz_in_the_chooser_only_once_submitted(graded_hand_quiz):
    open_only = quiz_with_items(1, title="Only started")
    _take(open_only, {}, submit=False)

    assert list(quizzes_with_responses()) == [graded_hand_quiz]


@pytest.mark.parametrize("feedback_mode", [Quiz.Feedback.EXAM, Quiz.Feedback.TUTOR])
def test_grading_totals_with_partial_credit_match_a_rebuild(feedback_mode):
    questions = [QuestionFactory(name=name, qtype="multi") for name in ("A multi", "B multi")]
    quiz = fixed_quiz(questions, multi_policy=Quiz.MultiPolicy.PARTIAL, feedback_mode=feedback_mode)
    for answers in ({"A multi": [0], "B multi": [0, 1, 2]}, {"A multi": [0, 1, 3]}, {"B multi": [3, 4]}):
        _take(quiz, answers)
    graded = _tallies(quiz)

    item_tallies_rebuild(quiz=quiz)

    assert graded == pytest.approx(_tallies(quiz), rel=1e-12)
    assert quiz_item_analysis(quiz=quiz).summary.reliability_name == "Cronbach's alpha"


@pytest.mark.parametrize("items", [2, 40])
def test_grading_writes_the_totals_in_three_statements_whatever_the_number_of_items(items):
    quiz = quiz_with_items(items)
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)

    with CaptureQueriesContext(connection) as queries:
        services.attempt_submit(attempt=attempt, now=NOW)

    upserts = [query["sql"] for query in queries if "ON CONFLICT" in query["sql"]]
    assert len(upserts) == 3
    assert _tallies(quiz)[("quiz", "n")] == 1


def test_grading_an_attempt_past_the_parameter_limit_still_matches_a_rebuild():
    quiz = quiz_with_items(130)  # 130 item rows × 8 values: over SQLite's 999 parameters
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    services.attempt_submit(attempt=attempt, now=NOW)
    graded = _tallies(quiz)

    item_tallies_rebuild(quiz=quiz)

    assert (graded, graded[("quiz", "n")]) == (_tallies(quiz), 1)
    assert len([key for key in graded if key[0] == "item" and key[2] == "n"]) == 130


# serialized_rollback restores what migrations created (role groups) after the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_grading_concurrent_submits_of_one_quiz_both_land_in_the_totals():
    quiz = quiz_with_items(3, shuffle_questions=False)
    attempts = [_take(quiz, {}, submit=False) for _ in range(2)]
    for attempt in attempts:
        item = next(iter(_by_name(attempt).values()))
        services.attempt_answer(attempt=attempt, item=item, selected=_option_ids(item, [0]), now=NOW)

    results, errors = run_concurrently(
        2,
        lambda i, fresh: services.attempt_submit(attempt=fresh, now=NOW),
        prepare=lambda i: Attempt.objects.select_related("quiz").get(pk=attempts[i].pk),
    )

    assert (errors, len(results)) == ([], 2)
    graded = _tallies(quiz)
    assert (graded[("quiz", "n")], graded[("quiz", "total")]) == (2, 2.0)
    item_tallies_rebuild(quiz=quiz)
    assert graded == _tallies(quiz)


# --- rebuilding ------------------------------------------------------------------------------


def test_rebuild_item_tallies_command_drops_a_deleted_learners_attempts(graded_hand_quiz):
    leaver = Attempt.objects.filter(quiz=graded_hand_quiz, state=Attempt.State.SUBMITTED).first().user
    leaver.delete()
    assert quiz_item_analysis(quiz=graded_hand_quiz).summary.attempts == 5  # the documented limit
    out = io.StringIO()

    call_command("rebuild_item_tallies", stdout=out)

    result = quiz_item_analysis(quiz=graded_hand_quiz)
    assert ([row.stats.n for row in result.items], result.summary.attempts) == ([4, 4, 4], 4)
    assert result.rebuilt_at is not None
    assert out.getvalue().startswith("Rebuilt item-analysis totals: 1 quiz with responses, ")


def test_rebuild_item_tallies_command_removes_quizzes_left_without_responses():
    quiz = quiz_with_items(1)
    _take(quiz, {}).user.delete()

    call_command("rebuild_item_tallies", stdout=io.StringIO())

    assert (list(quizzes_with_responses()), _tallies(quiz)) == ([], {})


def test_rebuild_item_tallies_command_for_one_quiz_leaves_the_others(graded_hand_quiz):
    other = quiz_with_items(1)
    _take(other, {}).user.delete()
    before = _tallies(other)

    call_command("rebuild_item_tallies", "--quiz", graded_hand_quiz.slug, stdout=io.StringIO())

    assert (_tallies(other), QuizTally.objects.get(quiz=graded_hand_quiz).rebuilt_at is not None) == (before, True)


def test_rebuild_item_tallies_command_refuses_an_unknown_quiz():
    with pytest.raises(CommandError, match="No quiz with slug 'nope'."):
        call_command("rebuild_item_tallies", "--quiz", "nope")


def test_knowledge_checks_are_left_out_of_the_item_analysis(learner):
    from quizzes.analysis.selectors import quizzes_with_responses
    from quizzes.analysis.tallies import item_tallies_rebuild
    from quizzes.models import Quiz, QuizTally
    from quizzes.services.knowledge import knowledge_check_record
    from tests.quizzes.factories import QuestionFactory, fixed_quiz

    check = fixed_quiz([QuestionFactory(qtype="single")], kind=Quiz.Kind.KNOWLEDGE_CHECK)
    version = check.items.get().question.versions.get()
    knowledge_check_record(user=learner, quiz=check, answers={version.pk: [version.options.first().pk]}, now=NOW)

    item_tallies_rebuild()
    item_tallies_rebuild(quiz=check)

    assert not QuizTally.objects.filter(quiz=check).exists()
    assert check not in quizzes_with_responses()
