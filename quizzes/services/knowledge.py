"""Inline knowledge checks: immediate feedback, recorded as an attempt, never graded as a whole."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Max

from quizzes.models import Attempt, AttemptItem, QuestionVersion, Quiz, QuizItem
from quizzes.services import grading
from quizzes.services.assembly import option_order
from quizzes.services.attempts import AnswerRefused, validate_selection

KNOWLEDGE_CHECK_SEED = 0
# Feedback reveals the key (knowledge checks may share bank items with assessments), so every
# question must be answered before any is checked.
CHOOSE_AN_ANSWER = "Choose an answer."


def knowledge_check_option_order(*, quiz: Quiz, version: QuestionVersion) -> list[int]:
    """The fixed option order of a knowledge-check question (the same on every render)."""
    return option_order(version=version, seed=KNOWLEDGE_CHECK_SEED, shuffle=quiz.shuffle_options)


def knowledge_check_record(*, user, quiz: Quiz, answers: dict[int, list[int] | None], now: datetime.datetime):
    """Record one go at a knowledge check and return `(attempt, items)` with each item graded.

    `answers` maps the QuestionVersion ids the learner was shown to their chosen option ids. The
    attempt is stored as submitted with no score, pass or fail: knowledge checks count toward
    nothing. Raises AnswerRefused for versions outside the quiz, unanswered questions or invalid
    choices.
    """
    question_ids = QuizItem.objects.filter(quiz=quiz).values_list("question_id", flat=True)
    versions = {
        version.pk: version
        for version in QuestionVersion.objects.filter(pk__in=list(answers), question_id__in=question_ids)
        .select_related("question")
        .prefetch_related("options")
    }
    if set(versions) != set(answers):
        raise AnswerRefused("This knowledge check has changed since the page loaded. Please reload the page.")
    items = []
    for position, (version_id, selected) in enumerate(answers.items(), start=1):
        version = versions[version_id]
        item = AttemptItem(
            position=position,
            version=version,
            option_order=knowledge_check_option_order(quiz=quiz, version=version),
            domain_code=version.question.domain_code,
        )
        try:
            item.selected = validate_selection(item, selected)
        except AnswerRefused as error:
            raise AnswerRefused(f"Question {position}: {error}") from error
        if item.selected is None:
            raise AnswerRefused(f"Question {position}: {CHOOSE_AN_ANSWER}")
        result = grading.item_result(quiz=quiz, item=item)
        item.points, item.is_correct = result.points, result.correct
        item.answered_at = now
        items.append(item)

    for _ in range(3):
        number = (Attempt.objects.filter(user=user, quiz=quiz).aggregate(n=Max("number"))["n"] or 0) + 1
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(
                    user=user,
                    quiz=quiz,
                    number=number,
                    seed=KNOWLEDGE_CHECK_SEED,
                    started_at=now,
                    state=Attempt.State.SUBMITTED,
                    submitted_at=now,
                    submit_reason=Attempt.SubmitReason.LEARNER,
                )
                for item in items:
                    item.attempt = attempt
                AttemptItem.objects.bulk_create(items)
            return attempt, items
        except IntegrityError:
            continue  # a concurrent submission took this number; take the next one
    raise AnswerRefused("Your answers could not be recorded just now. Please try again.")
