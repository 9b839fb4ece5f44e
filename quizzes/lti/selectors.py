"""Reads for the LTI pages: what a link opens, what a teacher may place in a course, and the
course's results its instructors see."""

import dataclasses

from django.db.models import Count, Max, Q
from django.http import Http404
from django.urls import reverse

from courses.models import ModulePage
from lms.models import Membership, User
from quizzes.lti.models import CourseInstructor, CourseTeam, QuizLaunch
from quizzes.models import Attempt, Quiz

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


@dataclasses.dataclass
class CourseResultRow:
    name: str
    email: str
    cells: list  # one per quiz: {"attempts", "best", "passed"} or None when not attempted


@dataclasses.dataclass
class CourseResults:
    context: object
    team: object | None
    quizzes: list
    rows: list


def course_taught_or_404(*, user: User, context_id) -> object:
    """The LTI course (context) this person teaches; 404 for anyone else, so other courses stay
    invisible rather than merely forbidden."""
    taught = CourseInstructor.objects.select_related("context").filter(user=user, context_id=context_id).first()
    if taught is None:
        raise Http404("You do not teach this course.")
    return taught.context


def course_results(*, context) -> CourseResults:
    """The course's learners (its team, without its instructors) against the quizzes reached from
    the course's links, with each learner's graded attempts, best score and whether any passed.
    Four queries whatever the size of the course."""
    link = CourseTeam.objects.select_related("team").filter(context=context).first()
    team = link.team if link else None
    quiz_ids = QuizLaunch.objects.filter(resource_link__context=context).values("quiz_id")
    quizzes = list(Quiz.objects.filter(pk__in=quiz_ids).order_by("title", "pk"))
    members = []
    if team is not None:
        instructors = CourseInstructor.objects.filter(context=context).values("user_id")
        members = list(
            Membership.objects.filter(team_memberships__team=team, deactivated_at__isnull=True)
            .exclude(user_id__in=instructors)
            .select_related("user")
            .order_by("user__name", "user__email")
        )
    stats = {}
    if members and quizzes:
        for row in (
            Attempt.objects.filter(
                user_id__in=[m.user_id for m in members], quiz__in=quizzes, state=Attempt.State.SUBMITTED
            )
            .values("user_id", "quiz_id")
            .annotate(attempts=Count("pk"), best=Max("percent"), passes=Count("pk", filter=Q(passed=True)))
        ):
            stats[(row["user_id"], row["quiz_id"])] = row
    rows = [
        CourseResultRow(
            name=member.user.get_full_name() or member.user.email,
            email=member.user.email,
            cells=[stats.get((member.user_id, quiz.pk)) for quiz in quizzes],
        )
        for member in members
    ]
    return CourseResults(context=context, team=team, quizzes=quizzes, rows=rows)
