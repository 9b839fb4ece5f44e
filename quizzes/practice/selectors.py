"""Reads for the Practice page, in a fixed number of queries however long the learner's history."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count

from quizzes import scoring
from quizzes.models import Attempt, BlueprintDomain, Question, QuestionTag, Quiz
from quizzes.progress import selectors as progress_selectors

RECENT_SETS = 5


@dataclass
class ExamHistory:
    quiz: Quiz
    attempts: list = field(default_factory=list)  # submitted, newest first
    open_attempt: Attempt | None = None

    @property
    def latest(self):
        return self.attempts[0] if self.attempts else None


@dataclass
class PracticePage:
    exams: list[ExamHistory]
    sets: list[Attempt]
    open_sets: list[Attempt]
    domains: list[tuple[str, str, int]]  # (code, label, active questions)
    topics: list[tuple[str, int]]
    review: progress_selectors.ReviewOutlook


def _domain_rows(attempt: Attempt) -> list[dict]:
    rows = []
    for row in attempt.domain_scores or []:
        max_points = float(row["max_points"]) or 1.0
        low, high = scoring.percent_range(float(row["points"]) / max_points, int(row["items"]))
        rows.append(
            {"label": row.get("name") or row["code"] or "Other", "percent": row["percent"], "low": low, "high": high}
        )
    return rows


def practice_page(*, user, now: datetime.datetime) -> PracticePage:
    """The Practice page: published practice exams with the learner's attempts at each, their open
    and recent practice sets, the domains and topics a set can be built from, and the review queue.

    Queries: practice exams, the learner's attempts at them, practice-set attempts, domain counts,
    domain names, topic counts, and the review outlook (2): eight in all.
    """
    quizzes = list(Quiz.objects.filter(kind=Quiz.Kind.PRACTICE, is_published=True).order_by("title"))
    exams = {quiz.pk: ExamHistory(quiz=quiz) for quiz in quizzes}
    if quizzes:
        for attempt in Attempt.objects.filter(user=user, quiz__in=quizzes).order_by("-started_at", "-pk"):
            history = exams[attempt.quiz_id]
            attempt.quiz = history.quiz
            if attempt.state == Attempt.State.IN_PROGRESS:
                history.open_attempt = attempt
            else:
                attempt.domain_rows = _domain_rows(attempt)
                history.attempts.append(attempt)
    set_attempts = list(
        Attempt.objects.filter(user=user, quiz__kind=Quiz.Kind.PRACTICE_SET, quiz__owner=user)
        .select_related("quiz")
        .annotate(item_count=Count("items"))
        .order_by("-started_at", "-pk")[: RECENT_SETS + 5]
    )
    counts = (
        Question.objects.filter(status=Question.Status.ACTIVE)
        .exclude(domain_code="")
        .values("domain_code")
        .annotate(n=Count("pk"))
        .order_by("domain_code")
    )
    names = domain_names()
    domains = [(row["domain_code"], domain_label(row["domain_code"], names), row["n"]) for row in counts]
    topics = list(
        QuestionTag.objects.filter(content_object__status=Question.Status.ACTIVE)
        .values("tag__name")
        .annotate(n=Count("content_object", distinct=True))
        .order_by("tag__name")
        .values_list("tag__name", "n")
    )
    return PracticePage(
        exams=list(exams.values()),
        sets=[a for a in set_attempts if a.state == Attempt.State.SUBMITTED][:RECENT_SETS],
        open_sets=[a for a in set_attempts if a.state == Attempt.State.IN_PROGRESS],
        domains=domains,
        topics=topics,
        review=progress_selectors.review_outlook(user=user, now=now),
    )


def domain_label(code: str, names: dict[str, str]) -> str:
    return f"{code}: {names[code]}" if names.get(code) else code


def domain_names() -> dict[str, str]:
    """Domain code → name, from the newest blueprint that names it (one query)."""
    names: dict[str, str] = {}
    for code, name in BlueprintDomain.objects.order_by("-blueprint_id").values_list("code", "name"):
        names.setdefault(code, name)
    return names


def open_practice_attempt(*, user):
    """The learner's most recent open practice-exam or practice-set attempt, or None (one query)."""
    return (
        Attempt.objects.filter(
            user=user, state=Attempt.State.IN_PROGRESS, quiz__kind__in=[Quiz.Kind.PRACTICE, Quiz.Kind.PRACTICE_SET]
        )
        .select_related("quiz")
        .order_by("-started_at", "-pk")
        .first()
    )
