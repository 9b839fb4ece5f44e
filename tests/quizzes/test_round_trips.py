"""Files in and out: a bank imported from a file, exported, and imported again is the same bank.

The corpus in tests/fixtures/awkward/ holds every awkward case we know of: sub/sup, lists,
tables, <pre>, void tags without a slash, an unclosed <li>, italic spans, Markdown, Moodle's
weights (70/30, negative ones, partial credit on a single-answer item), a 2-option single-answer
item, a multi-response item with one correct answer, ID numbers, tags and categories, and the
characters each format has to escape.
"""

import base64
import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from wagtail.images import get_image_model

from quizzes import services
from quizzes.importers import parse_file
from quizzes.importing import questions_export, questions_import
from quizzes.models import Question
from quizzes.validation import MISSING_RATIONALE
from tests.factories import UserFactory
from tests.quizzes.factories import fixed_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "awkward"
PULSE_OXIMETER_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAFUlEQVR42mNkSDvDQAgwMRABhrciAGkXAUJCH5O9AAAAAElFTkSuQmCC"
)


def _bank():
    """The bank as text: everything an export must carry, per question in name order."""
    return [
        (
            q.name,
            q.qtype,
            q.choose_n,
            q.idnumber,
            q.stem,
            q.rationale,
            sorted(q.tags.names()),
            [(o.text, o.text_html, o.is_correct, o.fraction, o.rationale, o.rationale_html) for o in q.options.all()],
        )
        for q in Question.objects.order_by("name").prefetch_related("options")
    ]


def _import_text(text: str, fmt: str):
    report = questions_import(result=parse_file(text.encode(), fmt), status="draft")
    assert report.issues == []
    return report


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        ("awkward.gift", "gift"),
        ("awkward.xml", "moodlexml"),
        ("awkward.gift", "moodlexml"),
    ],
)
def test_import_export_import_keeps_the_bank_identical(source, fmt):
    first = questions_import(result=parse_file(CORPUS / source), status="draft")
    assert (first.issues, first.saved, len(first.items)) == ([], True, 7)
    before = _bank()
    exported = questions_export(fmt=fmt)

    Question.objects.all().delete()
    _import_text(exported.text, fmt)

    assert exported.skipped == []
    assert _bank() == before
    assert questions_export(fmt=fmt).text == exported.text


def test_round_trip_keeps_rich_text_images_weights_ids_and_tags():
    questions_import(result=parse_file(CORPUS / "awkward.xml"), status="draft")
    exported = questions_export(fmt="moodlexml").text
    Question.objects.all().delete()
    get_image_model().objects.all().delete()
    _import_text(exported, "moodlexml")

    images = {image.title: image for image in get_image_model().objects.all()}
    oximeter, chart, probe = images["A pulse oximeter on a finger"], images["SpO2 chart"], images["a finger probe"]
    rich = Question.objects.get(name="Rich options")
    assert [(o.text, o.text_html, o.rationale, o.rationale_html) for o in rich.options.all()] == [
        (
            "SpO2 88% on",
            f'<p>SpO<sub>2</sub> 88% on <embed embedtype="image" id="{probe.pk}" format="fullwidth"'
            ' alt="a finger probe"/></p>',
            "Yes:\nbelow 90%\ncall the nurse",
            "<p>Yes:</p><ul><li>below 90%</li><li>call the nurse</li></ul>",
        ),
        (
            "HR 72",
            "<table><tbody><tr><th>HR</th><td>72</td></tr></tbody></table>",
            "A resting heart rate of 72 min-1 is normal.",
            "<p>A resting heart rate of 72 min<sup>-1</sup> is normal.</p>",
        ),
        ("Temperature 37 °C", "<p>Temperature <em>37 °C</em></p>", MISSING_RATIONALE, ""),
    ]
    spo2 = Question.objects.get(name="SpO2 floor")
    assert spo2.stem == (
        "<p>Normal SpO<sub>2</sub> at rest is at least:<br></p><ul><li>for most adults</li><li>at sea level</li></ul>"
        "<hr><p>Read <em>before</em> answering.</p>"
        f'<p><embed embedtype="image" id="{oximeter.pk}" format="fullwidth" alt="A pulse oximeter on a finger"/></p>'
    )
    assert spo2.rationale == (
        "<table><tbody><tr><th>SpO<sub>2</sub></th><td>Action</td></tr><tr><td>&lt; 90%</td>"
        "<td>Call the nurse</td></tr></tbody></table><pre>  keep   spacing</pre>"
        f'<p><embed embedtype="image" id="{chart.pk}" format="fullwidth" alt="SpO2 chart"/></p>'
    )
    assert (oximeter.title, oximeter.width, oximeter.height) == ("A pulse oximeter on a finger", 12, 8)
    assert (chart.title, chart.width, chart.height) == ("SpO2 chart", 8, 8)
    with oximeter.open_file() as handle:
        assert handle.read() == base64.b64decode(PULSE_OXIMETER_PNG)
    assert spo2.idnumber == "RESP-1 & co"
    assert sorted(spo2.tags.names()) == ["Respiratory", "Vital signs", "pulse oximetry"]
    assert [(o.text, o.fraction, o.rationale) for o in spo2.options.all()] == [
        ("95%", Decimal("1"), "Yes: 95% or higher."),
        ("90%", Decimal("0.5"), "Half right: 90% is the lower limit."),
        ("80%", Decimal("0"), "No rationale provided in the imported file."),
    ]
    colours = Question.objects.get(name="Weighted colours")
    assert [o.fraction for o in colours.options.all()] == [
        Decimal("0.7"),
        Decimal("0.3"),
        Decimal("-1"),
        Decimal("-0.5"),
    ]


