"""The question-file parsers, on Moodle's own fixture files and on small hand-written inputs.

Plain Python: no database, no Django.
"""

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from quizzes.importers import (
    ImportIssue,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    detect_format,
    export_aiken,
    export_csv,
    export_gift,
    parse_aiken,
    parse_csv,
    parse_file,
    parse_gift,
    parse_moodle_xml,
)
from quizzes.richtext import sanitise_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moodle"


def fixture_text(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def option(text, fraction, feedback="", *, html="", feedback_html=""):
    return ParsedOption(text, Decimal(fraction), feedback, text_html=html, feedback_html=feedback_html)


def true_false(correct, true_feedback="", false_feedback=""):
    """The two options every true/false question has."""
    return [option("True", int(correct), true_feedback), option("False", int(not correct), false_feedback)]


def unsupported(position, name, qtype, label):
    return ImportIssue(position, name, qtype, f"{label} questions are not supported", "unsupported")


def invalid(position, name, qtype, reason):
    return ImportIssue(position, name, qtype, reason, "invalid")


def content(questions):
    """Questions without where they sat in their file, to compare across a round trip."""
    return [replace(question, position=0, line=None) for question in questions]


def sanitised(questions):
    """Questions with their rich text as every parser returns it (see `quizzes.richtext`)."""
    return [
        replace(question, stem=sanitise_html(question.stem), rationale=sanitise_html(question.rationale))
        for question in questions
    ]


# --- Moodle's GIFT fixtures -------------------------------------------------------------------


def test_gift_fixture_questions_imports_multichoice_and_truefalse():
    result = parse_gift(fixture_text("moodle-gift/questions.gift.txt"))

    assert result.questions == [
        ParsedQuestion(
            name="Q2",
            qtype="single",
            stem="<p>What's between orange and green in the spectrum?</p>",
            options=[
                option("yellow", 1, "right; good!"),
                option("red", 0, "wrong, it's yellow"),
                option("blue", 0, "wrong, it's yellow"),
            ],
            position=3,
            line=14,
        ),
        ParsedQuestion(
            name="colours",
            qtype="multi",
            stem="<p>What's between orange and green in the spectrum?</p>",
            options=[
                option("yellow", "0.5", "right; good!"),
                option("red", -1, "wrong"),
                option("off-beige", "0.5", "right; good!"),
                option("blue", -1, "wrong"),
            ],
            choose_n=2,
            position=4,
            line=22,
        ),
        # The fixture has a stray `";` after the closing brace. Moodle reads any text after the
        # answers as a "missing word" question and puts _____ where the answers were; so do we.
        ParsedQuestion(
            name="Q1",
            qtype="truefalse",
            stem='<p>42 is the Absolute Answer to everything._____";</p>',
            options=true_false(False, "42 is the Ultimate Answer.", "You gave the right answer."),
            rationale="<p>This is, of course, a Hitchiker's Guide to the Galaxy reference.</p>",
            position=7,
            line=41,
        ),
        ParsedQuestion(
            name="2-08 TSL",
            qtype="truefalse",
            stem="<p>TSL is blablabla.</p>",
            options=true_false(True),
            position=8,
            line=46,
        ),
        ParsedQuestion(
            name="2-08 TSL",
            qtype="truefalse",
            stem="<p>TSL is blablabla.</p>",
            options=true_false(True),
            position=9,
            line=49,
        ),
    ]


def test_gift_fixture_questions_reports_each_unsupported_item():
    result = parse_gift(fixture_text("moodle-gift/questions.gift.txt"))

    assert result.issues == [
        unsupported(1, "Q8", "essay", "essay"),
        unsupported(2, "Moodle activities", "matching", "matching"),
        unsupported(5, "Q5", "numerical", "numerical"),
        unsupported(6, "Shortanswer", "shortanswer", "short answer"),
    ]
    assert result.ok is False


def test_gift_fixture_in_category_tags_questions_and_unescapes_html():
    result = parse_gift(fixture_text("moodle-gift/questions_in_category.gift.txt"))

    assert result.questions == [
        ParsedQuestion(
            name="Greeting",
            qtype="single",
            stem=(
                '<p><a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>'
                "<br><br>What language is being spoken?</p>"
            ),
            options=[
                option("English", 0, "Sorry, listen again."),
                option("French", 1, "Yes, well done!"),
                option("German", 0, "Sorry, listen again."),
                option("Spanish", 0, "Sorry, listen again."),
            ],
            tags=["Default for New Features"],
            position=2,
            line=14,
        ),
        ParsedQuestion(
            name="Moodle acronym",
            qtype="truefalse",
            stem=("<p>Moodle is an acronym for <em>Modular Object-Oriented Dynamic Learning Environment</em>.</p>"),
            options=true_false(True),
            tags=["Default for New Features"],
            position=4,
            line=27,
        ),
    ]
    assert result.issues == [
        unsupported(1, "Moodle activities", "matching", "matching"),
        # `{=%100%Moodler#}`: one `=` answer and no `~` is a short-answer question in GIFT.
        unsupported(3, "Moodle user", "shortanswer", "short answer"),
    ]


# --- Moodle's XML fixtures --------------------------------------------------------------------


def test_moodle_xml_fixture_nested_categories_tag_questions_with_their_path():
    result = parse_moodle_xml(fixture_text("moodle-xml/nested_categories_with_questions.xml"))

    def question(name, position, tags):
        return ParsedQuestion(
            name=f"{name} Question",
            qtype="truefalse",
            stem=f"<p>Testing {name} Question</p>",
            options=true_false(True),
            tags=tags,
            position=position,
        )

    assert result.questions == [
        question("Iota", 1, ["Iota"]),
        question("Kappa", 3, ["Iota", "Kappa"]),
        question("Lambda", 4, ["Iota", "Kappa", "Lambda"]),
        question("Mu", 5, ["Iota", "Mu"]),
    ]
    assert result.issues == [unsupported(2, "Kappa Essay Question", "essay", "essay")]


def test_moodle_xml_fixture_invalid_grades_rejects_the_question():
    result = parse_moodle_xml(fixture_text("moodle-xml/error_invalid_grades.xml"))

    assert result.questions == []
    assert result.issues == [
        invalid(
            1,
            "Question with <strong>invalid grades</strong> : x > 1 & x < 2",
            "multi",
            "answer 2 has an invalid grade 33%",
        )
    ]


def test_moodle_xml_fixture_broken_cloze_reports_every_question():
    result = parse_moodle_xml(fixture_text("moodle-xml/broken_cloze_questions.xml"))

    assert result.questions == []
    assert result.issues == [
        unsupported(1, "Multianswer question without subquestions", "cloze", "cloze"),
        unsupported(2, "Multichoice subquestion without choices", "cloze", "cloze"),
        unsupported(3, "Multichoice subquestion with only one choice", "cloze", "cloze"),
        unsupported(4, "Multichoice subquestion with no completely correct answer", "cloze", "cloze"),
        unsupported(5, "Numerical subquestion with buggy answer", "cloze", "cloze"),
    ]


def test_moodle_xml_fixture_html_chars_in_idnumbers_are_decoded():
    result = parse_moodle_xml(fixture_text("moodle-xml/html_chars_in_idnumbers.xml"))

    assert result == ParseResult(
        questions=[
            ParsedQuestion(
                name="Alpha Question",
                qtype="truefalse",
                stem="<p>Testing Alpha Question</p>",
                options=true_false(True),
                tags=["Alpha"],
                position=1,
                extra={"idnumber": "T & F"},
            )
        ],
        issues=[],
    )
    assert result.ok is True


# --- GIFT details -----------------------------------------------------------------------------


def test_gift_escapes_are_read_as_literal_characters():
    text = r"::a\:b \{1\}:: Is 1 \= 1 \~ \# ok\\?\nNext line{=yes\#1 # it\: is ~no \~ \{x\}}"

    result = parse_gift(text)

    assert result.questions == [
        ParsedQuestion(
            name="a:b {1}",
            qtype="single",
            stem="<p>Is 1 = 1 ~ # ok\\?<br>Next line</p>",
            options=[option("yes#1", 1, "it: is"), option("no ~ {x}", 0)],
            position=1,
            line=1,
        )
    ]


def test_gift_false_with_two_feedbacks_gives_each_to_its_option():
    result = parse_gift("::tf::The sky is green.{FALSE#No, look up.#Right, it is blue.}")

    assert result.questions[0].options == true_false(False, "No, look up.", "Right, it is blue.")


def test_gift_true_with_one_feedback_gives_it_to_the_wrong_option():
    result = parse_gift("::tf::Water is wet.{T#Touch some water.}")

    assert result.questions[0].options == true_false(True, "", "Touch some water.")


def test_gift_general_feedback_after_four_hashes_becomes_rationale():
    result = parse_gift("::gf::Pick A.{\n=A#yes\n~B#no\n####Because *A* is first.\n}")

    assert result.questions[0].options == [option("A", 1, "yes"), option("B", 0, "no")]
    assert result.questions[0].rationale == "<p>Because *A* is first.</p>"


def test_gift_general_feedback_on_truefalse_ends_the_answer():
    result = parse_gift("::gf::Fire is hot.{TRUE####Fire burns.}")

    assert result.questions[0].options == true_false(True)
    assert result.questions[0].rationale == "<p>Fire burns.</p>"


def test_gift_category_sets_tags_until_the_next_category():
    text = "\n".join(
        [
            "$CATEGORY: $system$/top/Safety//Hygiene/Hand &amp; wash",
            "",
            "::one::First?{T}",
            "",
            "::two::Second?{F}",
            "",
            "// a comment between blocks",
            "$CATEGORY: $course$/Ethics",
            "::three::Third?{T}",
        ]
    )

    result = parse_gift(text)

    assert [(q.name, q.tags, q.position, q.line) for q in result.questions] == [
        ("one", ["Safety/Hygiene", "Hand & wash"], 1, 3),
        ("two", ["Safety/Hygiene", "Hand & wash"], 2, 5),
        ("three", ["Ethics"], 3, 9),
    ]
    assert result.issues == []


def test_gift_markdown_table_becomes_an_html_table():
    # GIFT ends an item at a blank line, so the blank line Markdown wants before a table is
    # written as GIFT's escaped newline; the table's own rows may be on lines of their own.
    text = (
        r"::vitals::[markdown]Which needs action?\n\n" + "\n"
        "| reading | value |\n| --- | --- |\n| SpO<sub>2</sub> | 88 % |\n"
        r"{=[markdown]the **SpO<sub>2</sub>** ~[markdown]- a list\n- item}"
    )

    question = parse_gift(text).questions[0]

    assert question.stem.replace("\n", "") == (
        "<p>Which needs action?</p><table><thead><tr><th>reading</th><th>value</th></tr></thead>"
        "<tbody><tr><td>SpO<sub>2</sub></td><td>88 %</td></tr></tbody></table>"
    )
    assert [(o.text, o.text_html.replace("\n", "")) for o in question.options] == [
        ("the SpO2", "<p>the <strong>SpO<sub>2</sub></strong></p>"),
        ("a list\nitem", "<ul><li>a list</li><li>item</li></ul>"),
    ]


def test_gift_format_prefixes_turn_text_into_html():
    text = "\n\n".join(
        [
            "::plain::[plain]Is 2 < 3 & 4?{T}",
            "::moodle::[moodle]Is <b>this</b> bold?{F}",
            "::html::[html]Is <b>this</b> bold?{T}",
            "::markdown::[markdown]Is **this** *really* `code`?{T}",
            "::default::No prefix: a <tag>.{T}",
        ]
    )

    result = parse_gift(text)

    assert [q.stem for q in result.questions] == [
        "<p>Is 2 &lt; 3 &amp; 4?</p>",
        "<p>Is &lt;b&gt;this&lt;/b&gt; bold?</p>",
        "<p>Is <strong>this</strong> bold?</p>",
        "<p>Is <strong>this</strong> <em>really</em> <code>code</code>?</p>",
        "<p>No prefix: a &lt;tag&gt;.</p>",
    ]


def test_gift_html_options_keep_plain_text_and_their_formatting():
    text = (
        "::opts::[html]<p>Pick</p>{=<b>bold</b> &amp; more#<i>yes</i> ~[plain]a <b>b</b>"
        r' ~<p>line<br>two</p><script>x()</script> ~<img src\="c.png" alt\="A chart">}'
    )

    result = parse_gift(text)

    assert result.questions[0].options == [
        option(
            "bold & more",
            1,
            "yes",
            html="<p><strong>bold</strong> &amp; more</p>",
            feedback_html="<p><em>yes</em></p>",
        ),
        option("a <b>b</b>", 0),
        option("line\ntwo", 0),  # a line break is plain text: no formatted form
        option("A chart", 0, html='<p><img src="c.png" alt="A chart"></p>'),
    ]


def test_gift_unnamed_question_is_named_after_its_text():
    result = parse_gift("Which <b>one</b>?{=this ~that}")

    assert result.questions[0].name == "Which <b>one</b>?"


def test_gift_text_after_answers_makes_a_missing_word_stem():
    result = parse_gift("::mw::Grant is {~buried =entombed ~living} in Grant's tomb.")

    assert result.questions[0].stem == "<p>Grant is _____ in Grant's tomb.</p>"
    assert [o.text for o in result.questions[0].options] == ["buried", "entombed", "living"]


def test_gift_single_answer_keeps_partial_credit_weights():
    result = parse_gift("::partial::Best?{=best ~%50%half ~none}")

    assert result.questions[0].qtype == "single"
    assert result.questions[0].options == [option("best", 1), option("half", "0.5"), option("none", 0)]


def test_gift_multi_with_thirds_counts_positive_answers_as_choose_n():
    result = parse_gift("::thirds::Pick three.{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}")

    assert result.questions[0].qtype == "multi"
    assert result.questions[0].choose_n == 3
    assert [o.fraction for o in result.questions[0].options] == [
        Decimal("0.3333333"),
        Decimal("0.3333333"),
        Decimal("0.3333333"),
        Decimal(-1),
    ]


def test_gift_invalid_items_are_reported_with_reasons():
    text = "\n\n".join(
        [
            "::none right::Q?{~a ~b}",
            "::not 100::Q?{~%50%a ~%30%b ~c}",
            "::one option::Q?{~%100%a}",
            "::bad grades::Q?{~%33%a ~%67%b}",
            "::two right::Q?{=a =b ~c}",
            "::three right::Q?{=a =b ~c =d}",
            "::empty option::Q?{=a ~}",
            "::no multi right::Q?{~%-50%a ~%-50%b}",
            "::unclosed::Q?{=a ~b",
            "::backwards::Q?} =a ~b {",
        ]
    )

    result = parse_gift(text)

    assert result.questions == []
    assert result.issues == [
        invalid(1, "none right", "multi", "has no correct answer (no answer has a positive grade)"),
        invalid(2, "not 100", "multi", "the positive grades add up to 80%, not 100%"),
        invalid(3, "one option", "multi", "needs at least 2 answers, found 1"),
        invalid(4, "bad grades", "multi", "answer 1 has an invalid grade 33%; answer 2 has an invalid grade 67%"),
        invalid(
            5,
            "two right",
            "single",
            "answers 1 and 2 are each worth 100%; a single-answer question needs exactly one correct answer",
        ),
        invalid(
            6,
            "three right",
            "single",
            "answers 1, 2 and 4 are each worth 100%; a single-answer question needs exactly one correct answer",
        ),
        invalid(7, "empty option", "single", "answer 2 is empty"),
        invalid(8, "no multi right", "multi", "has no correct answer (no answer has a positive grade)"),
        invalid(9, "unclosed", "", "the braces around the answers do not match: a { or } is missing or unescaped"),
        invalid(10, "backwards", "", "the braces around the answers do not match: a { or } is missing or unescaped"),
    ]


def test_gift_unsupported_types_are_named():
    text = "\n\n".join(
        [
            "::essay with feedback::Discuss.{####Any answer.}",
            "::description::Just some text.",
            "::embedded cloze::Pick {1:MULTICHOICE:=a~b}",
            "::two blanks::A {=x ~y} and {=z ~w}.",
            "::numeric::How many?{#4}",
            "::short::Name one.{=cat =dog}",
        ]
    )

    result = parse_gift(text)

    assert result.questions == []
    assert result.issues == [
        unsupported(1, "essay with feedback", "essay", "essay"),
        unsupported(2, "description", "description", "description"),
        unsupported(3, "embedded cloze", "cloze", "cloze"),
        unsupported(4, "two blanks", "cloze", "cloze"),
        unsupported(5, "numeric", "numerical", "numerical"),
        unsupported(6, "short", "shortanswer", "short answer"),
    ]


def test_gift_windows_line_endings_and_byte_order_mark_are_read():
    result = parse_gift("\ufeff// comment\r\n::crlf::Is it?\r\n{\r\nTRUE\r\n}\r\n")

    assert result.questions == [
        ParsedQuestion(
            name="crlf", qtype="truefalse", stem="<p>Is it?</p>", options=true_false(True), position=1, line=2
        )
    ]


# --- Moodle XML details -----------------------------------------------------------------------

XML_MULTICHOICE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/R&amp;D//Labs</text></category></question>
  <question type="multichoice">
    <name><text>Pick one</text></name>
    <questiontext format="plain_text"><text>Is 1 &lt; 2?</text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Counting.</p>]]></text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html">
      <text><![CDATA[<p>Yes &amp; <b>always</b></p>]]></text>
      <feedback format="html"><text><![CDATA[<p>Right.</p>]]></text></feedback>
    </answer>
    <answer fraction="0" format="plain_text"><text>No</text><feedback><text>Wrong.</text></feedback></answer>
    <tags><tag><text>numbers</text></tag><tag><text>R&amp;D/Labs</text></tag></tags>
  </question>
  <question type="multichoice">
    <name><text>Pick two</text></name>
    <questiontext format="html"><text>Which are even?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>2</text></answer>
    <answer fraction="50.00001"><text>4</text></answer>
    <answer fraction="-100"><text>5</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Too little</text></name>
    <questiontext format="html"><text>Which are odd?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>1</text></answer>
    <answer fraction="25"><text>3</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Nothing right</text></name>
    <questiontext format="html"><text>Which?</text></questiontext>
    <answer fraction="50"><text>a</text></answer>
    <answer fraction="0"><text>b</text></answer>
  </question>
  <question type="ddwtos"><name><text>Drag</text></name></question>
  <question><name><text>Typeless</text></name></question>
