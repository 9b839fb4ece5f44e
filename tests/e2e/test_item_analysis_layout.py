"""The item-analysis screen in a real browser: the CSV button's icon is icon-sized and keeps
its label visible, and an opened "Choices" list gives long option text room to read."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from quizzes.bank import question_snapshot
from tests.analysis.responses import submit_responses
from tests.analysis.test_selectors import HAND_CHOICES
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LONG = (
    "Transfer toward the patient's weaker side after explaining each step and checking that the "
    "wheelchair brakes are locked"
)


@pytest.mark.parametrize("width", [1280, 390])
def test_csv_button_icon_is_small_and_choices_are_readable(page, live_server, signed_in_page, width):
    questions = [QuestionFactory(name=name) for name in ("A item", "B item", "C item")]
    option = questions[0].options.order_by("sort_order").last()
    option.text = LONG
    option.save()
    formatted = questions[1].options.order_by("sort_order").first()
    formatted.text_html = f"<p>SpO<sub>2</sub> {formatted.text}</p>"
    formatted.text = f"SpO2 {formatted.text}"
    formatted.save()
    for question in questions:
        question_snapshot(question=question)
    quiz = fixed_quiz(questions)
    versions = [question.versions.order_by("-number").first() for question in questions]
    submit_responses(quiz=quiz, user=UserFactory(), versions=versions, choices=list(HAND_CHOICES[:5]))
    signed_in_page(UserFactory(email="root@example.org", is_staff=True, is_superuser=True))
    page.set_viewport_size({"width": width, "height": 900})

    page.goto(f"{live_server.url}{reverse('question_bank_item_analysis:index')}?quiz={quiz.pk}")

    button = page.get_by_role("link", name="Download CSV")
    icon = button.locator("svg").bounding_box()
    assert icon["width"] <= 24 and icon["height"] <= 24
    expect(button).to_contain_text("Download CSV")
    page.get_by_text("Choices").first.click()
    cell = page.locator(".item-analysis-option", has_text="weaker side").first
    assert cell.bounding_box()["width"] >= 250
    page.locator("summary", has_text="Choices").nth(1).click()
    expect(page.locator(".item-analysis-option sub")).to_have_text("2")  # formatted as learners see it
    # The table scrolls in its own box; the page never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator("details[open]").first.scroll_into_view_if_needed()
    page.screenshot(path=f"/tmp/h15_analysis_{width}.png")
