"""From the outside: nobody reaches another learner's attempt, and no response carries the answer
key of an item before that item is graded."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse

from quizzes import services
from quizzes.models import Attempt, AttemptItem, Quiz
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)
HTMX = {"HTTP_HX_REQUEST": "true"}
# Markers of the answer key: rationale texts (see QuestionFactory) and the feedback template's words.
KEY_MARKERS = [
    "RATIONALE-",
    "OVERALL-",
    "Correct option",
    "Correct answer",
    "correct_position",
    "is_correct",
    "data-correct",
    "Reference text",
]


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


def assert_no_key(html):
    leaked = [marker for marker in KEY_MARKERS if marker in html]
    assert leaked == []


def all_types_quiz(**fields):
    return fixed_quiz(
        [QuestionFactory(qtype=t) for t in ("single", "multi", "truefalse", "ordering")],
        shuffle_questions=False,
        time_limit_minutes=60,
        **fields,
    )


def attempt_urls(attempt):
    pk = attempt.pk
    return {
        "get": [
            reverse("quizzes:attempt-detail", args=[pk]),
            reverse("quizzes:attempt-question", args=[pk, 1]),
            reverse("quizzes:attempt-review", args=[pk]),
            reverse("quizzes:attempt-submit", args=[pk]),
            reverse("quizzes:attempt-results", args=[pk]),
        ],
        "post": [
            reverse("quizzes:attempt-question", args=[pk, 1]),
            reverse("quizzes:attempt-flag", args=[pk, 1]),
            reverse("quizzes:attempt-submit", args=[pk]),
        ],
    }


# ---------------------------------------------------------------------------------- permissions


def test_another_learners_attempt_is_a_404_everywhere(client_as_learner):
    owner = UserFactory()
    attempt = services.attempt_start(user=owner, quiz=all_types_quiz(), now=NOW)
    urls = attempt_urls(attempt)

    statuses = [client_as_learner.get(url).status_code for url in urls["get"]]
    statuses += [client_as_learner.post(url, {"answer": "1", "flagged": "on"}).status_code for url in urls["post"]]

    assert statuses == [404] * 8
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS
    assert set(attempt.items.values_list("selected", "flagged")) == {(None, False)}


def test_another_learners_results_are_a_404(client_as_learner):
    attempt = services.attempt_start(user=UserFactory(), quiz=all_types_quiz(), now=NOW)
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    response = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk]))

    assert response.status_code == 404


def test_results_seen_by_their_owner_stay_a_404_for_anyone_else(client, client_as_learner, learner):
    """The results page caches the attempt it has checked, keyed by the learner who passed the
    check: another learner's request for the same URL, filters included, still finds nothing."""
    attempt = services.attempt_start(user=learner, quiz=all_types_quiz(), now=NOW)
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")
    url = reverse("quizzes:attempt-results", args=[attempt.pk])
    for show in ("", "?show=incorrect", "?show=flagged"):
        assert client_as_learner.get(url + show).status_code == 200

    client.force_login(UserFactory())
    statuses = [client.get(url + show).status_code for show in ("", "?show=incorrect", "?show=flagged", "?show=x")]

    assert statuses == [404] * 4


def test_anonymous_visitors_are_sent_to_sign_in(client):
    attempt = services.attempt_start(user=UserFactory(), quiz=all_types_quiz(), now=NOW)
    urls = attempt_urls(attempt)

    responses = [client.get(url) for url in urls["get"]] + [client.post(url) for url in urls["post"]]

    assert {r.status_code for r in responses} == {302}
    assert all(r["Location"].startswith("/accounts/login/") for r in responses)


# ------------------------------------------------------------------------------------ no leaks


