"""An imported question keeps its rich text in the browser: subscripts, superscripts, a list, a
table and a picture with its alt text, in the stem, the options and the options' rationales, in
the learner's attempt, the results and the admin preview."""

import gc
import re
import warnings
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.images import get_image_model

from quizzes.admin.questions import QUESTIONS_NS
from quizzes.importers import parse_file
from quizzes.importing import questions_import
from quizzes.models import Question
from tests.e2e.axe import assert_accessible
from tests.factories import UserFactory
from tests.quizzes.factories import fixed_quiz

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "awkward" / "awkward.xml"
ALT = "A pulse oximeter on a finger"


@pytest.fixture
def imported(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    report = questions_import(result=parse_file(CORPUS), status="active")
    assert report.saved
    # Render the pictures' renditions here: Wagtail leaves a temporary file unclosed while
    # rendering one (see tests/courses/conftest.py), which must not happen inside the server.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        for image in get_image_model().objects.all():
            image.get_rendition("width-800")  # the "fullwidth" format of rich-text pictures
        gc.collect()
    return Question.objects.get(name="SpO2 floor")


def _expect_rich_stem(page):
    stem = page.locator("#stem")
    expect(stem.locator("sub")).to_have_text("2")
    expect(stem.locator("ul > li")).to_have_text(["for most adults", "at sea level"])
    expect(stem.locator("em")).to_have_text("before")
    picture = stem.get_by_role("img", name=ALT)
    expect(picture).to_have_count(1)
    expect(picture).to_have_attribute("alt", ALT)


def _expect_rich_options(page):
    choices = page.locator("fieldset.choices")
    expect(choices.locator("label sub")).to_have_text("2")
    expect(choices.get_by_role("img", name="a finger probe")).to_have_attribute("alt", "a finger probe")
    expect(choices.locator("label table th")).to_have_text("HR")
    expect(choices.locator("label em")).to_have_text("37 °C")


def test_learner_and_educator_see_sub_sup_lists_and_pictures(page, live_server, signed_in_page, imported):
    rich = Question.objects.get(name="Rich options")
    quiz = fixed_quiz(
        [imported, Question.objects.get(name="One right multi"), rich],
        slug="spo2",
        shuffle_questions=False,
        shuffle_options=False,
    )
    signed_in_page(UserFactory(email="lee@example.org"))

    page.goto(f"{live_server.url}/quiz/{quiz.slug}/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Question 1 of 3")
    _expect_rich_stem(page)
    assert_accessible(page)
    page.get_by_label("95%").check()
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Question 2 of 3")
    expect(page.locator("#stem sup")).to_have_text("2")
    assert_accessible(page)
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Question 3 of 3")
    _expect_rich_options(page)
    expect(page.get_by_text("call the nurse")).to_have_count(0)  # no rationale before grading
    page.get_by_role("radio", name=re.compile(r"SpO2 88% on a finger probe")).check()
    assert_accessible(page)

    signed_in_page(UserFactory(email="root@example.org", is_staff=True, is_superuser=True))
    page.goto(live_server.url + reverse(f"{QUESTIONS_NS}:preview", args=[imported.pk]))
    _expect_rich_stem(page)
    rationale = page.get_by_role("region", name="For educators: rationales")
    expect(rationale.locator("table th sub")).to_have_text("2")
    expect(rationale.get_by_role("img", name="SpO2 chart")).to_have_count(1)
    assert_accessible(page)

    page.goto(live_server.url + reverse(f"{QUESTIONS_NS}:preview", args=[rich.pk]))
    _expect_rich_options(page)
    rationales = page.get_by_role("region", name="For educators: rationales")
    expect(rationales.locator("dt sub")).to_have_text("2")
    expect(rationales.get_by_role("img", name="a finger probe")).to_have_count(1)
    expect(rationales.locator("dd ul > li")).to_have_text(["below 90%", "call the nurse"])
    expect(rationales.locator("dd sup")).to_have_text("-1")
    assert_accessible(page)
