"""Submitted attempts built in bulk from a matrix of chosen options, for item-analysis tests.

Like the bulk seeder, this bypasses grading, so it rebuilds the quiz's item-analysis totals from
the responses it made; a test that changes responses afterwards rebuilds again.
"""

from decimal import Decimal

from django.utils import timezone

from quizzes.analysis.tallies import item_tallies_rebuild
from quizzes.models import Attempt, AttemptItem


def submit_responses(*, quiz, user, versions, choices, points=None, first_number=1):
    """One submitted attempt per row of `choices`; a row holds, per version, the chosen option
    positions (a list, empty for no answer).

    Each item scores 1 when exactly the correct options were chosen, else 0, unless `points` gives
    the item scores row by row (for partial credit). The attempt's points are the sum of its items.
    """
    options = {version.pk: list(version.options.order_by("position")) for version in versions}
    now = timezone.now()
    attempts = Attempt.objects.bulk_create(
        Attempt(user=user, quiz=quiz, number=first_number + i, seed=i, started_at=now, state=Attempt.State.SUBMITTED)
        for i in range(len(choices))
    )
    items = []
    for i, (attempt, row) in enumerate(zip(attempts, choices, strict=True)):
        for position, (version, chosen) in enumerate(zip(versions, row, strict=True), start=1):
            picked = [options[version.pk][index] for index in chosen]
            correct = {option.pk for option in options[version.pk] if option.is_correct}
            right = {option.pk for option in picked} == correct
            score = Decimal(str(points[i][position - 1])) if points else Decimal(int(right))
            items.append(
                AttemptItem(
                    attempt=attempt,
                    position=position,
                    version=version,
                    option_order=[option.pk for option in options[version.pk]],
                    selected=[option.pk for option in picked],
                    points=score,
                    is_correct=score == 1,
                )
            )
        attempt.points = sum(item.points for item in items[-len(versions) :])
        attempt.max_points = Decimal(len(versions))
        attempt.percent = (attempt.points / attempt.max_points * 100).quantize(Decimal("0.1"))
        attempt.submitted_at = now
    AttemptItem.objects.bulk_create(items)
    Attempt.objects.bulk_update(attempts, ["points", "max_points", "percent", "submitted_at"])
    item_tallies_rebuild(quiz=quiz)
    return attempts
