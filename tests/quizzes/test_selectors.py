import datetime
from decimal import Decimal

import pytest

from quizzes import selectors, services
from quizzes.bank import question_snapshot
from quizzes.models import AttemptItem, Question, QuestionVersion, Quiz
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, QuizFactory, fixed_quiz, quiz_with_items

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


def first_item(attempt):
    return attempt.items.select_related("version").prefetch_related("version__options").get(position=1)


def test_question_for_without_reveal_carries_no_key():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(1), now=NOW)
    item = first_item(attempt)

    question = selectors.question_for(item=item, reveal=False)

    assert [c.index for c in question.choices] == [1, 2, 3, 4]
    assert {(c.is_correct, c.rationale, c.correct_position) for c in question.choices} == {(None, "", None)}
    assert question.correct_answer == []
    assert question.revealed is False


def test_option_faces_are_kept_per_version_and_follow_an_edit_of_an_unused_version(django_assert_num_queries):
    """Question pages read an option's text and markup once per version and process; a version no
    attempt has used is edited in place, and its content hash (part of the key) changes with it."""
    question = QuestionFactory(options=[("Lock the brakes", True), ("Use a <b> belt", False)])

    def texts():
        version = QuestionVersion.objects.get(question=question)  # no options prefetched
        order = list(version.options.order_by("position").values_list("pk", flat=True))
        item = AttemptItem(position=1, version=version, option_order=order)
        with django_assert_num_queries(0):
            choices = selectors.question_for(item=item, reveal=False).choices
        return [(c.text, c.html) for c in choices]

    selectors.option_faces(QuestionVersion.objects.get(question=question))
    assert texts() == [("Lock the brakes", "Lock the brakes"), ("Use a <b> belt", "Use a &lt;b&gt; belt")]

    option = question.options.get(text="Lock the brakes")
    option.text = "Lock both brakes"
    option.save()
    question_snapshot(question=question)
    selectors.option_faces(QuestionVersion.objects.get(question=question))

    assert QuestionVersion.objects.filter(question=question).count() == 1
    assert texts() == [("Lock both brakes", "Lock both brakes"), ("Use a <b> belt", "Use a &lt;b&gt; belt")]


def test_question_for_with_reveal_marks_the_correct_option_and_the_learners_choice():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(1), now=NOW)
    item = first_item(attempt)
    wrong = item.version.options.get(position=2)
    item = services.attempt_answer(attempt=attempt, item=item, selected=[wrong.pk], now=NOW)

    question = selectors.question_for(item=item, reveal=True)

    by_text = {c.text: (c.is_correct, c.selected) for c in question.choices}
    assert by_text == {
        "Lock the wheelchair brakes": (True, False),
        "Lift with your back": (False, True),
        "Skip the gait belt": (False, False),
        "Transfer toward the weaker side": (False, False),
    }
    assert question.learner_answer == ["Lift with your back"]
    assert question.correct_answer == ["Lock the wheelchair brakes"]


def test_question_for_ordering_gives_the_learners_positions():
    quiz = fixed_quiz([QuestionFactory(qtype="ordering")])
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    item = first_item(attempt)
    reverse = [o.pk for o in item.version.options.order_by("-position")]
    item = services.attempt_answer(attempt=attempt, item=item, selected=reverse, now=NOW)

    question = selectors.question_for(item=item, reveal=True)

    assert sorted((c.text, c.position, c.correct_position) for c in question.choices) == [
        ("Apply the gait belt", 2, 3),
        ("Explain the transfer", 4, 1),
        ("Lock the brakes", 3, 2),
        ("Stand and pivot", 1, 4),
    ]


def test_quiz_landing_counts_deliverable_items_and_accommodated_time():
    quiz = fixed_quiz(
        [QuestionFactory(), QuestionFactory(status=Question.Status.FIELD_TEST), QuestionFactory(status="draft")],
        time_limit_minutes=45,
        attempts_allowed=2,
    )
    user = UserFactory(time_multiplier=Decimal("2.00"))

    landing = selectors.quiz_landing(quiz=quiz, user=user)

    assert (landing.item_count, landing.time_limit_minutes, landing.accommodated_minutes) == (2, 45, 90)
    assert (landing.attempts_used, landing.attempts_left, landing.open_attempt) == (0, 2, None)


def test_quiz_landing_for_a_draw_counts_draw_and_field_test_items():
    quiz = QuizFactory(selection=Quiz.Selection.DRAW_TAGS, draw_tags="x", draw_count=20, field_test_count=2)

    assert selectors.quiz_landing(quiz=quiz, user=UserFactory()).item_count == 22


def test_quiz_landing_with_an_open_attempt_uses_its_item_count():
    user = UserFactory()
    quiz = quiz_with_items(3)
    attempt = services.attempt_start(user=user, quiz=quiz, now=NOW)

    landing = selectors.quiz_landing(quiz=quiz, user=user)

    assert (landing.open_attempt.pk, landing.item_count, landing.attempts_used) == (attempt.pk, 3, 1)


def test_attempt_navigator_and_resume_position():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(3), now=NOW)
    item = first_item(attempt)
    services.attempt_answer(attempt=attempt, item=item, selected=[item.option_order[0]], now=NOW)
    services.attempt_flag(attempt=attempt, item=item, flagged=True, now=NOW)

    entries = selectors.attempt_navigator(attempt=attempt)

    assert entries == [
        selectors.NavEntry(1, answered=True, flagged=True),
        selectors.NavEntry(2, answered=False, flagged=False),
        selectors.NavEntry(3, answered=False, flagged=False),
    ]
    assert selectors.first_open_position(entries) == 2


def test_attempt_results_without_domains_and_with_answers_withheld():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(2, show_correct_answers=False), now=NOW)
    attempt = services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    results = selectors.attempt_results(attempt=attempt)

    assert (results.has_domains, results.show_answers, results.answered, results.scored_items) == (False, False, 0, 2)
    assert [q.revealed for q in results.questions] == [False, False]
    assert (results.low, results.high, results.verdict) == (0, 66, "below")


def test_attempt_for_user_or_404_refuses_other_users():
    from django.http import Http404

    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(1), now=NOW)

    with pytest.raises(Http404):
        selectors.attempt_for_user_or_404(user=UserFactory(), pk=attempt.pk)


def test_knowledge_check_questions_are_the_active_items_in_order_without_a_key():
    first, retired, second = QuestionFactory(), QuestionFactory(status="retired"), QuestionFactory(qtype="truefalse")
    quiz = fixed_quiz([first, retired, second], kind=Quiz.Kind.KNOWLEDGE_CHECK)

    questions = selectors.knowledge_check_questions(quiz=quiz)

    assert [q.version.question_id for q in questions] == [first.pk, second.pk]
    assert [c.text for c in questions[1].choices] == ["True", "False"]
    assert all(c.is_correct is None for q in questions for c in q.choices)
