from decimal import Decimal
from io import StringIO

import pytest

from quizzes.demo import bank_item_draft, seed_question_bank
from quizzes.models import Blueprint, Question, QuestionVersion, Quiz, QuizItem, VersionOption
from quizzes.question_bank import QUESTIONS
from quizzes.validation import question_problems

pytestmark = pytest.mark.django_db

MODULES = [
    "safe-patient-transfers",
    "therapy-equipment-use",
    "hygiene-and-infection-control",
    "ethics-scope-and-confidentiality",
]


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (Question, QuestionVersion, VersionOption, Blueprint, Quiz, QuizItem)
    }


@pytest.mark.parametrize("item", QUESTIONS, ids=lambda item: item["key"])
def test_default_bank_item_keeps_the_bank_rules(item):
    draft = bank_item_draft(item)

    problems = question_problems(
        qtype=draft.qtype, choose_n=draft.choose_n, options=draft.options, nbcot_style=draft.nbcot_style
    )

    assert [problem.message for problem in problems] == []


def test_default_bank_aggregates_all_four_modules():
    assert {item["module"] for item in QUESTIONS} == set(MODULES)
    assert len({item["key"] for item in QUESTIONS}) == len(QUESTIONS)


def test_seed_question_bank_creates_every_question_active_with_a_version():
    created = seed_question_bank()

    assert created["questions"] == len(QUESTIONS)
    assert Question.objects.count() == len(QUESTIONS)
    assert set(Question.objects.values_list("status", flat=True)) == {"active"}
    assert QuestionVersion.objects.count() == len(QUESTIONS)
    assert set(QuestionVersion.objects.values_list("number", flat=True)) == {1}


def test_seed_question_bank_copies_the_item_fields():
    seed_question_bank()
    item = next(item for item in QUESTIONS if item["type"] == "multi" and item["nbcot_style"])

    question = Question.objects.get(key=item["key"])

    assert (question.qtype, question.choose_n, question.domain_code, question.nbcot_style, question.difficulty) == (
        "multi",
        item["choose_n"],
        item["domain"],
        True,
        item["difficulty"],
    )
    assert [(o.text, o.is_correct, o.rationale) for o in question.options.all()] == [
        (o["text"], o["correct"], o["rationale"]) for o in item["options"]
    ]
    assert question.references == "\n".join(item["references"])
    assert sorted(question.tags.names()) == sorted([*item["tags"], "for-cotas"])


def test_seed_question_bank_demo_blueprint_is_labelled_and_editable():
    seed_question_bank()

    blueprint = Blueprint.objects.get()

    assert (blueprint.name, blueprint.is_demo) == ("COTA practice blueprint (demo weights)", True)
    assert "nbcot.org/exam-info/exam-outline" in blueprint.source
    assert "not NBCOT's" in blueprint.source
    assert [(d.code, d.name, d.weight) for d in blueprint.domains.all()] == [
        (
            "D1",
            "Collaborate with the OTR and gather information on factors affecting occupational performance",
            Decimal("30.00"),
        ),
        ("D2", "Select and implement interventions under OTR supervision", Decimal("45.00")),
        ("D3", "Uphold professional standards and responsibilities", Decimal("25.00")),
    ]


def test_seed_question_bank_module_assessments_hold_ten_of_their_modules_items():
    seed_question_bank()
    module_of = {item["key"]: item["module"] for item in QUESTIONS}

    assessments = Quiz.objects.filter(kind=Quiz.Kind.ASSESSMENT).order_by("slug")

    assert [quiz.slug for quiz in assessments] == sorted(f"assessment-{module}" for module in MODULES)
    for quiz in assessments:
        keys = [item.question.key for item in quiz.items.select_related("question")]
        assert len(keys) == 10
        assert {module_of[key] for key in keys} == {quiz.slug.removeprefix("assessment-")}
        assert (quiz.selection, quiz.pass_mark, quiz.feedback_mode, quiz.attempts_allowed) == (
            "fixed",
            80,
            "exam",
            None,
        )


def test_seed_question_bank_onboarding_assessments_draw_only_items_written_for_aides():
    seed_question_bank()
    audience = {item["key"]: item["audience"] for item in QUESTIONS}

    for quiz in Quiz.objects.filter(kind=Quiz.Kind.ASSESSMENT):
        keys = [item.question.key for item in quiz.items.select_related("question")]
        assert {audience[key] for key in keys} == {"aide"}, quiz.slug
        assert set(Question.objects.filter(key__in=keys).values_list("tags__name", flat=True)) >= {"for-aides"}


def test_seed_question_bank_practice_exam_draws_fifty_from_the_demo_blueprint():
    seed_question_bank()

    exam = Quiz.objects.get(kind=Quiz.Kind.PRACTICE)

    assert (exam.title, exam.selection, exam.blueprint.name, exam.draw_count, exam.field_test_count) == (
        "COTA practice exam (demo)",
        "blueprint",
        "COTA practice blueprint (demo weights)",
        50,
        0,
    )
    assert (exam.time_limit_minutes, exam.multi_policy, exam.feedback_mode) == (75, "partial", "exam")
    assert Question.objects.exclude(domain_code="").count() >= 50


def test_seed_question_bank_second_run_changes_nothing():
    seed_question_bank()
    before = _counts()
    stamps = dict(Question.objects.values_list("pk", "updated_at"))
    out = StringIO()

    created = seed_question_bank(stdout=out)

    assert _counts() == before
    assert dict(Question.objects.values_list("pk", "updated_at")) == stamps
    assert created == {
        "questions": 0,
        "assessments": [],
        "blueprint": False,
        "practice_exam": False,
        "linked": 0,
        "lessons_linked": 0,
    }
    assert out.getvalue() == (
        f"Question bank: 0 questions created ({len(QUESTIONS)} in the bank); assessments created: none; "
        "demo blueprint exists; practice exam exists."
    )


def test_seed_question_bank_never_overwrites_an_edited_question():
    seed_question_bank()
    question = Question.objects.get(key=QUESTIONS[0]["key"])
    question.name = "Edited by an educator"
    question.save()

    seed_question_bank()

    assert Question.objects.get(pk=question.pk).name == "Edited by an educator"
    assert Question.objects.count() == len(QUESTIONS)
