from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from quizzes.importers import ParsedOption, ParsedQuestion, ParseResult, parse_file
from quizzes.importing import MISSING_QUESTION_RATIONALE, questions_export, questions_import
from quizzes.models import Question, QuestionVersion
from quizzes.validation import MISSING_RATIONALE
from tests.quizzes.drafts import make_question, options

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moodle"
GIFT = FIXTURES / "moodle-gift" / "questions.gift.txt"
GIFT_CATEGORY = FIXTURES / "moodle-gift" / "questions_in_category.gift.txt"
XML_NESTED = FIXTURES / "moodle-xml" / "nested_categories_with_questions.xml"
XML_BAD_GRADES = FIXTURES / "moodle-xml" / "error_invalid_grades.xml"
XML_CLOZE = FIXTURES / "moodle-xml" / "broken_cloze_questions.xml"
XML_IDNUMBERS = FIXTURES / "moodle-xml" / "html_chars_in_idnumbers.xml"
NONE = MISSING_RATIONALE
NO_GENERAL = MISSING_QUESTION_RATIONALE


def _import(path, **kwargs):
    kwargs = {"status": "draft", **kwargs}
    return questions_import(result=parse_file(path), **kwargs)


def _issues(report):
    return [(i.position, i.name, i.qtype, i.reason, i.kind) for i in report.issues]


def _bank():
    """Every question in the bank: name, type, choose_n, stem, rationale, tags, options."""
    return [
        (
            q.name,
            q.qtype,
            q.choose_n,
            q.stem,
            q.rationale,
            sorted(q.tags.names()),
            [(o.text, o.is_correct, o.rationale) for o in q.options.all()],
        )
        for q in Question.objects.order_by("pk")
    ]


def _truefalse(name, stem, tags, true_correct=True):
    return (
        name,
        "truefalse",
        None,
        stem,
        NO_GENERAL,
        tags,
        [("True", true_correct, NONE), ("False", not true_correct, NONE)],
    )


GIFT_ISSUES = [
    (1, "Q8", "essay", "essay questions are not supported", "unsupported"),
    (2, "Moodle activities", "matching", "matching questions are not supported", "unsupported"),
    (5, "Q5", "numerical", "numerical questions are not supported", "unsupported"),
    (6, "Shortanswer", "shortanswer", "short answer questions are not supported", "unsupported"),
]
SPECTRUM = "<p>What's between orange and green in the spectrum?</p>"


# --- the fixture files -----------------------------------------------------------------------


def test_import_gift_with_unsupported_items_saves_nothing_by_default():
    report = _import(GIFT)

    assert Question.objects.count() == 0
    assert report.saved is False
    assert _issues(report) == GIFT_ISSUES
    assert [(i.position, i.name, i.qtype) for i in report.items] == [
        (3, "Q2", "single"),
        (4, "colours", "multi"),
        (7, "Q1", "truefalse"),
        (8, "2-08 TSL", "truefalse"),
        (9, "2-08 TSL", "truefalse"),
    ]
    assert report.summary() == (
        "Nothing imported: the file has 4 issues. Skip invalid items to import the 5 questions that are valid."
    )


