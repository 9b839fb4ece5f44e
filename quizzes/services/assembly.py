"""Choosing and ordering the items of a new attempt.

Everything here is driven by one `random.Random(seed)`, so an attempt's draw and order follow from
its stored seed and the bank at the time it started. The order is then stored on the attempt's
items, so later edits to the bank never reshuffle an attempt in progress.
"""

import random
from collections import defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import OuterRef, Q, Subquery

from quizzes import blueprint as bp
from quizzes.bank import question_snapshot
from quizzes.models import AttemptItem, Question, QuestionVersion, Quiz, QuizItem

ACTIVE = Question.Status.ACTIVE
FIELD_TEST = Question.Status.FIELD_TEST


class AssemblyError(Exception):
    """The quiz cannot be assembled (no questions, or it is not set up); the message says why."""


@dataclass(frozen=True)
class Pick:
    question_id: int
    scored: bool
    domain_code: str


def _tag_filter(tags: list[str]) -> Q:
    return reduce(or_, (Q(tags__name__iexact=tag) for tag in tags))


def _seen_question_ids(user) -> set[int]:
    return set(
        AttemptItem.objects.filter(attempt__user=user).values_list("version__question_id", flat=True).distinct()
    )


def _pick_fixed(quiz: Quiz) -> list[Pick]:
    rows = (
        QuizItem.objects.filter(quiz=quiz, question__status__in=[ACTIVE, FIELD_TEST])
        .order_by("sort_order", "pk")
        .values_list("question_id", "question__status", "question__domain_code")
    )
    return [Pick(qid, status == ACTIVE, domain) for qid, status, domain in rows]


def _pick_drawn(*, quiz: Quiz, user, rng: random.Random, rows, weights: dict | None, n: int) -> list[Pick]:
    """Draw `n` active items (per-domain counts from `weights`, if any) plus field-test extras."""
    domain_of = {}
    active: dict[str, list[int]] = defaultdict(list)
    field_test: list[int] = []
    for qid, status, domain in rows:
        domain_of[qid] = domain
        if status == ACTIVE:
            active[domain if weights is not None else ""].append(qid)
        else:
            field_test.append(qid)
    if weights is None:
        counts = {"": min(n, len(active[""]))}
    else:
        counts = bp.cap_counts(
            bp.allocate_counts(weights, n), {code: len(ids) for code, ids in active.items()}, weights=weights
        )
    chosen = bp.select_items(active, counts, seen=_seen_question_ids(user), rng=rng)
    extras = bp.pick_field_test(field_test, quiz.field_test_count, rng=rng)
    return [Pick(qid, True, domain_of[qid]) for qid in chosen] + [Pick(qid, False, domain_of[qid]) for qid in extras]


def pick_questions(*, quiz: Quiz, user, rng: random.Random) -> list[Pick]:
    """The questions a new attempt delivers, before shuffling. Active items are scored; field-test
    items only ever come as unscored extras. Draft, in-review and retired items are never delivered."""
    if quiz.selection == Quiz.Selection.FIXED:
        picks = _pick_fixed(quiz)
    elif quiz.selection == Quiz.Selection.DRAW_TAGS:
        tags = [tag.strip() for tag in quiz.draw_tags.split(",") if tag.strip()]
        if not tags:
            raise AssemblyError("This quiz has no topic tags to draw from yet. Please tell your educator.")
        rows = (
            Question.objects.filter(_tag_filter(tags), status__in=[ACTIVE, FIELD_TEST])
            .values_list("pk", "status", "domain_code")
            .distinct()
        )
        picks = _pick_drawn(quiz=quiz, user=user, rng=rng, rows=rows, weights=None, n=quiz.draw_count or 10**6)
    else:
        if quiz.blueprint_id is None or not quiz.draw_count:
            raise AssemblyError("This practice exam has no blueprint or item count yet. Please tell your educator.")
        weights = {domain.code: domain.weight for domain in quiz.blueprint.domains.order_by("sort_order", "pk")}
        rows = Question.objects.filter(status__in=[ACTIVE, FIELD_TEST], domain_code__in=list(weights)).values_list(
            "pk", "status", "domain_code"
        )
        picks = _pick_drawn(quiz=quiz, user=user, rng=rng, rows=rows, weights=weights, n=quiz.draw_count)
    if not any(pick.scored for pick in picks):
        raise AssemblyError("This quiz has no questions available yet. Please tell your educator.")
    return picks


def latest_versions(question_ids: list[int]) -> dict[int, QuestionVersion]:
    """The current version of each question, with options, in a constant number of queries.

    `question_snapshot` runs on every write path, so the latest version is current; it is called
    here only for a question that has never been snapshotted (e.g. rows created outside services).
    """
    latest = QuestionVersion.objects.filter(question=OuterRef("question")).order_by("-number").values("pk")[:1]
    versions = {
        version.question_id: version
        for version in QuestionVersion.objects.filter(
            question_id__in=question_ids, pk=Subquery(latest)
        ).prefetch_related("options")
    }
    missing = [qid for qid in question_ids if qid not in versions]
    for question in Question.objects.filter(pk__in=missing):
        version = question_snapshot(question=question)
        versions[question.pk] = QuestionVersion.objects.prefetch_related("options").get(pk=version.pk)
    return versions


def option_order(*, version: QuestionVersion, seed: int, shuffle: bool) -> list[int]:
    """VersionOption ids in the order this learner sees them.

    True/false keeps its authored order. Ordering items are always shuffled — their authored order is
    the answer — and never shown already in the correct order.
    """
    ids = [option.pk for option in sorted(version.options.all(), key=lambda option: option.position)]
    if version.qtype == "truefalse" or len(ids) < 2:
        return ids
    if version.qtype != "ordering" and not shuffle:
        return ids
    rng = random.Random(f"{seed}:{version.pk}")
    order = ids[:]
    rng.shuffle(order)
    if version.qtype == "ordering" and order == ids:
        order = order[1:] + order[:1]
    return order


def build_items(*, picks: list[Pick], versions: dict[int, QuestionVersion], quiz: Quiz, seed: int, rng) -> list:
    """Unsaved AttemptItems in delivery order (shuffled when the quiz says so)."""
    picks = list(picks)
    if quiz.shuffle_questions:
        rng.shuffle(picks)
    return [
        AttemptItem(
            position=position,
            version=versions[pick.question_id],
            option_order=option_order(version=versions[pick.question_id], seed=seed, shuffle=quiz.shuffle_options),
            scored=pick.scored,
            domain_code=pick.domain_code,
        )
        for position, pick in enumerate(picks, start=1)
    ]