def test_import_reports_broken_file_links_by_item():
    report = questions_import(result=parse_file(CORPUS / "awkward.xml"), status="draft")

    assert report.warnings[-2:] == [
        "#3 'Weighted colours': links to wheel.png, which the file does not include; the link was removed.",
        "#3 'Weighted colours': links to no.png, which the file does not include; the link was removed.",
    ]
    assert Question.objects.get(name="Weighted colours").stem == (
        "<p>Pick the <em>primary</em> colours:<br>(as taught in art class) colour wheel</p>"
    )


def test_moodle_xml_export_embeds_pictures_as_base64_files():
    questions_import(result=parse_file(CORPUS / "awkward.xml"), status="draft")

    text = questions_export(fmt="moodlexml").text

    assert '&lt;img src="@@PLUGINFILE@@/' in text
    assert 'alt="A pulse oximeter on a finger"' in text
    assert f'encoding="base64">{PULSE_OXIMETER_PNG}</file>' in text


def test_export_never_writes_the_placeholder_rationale():
    questions_import(result=parse_file(CORPUS / "awkward.gift"), status="draft")

    for fmt in ("gift", "moodlexml"):
        text = questions_export(fmt=fmt).text
        assert "No rationale provided" not in text
        assert "95% or higher." in text


def test_moodle_xml_export_writes_stored_fractions_idnumbers_and_categories():
    questions_import(result=parse_file(CORPUS / "awkward.gift"), status="draft")

    text = questions_export(fmt="moodlexml").text

    assert "<text>$course$/top/Respiratory/Vital signs/pulse oximetry</text>" in text
    assert "<idnumber>RESP-2</idnumber>" in text
    for fraction in ('fraction="70"', 'fraction="30"', 'fraction="-100"', 'fraction="-50"', 'fraction="50"'):
        assert fraction in text
    assert '<answer fraction="100" format="html">\n      <text>false</text>' in text


def test_imported_weights_grade_attempts_under_the_weights_policy():
    questions_import(result=parse_file(CORPUS / "awkward.gift"), status="active")
    colours = Question.objects.get(name="Weighted colours")
    quiz = fixed_quiz([colours], multi_policy="weights", shuffle_options=False, pass_mark=50)
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    (item,) = attempt.items.select_related("version").prefetch_related("version__options")
    red, blue, green, purple = sorted(item.version.options.all(), key=lambda option: option.position)

    services.attempt_answer(attempt=attempt, item=item, selected=[red.pk, purple.pk], now=NOW)
    services.attempt_submit(attempt=attempt, now=NOW)

    item.refresh_from_db()
    attempt.refresh_from_db()
    assert (red.fraction, purple.fraction) == (Decimal("0.7"), Decimal("-0.5"))
    assert (item.points, item.is_correct, str(attempt.percent)) == (Decimal("0.2"), False, "20.0")


def test_gift_links_pictures_by_url_and_a_reimport_here_restores_them(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://lms.example.org"
    questions_import(result=parse_file(CORPUS / "awkward.xml"), status="draft")
    before = _bank()

    exported = questions_export(fmt="gift")

    assert exported.warnings == [
        "'Rich options': 1 picture or document linked by URL, not embedded (GIFT cannot carry files; Moodle XML can)",
        "'SpO2 floor': 2 pictures or documents linked by URL, not embedded (GIFT cannot carry files; Moodle XML can)",
    ]
    assert 'src\\="https\\://lms.example.org/media/original_images/probe.png"' in exported.text
    Question.objects.all().delete()
    _import_text(exported.text, "gift")
    assert get_image_model().objects.count() == 3  # the stored pictures, linked again
    assert _bank() == before


def test_csv_names_what_it_keeps_only_in_part(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://lms.example.org"
    questions_import(result=parse_file(CORPUS / "awkward.xml"), status="draft")

    exported = questions_export(fmt="csv")

    assert exported.warnings == [
        "'Rich options': the options' formatting is left out (CSV options are plain text)",
        "'SpO2 floor': 2 pictures or documents linked by URL, not embedded (CSV cannot carry files; Moodle XML can)",
        "'SpO2 floor': the options' formatting is left out (CSV options are plain text)",
    ]


def test_pictures_on_another_site_stay_links():
    url = "https://other.example.org/media/original_images/x.png"
    text = f'::Elsewhere::[html]<p><img src\\="{url}" alt\\="x"></p>{{=a ~b}}'
    _import_text(text, "gift")

    assert (
        Question.objects.get().stem
        == '<p><img src="https://other.example.org/media/original_images/x.png" alt="x"></p>'
    )
