"""What an LTI link may open and what a teacher may place (no platform needed)."""

import pytest
from django.test import RequestFactory

from courses.models import HomePage
from quizzes.lti import selectors, services
from quizzes.models import Quiz
from tests.courses.factories import CatalogPageFactory, ModulePageFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(db):
    module = ModulePageFactory(parent=CatalogPageFactory(parent=HomePage.objects.get()), title="Safe transfers")
    return {
        "module": module,
        "assessment": QuizFactory(title="Transfers check", slug="transfers-check", module=module),
        "practice": QuizFactory(title="NBCOT practice A", slug="practice-a", kind=Quiz.Kind.PRACTICE),
        "draft": QuizFactory(title="Draft", slug="draft", is_published=False),
        "check": QuizFactory(title="Inline", slug="inline", kind=Quiz.Kind.KNOWLEDGE_CHECK),
    }


@pytest.mark.parametrize(
    ("value", "title", "url"),
    [
        ("quiz:transfers-check", "Transfers check", "/quiz/transfers-check/"),
        ("quiz:practice-a", "NBCOT practice A", "/quiz/practice-a/"),
    ],
)
def test_launch_target_opens_assessments_and_practice_exams(content, value, title, url):
    target = selectors.launch_target(request=RequestFactory().get("/"), value=value)

    assert (target.title, target.url, target.quiz.slug) == (title, url, value.split(":")[1])


def test_launch_target_opens_a_live_module(content):
    module = content["module"]

    target = selectors.launch_target(request=RequestFactory().get("/"), value=f"module:{module.pk}")

    assert target.module == module and target.quiz is None
    assert target.url.endswith("/safe-transfers/")


@pytest.mark.parametrize(
    "value", [None, "", "quiz:draft", "quiz:inline", "quiz:nope", "module:999999", "module:x", "page:1"]
)
def test_launch_target_refuses_what_a_link_may_not_open(content, value):
    assert selectors.launch_target(request=RequestFactory().get("/"), value=value) is None


def test_deep_link_choices_offer_modules_assessments_and_practice_exams_only(content, django_assert_num_queries):
    # Modules, the view restrictions `public()` leaves out, quizzes: three queries however many.
    with django_assert_num_queries(3):
        choices = selectors.deep_link_choices()

    assert [(c.title, c.graded) for c in choices] == [
        ("Safe transfers", False),
        ("Transfers check", True),
        ("NBCOT practice A", True),
    ]
    ModulePageFactory(parent=content["module"].get_parent(), title="Hand hygiene")
    QuizFactory(title="Hygiene check", slug="hygiene-check")
    with django_assert_num_queries(3):
        assert len(selectors.deep_link_choices()) == 5


def test_deep_link_picked_ignores_anything_not_offered(content):
    picked = selectors.deep_link_picked(["quiz:draft", "quiz:practice-a", "module:999999", "<script>"])

    assert [c.value for c in picked] == ["quiz:practice-a"]


@pytest.mark.parametrize(
    ("roles", "teaching"),
    [
        (["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"], True),
        (["Instructor"], True),
        (["http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper"], True),
        (["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"], False),
        (["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"], False),
        ([], False),
        (None, False),
    ],
)
def test_teaching_roles(roles, teaching):
    assert services.is_teaching(roles) is teaching
