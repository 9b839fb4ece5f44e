from django.core.management.base import BaseCommand
from django.utils import timezone

from quizzes import services


class Command(BaseCommand):
    help = "Submit (and grade) every in-progress attempt whose deadline has passed."

    def handle(self, *args, **options):
        count = services.attempts_expire_due(now=timezone.now())
        self.stdout.write(f"Submitted {count} expired attempt{'s' if count != 1 else ''}.")