def test_import_gift_skip_invalid_creates_the_supported_items():
    report = _import(GIFT, skip_invalid=True)

    assert report.saved is True
    assert _issues(report) == GIFT_ISSUES
    assert _bank() == [
        (
            "Q2",
            "single",
            None,
            SPECTRUM,
            NO_GENERAL,
            [],
            [
                ("yellow", True, "right; good!"),
                ("red", False, "wrong, it's yellow"),
                ("blue", False, "wrong, it's yellow"),
            ],
        ),
        (
            "colours",
            "multi",
            2,
            SPECTRUM,
            NO_GENERAL,
            [],
            [
                ("yellow", True, "right; good!"),
                ("red", False, "wrong"),
                ("off-beige", True, "right; good!"),
                ("blue", False, "wrong"),
            ],
        ),
        (
            "Q1",
            "truefalse",
            None,
            '<p>42 is the Absolute Answer to everything._____";</p>',
            "<p>This is, of course, a Hitchiker's Guide to the Galaxy reference.</p>",
            [],
            [("True", False, "42 is the Ultimate Answer."), ("False", True, "You gave the right answer.")],
        ),
        _truefalse("2-08 TSL", "<p>TSL is blablabla.</p>", []),
        _truefalse("2-08 TSL", "<p>TSL is blablabla.</p>", []),
    ]
    assert set(Question.objects.values_list("status", flat=True)) == {"draft"}
    assert QuestionVersion.objects.count() == 5
    assert report.warnings == [
        f"4 option(s) have no feedback in the file; their rationale reads “{NONE}” until an educator writes one.",
        f"4 question(s) have no general feedback in the file; their overall rationale reads “{NONE}”.",
        "#4 'colours' takes marks off for wrong options; that counts only in quizzes that use the items' weights.",
    ]
    assert [option.fraction for option in Question.objects.get(name="colours").options.all()] == [
        Decimal("0.5"),
        Decimal("-1"),
        Decimal("0.5"),
        Decimal("-1"),
    ]
    assert report.summary() == "Imported 5 questions as draft. Refused 4 items."


def test_import_gift_category_becomes_tags_and_escapes_are_undone():
    report = _import(GIFT_CATEGORY, skip_invalid=True)

    assert _issues(report) == [
        (1, "Moodle activities", "matching", "matching questions are not supported", "unsupported"),
        (3, "Moodle user", "shortanswer", "short answer questions are not supported", "unsupported"),
    ]
    tags = ["Default for New Features"]
    assert _bank() == [
        (
            "Greeting",
            "single",
            None,
            '<p><a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>'
            "<br><br>What language is being spoken?</p>",
            NO_GENERAL,
            tags,
            [
                ("English", False, "Sorry, listen again."),
                ("French", True, "Yes, well done!"),
                ("German", False, "Sorry, listen again."),
                ("Spanish", False, "Sorry, listen again."),
            ],
        ),
        _truefalse(
            "Moodle acronym",
            "<p>Moodle is an acronym for <em>Modular Object-Oriented Dynamic Learning Environment</em>.</p>",
            tags,
        ),
    ]


def test_import_gift_category_default_saves_nothing():
    report = _import(GIFT_CATEGORY)

    assert (report.saved, len(report.items), len(report.issues)) == (False, 2, 2)
    assert Question.objects.count() == 0


def test_import_moodle_xml_nested_categories_skip_invalid_tags_each_question_with_its_path():
    report = _import(XML_NESTED, skip_invalid=True)

    assert _issues(report) == [
        (2, "Kappa Essay Question", "essay", "essay questions are not supported", "unsupported")
    ]
    assert _bank() == [
        _truefalse("Iota Question", "<p>Testing Iota Question</p>", ["Iota"]),
        _truefalse("Kappa Question", "<p>Testing Kappa Question</p>", ["Iota", "Kappa"]),
        _truefalse("Lambda Question", "<p>Testing Lambda Question</p>", ["Iota", "Kappa", "Lambda"]),
        _truefalse("Mu Question", "<p>Testing Mu Question</p>", ["Iota", "Mu"]),
    ]


def test_import_moodle_xml_nested_categories_default_saves_nothing():
    report = _import(XML_NESTED)

    assert (report.saved, [i.name for i in report.items]) == (
        False,
        ["Iota Question", "Kappa Question", "Lambda Question", "Mu Question"],
    )
    assert Question.objects.count() == 0


@pytest.mark.parametrize("skip_invalid", [False, True])
def test_import_moodle_xml_invalid_grade_is_refused_with_its_reason(skip_invalid):
    report = _import(XML_BAD_GRADES, skip_invalid=skip_invalid)

    assert _issues(report) == [
        (
            1,
            "Question with <strong>invalid grades</strong> : x > 1 & x < 2",
            "multi",
            "answer 2 has an invalid grade 33%",
            "invalid",
        ),
    ]
    assert (report.saved, report.items, Question.objects.count()) == (False, [], 0)


