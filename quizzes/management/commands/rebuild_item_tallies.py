import time

from django.core.management.base import BaseCommand, CommandError

from quizzes.analysis.tallies import item_tallies_rebuild
from quizzes.models import Quiz


class Command(BaseCommand):
    help = (
        "Recompute the item-analysis totals from the responses. Grading keeps them up to date; run this "
        "after bulk imports or seeding that bypass grading, and after deleting attempts or learners."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiz", metavar="SLUG", help="Only this quiz (default: every quiz).")

    def handle(self, *args, quiz=None, **options):
        chosen = None
        if quiz is not None:
            chosen = Quiz.objects.filter(slug=quiz).first()
            if chosen is None:
                raise CommandError(f"No quiz with slug {quiz!r}.")
        started = time.perf_counter()
        count = item_tallies_rebuild(quiz=chosen)
        plural = "quiz" if count == 1 else "quizzes"
        self.stdout.write(
            f"Rebuilt item-analysis totals: {count} {plural} with responses, {time.perf_counter() - started:.1f} s."
        )
