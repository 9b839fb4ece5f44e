"""Translate attempt rows into the pure scoring rules of `quizzes.scoring` and back."""

from decimal import Decimal

from quizzes import scoring
from quizzes.models import AttemptItem, QuestionVersion, Quiz


def item_key(*, item: AttemptItem) -> scoring.ItemKey:
    """The answer key for one delivered item, from its version's options (prefetched)."""
    version: QuestionVersion = item.version
    options = sorted(version.options.all(), key=lambda option: option.position)
    option_ids = [option.pk for option in options]
    if version.qtype == "ordering":
        correct = option_ids
    else:
        correct = [option.pk for option in options if option.is_correct]
    weights = {option.pk: option.fraction for option in options if option.fraction is not None}
    return scoring.ItemKey(
        qtype=version.qtype,
        option_ids=option_ids,
        correct_ids=correct,
        domain=item.domain_code or None,
        scored=item.scored,
        weights=weights or None,
    )


def item_result(*, quiz: Quiz, item: AttemptItem, selected=None) -> scoring.ItemResult:
    """Score `selected` (default: the item's saved answer) under the quiz's policies."""
    response = item.selected if selected is None else selected
    return scoring.score_item(
        item_key(item=item),
        response or None,
        multi_policy=quiz.multi_policy,
        ordering_policy=quiz.ordering_policy,
    )


def grade_items(*, quiz: Quiz, items: list[AttemptItem]) -> scoring.AttemptScore:
    """Set `points` and `is_correct` on every item (in memory) and return the attempt score.

    Unanswered items score 0 and count as not correct; field-test items get their points too (for
    item statistics) but `score_attempt` leaves them out of every total.
    """
    pairs = []
    for item in items:
        key = item_key(item=item)
        result = scoring.score_item(
            key, item.selected or None, multi_policy=quiz.multi_policy, ordering_policy=quiz.ordering_policy
        )
        item.points = result.points
        item.is_correct = result.correct
        pairs.append((key, result))
    return scoring.score_attempt(pairs)


def domain_rows(*, score: scoring.AttemptScore, names: dict[str, str]) -> list[dict]:
    """Per-domain breakdown as JSON-safe dicts (Decimals as strings), in domain-code order."""
    return [
        {
            "code": domain.domain,
            "name": names.get(domain.domain, ""),
            "points": str(domain.points),
            "max_points": str(domain.max_points),
            "percent": str(domain.percent),
            "items": domain.items,
        }
        for domain in score.domains
    ]


def as_decimal(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))