@pytest.mark.parametrize("skip_invalid", [False, True])
def test_import_moodle_xml_cloze_questions_are_reported_by_name(skip_invalid):
    report = _import(XML_CLOZE, skip_invalid=skip_invalid)

    assert _issues(report) == [
        (position, name, "cloze", "cloze questions are not supported", "unsupported")
        for position, name in enumerate(
            [
                "Multianswer question without subquestions",
                "Multichoice subquestion without choices",
                "Multichoice subquestion with only one choice",
                "Multichoice subquestion with no completely correct answer",
                "Numerical subquestion with buggy answer",
            ],
            start=1,
        )
    ]
    assert Question.objects.count() == 0


def test_import_moodle_xml_html_entities_in_categories_import_cleanly():
    report = _import(XML_IDNUMBERS, status="review")

    assert (report.saved, report.issues) == (True, [])
    assert _bank() == [_truefalse("Alpha Question", "<p>Testing Alpha Question</p>", ["Alpha"])]
    assert Question.objects.get().status == "review"
    assert report.summary() == "Imported 1 question as review."


def test_import_dry_run_saves_nothing_and_reports_what_would_be_created():
    report = _import(XML_NESTED, skip_invalid=True, dry_run=True)

    assert Question.objects.count() == 0
    assert (report.saved, report.created_count, len(report.items)) == (False, 0, 4)
    assert [(i.name, i.options, i.tags, i.question_id) for i in report.items][:1] == [
        ("Iota Question", [("True", True), ("False", False)], ["Iota"], None)
    ]
    assert report.summary() == "Dry run: 4 questions would be imported as draft; nothing saved. Refused 1 item."


# --- our own rules on top of the parsers -----------------------------------------------------


def _parsed(qtype, pairs, **kwargs):
    return ParsedQuestion(
        name=kwargs.pop("name", "Item"),
        qtype=qtype,
        stem="<p>Stem</p>",
        options=[ParsedOption(text, Decimal(fraction), f"Why {text}") for text, fraction in pairs],
        position=kwargs.pop("position", 1),
        **kwargs,
    )


def test_import_refuses_items_the_editor_would_refuse():
    result = ParseResult([_parsed("ordering", [("a", "0"), ("b", "0")], name="Two steps")], [])

    report = questions_import(result=result, status="draft")

    assert _issues(report) == [
        (1, "Two steps", "ordering", "Ordering questions need at least 3 options; this one has 2.", "invalid")
    ]
    assert Question.objects.count() == 0


def test_import_accepts_what_moodle_accepts_and_warns_by_item():
    result = ParseResult(
        [
            _parsed("single", [("a", "1"), ("b", "0")], name="Two options"),
            _parsed("multi", [("a", "1"), ("b", "-0.5"), ("c", "0")], name="One right", choose_n=1, position=2),
        ],
        [],
    )

    report = questions_import(result=result, status="draft")

    assert report.issues == []
    assert [(q.name, q.qtype, q.choose_n, q.options.count()) for q in Question.objects.order_by("pk")] == [
        ("Two options", "single", None, 2),
        ("One right", "multi", 1, 3),
    ]
    assert report.warnings[1:] == [
        "#1 'Two options' is a single-answer item with only 2 options (ours usually have 3 to 6).",
        "#2 'One right' is a multi-response item with one correct option; learners are asked to choose 1; "
        "takes marks off for wrong options; that counts only in quizzes that use the items' weights.",
    ]


def test_import_single_answer_partial_credit_keeps_its_weights_and_is_warned():
    result = ParseResult([_parsed("single", [("a", "1"), ("b", "0.5"), ("c", "0")])], [])

    report = questions_import(result=result, status="draft")

    assert [(o.text, o.is_correct, o.fraction) for o in Question.objects.get().options.all()] == [
        ("a", True, Decimal("1")),
        ("b", False, Decimal("0.5")),
        ("c", False, Decimal("0")),
    ]
    assert report.warnings == [
        f"1 question(s) have no general feedback in the file; their overall rationale reads “{NONE}”.",
        "#1 'Item' gives partial credit to some options; it counts only in quizzes that use the items' weights, "
        "elsewhere only the 100% answer is correct.",
    ]


