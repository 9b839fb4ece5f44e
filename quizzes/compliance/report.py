"""The learner progress report: per module and per person, sums and averages computed by the
database in a fixed number of grouped queries."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Min, OuterRef, Subquery
from django.db.models.functions import Left, Length

from courses.models import LessonCompletion, ModulePage
from lms.models import Membership, Organization
from quizzes.compliance.selectors import PAGE_SIZE
from quizzes.compliance.states import STEPLEN
from quizzes.models import Attempt, ModuleCompletion, Quiz


@dataclass
class ModuleReport:
    module: ModulePage
    enrolments: int = 0
    completions: int = 0
    average_score: float | None = None
    average_attempts: float | None = None
    average_days: float | None = None


@dataclass
class LearnerReport:
    membership: Membership
    lessons_completed: int = 0
    modules_completed: int = 0
    attempts: int = 0
    average_score: float | None = None


def _org_users(organization: Organization):
    return Membership.objects.filter(organization=organization).values("user_id")


def progress_report_modules(*, organization: Organization) -> list[ModuleReport]:
    """Per published module, for this organization's people: enrolments (people with a lesson
    completed), people who completed it, average assessment score and attempts per person, and the
    average days from the first lesson to completion. Five grouped queries, all sums and averages
    computed by the database."""
    users = _org_users(organization)
    modules = list(ModulePage.objects.live().defer_streamfields().order_by("path"))
    by_path = {m.path: ModuleReport(module=m) for m in modules}
    by_id = {report.module.pk: report for report in by_path.values()}

    enrolments = (
        LessonCompletion.objects.filter(user__in=users)
        .annotate(module_path=Left("lesson__path", Length("lesson__path") - STEPLEN))
        .values("module_path")
        .annotate(people=Count("user_id", distinct=True))
        .order_by()
    )
    for row in enrolments:
        if row["module_path"] in by_path:
            by_path[row["module_path"]].enrolments = row["people"]

    for row in (
        ModuleCompletion.objects.filter(user__in=users)
        .values("module_id")
        .annotate(people=Count("user_id", distinct=True))
        .order_by()
    ):
        if row["module_id"] in by_id:
            by_id[row["module_id"]].completions = row["people"]

    for row in (
        Attempt.objects.filter(
            user__in=users, state=Attempt.State.SUBMITTED, quiz__kind=Quiz.Kind.ASSESSMENT, quiz__module__isnull=False
        )
        .values("quiz__module_id")
        .annotate(score=Avg("percent"), attempts=Count("pk"), people=Count("user_id", distinct=True))
        .order_by()
    ):
        report = by_id.get(row["quiz__module_id"])
        if report is not None:
            report.average_score = float(row["score"]) if row["score"] is not None else None
            report.average_attempts = row["attempts"] / row["people"]

    first_lesson = (
        LessonCompletion.objects.filter(user=OuterRef("user"), lesson__path__startswith=OuterRef("module__path"))
        .order_by()
        .values("user")
        .annotate(first=Min("completed_at"))
        .values("first")
    )
    durations = (
        ModuleCompletion.objects.filter(user__in=users)
        .annotate(started_at=Subquery(first_lesson))
        .filter(started_at__isnull=False)
        .annotate(took=ExpressionWrapper(F("completed_at") - F("started_at"), output_field=DurationField()))
        .values("module_id")
        .annotate(average=Avg("took"))
        .order_by()
    )
    for row in durations:
        report = by_id.get(row["module_id"])
        if report is not None and row["average"] is not None:
            report.average_days = row["average"].total_seconds() / 86400
    return list(by_path.values())


def _memberships(organization: Organization, **filters):
    return Membership.objects.filter(organization=organization, **filters).select_related("user")


def progress_report_learners(*, organization: Organization, page_number) -> tuple:
    """One page of people with their progress across modules: lessons and modules completed,
    assessment attempts and average score (a count, the page, and three grouped queries)."""
    page = Paginator(_memberships(organization).order_by("user__name", "user__email", "pk"), PAGE_SIZE).get_page(
        page_number
    )
    user_ids = [m.user_id for m in page.object_list]
    reports = {m.user_id: LearnerReport(membership=m) for m in page.object_list}
    for row in (
        LessonCompletion.objects.filter(user_id__in=user_ids).values("user_id").annotate(n=Count("pk")).order_by()
    ):
        reports[row["user_id"]].lessons_completed = row["n"]
    for row in (
        ModuleCompletion.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(n=Count("module_id", distinct=True))
        .order_by()
    ):
        reports[row["user_id"]].modules_completed = row["n"]
    for row in (
        Attempt.objects.filter(user_id__in=user_ids, state=Attempt.State.SUBMITTED, quiz__kind=Quiz.Kind.ASSESSMENT)
        .values("user_id")
        .annotate(n=Count("pk"), score=Avg("percent"))
        .order_by()
    ):
        reports[row["user_id"]].attempts = row["n"]
        reports[row["user_id"]].average_score = float(row["score"]) if row["score"] is not None else None
    return page, [reports[m.user_id] for m in page.object_list]