def test_exam_mode_pages_carry_no_answer_key_before_submit(client_as_learner, learner):
    quiz = all_types_quiz()
    attempt = services.attempt_start(user=learner, quiz=quiz, now=NOW)
    pk = attempt.pk
    pages = [client_as_learner.get(reverse("quizzes:quiz-detail", args=[quiz.slug]))]
    pages += [client_as_learner.get(reverse("quizzes:attempt-question", args=[pk, p])) for p in (1, 2, 3, 4)]
    # Answers saved with htmx and without, a refused answer, flags, then every page again.
    pages.append(client_as_learner.post(reverse("quizzes:attempt-question", args=[pk, 1]), {"answer": "1"}, **HTMX))
    pages.append(client_as_learner.post(reverse("quizzes:attempt-question", args=[pk, 2]), {"answer": ["1", "2"]}))
    pages.append(client_as_learner.post(reverse("quizzes:attempt-question", args=[pk, 4]), {"pos-1": "1"}))
    pages.append(client_as_learner.post(reverse("quizzes:attempt-flag", args=[pk, 3]), {"flagged": "on"}, **HTMX))
    pages += [client_as_learner.get(reverse("quizzes:attempt-question", args=[pk, p])) for p in (1, 2, 3, 4)]
    pages.append(client_as_learner.get(reverse("quizzes:attempt-review", args=[pk])))
    pages.append(client_as_learner.get(reverse("quizzes:attempt-submit", args=[pk])))

    assert [p.status_code for p in pages] == [200] * 6 + [302, 400, 200] + [200] * 6
    for page in pages:
        assert_no_key(page.content.decode())


def test_question_pages_refer_to_options_by_display_position_only(client_as_learner, learner):
    attempt = services.attempt_start(user=learner, quiz=all_types_quiz(), now=NOW)
    pk = attempt.pk
    items = {i.position: i for i in attempt.items.select_related("version").prefetch_related("version__options")}

    single, multi, truefalse, ordering = (
        client_as_learner.get(reverse("quizzes:attempt-question", args=[pk, p])).content.decode() for p in (1, 2, 3, 4)
    )

    assert re.findall(r'name="answer" value="(\d+)"', single) == ["1", "2", "3", "4"]
    assert re.findall(r'name="answer" value="(\d+)"', multi) == ["1", "2", "3", "4", "5", "6"]
    assert re.findall(r'name="answer" value="(\d+)"', truefalse) == ["1", "2"]
    assert re.findall(r'name="pos-(\d+)"', ordering) == ["1", "2", "3", "4"]
    # The steps are never listed in their correct order.
    correct = [o.text for o in items[4].version.options.order_by("position")]
    shown = sorted(correct, key=lambda text: ordering.index(f">{text}</label>"))
    assert shown != correct


def test_tutor_mode_reveals_only_items_already_answered(client_as_learner, learner):
    quiz = all_types_quiz(feedback_mode=Quiz.Feedback.TUTOR)
    attempt = services.attempt_start(user=learner, quiz=quiz, now=NOW)
    names = {i.position: i.version.question.name for i in attempt.items.select_related("version__question")}
    url = reverse("quizzes:attempt-question", args=[attempt.pk, 1])

    before = client_as_learner.get(url).content.decode()
    client_as_learner.post(url, {"answer": "1", "go": "check"})
    answered = client_as_learner.get(url).content.decode()
    others = [
        client_as_learner.get(reverse("quizzes:attempt-question", args=[attempt.pk, p])).content.decode()
        for p in (2, 3, 4)
    ]
    review = client_as_learner.get(reverse("quizzes:attempt-review", args=[attempt.pk])).content.decode()

    assert_no_key(before)
    assert f"OVERALL-{names[1]}" in answered and f"RATIONALE-{names[1]}-0" in answered
    leaked = [n for p, n in names.items() if p != 1 and (f"RATIONALE-{n}-" in answered or f"OVERALL-{n}<" in answered)]
    assert leaked == []
    for html in others + [review]:
        assert_no_key(html)
    assert AttemptItem.objects.get(attempt=attempt, position=1).points is not None


def test_knowledge_check_page_carries_no_key_until_checked(client_as_learner, learner):
    from courses.blocks import KnowledgeCheckBlock

    quiz = fixed_quiz([QuestionFactory(qtype=t) for t in ("single", "ordering")], kind=Quiz.Kind.KNOWLEDGE_CHECK)
    request = client_as_learner.get("/healthz").wsgi_request
    request.user = learner

    html = KnowledgeCheckBlock().render({"heading": "Check", "quiz": quiz.slug}, context={"request": request})

    assert "Question 2" in html
    assert_no_key(html)