def test_import_csv_keeps_difficulty_domain_references_and_ordering(tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text(
        "name,type,stem,option_1,option_2,option_3,correct,rationale,option_1_rationale,option_2_rationale,"
        "option_3_rationale,tags,difficulty,domain,references\n"
        "Steps,ordering,<p>Order the steps</p>,Lock,Stand,Pivot,,<p>Why</p>,r1,r2,r3,transfers|sequence,3,D2,"
        "Ref A|Ref B\n"
        "Bad,single,<p>Q</p>,a,b,c,A,<p>Why</p>,r1,r2,r3,,7,,\n",
        encoding="utf-8",
    )

    report = questions_import(result=parse_file(path), status="active", skip_invalid=True)

    assert _issues(report) == [(2, "Bad", "single", "difficulty must be 1, 2 or 3, not '7'", "invalid")]
    question = Question.objects.get()
    assert (question.name, question.qtype, question.difficulty, question.domain_code, question.references) == (
        "Steps",
        "ordering",
        3,
        "D2",
        "Ref A\nRef B",
    )
    assert [(o.text, o.is_correct, o.rationale) for o in question.options.all()] == [
        ("Lock", True, "r1"),
        ("Stand", True, "r2"),
        ("Pivot", True, "r3"),
    ]
    assert sorted(question.tags.names()) == ["sequence", "transfers"]


# --- the command -----------------------------------------------------------------------------


def _command(*args):
    out = StringIO()
    try:
        call_command("import_questions", *map(str, args), stdout=out)
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), None


def test_import_questions_command_refuses_a_file_with_issues():
    out, error = _command(GIFT)

    assert Question.objects.count() == 0
    assert error == (
        f"{GIFT}: 4 item(s) refused. Nothing imported: the file has 4 issues. "
        "Skip invalid items to import the 5 questions that are valid."
    )
    assert "  Refused #1 'Q8' [unsupported]: essay questions are not supported" in out.splitlines()
    assert "  Would create #3 'Q2' (single, 3 options)" in out.splitlines()


def test_import_questions_command_skip_invalid_imports_and_still_exits_non_zero():
    out, error = _command(GIFT, "--skip-invalid", "--status", "active")

    assert list(Question.objects.order_by("pk").values_list("name", "status")) == [
        ("Q2", "active"),
        ("colours", "active"),
        ("Q1", "active"),
        ("2-08 TSL", "active"),
        ("2-08 TSL", "active"),
    ]
    assert error == f"{GIFT}: 4 item(s) refused. Imported 5 questions as active. Refused 4 items."
    assert out.splitlines()[0] == "Imported 5 questions as active. Refused 4 items."


def test_import_questions_command_clean_file_succeeds():
    out, error = _command(XML_IDNUMBERS, "--format", "moodlexml")

    assert error is None
    assert out.splitlines()[:2] == [
        "Imported 1 question as draft.",
        "  Created #1 'Alpha Question' (truefalse, 2 options)",
    ]
    assert Question.objects.count() == 1


def test_import_questions_command_dry_run_creates_nothing():
    out, error = _command(XML_IDNUMBERS, "--dry-run")

    assert (error, Question.objects.count()) == (None, 0)
    assert out.splitlines()[0] == "Dry run: 1 question would be imported as draft; nothing saved."


def test_import_questions_command_missing_file(tmp_path):
    _, error = _command(tmp_path / "nope.gift")

    assert error == f"No such file: {tmp_path / 'nope.gift'}"


# --- export and the round trip ---------------------------------------------------------------


def _content(with_metadata):
    rows = []
    for q in Question.objects.order_by("name"):
        row = (
            q.name,
            q.qtype,
            q.stem,
            q.rationale,
            q.choose_n,
            sorted(q.tags.names()),
            [(o.text, o.is_correct, o.rationale) for o in q.options.all()],
        )
        rows.append(row + ((q.difficulty, q.domain_code, q.references) if with_metadata else ()))
    return rows


