"""Reads for the LTI pages: what a link opens and what a teacher may place in a course."""

import dataclasses

from django.urls import reverse

from courses.models import ModulePage
from lms.models import User
from quizzes.models import Quiz

#: The quizzes a platform may link to: authored module assessments and practice exams.
LINKABLE_KINDS = (Quiz.Kind.ASSESSMENT, Quiz.Kind.PRACTICE)


@dataclasses.dataclass
class Target:
    title: str
    url: str
    quiz: Quiz | None = None
    module: ModulePage | None = None


@dataclasses.dataclass
class Choice:
    value: str  # the link's custom parameter: "quiz:<slug>" or "module:<page id>"
    title: str
    kind: str
    graded: bool


def _linkable_quizzes():
    return Quiz.authored.filter(is_published=True, kind__in=LINKABLE_KINDS)


def launch_target(*, request, value: str | None) -> Target | None:
    """The module or quiz a link's `occupass_target` names, if it still exists and is published."""
    kind, _, key = (value or "").partition(":")
    if kind == "quiz" and key:
        quiz = _linkable_quizzes().filter(slug=key).first()
        if quiz is not None:
            return Target(title=quiz.title, url=reverse("quizzes:quiz-detail", kwargs={"slug": quiz.slug}), quiz=quiz)
    if kind == "module" and key.isdigit():
        module = ModulePage.objects.live().public().filter(pk=int(key)).first()
        if module is not None:
            return Target(title=module.title, url=module.get_url(request), module=module)
    return None


def deep_link_choices() -> list[Choice]:
    """Every module, assessment and practice exam a teacher may place, modules first."""
    modules = [
        Choice(value=f"module:{m.pk}", title=m.title, kind="Module", graded=False)
        for m in ModulePage.objects.live().public().order_by("title").only("pk", "title")
    ]
    quizzes = [
        Choice(value=f"quiz:{q.slug}", title=q.title, kind=q.get_kind_display(), graded=True)
        for q in _linkable_quizzes().order_by("kind", "title").only("slug", "title", "kind")
    ]
    return modules + quizzes


def deep_link_picked(values: list[str]) -> list[Choice]:
    """The posted choices that are real, in the order offered; anything else is ignored."""
    wanted = set(values)
    return [choice for choice in deep_link_choices() if choice.value in wanted]


def active_user(*, user_id) -> User | None:
    return User.objects.filter(pk=user_id, is_active=True).first()
