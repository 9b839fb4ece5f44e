"""Spaced-review scheduling with FSRS (the `fsrs` package); pure, no ORM.

A card's state is fsrs's own JSON dict, stored as is on `ReviewCard.card`. Answers map to ratings:
wrong → Again, right but flagged as unsure → Hard, right → Good. Fuzzing is off so a schedule
follows from the answers alone (the due list and the tests agree).

The scheduler has one learning step and one relearning step of 10 minutes (fsrs's defaults are two
learning steps, 1 and 10 minutes). With one step, a missed question comes back later the same day,
but a question answered right from that step graduates to fsrs's own interval of days: before,
a right answer only moved the card to the second 10-minute step, so it was "due today" again.
"""

import datetime

from django.utils import timezone
from fsrs import Card, Rating, Scheduler

LEARNING_STEP = datetime.timedelta(minutes=10)
SCHEDULER = Scheduler(learning_steps=(LEARNING_STEP,), relearning_steps=(LEARNING_STEP,), enable_fuzzing=False)


def _utc(now: datetime.datetime) -> datetime.datetime:
    if now.tzinfo is None:
        raise ValueError("Review times must be timezone-aware.")
    return now.astimezone(datetime.UTC)


def rating_for(*, correct: bool, unsure: bool = False) -> Rating:
    if not correct:
        return Rating.Again
    return Rating.Hard if unsure else Rating.Good


def new_card(*, now: datetime.datetime) -> tuple[dict, datetime.datetime]:
    """A card that is due at once (a missed question is worth reviewing the same day)."""
    card = Card(card_id=1, due=_utc(now))  # the id is unused: the row's primary key identifies it
    return card.to_dict(), card.due


def review(state: dict, *, correct: bool, unsure: bool = False, now: datetime.datetime):
    """Apply one answer at `now`; return the new state and when the card is next due."""
    card, _log = SCHEDULER.review_card(
        Card.from_dict(state), rating_for(correct=correct, unsure=unsure), review_datetime=_utc(now)
    )
    return card.to_dict(), card.due


def end_of_day(now: datetime.datetime) -> datetime.datetime:
    """The last moment of `now`'s local day: "due today" means due by then."""
    return timezone.localtime(now).replace(hour=23, minute=59, second=59, microsecond=999999)