def _own_bank():
    make_question(
        "single",
        name="Brakes",
        stem="<p>Before a <b>stand-pivot</b>, what comes first?</p>",
        tags=["transfers", "wheelchair"],
        difficulty=1,
        domain_code="D2",
        references="Ref A\nRef B",
    )
    make_question("multi", name="Gait belt", tags=["gait belt"], difficulty=3, domain_code="D1")
    make_question("truefalse", name="Catch", options=options([("True", False), ("False", True)]), tags=[])
    make_question("ordering", name="Sequence", tags=["transfers"])


def test_export_csv_round_trip_into_an_empty_bank_keeps_the_content():
    _own_bank()
    before = _content(with_metadata=True)
    export = questions_export(fmt="csv")
    Question.objects.all().delete()

    report = questions_import(result=parse_file(export.text, "csv"), status="active")

    assert (export.count, report.issues, report.saved) == (4, [], True)
    assert _content(with_metadata=True) == before


def test_export_gift_round_trip_keeps_the_content_it_can_express():
    _own_bank()
    before = [row for row in _content(with_metadata=False) if row[1] != "ordering"]
    export = questions_export(fmt="gift")
    Question.objects.all().delete()

    report = questions_import(result=parse_file(export.text, "gift"), status="active")

    assert (export.count, export.skipped, report.issues) == (3, ["Sequence"], [])
    assert _content(with_metadata=False) == before


def test_export_filters_by_status():
    make_question(name="Live", status="active")
    make_question(name="Work in progress", status="draft")

    export = questions_export(fmt="csv", status="active")

    assert export.count == 1
    assert [q.name for q in parse_file(export.text, "csv").questions] == ["Live"]


def test_export_questions_command_writes_a_file_and_names_what_gift_leaves_out(tmp_path):
    _own_bank()
    target = tmp_path / "bank.gift.txt"
    err = StringIO()

    call_command("export_questions", "--format", "gift", "-o", str(target), stderr=err)

    assert [q.name for q in parse_file(target).questions] == ["Brakes", "Catch", "Gait belt"]
    assert err.getvalue().splitlines() == [
        f"Wrote 3 question(s) to {target}.",
        "GIFT cannot hold ordering questions; left out 1: Sequence. Export as CSV to keep them.",
    ]


def test_export_questions_command_csv_to_stdout():
    make_question(name="Live", status="active")
    out = StringIO()

    call_command("export_questions", "--format", "csv", "--status", "active", stdout=out)

    assert [q.name for q in parse_file(out.getvalue(), "csv").questions] == ["Live"]


# --- HTML as Moodle's editors write it ------------------------------------------------------------

LOOSE_HTML_GIFT = (
    "::Void tags::[html]Select all prime numbers :<br>one<hr>two<wbr>three "
    '<img src\\="https://example.org/x.png" alt\\="A chart"><ul><li>open item<li>another</ul>'
    "SpO<sub>2</sub> and m<sup>2</sup> <pre>  keep   spacing</pre>"
    "<table><tr><th>Joint</th><td>Knee</td></tr></table>{\n"
    "\t=yes#right\n"
    "\t~no#wrong\n"
    "\t~maybe#wrong\n"
    "####[html]Because<br>of <script>alert(1)</script>this.}\n"
)


def test_import_keeps_loose_html_well_formed_and_allowed_markup_intact(tmp_path):
    path = tmp_path / "loose.gift"
    path.write_text(LOOSE_HTML_GIFT, encoding="utf-8")
    out = StringIO()

    call_command("import_questions", path, stdout=out)

    question = Question.objects.get()
    assert question.stem == (
        # Loose text before the first block stays loose: browsers render it the same.
        "Select all prime numbers :<br>one<hr>twothree "
        '<img src="https://example.org/x.png" alt="A chart"><ul><li>open item</li><li>another</li></ul>'
        "SpO<sub>2</sub> and m<sup>2</sup> <pre>  keep   spacing</pre>"
        "<table><tbody><tr><th>Joint</th><td>Knee</td></tr></tbody></table>"
    )
    assert question.rationale == "<p>Because<br>of this.</p>"
    assert "Imported 1 question as draft." in out.getvalue()
