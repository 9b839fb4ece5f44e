import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse

from courses.blocks import KnowledgeCheckBlock, knowledge_check_choices
from quizzes.models import Attempt, Quiz
from tests.quizzes.factories import QuestionFactory, fixed_quiz, quiz_with_items

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def check(db):
    return fixed_quiz(
        [QuestionFactory(qtype="single"), QuestionFactory(qtype="ordering")],
        kind=Quiz.Kind.KNOWLEDGE_CHECK,
        title="Transfers check",
        slug="transfers-check",
    )


def render(block_value, user):
    request = RequestFactory().get("/lessons/transfers/")
    request.user = user
    return KnowledgeCheckBlock().render(block_value, context={"request": request})


def test_knowledge_check_choices_list_published_knowledge_checks_only(check):
    quiz_with_items(1)  # an assessment
    fixed_quiz([QuestionFactory()], kind=Quiz.Kind.KNOWLEDGE_CHECK, is_published=False)

    assert knowledge_check_choices() == [("transfers-check", "Transfers check")]


def test_knowledge_check_block_rejects_a_quiz_that_is_not_a_knowledge_check(check):
    assessment = quiz_with_items(1)
    block = KnowledgeCheckBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "Check", "quiz": assessment.slug}))
    assert block.clean(block.to_python({"heading": "Check", "quiz": check.slug}))["quiz"] == "transfers-check"


def test_knowledge_check_block_renders_a_form_with_the_questions(check, learner):
    html = render({"heading": "Try it", "quiz": check.slug}, learner)

    assert '<h2 id="kc-transfers-check-heading">Try it</h2>' in html
    assert f'action="{reverse("quizzes:knowledge-check", args=["transfers-check"])}"' in html
    assert html.count('name="v"') == 2
    assert ">Check my answers</button>" in html
    assert "RATIONALE-" not in html


def test_knowledge_check_block_asks_visitors_to_sign_in(check):
    from django.contrib.auth.models import AnonymousUser

    html = render({"heading": "Try it", "quiz": check.slug}, AnonymousUser())

    assert "to check your answers and see the explanations." in html
    assert "Check my answers" not in html


def test_knowledge_check_block_for_a_missing_quiz_renders_nothing(learner):
    assert render({"heading": "Try it", "quiz": "gone"}, learner).strip() == ""


def _answers(check):
    from quizzes import selectors

    questions = selectors.knowledge_check_questions(quiz=check)
    data = {"v": [str(q.version.pk) for q in questions], "next": "/lessons/transfers/"}
    single, ordering = questions
    right = single.version.options.get(is_correct=True).pk
    data[f"q{single.version.pk}-answer"] = str(single.item.option_order.index(right) + 1)
    order = {o.pk: o.position for o in ordering.version.options.all()}
    for index, option_id in enumerate(ordering.item.option_order, start=1):
        data[f"q{ordering.version.pk}-pos-{index}"] = str(order[option_id])
    return data


def test_knowledge_check_view_gives_feedback_and_records_an_ungraded_attempt(check, client_as_learner, learner):
    response = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), _answers(check))

    html = response.content.decode()
    attempt = Attempt.objects.get(user=learner, quiz=check)
    assert response.status_code == 200
    assert "RATIONALE-" in html and "OVERALL-" in html
    assert 'href="/lessons/transfers/"' in html
    assert (attempt.state, attempt.percent, attempt.passed) == ("submitted", None, None)
    assert list(attempt.items.order_by("position").values_list("is_correct", flat=True)) == [True, True]


def test_knowledge_check_view_with_htmx_returns_a_fragment(check, client_as_learner):
    response = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), _answers(check), **HTMX)

    html = response.content.decode()
    assert "<html" not in html
    assert "of 2 correct</h3>" in html


def test_knowledge_check_view_reports_an_incomplete_ordering(check, client_as_learner):
    data = _answers(check)
    key = next(k for k in data if "-pos-" in k)
    data[key] = ""

    response = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), data)

    assert response.status_code == 400
    assert "Question 2: Give every step a different position from 1 to 4." in response.content.decode()


def test_knowledge_check_view_ignores_an_unsafe_next_url(check, client_as_learner):
    data = {**_answers(check), "next": "https://evil.example/"}

    html = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), data).content.decode()

    assert "evil.example" not in html


def test_knowledge_check_view_requires_sign_in(check, client):
    response = client.post(reverse("quizzes:knowledge-check", args=[check.slug]), {})

    assert response["Location"].startswith("/accounts/login/")


def test_knowledge_check_view_with_no_answer_reveals_nothing(check, client_as_learner, learner):
    """Feedback shows the key, and knowledge checks share bank items with assessments."""
    data = {key: value for key, value in _answers(check).items() if key in ("v", "next")}

    response = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Question 1: Choose an answer." in html and "Question 2: Choose an answer." in html
    assert "RATIONALE-" not in html and "OVERALL-" not in html and "correct</h3>" not in html
    assert not Attempt.objects.filter(user=learner, quiz=check).exists()


def test_knowledge_check_view_with_one_question_unanswered_reveals_nothing(check, client_as_learner):
    data = {key: value for key, value in _answers(check).items() if "-pos-" not in key}

    html = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), data, **HTMX).content.decode()

    assert "Question 2: Choose an answer." in html
    assert "RATIONALE-" not in html and "OVERALL-" not in html


@pytest.mark.parametrize("hostile", ["²", "٣", "99999999999999999999999", "9223372036854775808", "-1", "1\x00", ""])
def test_knowledge_check_view_with_a_hostile_version_id_is_a_form_error(check, client_as_learner, hostile):
    data = {**_answers(check), "v": [hostile]}

    response = client_as_learner.post(reverse("quizzes:knowledge-check", args=[check.slug]), data)

    assert response.status_code == 400
    assert "This knowledge check has changed since the page loaded." in response.content.decode()
