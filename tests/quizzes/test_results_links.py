"""Missed items on the results page send the learner back to the lesson that teaches them."""

import datetime

import pytest
from django.urls import reverse

from courses.models import HomePage
from quizzes import services
from quizzes.models import Quiz
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture
def module():
    catalog = CatalogPageFactory(parent=HomePage.objects.get())
    return ModulePageFactory(parent=catalog, title="Safe transfers")


def _submit(learner, quiz, *, right_names):
    attempt = services.attempt_start(user=learner, quiz=quiz, now=NOW)
    for item in attempt.items.select_related("version__question").prefetch_related("version__options"):
        options = list(item.version.options.all())
        want_right = item.version.question.name in right_names
        services.attempt_answer(
            attempt=attempt, item=item, selected=[o.pk for o in options if o.is_correct == want_right][:1], now=NOW
        )
    services.attempt_submit(attempt=attempt, now=NOW)
    return attempt


def test_missed_item_links_to_its_teaching_lesson(client_as_learner, learner, module):
    lesson = LessonPageFactory(parent=module, title="Gait-belt guarding")
    missed = QuestionFactory(name="missed", lesson=lesson)
    right = QuestionFactory(name="right", lesson=LessonPageFactory(parent=module, title="Other lesson"))
    attempt = _submit(learner, fixed_quiz([missed, right], kind=Quiz.Kind.ASSESSMENT), right_names={"right"})

    html = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk])).content.decode()

    assert html.count("Revisit the lesson:") == 1
    assert f'Revisit the lesson: <a href="{lesson.url}">Gait-belt guarding</a>' in html
    assert "Other lesson" not in html


def test_missed_item_without_a_lesson_links_to_the_quizs_module(client_as_learner, learner, module):
    quiz = fixed_quiz([QuestionFactory(name="missed")], kind=Quiz.Kind.ASSESSMENT, module=module)
    attempt = _submit(learner, quiz, right_names=set())

    html = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk])).content.decode()

    assert f'Revisit the module: <a href="{module.url}">Safe transfers</a>' in html


def test_seeded_bank_questions_link_to_lessons_of_their_own_module():
    from django.core.management import call_command

    from courses.models import LessonPage
    from quizzes.models import Question

    call_command("seed_demo", "--force")

    linked = Question.objects.filter(lesson__isnull=False).select_related("lesson")
    assert linked.count() >= 140
    for question in linked:
        module_slug = LessonPage.objects.get(pk=question.lesson_id).get_parent().slug
        prefix = question.key.split("-")[0]
        assert module_slug.startswith({"transfers": "safe", "equipment": "therapy", "infection": "hygiene",
                                       "ethics": "ethics"}[prefix])  # fmt: skip


def test_results_are_rendered_once_and_follow_content_edits(
    client_as_learner, learner, module, django_assert_num_queries
):
    """A submitted attempt's results are cached; editing the question's lesson, the lesson or the
    quiz shows on the next request."""
    lesson = LessonPageFactory(parent=module, title="Gait-belt guarding")
    missed = QuestionFactory(name="missed", lesson=lesson)
    quiz = fixed_quiz([missed], kind=Quiz.Kind.ASSESSMENT)
    url = reverse("quizzes:attempt-results", args=[_submit(learner, quiz, right_names=set()).pk])
    client_as_learner.get(url)

    # user (the navigation's roles are cached too): the attempt, its items, versions and options
    # are not read again
    with django_assert_num_queries(1):
        assert "Gait-belt guarding" in client_as_learner.get(url).content.decode()

    lesson.title = "Guarding with a gait belt"
    lesson.save_revision().publish()
    assert "Guarding with a gait belt" in client_as_learner.get(url).content.decode()

    other = LessonPageFactory(parent=module, title="Stand-pivot transfers")
    missed.lesson = other
    missed.save()
    assert "Stand-pivot transfers" in client_as_learner.get(url).content.decode()

    quiz.show_correct_answers = False
    quiz.save()
    assert "chosen not to show the correct answers" in client_as_learner.get(url).content.decode()
