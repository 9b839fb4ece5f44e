"""Every Moodle fixture in tests/fixtures/moodle, imported into the bank, yields what Moodle's
own tests (question/format/gift/tests, question/format/xml/tests) expect of it: the questions,
their correct answers, weights, feedback, categories, ID numbers and pictures, and a reason for
each item we refuse (types we do not have, and what Moodle itself rejects).
"""

from decimal import Decimal
from pathlib import Path

import pytest
from wagtail.images import get_image_model

from quizzes.importers import parse_file
from quizzes.importing import questions_import
from quizzes.models import Question
from quizzes.validation import MISSING_RATIONALE

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moodle"
TF = [("True", True, Decimal(1), ""), ("False", False, Decimal(0), "")]


def _tf(name, tags, idnumber=""):
    return (name, "truefalse", tags, idnumber, TF)


def _unsupported(position, name, label):
    return (position, name, f"{label} questions are not supported")


# file: (questions as (name, type, tags, idnumber, options as (text, correct, weight, feedback)),
#        refused items as (position, name, reason), pictures as (title, alt, width, height))
EXPECTED = {
    "moodle-gift/questions.gift.txt": (
        [
            (
                "Q2",
                "single",
                [],
                "",
                [
                    ("yellow", True, Decimal(1), "right; good!"),
                    ("red", False, Decimal(0), "wrong, it's yellow"),
                    ("blue", False, Decimal(0), "wrong, it's yellow"),
                ],
            ),
            (
                "colours",
                "multi",
                [],
                "",
                [
                    ("yellow", True, Decimal("0.5"), "right; good!"),
                    ("red", False, Decimal(-1), "wrong"),
                    ("off-beige", True, Decimal("0.5"), "right; good!"),
                    ("blue", False, Decimal(-1), "wrong"),
                ],
            ),
            (
                "Q1",
                "truefalse",
                [],
                "",
                [
                    ("True", False, Decimal(0), "42 is the Ultimate Answer."),
                    ("False", True, Decimal(1), "You gave the right answer."),
                ],
            ),
            _tf("2-08 TSL", []),
            _tf("2-08 TSL", []),
        ],
        [
            _unsupported(1, "Q8", "essay"),
            _unsupported(2, "Moodle activities", "matching"),
            _unsupported(5, "Q5", "numerical"),
            _unsupported(6, "Shortanswer", "short answer"),
        ],
        [],
    ),
    "moodle-gift/questions_in_category.gift.txt": (
        [
            (
                "Greeting",
                "single",
                ["Default for New Features"],
                "",
                [
                    ("English", False, Decimal(0), "Sorry, listen again."),
                    ("French", True, Decimal(1), "Yes, well done!"),
                    ("German", False, Decimal(0), "Sorry, listen again."),
                    ("Spanish", False, Decimal(0), "Sorry, listen again."),
                ],
            ),
            _tf("Moodle acronym", ["Default for New Features"]),
        ],
        [_unsupported(1, "Moodle activities", "matching"), _unsupported(3, "Moodle user", "short answer")],
        [],
    ),
    "moodle-xml/broken_cloze_questions.xml": (
        [],
        [
            _unsupported(1, "Multianswer question without subquestions", "cloze"),
            _unsupported(2, "Multichoice subquestion without choices", "cloze"),
            _unsupported(3, "Multichoice subquestion with only one choice", "cloze"),
            _unsupported(4, "Multichoice subquestion with no completely correct answer", "cloze"),
            _unsupported(5, "Numerical subquestion with buggy answer", "cloze"),
        ],
        [],
    ),
    "moodle-xml/categories_reverse_order.xml": (
        [],
        [_unsupported(1, "Tau Question", "essay"), _unsupported(2, "Sigma Question", "short answer")],
        [],
    ),
    "moodle-xml/category_with_description.xml": ([_tf("Alpha Question", ["Alpha"])], [], []),
    "moodle-xml/deprecated_category.xml": ([_tf("Alpha Question", ["Alpha"])], [], []),
    "moodle-xml/error_invalid_grades.xml": (
        [],
        [(1, "Question with <strong>invalid grades</strong> : x > 1 & x < 2", "answer 2 has an invalid grade 33%")],
        [],
    ),
    "moodle-xml/export_category.xml": ([_tf("Alpha Question", ["Alpha"])], [], []),
    "moodle-xml/html_chars_in_idnumbers.xml": ([_tf("Alpha Question", ["Alpha"], "T & F")], [], []),
    "moodle-xml/multianswer.xml": ([], [_unsupported(1, "cloze with images", "cloze")], []),
    "moodle-xml/nested_categories.xml": ([_tf("Zeta Question", ["Delta", "Epsilon", "Zeta"])], [], []),
    "moodle-xml/nested_categories_with_questions.xml": (
        [
            _tf("Iota Question", ["Iota"]),
            _tf("Kappa Question", ["Iota", "Kappa"]),
            _tf("Lambda Question", ["Iota", "Kappa", "Lambda"]),
            _tf("Mu Question", ["Iota", "Mu"]),
        ],
        [_unsupported(2, "Kappa Essay Question", "essay")],
        [],
    ),
    "moodle-xml/old_format_file.xml": ([_tf("Pi Question", ["Pi"]), _tf("Rho Question", ["Pi", "Rho"])], [], []),
    "moodle-xml/sample_questions_with_old_image_tag.xml": (
        [
            (
                "mcq with image",
                "single",
                ["Default for Test images in backup"],
                "",
                [
                    ("wrong answer", False, Decimal(0), ""),
                    ("another wrong answer", False, Decimal(0), ""),
                    ("right answer", True, Decimal(1), ""),
                ],
            )
        ],
        [_unsupported(1, "cloze question with image", "cloze")],
        [("moodle", "", 16, 16)],  # Moodle 1.9's <image> has no alt text; the import warns about it
    ),
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_every_fixture_in_the_repository_has_expectations():
    files = {str(path.relative_to(FIXTURES)) for path in FIXTURES.rglob("*") if path.suffix in (".xml", ".txt")}

    assert files == set(EXPECTED)


def test_a_picture_without_alt_text_is_reported():
    report = questions_import(
        result=parse_file(FIXTURES / "moodle-xml/sample_questions_with_old_image_tag.xml"),
        status="draft",
        skip_invalid=True,
    )

    assert report.warnings[-1] == (
        "#2 'mcq with image': picture moodle.png has no alt text; describe it in the question editor."
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_moodle_fixture_imports_what_moodle_expects(name):
    questions, refused, pictures = EXPECTED[name]

    report = questions_import(result=parse_file(FIXTURES / name), status="draft", skip_invalid=True)

    assert [(issue.position, issue.name, issue.reason) for issue in report.issues] == refused
    assert [
        (
            q.name,
            q.qtype,
            sorted(q.tags.names()),
            q.idnumber,
            [
                (
                    o.text,
                    o.is_correct,
                    o.fraction,
                    "" if o.rationale == MISSING_RATIONALE else o.rationale,
                )
                for o in q.options.all()
            ],
        )
        for q in Question.objects.order_by("pk").prefetch_related("options")
    ] == [(n, t, sorted(tags), i, o) for n, t, tags, i, o in questions]
    stems = "".join(Question.objects.values_list("stem", flat=True))
    images = get_image_model().objects.order_by("pk")
    assert [(image.title, image.width, image.height) for image in images] == [(t, w, h) for t, _, w, h in pictures]
    for image, (_, alt, _, _) in zip(images, pictures, strict=True):
        assert f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="{alt}"/>' in stems
