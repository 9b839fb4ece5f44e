"""Seed the benchmark data set: `python -m tests.perf.seed_scale --learners 5000 …`.

Builds a large, reproducible data set with bulk inserts: organizations of 500 learners, a question
bank with versions, a practice exam with submitted attempts (about 20 responses each), lesson and
module completions, ledger entries and certificates. For benchmark databases only: it is a tool,
not part of the platform, so it lives here and not among `manage.py`'s commands.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class SeedError(Exception):
    """Refusal to seed (bad sizes, or the database already holds the data set)."""


def seed(*, learners: int, questions: int, attempts: int, seed: int = 1, stdout=None) -> str:
    """Seed the curriculum and the scale data, rebuild the item-analysis totals; return a summary."""
    from courses.demo import seed_curriculum
    from quizzes.analysis.tallies import item_tallies_rebuild
    from tests.perf import scale

    if learners < 1 or questions < scale.ITEMS_PER_ATTEMPT or attempts < 0:
        raise SeedError(f"Need at least 1 learner and {scale.ITEMS_PER_ATTEMPT} questions.")
    started = time.perf_counter()
    seed_curriculum(stdout=stdout)
    try:
        report = scale.seed_scale(learners=learners, questions=questions, attempts=attempts, seed=seed, stdout=stdout)
    except scale.AlreadySeeded as error:
        raise SeedError(str(error)) from error
    tallies_started = time.perf_counter()
    item_tallies_rebuild()  # the bulk inserts above bypass grading, which keeps these totals
    if stdout is not None:
        stdout.write(f"  item-analysis totals: {time.perf_counter() - tallies_started:.1f} s")
    made = ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in report.counts.items())
    return (
        f"Created {made} in {time.perf_counter() - started:.1f} s.\n"
        f"Learner with the longest history: {report.heavy_learner}; practice exam: /quiz/{report.quiz_slug}/"
    )


class _Lines:
    """`stdout.write(line)` as Django's management commands call it: one line per call."""

    def write(self, line: str) -> None:
        print(line, flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--learners", type=int, default=5000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--attempts", type=int, default=50000)
    parser.add_argument("--seed", type=int, default=1, help="Same seed, same data.")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings")
    import django

    django.setup()
    try:
        sizes = {"learners": args.learners, "questions": args.questions, "attempts": args.attempts}
        print(seed(**sizes, seed=args.seed, stdout=_Lines()))
    except SeedError as error:
        print(f"seed_scale: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
