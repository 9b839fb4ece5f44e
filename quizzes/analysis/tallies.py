"""Keep the item-analysis totals: add each attempt as it is graded; rebuild them from the responses.

Grading adds to the totals with `INSERT ... ON CONFLICT DO UPDATE SET n = n + excluded.n, ...`
(SQLite ≥ 3.24 and PostgreSQL), so concurrent submits of the same quiz each add their share
without reading the row first: one statement per table (on SQLite, Django's 999-parameter limit
splits more than 124 item rows or 199 option rows into several). Rows are written
in key order, the quiz's row first and at the very end of the grading transaction: submits of one
quiz queue on that row only briefly, and never deadlock on each other.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.db import connection, transaction
from django.utils import timezone

from quizzes.analysis.selectors import responses_item_sums, responses_option_sums, responses_total_sums
from quizzes.models import Attempt, AttemptItem, ItemTally, OptionTally, Quiz, QuizTally


def item_tallies_add(*, attempt: Attempt, items: Iterable[AttemptItem]) -> None:
    """Add a just-graded, submitted attempt to its quiz's item-analysis totals.

    Call it inside the grading transaction, once per attempt (after the conditional UPDATE that
    makes the caller the only grader): the totals then count the attempt exactly when it is
    committed as submitted. Counts what `quizzes.analysis.selectors` counts from the responses:
    scored items only; rest score = attempt points − item points; each distinct chosen option
    once, an empty answer as "no answer".
    """
    total = float(attempt.points or 0)
    item_rows = []
    options: dict[tuple[int, int], list] = defaultdict(lambda: [0, 0.0])
    for item in items:
        if not item.scored:
            continue
        x = float(item.points or 0)
        rest = total - x
        item_rows.append((attempt.quiz_id, item.version_id, 1, x, x * x, rest, rest * rest, x * rest))
        for option in set(item.selected or ()) or {OptionTally.NO_ANSWER}:
            sums = options[(item.version_id, int(option))]
            sums[0] += 1
            sums[1] += rest
    _add(QuizTally, key=["quiz"], sums=["n", "total", "total_sq"], rows=[(attempt.quiz_id, 1, total, total * total)])
    _add(ItemTally, key=["quiz", "version"], sums=["n", "x", "xx", "r", "rr", "xr"], rows=item_rows)
    _add(
        OptionTally,
        key=["quiz", "version", "option"],
        sums=["chosen", "rest"],
        rows=[(attempt.quiz_id, version_id, option, *sums) for (version_id, option), sums in options.items()],
    )


def _add(model, *, key: Sequence[str], sums: Sequence[str], rows: list[tuple]) -> None:
    """Insert `rows` (key values, then sums), or add their sums to the row already holding the key.

    Sorted by key so that two transactions lock the rows they share in the same order; in batches
    under the database's limit on query parameters.
    """
    if not rows:
        return
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    key_columns = [quote(model._meta.get_field(name).column) for name in key]
    sum_columns = [quote(model._meta.get_field(name).column) for name in sums]
    columns = ", ".join(key_columns + sum_columns)
    updates = ", ".join(f"{column} = {table}.{column} + excluded.{column}" for column in sum_columns)
    width = len(key) + len(sums)
    row_sql = "(" + ", ".join(["%s"] * width) + ")"
    rows = sorted(rows)
    batch = (connection.features.max_query_params or 65535) // width
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([row_sql] * len(chunk))} "  # noqa: S608 - names only
                f"ON CONFLICT ({', '.join(key_columns)}) DO UPDATE SET {updates}",
                [value for row in chunk for value in row],
            )


def item_tallies_rebuild(*, quiz: Quiz | None = None, now: datetime.datetime | None = None) -> int:
    """Recompute the item-analysis totals of `quiz` (default: every quiz) from the responses, in one
    transaction; return how many quizzes have responses.

    Needed after anything that changes submitted attempts without grading them: bulk imports and
    seeding, deleting attempts (deleting a learner deletes theirs), editing points by hand. Safe
    while learners submit: on PostgreSQL it locks the totals tables, so a submit waiting on them
    adds its attempt after the rebuild has counted everything committed before it.
    """
    now = now or timezone.now()
    scope = {"quiz": quiz} if quiz is not None else {}
    with transaction.atomic():
        if connection.vendor == "postgresql":
            _lock_tables()
        # Deletes first: on SQLite the transaction's first statement is then a write (see
        # quizzes.services.attempts on stale read snapshots).
        for model in (OptionTally, ItemTally, QuizTally):
            model.objects.filter(**scope).delete()
        if quiz is not None:
            quizzes = [quiz] if quiz.kind != Quiz.Kind.KNOWLEDGE_CHECK else []
        else:
            with_responses = Attempt.objects.filter(state=Attempt.State.SUBMITTED).values("quiz_id")
            quizzes = analysed_quizzes().filter(pk__in=with_responses).order_by("pk")
        counted = 0
        for each in quizzes:
            counted += _rebuild_one(quiz=each, now=now)
    return counted


def analysed_quizzes():
    """Quizzes the item analysis covers: every kind but inline knowledge checks, which are ungraded
    (no attempt total, so no rest score to discriminate against) and a few items long."""
    return Quiz.objects.exclude(kind=Quiz.Kind.KNOWLEDGE_CHECK)


def _lock_tables() -> None:
    """Block grading's writes to the totals (reads go on) until this transaction ends."""
    tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in (QuizTally, ItemTally, OptionTally))
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")


def _rebuild_one(*, quiz: Quiz, now) -> int:
    totals = responses_total_sums(quiz=quiz)
    QuizTally.objects.create(quiz=quiz, n=totals.n, total=totals.total, total_sq=totals.total_sq, rebuilt_at=now)
    ItemTally.objects.bulk_create(
        ItemTally(quiz=quiz, version_id=version_id, n=s.n, x=s.x, xx=s.xx, r=s.r, rr=s.rr, xr=s.xr)
        for version_id, s in sorted(responses_item_sums(quiz=quiz).items())
    )
    OptionTally.objects.bulk_create(
        OptionTally(
            quiz=quiz,
            version_id=version_id,
            option=OptionTally.NO_ANSWER if option is None else option,
            chosen=s.chosen,
            rest=s.rest,
        )
        for version_id, per_option in sorted(responses_option_sums(quiz=quiz).items())
        for option, s in per_option.items()
    )
    return int(totals.n > 0)