</quiz>
"""


def test_moodle_xml_multichoice_reads_formats_feedback_weights_and_tags():
    result = parse_moodle_xml(XML_MULTICHOICE)

    assert result.questions == sanitised(
        [
            ParsedQuestion(
                name="Pick one",
                qtype="single",
                stem="<p>Is 1 &lt; 2?</p>",
                options=[
                    option("Yes & always", 1, "Right.", html="<p>Yes &amp; <strong>always</strong></p>"),
                    option("No", 0, "Wrong."),
                ],
                rationale="<p>Counting.</p>",
                tags=["R&D/Labs", "numbers"],
                position=1,
            ),
            ParsedQuestion(
                name="Pick two",
                qtype="multi",
                stem="Which are even?",
                options=[option("2", "0.5"), option("4", "0.5"), option("5", -1)],
                tags=["R&D/Labs"],
                choose_n=2,
                position=2,
            ),
        ]
    )


def test_moodle_xml_invalid_and_unsupported_questions_are_reported():
    result = parse_moodle_xml(XML_MULTICHOICE)

    assert result.issues == [
        invalid(3, "Too little", "multi", "the positive grades add up to 75%, not 100%"),
        invalid(4, "Nothing right", "single", "has no correct answer (no answer is worth 100%)"),
        unsupported(5, "Drag", "ddwtos", "drag and drop into text"),
        invalid(6, "Typeless", "", "the question has no type attribute"),
    ]


def test_moodle_xml_malformed_file_gives_one_issue_with_the_parser_message():
    result = parse_moodle_xml("<quiz><question type='truefalse'></quiz>")

    assert result == ParseResult(
        [], [invalid(0, "", "", "the file is not well-formed XML: mismatched tag: line 1, column 35")]
    )


def test_moodle_xml_entity_declarations_are_refused():
    text = '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><quiz>&b;</quiz>'

    result = parse_moodle_xml(text)

    assert result.issues == [
        invalid(0, "", "", "the file declares XML entities or a DTD, which are refused for safety (EntitiesForbidden)")
    ]


def test_moodle_xml_other_root_element_is_invalid():
    result = parse_moodle_xml("<questions/>")

    assert result.issues == [invalid(0, "", "", "a Moodle XML file starts with <quiz>, not <questions>")]


# --- CSV --------------------------------------------------------------------------------------

CSV_HEADER = (
    "name,type,stem,option_1,option_2,option_3,option_4,option_5,option_6,correct,choose_n,rationale,"
    "option_1_rationale,option_2_rationale,option_3_rationale,option_4_rationale,option_5_rationale,"
    "option_6_rationale,tags,difficulty,domain,references\n"
)
CSV_VALID = CSV_HEADER + (
    "Gait belt,single,<p>Before a transfer you first…</p>,Lock the wheels,Lift,Pivot,,,,A,,<p>Safety first.</p>,"
    "Correct: brakes on.,Not yet.,Not yet.,,,,Transfers|Safety,1,D2,AOTA 2020|NBCOT outline\n"
    ",,,,,,,,,,,,,,,,,,,,,\n"
    'Hand hygiene,multi,"<p>Pick the three\nmoments</p>",Before touching,After touching,Lunch,After fluids,'
    "Break,Never,A;B;D,3,,,,,,,,Hygiene,,,\n"
    "Wet floor,truefalse,Mop then sign?,,,,,,,False,,,Signs go up first.,Yes.,,,,,,,,\n"
    "Sit to stand,ordering,Put the steps in order.,Scoot forward,Feet back,Lean forward,Stand,,,,,,,,,,,,,3,,\n"
)


def test_csv_rows_become_questions_of_each_type():
    result = parse_csv(CSV_VALID)

    third = Decimal("0.3333333")
    assert result.issues == []
    assert result.questions == sanitised(
        [
            ParsedQuestion(
                name="Gait belt",
                qtype="single",
                stem="<p>Before a transfer you first…</p>",
                options=[
                    option("Lock the wheels", 1, "Correct: brakes on."),
                    option("Lift", 0, "Not yet."),
                    option("Pivot", 0, "Not yet."),
                ],
                rationale="<p>Safety first.</p>",
                tags=["Transfers", "Safety"],
                position=1,
                line=2,
                extra={"difficulty": "1", "domain": "D2", "references": ["AOTA 2020", "NBCOT outline"]},
            ),
            ParsedQuestion(
                name="Hand hygiene",
                qtype="multi",
                stem="<p>Pick the three\nmoments</p>",
                options=[
                    option("Before touching", third),
                    option("After touching", third),
                    option("Lunch", -third),
                    option("After fluids", third),
                    option("Break", -third),
                    option("Never", -third),
                ],
                tags=["Hygiene"],
                choose_n=3,
                position=2,
                line=4,
            ),
            ParsedQuestion(
                name="Wet floor",
                qtype="truefalse",
                stem="Mop then sign?",
                options=true_false(False, "Signs go up first.", "Yes."),
                position=3,
                line=6,
            ),
            ParsedQuestion(
                name="Sit to stand",
                qtype="ordering",
                stem="Put the steps in order.",
                options=[
                    option("Scoot forward", 0),
                    option("Feet back", 0),
                    option("Lean forward", 0),
                    option("Stand", 0),
                ],
                position=4,
                line=7,
                extra={"difficulty": "3"},
            ),
        ]
    )


def test_csv_errors_are_reported_per_row():
    text = "\ufeffname,type,stem,option_1,option_2,option_3,correct,choose_n,option_3_rationale,\n" + "\n".join(
        [
            "ok,single,Q?,a,b,,B,,",
            "bad type,essay,Q?,a,b,,A,,",
            "no stem,single,,a,b,,A,,",
            "gap,single,Q?,a,,c,A,,",
            "orphan,single,Q?,a,b,,A,,why",
            "two correct,single,Q?,a,b,c,A;C,,",
            "bad letter,multi,Q?,a,b,c,A;D,,",
            "blank correct,multi,Q?,a,b,c,,,",
            "choose mismatch,multi,Q?,a,b,c,A;B,3,",
            "choose not number,multi,Q?,a,b,c,A;B,two,",
            "choose on single,single,Q?,a,b,,A,1,",
            "one option,single,Q?,a,,,A,,",
            "ordering correct,ordering,Q?,a,b,,A,,",
            "tf options,truefalse,Q?,Yes,No,,A,,",
            "unnamed column,single,Q?,a,b,,A,,,surprise",
            "past the header,single,Q?,a,b,,A,,,,surprise",
        ]
    )

    result = parse_csv(text)

    assert [(q.name, q.position, q.line) for q in result.questions] == [("ok", 1, 2)]
    assert result.issues == [
        invalid(2, "bad type", "essay", "type must be one of single, multi, truefalse, ordering, not 'essay'"),
        invalid(3, "no stem", "single", "stem is blank"),
        invalid(4, "gap", "single", "option_2 is blank but a later option is not"),
        invalid(5, "orphan", "single", "option_3_rationale is filled but option_3 is blank"),
        invalid(6, "two correct", "single", "a single question has one correct option, but correct is 'A;C'"),
        invalid(7, "bad letter", "multi", "correct names D, but there is no option D"),
        invalid(8, "blank correct", "multi", "correct is blank"),
        invalid(9, "choose mismatch", "multi", "choose_n is 3 but 2 options are marked correct"),
        invalid(10, "choose not number", "multi", "choose_n must be a whole number, not 'two'"),
        invalid(11, "choose on single", "single", "choose_n only applies to multi questions"),
        invalid(12, "one option", "single", "needs at least 2 answers, found 1"),
        invalid(
            13, "ordering correct", "ordering", "leave correct blank: an ordering question lists its options in order"
        ),
        invalid(14, "tf options", "truefalse", "true/false options must be True and False, or left blank"),
        invalid(15, "unnamed column", "", "the row has a value in a column without a header"),
        invalid(16, "past the header", "", "the row has a value in a column without a header"),
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the file is empty"),
        ("name,type,stem,optoin_1\n", "unknown column 'optoin_1'"),
        ("name,type,option_1\n", "the header has no 'stem' column"),
        ("type,stem,type\n", "column 'type' appears more than once"),
    ],
)
def test_csv_header_problems_reject_the_whole_file(text, reason):
    assert parse_csv(text) == ParseResult([], [invalid(0, "", "", reason)])


def test_csv_round_trip_keeps_every_question():
    first = parse_csv(CSV_VALID)

    again = parse_csv(export_csv(first.questions))

    assert again.issues == []
    assert content(again.questions) == content(first.questions)


def test_csv_export_writes_the_documented_header():
    assert export_csv([]).splitlines()[0] == CSV_HEADER.strip() + ",status"


# --- GIFT export ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "moodle-gift/questions.gift.txt",
        "moodle-gift/questions_in_category.gift.txt",
        "moodle-xml/nested_categories_with_questions.xml",
    ],
)
def test_export_gift_round_trip_of_fixtures_gives_equal_questions(name):
    first = parse_file(FIXTURES / name)

    text, skipped = export_gift(first.questions)
    again = parse_gift(text)

    assert skipped == []
    assert again.issues == []
    assert content(again.questions) == content(first.questions)


def test_export_gift_round_trip_keeps_special_characters():
    questions = [
        ParsedQuestion(
            name="Odd :: name {1} #2 = ~3 \\ end",
            qtype="single",
            stem="<p>Line one\nline two: a = b {c} ~d #e \\f</p>",
            options=[
                option("[plain] is literal", 1, "Two\nlines & <more>"),
                option("%50% is text", "0.5"),
                option("x < y", 0, "#hash"),
            ],
            rationale="[markdown] stays <b>html</b>",
            tags=["Safety/Hygiene", "Hand: wash"],
        ),
        ParsedQuestion(
            name="Weights",
            qtype="multi",
            stem="<p>Pick.</p>",
            options=[option("a", "0.3333333"), option("b", "0.6666667"), option("c", 0), option("d", "-0.5", "no")],
            choose_n=2,
            tags=["Safety/Hygiene", "Hand: wash"],
        ),
        ParsedQuestion(
            name="False one",
            qtype="truefalse",
            stem="<p>Wrong?</p>",
            options=true_false(False, "", "Yes, false."),
            rationale="<p>Why.</p>",
        ),
    ]

    text, skipped = export_gift(questions)
    again = parse_gift(text)

    assert skipped == []
    assert again.issues == []
    assert content(again.questions) == sanitised(questions)


def test_export_gift_writes_categories_and_skips_ordering():
    questions = [
        ParsedQuestion("Steps", "ordering", "<p>Order.</p>", [option("one", 0), option("two", 0)], tags=["A"]),
        ParsedQuestion("Hot", "truefalse", "<p>Fire is hot.</p>", true_false(True, "Yes.", "No."), tags=["A", "B"]),
        ParsedQuestion(
            "Pick",
            "multi",
            "<p>Pick.</p>",
            [option("a", "0.5", "right"), option("b", "0.5"), option("c", -1)],
            rationale="<p>So.</p>",
            choose_n=2,
            extra={"idnumber": "P-1 [x]"},
        ),
    ]

    text, skipped = export_gift(questions)

    assert skipped == ["Steps"]
    assert text == (
        "$CATEGORY: $course$/A/B\n"
        "\n"
        "// [tag:A] [tag:B]\n"
        "::Hot::[html]<p>Fire is hot.</p>{TRUE#No.#Yes.}\n"
        "\n"
        "$CATEGORY: $course$\n"
        "\n"
        "// [id:P-1 [x)]\n"
        "::Pick::[html]<p>Pick.</p>{\n"
        "\t~%50%a#right\n"
        "\t~%50%b\n"
        "\t~%-100%c\n"
        "\t####<p>So.</p>\n"
        "}\n"
    )


def test_gift_id_and_tag_comments_become_the_idnumber_and_tags():
    text = "$CATEGORY: $course$/Safety\n\n// [id:TR-7] [tag:transfers]\n// [tag:gait belt]\n::Belt::Use a belt?{T}\n"

    (question,) = parse_gift(text).questions

    assert (question.extra, question.tags) == ({"idnumber": "TR-7"}, ["Safety", "transfers", "gait belt"])


def test_export_gift_of_csv_multi_gives_wrong_options_negative_weights():
    questions = parse_csv(CSV_VALID).questions

    text, skipped = export_gift(questions)

    assert skipped == ["Sit to stand"]
    assert "\t~%33.33333%Before touching\n\t~%33.33333%After touching\n\t~%-33.33333%Lunch\n" in text
    assert content(parse_gift(text).questions) == [replace(q, extra={}) for q in content(questions[:3])]


# --- detect_format and parse_file -------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "text", "fmt"),
    [
        ("bank.gift", "", "gift"),
        ("bank.TXT", "<quiz/>", "gift"),
        ("bank.xml", "", "moodlexml"),
        ("bank.csv", "", "csv"),
        (None, '\ufeff\n  <?xml version="1.0"?><quiz/>', "moodlexml"),
        ("upload", '"name","type","stem"\nx,single,y\n', "csv"),
        (None, "::q::Is it?{T}", "gift"),
    ],
)
def test_detect_format_uses_extension_then_content(filename, text, fmt):
    assert detect_format(filename, text) == fmt


def test_parse_file_reads_a_path_bytes_or_text():
    path = FIXTURES / "moodle-gift/questions_in_category.gift.txt"

    from_path = parse_file(path)

    assert parse_file(path.read_bytes()) == from_path
    assert parse_file(path.read_text(encoding="utf-8"), "gift") == from_path
    assert [q.name for q in from_path.questions] == ["Greeting", "Moodle acronym"]


def test_parse_file_str_is_never_taken_as_a_path():
    path = str(FIXTURES / "moodle-gift/questions.gift.txt")

    result = parse_file(path)

    assert result.questions == []
    assert [issue.qtype for issue in result.issues] == ["description"]


def test_parse_file_undecodable_bytes_give_one_issue():
    result = parse_file(b"::q::\xff{T}", "gift")

    assert result == ParseResult(
        [],
        [invalid(0, "", "", "the file is not UTF-8 text: byte 0xff at offset 5")],
    )


# --- Aiken ------------------------------------------------------------------------------------

AIKEN = """Which is the first step of a stand-pivot transfer?
A. Lock the wheelchair brakes
B) Stand the patient
C. Pivot
   toward the bed
