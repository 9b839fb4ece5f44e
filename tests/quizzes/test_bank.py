import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from quizzes.bank import question_create, question_snapshot, questions_set_status
from quizzes.models import Attempt, AttemptItem, Question, QuestionVersion, Quiz
from quizzes.validation import OptionDraft, question_problems
from tests.factories import UserFactory
from tests.quizzes.drafts import draft, make_question, options

pytestmark = pytest.mark.django_db


def _messages(qtype, pairs, choose_n=None, nbcot_style=False):
    return [
        problem.message
        for problem in question_problems(
            qtype=qtype, choose_n=choose_n, options=options(pairs), nbcot_style=nbcot_style
        )
    ]


# --- rules -----------------------------------------------------------------------------------


def test_question_problems_valid_single_has_none():
    assert _messages("single", [("a", True), ("b", False), ("c", False)]) == []


def test_question_problems_single_with_two_correct():
    assert _messages("single", [("a", True), ("b", True), ("c", False)]) == [
        "Single-best-answer questions need exactly one correct option; 2 marked correct."
    ]


def test_question_problems_single_with_two_options():
    assert _messages("single", [("a", True), ("b", False)]) == [
        "Single-best-answer questions need 3–6 options; this one has 2."
    ]


def test_question_problems_truefalse_without_correct_option():
    assert _messages("truefalse", [("True", False), ("False", False)]) == [
        "True/false questions need exactly one correct option; 0 marked correct."
    ]


def test_question_problems_multi_correct_count_differs_from_choose_n():
    pairs = [("a", True), ("b", True), ("c", False), ("d", False)]
    assert _messages("multi", pairs, choose_n=3) == ["Exactly 3 options must be marked correct (choose 3); 2 are."]


def test_question_problems_multi_without_choose_n():
    assert _messages("multi", [("a", True), ("b", True), ("c", False)]) == [
        "Say how many options the learner must choose."
    ]


def test_question_problems_general_multi_allows_three_options():
    assert _messages("multi", [("a", True), ("b", True), ("c", False)], choose_n=2) == []


def test_question_problems_nbcot_multi_needs_five_or_six_options():
    pairs = [("a", True), ("b", True), ("c", True), ("d", False)]
    assert _messages("multi", pairs, choose_n=3, nbcot_style=True) == [
        "NBCOT-style multi-select questions need 5–6 options; this one has 4."
    ]


def test_question_problems_ordering_needs_three_steps():
    assert _messages("ordering", [("a", True), ("b", True)]) == [
        "Ordering questions need at least 3 options; this one has 2."
    ]


def test_question_problems_option_without_rationale():
    problems = question_problems(
        qtype="single", choose_n=None, options=[*options([("a", True), ("b", False)]), OptionDraft("c", False, " ")]
    )
    assert [(problem.target, problem.message) for problem in problems] == [
        (("options", 2, "rationale"), "Option 3 has no rationale.")
    ]


def test_question_problems_choose_n_on_single():
    assert _messages("single", [("a", True), ("b", False), ("c", False)], choose_n=2) == [
        "Only multi-select questions have a number to choose; leave it empty."
    ]


# --- question_create -------------------------------------------------------------------------


def test_question_create_saves_options_tags_and_first_version():
    question = make_question("multi", tags=["transfers", "safety"], references="Ref one\nRef two", domain_code="D2")

    assert (question.qtype, question.status, question.choose_n, question.domain_code) == ("multi", "active", 3, "D2")
    assert [(o.text, o.is_correct, o.rationale) for o in question.options.order_by("sort_order")] == [
        ("A", True, "Why A."),
        ("B", True, "Why B."),
        ("C", True, "Why C."),
        ("D", False, "Why D."),
        ("E", False, "Why E."),
        ("F", False, "Why F."),
    ]
    assert sorted(question.tags.names()) == ["safety", "transfers"]
    version = question.versions.get()
    assert (version.number, version.stem, version.choose_n) == (1, "<p>Stem of the multi question</p>", 3)
    assert [(o.position, o.text, o.is_correct) for o in version.options.all()] == [
        (1, "A", True),
        (2, "B", True),
        (3, "C", True),
        (4, "D", False),
        (5, "E", False),
        (6, "F", False),
    ]


def test_question_create_sanitises_rich_text():
    question = make_question(
        stem='<p>Lift <strong>safely</strong><script>alert("x")</script> <span style="color:red">now</span></p>',
        rationale="Plain text & more",
    )
    assert question.stem == "<p>Lift <strong>safely</strong> now</p>"
    assert question.rationale == "<p>Plain text &amp; more</p>"


def test_question_create_logs_who_created_it():
    user = UserFactory()

    question = question_create(draft=draft(), status="draft", created_by=user)

    entry = ModelLogEntry.objects.get(object_id=str(question.pk))
    assert (entry.action, entry.user) == ("wagtail.create", user)


def test_question_create_refuses_a_draft_that_breaks_the_rules():
    bad = draft(options=options([("a", True), ("b", True), ("c", False)]))
    with pytest.raises(ValueError, match="need exactly one correct option"):
        question_create(draft=bad, status="draft")
    assert Question.objects.count() == 0


# --- versions --------------------------------------------------------------------------------


def _texts(version):
    return list(version.options.values_list("text", flat=True))


def _edit_first_option(question, text):
    option = question.options.order_by("sort_order").first()
    option.text = text
    option.save()
    return question_snapshot(question=question)


def test_question_snapshot_without_responses_updates_version_one_in_place():
    question = make_question()
    first = question.versions.get()

    version = _edit_first_option(question, "Lock both brakes")

    assert (version.pk, version.number) == (first.pk, 1)
    assert QuestionVersion.objects.filter(question=question).count() == 1
    assert _texts(version) == ["Lock both brakes", "Lift the client", "Pull on the arm"]


def test_question_snapshot_after_a_response_makes_version_two_and_keeps_version_one():
    question = make_question()
    first = question.versions.get()
    quiz = Quiz.objects.create(title="Check", slug="check")
    attempt = Attempt.objects.create(
        user=UserFactory(), quiz=quiz, number=1, seed=7, started_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    AttemptItem.objects.create(
        attempt=attempt, position=1, version=first, option_order=list(first.options.values_list("pk", flat=True))
    )

    version = _edit_first_option(question, "Lock both brakes")

    assert version.number == 2
    first.refresh_from_db()
    assert _texts(first) == ["Lock the brakes", "Lift the client", "Pull on the arm"]
    assert _texts(version) == ["Lock both brakes", "Lift the client", "Pull on the arm"]


def test_question_snapshot_unchanged_content_returns_the_same_version():
    question = make_question()
    first = question.versions.get()

    assert question_snapshot(question=question).pk == first.pk
    assert QuestionVersion.objects.count() == 1


def test_questions_set_status_changes_only_the_chosen_questions():
    chosen = [make_question(name="One", status="draft"), make_question(name="Two", status="draft")]
    other = make_question(name="Three", status="draft")

    count = questions_set_status(questions=chosen, status="review")

    assert count == 2
    assert dict(Question.objects.values_list("name", "status")) == {"One": "review", "Two": "review", "Three": "draft"}
    assert other.versions.count() == 1
