from decimal import Decimal
from io import StringIO

import pytest

from courses.curriculum import CHECKLISTS, LEARNING_PATHS
from courses.curriculum import MODULES as MODULE_DICTS
from quizzes.demo import seed_default_content
from quizzes.models import Blueprint, Question, QuestionVersion, Quiz, QuizItem, VersionOption
from quizzes.question_bank import QUESTIONS

pytestmark = pytest.mark.django_db

MODULES = [
    "safe-patient-transfers",
    "therapy-equipment-use",
    "hygiene-and-infection-control",
    "ethics-scope-and-confidentiality",
]


# The default package's pages: the catalog, its modules with their lessons and skills checklists,
# the learning paths.
PAGES = (
    1
    + len(MODULE_DICTS)
    + sum(len(module["lessons"]) for module in MODULE_DICTS)
    + len(CHECKLISTS)
    + len(LEARNING_PATHS)
)


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (Question, QuestionVersion, VersionOption, Blueprint, Quiz, QuizItem)
    }


def test_default_bank_aggregates_all_four_modules():
    assert {item["module"] for item in QUESTIONS} == set(MODULES)
    assert len({item["key"] for item in QUESTIONS}) == len(QUESTIONS)


def test_seed_default_content_creates_every_question_active_with_a_version():
    result = seed_default_content()

    assert len(result.created["questions"]) == len(QUESTIONS)
    assert Question.objects.count() == len(QUESTIONS)
    assert set(Question.objects.values_list("status", flat=True)) == {"active"}
    assert QuestionVersion.objects.count() == len(QUESTIONS)
    assert set(QuestionVersion.objects.values_list("number", flat=True)) == {1}


def test_seed_default_content_copies_the_item_fields():
    seed_default_content()
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


def test_seed_default_content_demo_blueprint_is_labelled_and_editable():
    seed_default_content()

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


def test_seed_default_content_module_assessments_hold_ten_of_their_modules_items():
    seed_default_content()
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


def test_seed_default_content_onboarding_assessments_draw_only_items_written_for_aides():
    seed_default_content()
    audience = {item["key"]: item["audience"] for item in QUESTIONS}

    for quiz in Quiz.objects.filter(kind=Quiz.Kind.ASSESSMENT):
        keys = [item.question.key for item in quiz.items.select_related("question")]
        assert {audience[key] for key in keys} == {"aide"}, quiz.slug
        assert set(Question.objects.filter(key__in=keys).values_list("tags__name", flat=True)) >= {"for-aides"}


def test_seed_default_content_practice_exam_draws_fifty_from_the_demo_blueprint():
    seed_default_content()

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


def test_seed_default_content_second_run_changes_nothing():
    seed_default_content()
    before = _counts()
    stamps = dict(Question.objects.values_list("pk", "updated_at"))
    out = StringIO()

    result = seed_default_content(stdout=out)

    assert _counts() == before
    assert dict(Question.objects.values_list("pk", "updated_at")) == stamps
    assert (result.created, result.updated) == ({}, {})
    assert {kind: len(names) for kind, names in result.kept.items()} == {
        "questions": len(QUESTIONS),
        "blueprints": 1,
        "pages": PAGES,
        "quizzes": 5,
    }
    assert out.getvalue() == (
        "Default course package: created: nothing; updated: nothing; kept: "
        f"{len(QUESTIONS)} questions, 1 blueprints, 5 quizzes, {PAGES} pages. ({len(QUESTIONS)} questions in the bank)"
    )


def test_seed_default_content_never_overwrites_an_edited_question():
    seed_default_content()
    question = Question.objects.get(key=QUESTIONS[0]["key"])
    question.name = "Edited by an educator"
    question.save()

    seed_default_content()

    assert Question.objects.get(pk=question.pk).name == "Edited by an educator"
    assert Question.objects.count() == len(QUESTIONS)
