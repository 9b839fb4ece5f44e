"""The item-analysis report is cached per quiz and page (quizzes/analysis/cached.py): after every
kind of change it shows, the page served must hold a fresh computation from the totals.

Grading goes through the real services (which add to the totals), a rebuild through
`item_tallies_rebuild`, edits through model saves as the admin makes them.
"""

import pytest
from django.urls import reverse

from quizzes.analysis import cached
from quizzes.analysis.tallies import item_tallies_rebuild
from quizzes.models import Attempt, ItemTally, Question, Quiz
from tests.analysis.test_tallies import _take, graded_hand_quiz  # noqa: F401 - shared fixture
from tests.analysis.test_views import _admin_user_without_question_bank_permissions, client_as_educator  # noqa: F401
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("question_bank_item_analysis:index")
NAMES = ["A item", "B item", "C item"]


def check(client, quiz, page=None) -> str:
    params = {"quiz": quiz.pk} if page is None else {"quiz": quiz.pk, "p": page}
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    fresh = cached.render_report(quiz=Quiz.objects.get(pk=quiz.pk), page_number=page)
    assert fresh.html in html
    return html


def test_the_report_is_cached_until_an_attempt_is_graded(client_as_educator, graded_hand_quiz):  # noqa: F811
    quiz = graded_hand_quiz
    first = check(client_as_educator, quiz)

    # A write that bypasses grading and rebuilding is not seen: the cache is in use.
    ItemTally.objects.filter(quiz=quiz).update(n=999)
    assert cached.render_report(quiz=quiz, page_number=None).html not in first
    assert "<td>999</td>" not in check_served(client_as_educator, quiz)
    item_tallies_rebuild(quiz=quiz)  # a rebuild corrects it, and shows at once
    check(client_as_educator, quiz)

    # A graded attempt shows on the next request.
    _take(quiz, dict(zip(NAMES, [[0], [0], [0]], strict=True)))
    assert "<dd>6</dd>" in check(client_as_educator, quiz)  # six attempts


def check_served(client, quiz) -> str:
    response = client.get(URL, {"quiz": quiz.pk})
    assert response.status_code == 200
    return response.content.decode()


def test_every_kind_of_change_shows_on_the_next_request(client_as_educator, graded_hand_quiz):  # noqa: F811
    quiz = graded_hand_quiz
    check(client_as_educator, quiz)

    # An attempt of a learner deleted with their account, then the totals recomputed.
    Attempt.objects.filter(quiz=quiz, state=Attempt.State.SUBMITTED).first().user.delete()
    item_tallies_rebuild(quiz=quiz)
    assert "<dd>4</dd>" in check(client_as_educator, quiz)

    # Authored content: a question renamed, the quiz renamed.
    question = Question.objects.get(name="B item")
    question.name = "B item (revised wording)"
    question.save()
    assert "B item (revised wording)" in check(client_as_educator, quiz)
    quiz.title = "Practice exam, spring"
    quiz.save()
    assert "Practice exam, spring" in check(client_as_educator, quiz)

    # An out-of-range page shows the last one (and is stored under that page's number).
    check(client_as_educator, quiz, page=99)
    check(client_as_educator, quiz, page=1)


def test_a_user_without_permission_is_refused_even_when_the_report_is_cached(
    client, client_as_educator, graded_hand_quiz  # noqa: F811
):  # fmt: skip
    check(client_as_educator, graded_hand_quiz)  # now cached

    client.force_login(_admin_user_without_question_bank_permissions())
    response = client.get(URL, {"quiz": graded_hand_quiz.pk})
    assert (response.status_code, response["Location"]) == (302, "/admin/")

    client.force_login(UserFactory())  # a learner: not even the admin
    assert client.get(URL, {"quiz": graded_hand_quiz.pk}).status_code == 302
