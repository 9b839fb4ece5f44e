"""Every Moodle fixture in tests/fixtures/moodle, imported into the bank, yields what Moodle's
own tests (question/format/gift/tests, question/format/xml/tests) expect of it: the questions,
their correct answers, weights, feedback, categories, ID numbers and pictures, and a reason for
each item we refuse (types we do not have, and what Moodle itself rejects).
"""

from decimal import Decimal
from pathlib import Path

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from quizzes.importers import parse_file
from quizzes.importing import questions_import
from quizzes.models import Option, Question
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
    # Moodle's behat import_export.feature imports these two and sees both true/false questions
    # (pictures in the question text, the general feedback and each answer's feedback) and the
    # "Greeting" question (a sound file linked from the text, a flag picture in every answer).
    "moodle-xml/truefalse.xml": (
        [
            (
                "Moodle acronym (False)",
                "truefalse",
                ["Default for testhead", "TrueFalse"],
                "",
                [
                    ("True", False, Decimal(0), "Your answer is incorrect."),
                    ("False", True, Decimal(1), "Your answer is correct."),
                ],
            ),
            (
                "Moodle acronym (True)",
                "truefalse",
                ["Default for testhead", "TrueFalse"],
                "",
                [
                    ("True", True, Decimal(1), "Your answer is correct."),
                    ("False", False, Decimal(0), "Your answer is incorrect."),
                ],
            ),
        ],
        [],
        # The second question's thumbs are the same files: stored once, each embed keeps its alt.
        [
            ("Moodle logo", "Moodle logo", 48, 48),
            ("Informations", "Informations", 34, 49),
            ("Thumb down", "Thumb down", 24, 24),
            ("Thumb up", "Thumb up", 24, 24),
        ],
    ),
    "moodle-xml/multichoice.xml": (
        [
            (
                "Greeting",
                "single",
                ["Default for testhead", "Multichoice"],
                "",
                [
                    ("English", False, Decimal(0), "Sorry, listen again."),
                    ("French", True, Decimal(1), "Yes, well done!"),
                    ("German", False, Decimal(0), "Sorry, listen again."),
                    ("Danish", False, Decimal(0), "Sorry, listen again."),
                ],
            )
        ],
        [],
        [
            ("British Flag", "British Flag", 30, 20),
            ("French flag", "French flag", 30, 20),
            ("German flag", "German flag", 30, 20),
            ("Denmark flag", "Denmark flag", 30, 20),
        ],
    ),
    # Moodle refuses it: "The file you selected does not use UTF-8 character encoding."
    "moodle-gift/questions_encoding_windows-1252.gift.txt": (
        [],
        [(0, "", "the file is not UTF-8 text: byte 0xf6 at offset 339")],
        [],
    ),
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
    markup = "".join(
        "".join(q.stem for q in Question.objects.all())
        + "".join(q.rationale for q in Question.objects.all())
        + "".join(o.text_html + o.rationale_html for o in Option.objects.all())
    )
    images = get_image_model().objects.order_by("pk")
    assert [(image.title, image.width, image.height) for image in images] == [(t, w, h) for t, _, w, h in pictures]
    for image, (_, alt, _, _) in zip(images, pictures, strict=True):
        assert f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="{alt}"/>' in markup


def test_pictures_in_answers_and_their_feedback_stay_where_they_stood():
    questions_import(result=parse_file(FIXTURES / "moodle-xml/truefalse.xml"), status="draft")
    questions_import(result=parse_file(FIXTURES / "moodle-xml/multichoice.xml"), status="draft")
    thumb_down = get_image_model().objects.get(title="Thumb down")
    french = get_image_model().objects.get(title="French flag")

    false_item = Question.objects.get(name="Moodle acronym (False)")
    assert [o.rationale_html for o in false_item.options.all()][0] == (
        f'<p><embed embedtype="image" id="{thumb_down.pk}" format="fullwidth" alt="Thumb down"/>'
        " Your answer is incorrect.</p>"
    )
    greeting = Question.objects.get(name="Greeting")
    assert [(o.text, o.text_html) for o in greeting.options.all()][1] == (
        "French",
        f'<p><embed embedtype="image" id="{french.pk}" format="fullwidth" alt="French flag"/> French</p>',
    )


def test_a_sound_file_becomes_a_document_linked_from_the_text():
    report = questions_import(result=parse_file(FIXTURES / "moodle-xml/multichoice.xml"), status="draft")

    (sound,) = get_document_model().objects.all()
    assert (sound.title, report.issues) == ("bonjour.mp3", [])
    assert Question.objects.get().stem == (
        f'<p><a linktype="document" id="{sound.pk}">Listen to this greeting:</a><br><br>'
        "What language is being spoken?</p>"
    )
    with sound.open_file() as handle:
        assert handle.read(3) == b"ID3"  # the MP3 itself, unchanged
