import time

from django.core.management.base import BaseCommand, CommandError

from courses.demo import seed_curriculum
from lms.bench import scale
from quizzes.analysis.tallies import item_tallies_rebuild


class Command(BaseCommand):
    help = (
        "Build a large, reproducible benchmark data set with bulk inserts: organizations of 500 learners, "
        "a question bank with versions, a practice exam with submitted attempts (about 20 responses each), "
        "lesson and module completions, ledger entries and certificates. For benchmark databases only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=5000)
        parser.add_argument("--questions", type=int, default=1000)
        parser.add_argument("--attempts", type=int, default=50000)
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data.")

    def handle(self, *args, learners, questions, attempts, seed, **options):
        if learners < 1 or questions < scale.ITEMS_PER_ATTEMPT or attempts < 0:
            raise CommandError(f"Need at least 1 learner and {scale.ITEMS_PER_ATTEMPT} questions.")
        started = time.perf_counter()
        seed_curriculum(stdout=self.stdout)
        try:
            report = scale.seed_scale(
                learners=learners, questions=questions, attempts=attempts, seed=seed, stdout=self.stdout
            )
        except scale.AlreadySeeded as error:
            raise CommandError(str(error)) from error
        tallies_started = time.perf_counter()
        item_tallies_rebuild()  # the bulk inserts above bypass grading, which keeps these totals
        self.stdout.write(f"  item-analysis totals: {time.perf_counter() - tallies_started:.1f} s")
        made = ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in report.counts.items())
        self.stdout.write(self.style.SUCCESS(f"Created {made} in {time.perf_counter() - started:.1f} s."))
        self.stdout.write(
            f"Learner with the longest history: {report.heavy_learner}; practice exam: /quiz/{report.quiz_slug}/"
        )