ANSWER: A

Normal SpO2 at rest
is at least:
A. 95%
B. 80%
ANSWER: C

No answer line here
A. yes
B. no
"""


def test_aiken_items_become_single_answer_questions_and_bad_ones_are_named():
    result = parse_aiken(AIKEN)

    assert content(result.questions) == [
        ParsedQuestion(
            name="Which is the first step of a stand-pivot transfer?",
            qtype="single",
            stem="<p>Which is the first step of a stand-pivot transfer?</p>",
            options=[
                option("Lock the wheelchair brakes", 1),
                option("Stand the patient", 0),
                option("Pivot toward the bed", 0),
            ],
        )
    ]
    assert [(i.position, i.name, i.reason) for i in result.issues] == [
        (2, "Normal SpO2 at rest is at least:", "ANSWER: 'C' is not one of the options A–B"),
        (3, "No answer line here", "the item has no ANSWER: line"),
    ]


def test_aiken_is_detected_in_txt_files_and_round_trips():
    assert detect_format("bank.txt", AIKEN) == "aiken"
    assert detect_format(None, AIKEN) == "aiken"
    questions = parse_aiken(AIKEN).questions + [
        ParsedQuestion("Multi", "multi", "<p>Pick</p>", [option("a", "0.5"), option("b", "0.5"), option("c", 0)])
    ]

    text, skipped = export_aiken(questions)

    assert skipped == ["Multi"]
    assert text.startswith("Which is the first step of a stand-pivot transfer?\nA. Lock the wheelchair brakes\n")
    assert content(parse_aiken(text).questions) == content(questions[:1])
