"""Options with formatting (sub/sup, lists, tables, pictures from an imported file): learners see
it, the answer key stays hidden until grading, and an educator's edit of the plain text wins."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse

from quizzes import services
from quizzes.bank import question_snapshot
from quizzes.models import Option
from quizzes.richtext import formatted_or_empty, option_markup
from tests.quizzes.factories import QuestionFactory, fixed_quiz

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


def test_option_markup_unwraps_one_paragraph_and_escapes_plain_text():
    assert option_markup(text="x < 2\nand y", html="") == "x &lt; 2<br>and y"
    assert option_markup(text="SpO2", html="<p>SpO<sub>2</sub></p>") == "SpO<sub>2</sub>"
    assert option_markup(text="a\nb", html="<ul><li>a</li><li>b</li></ul>") == "<ul><li>a</li><li>b</li></ul>"


def test_formatting_is_kept_only_when_the_plain_text_cannot_show_it():
    assert formatted_or_empty("<p>95%</p>", "95%") == ""
    assert formatted_or_empty("line<br>two", "line\ntwo") == ""
    assert formatted_or_empty("<b>bold</b>", "bold") == "<p><strong>bold</strong></p>"
    assert formatted_or_empty('<p>x<script>alert(1)</script><img src="a.png" onerror="x()"></p>', "x") == (
        '<p>x<img src="a.png"></p>'
    )


@pytest.fixture
def formatted_question():
    question = QuestionFactory(name="fmt", options=[("SpO2 88%", True), ("HR 72", False), ("Temp", False)])
    first, second, _ = question.options.all()
    first.text_html = "<p>SpO<sub>2</sub> 88%</p>"
    first.rationale_html = "<ul><li>RATIONALE-fmt-0</li><li>FORMATTED-below 90%</li></ul>"
    first.rationale = "RATIONALE-fmt-0\nFORMATTED-below 90%"
    first.save()
    second.text_html = "<table><tbody><tr><th>HR</th><td>72</td></tr></tbody></table>"
    second.save()
    question_snapshot(question=question)
    return question


@pytest.mark.django_db
def test_learners_see_formatted_options_but_no_rationale_until_the_attempt_is_graded(
    client_as_learner, learner, formatted_question
):
    quiz = fixed_quiz([formatted_question], shuffle_questions=False, shuffle_options=False)
    with time_machine.travel(NOW, tick=False):
        attempt = services.attempt_start(user=learner, quiz=quiz, now=NOW)
        page = client_as_learner.get(reverse("quizzes:attempt-question", args=[attempt.pk, 1])).content.decode()

        assert re.search(r'<label for="[^"]+">SpO<sub>2</sub> 88%\s*</label>', page)
        assert "<th>HR</th><td>72</td>" in page
        assert "FORMATTED-" not in page and "RATIONALE-" not in page

        client_as_learner.post(reverse("quizzes:attempt-question", args=[attempt.pk, 1]), {"answer": "1"})
        services.attempt_submit(attempt=attempt, now=NOW, reason="learner")
        results = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk])).content.decode()

    assert "<ul><li>RATIONALE-fmt-0</li><li>FORMATTED-below 90%</li></ul>" in results
    assert "SpO<sub>2</sub> 88%" in results


@pytest.mark.django_db
def test_editing_the_plain_text_drops_the_stale_formatting_and_makes_a_new_version(formatted_question):
    before = formatted_question.versions.get()
    option = formatted_question.options.first()
    option.text = "SpO2 below 88%"
    option.save()

    version = question_snapshot(question=formatted_question)

    option.refresh_from_db()
    assert (option.text_html, option.rationale_html) == (
        "",
        "<ul><li>RATIONALE-fmt-0</li><li>FORMATTED-below 90%</li></ul>",
    )
    assert version.content_hash != before.content_hash
    assert [o.text_html for o in version.options.all()][:2] == [
        "",
        "<table><tbody><tr><th>HR</th><td>72</td></tr></tbody></table>",
    ]


@pytest.mark.django_db
def test_plain_options_keep_the_version_they_had():
    question = QuestionFactory()
    before = question.versions.get().content_hash
    Option.objects.filter(question=question).update(text_html="")

    assert question_snapshot(question=question).content_hash == before
