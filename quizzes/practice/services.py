"""Writes for the Practice area: starting a practice exam in a chosen mode, building a practice set."""

import datetime
import random
import secrets

from django.db import transaction
from django.utils import timezone

from quizzes import services as quiz_services
from quizzes.models import AttemptItem, Question, Quiz, QuizItem, ReviewCard

SET_SIZES = (5, 10, 20, 40)


class PracticeError(Exception):
    """A practice set that cannot be built; the message is for the learner."""


def _pool(*, domains: list[str], topics: list[str]) -> list[int]:
    """Active questions in any chosen domain or with any chosen topic tag."""
    questions = Question.objects.filter(status=Question.Status.ACTIVE)
    by_domain = set(questions.filter(domain_code__in=domains).values_list("pk", flat=True)) if domains else set()
    by_topic = (
        set(questions.filter(tags__name__in=topics).values_list("pk", flat=True).distinct()) if topics else set()
    )
    return sorted(by_domain | by_topic)


def pick_practice_set(
    *, pool: list[int], seen: set[int], missed: set[int], size: int, rng: random.Random
) -> list[int]:
    """`size` question ids from `pool`, unseen and missed ones first (each group shuffled).

    Pure: the service reads `seen` and `missed` from the learner's attempts and review queue."""
    first = [qid for qid in pool if qid not in seen or qid in missed]
    rest = [qid for qid in pool if qid in seen and qid not in missed]
    rng.shuffle(first)
    rng.shuffle(rest)
    return (first + rest)[:size]


def _title(*, size: int, domain_names: list[str], topics: list[str], today: datetime.date) -> str:
    chosen = ", ".join([*domain_names, *topics])
    title = f"Practice set: {size} questions, {chosen}"
    return (title[:170] + "…" if len(title) > 171 else title) + f" ({today:%b %-d})"


def practice_set_create(
    *,
    user,
    size: int,
    domains: list[str],
    topics: list[str],
    feedback_mode: str,
    now: datetime.datetime,
    domain_names: dict[str, str] | None = None,
):
    """Build the learner's own practice set and start it; return the attempt.

    The set is a fixed-list quiz owned by the learner (so educators never see it among their
    quizzes). Questions the learner has never seen, got wrong, or has in the review queue come
    first. Raises PracticeError when nothing is chosen or nothing matches.
    """
    if not domains and not topics:
        raise PracticeError("Choose at least one domain or topic.")
    with transaction.atomic():
        pool = _pool(domains=domains, topics=topics)
        if not pool:
            raise PracticeError("No active questions match what you chose. Try another domain or topic.")
        answered = AttemptItem.objects.filter(attempt__user=user, version__question_id__in=pool)
        seen = set(answered.values_list("version__question_id", flat=True).distinct())
        missed = set(answered.filter(is_correct=False).values_list("version__question_id", flat=True).distinct())
        missed |= set(ReviewCard.objects.filter(user=user, question_id__in=pool).values_list("question_id", flat=True))
        picked = pick_practice_set(
            pool=pool, seen=seen, missed=missed, size=size, rng=random.Random(secrets.randbits(62))
        )
        names = domain_names or {}
        reference = Quiz.objects.filter(kind=Quiz.Kind.PRACTICE, is_published=True).order_by("pk").first()
        quiz = Quiz.objects.create(
            title=_title(
                size=len(picked),
                domain_names=[names.get(code, code) for code in domains],
                topics=topics,
                today=timezone.localdate(now),
            ),
            slug=f"set-{user.pk}-{secrets.token_hex(6)}",
            kind=Quiz.Kind.PRACTICE_SET,
            owner=user,
            selection=Quiz.Selection.FIXED,
            feedback_mode=feedback_mode if feedback_mode in Quiz.Feedback.values else Quiz.Feedback.TUTOR,
            pass_mark=reference.pass_mark if reference else Quiz._meta.get_field("pass_mark").default,
            shuffle_questions=False,
            is_published=False,
            description="Questions you chose to practise.",
        )
        QuizItem.objects.bulk_create(
            QuizItem(quiz=quiz, question_id=qid, sort_order=index) for index, qid in enumerate(picked)
        )
    return quiz_services.attempt_start(user=user, quiz=quiz, now=now)
