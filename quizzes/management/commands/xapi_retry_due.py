from django.core.management.base import BaseCommand
from django.utils import timezone

from quizzes.xapi.tasks import statements_retry


class Command(BaseCommand):
    help = (
        "Queue again every xAPI statement whose send failed and whose backoff has passed, and any left "
        "pending by a task that died mid-send. Safe to run as often as you like: the LRS keeps one statement "
        "per id. Schedule it every few minutes while XAPI_LRS_URL is set."
    )

    def handle(self, *args, **options):
        count = statements_retry(now=timezone.now())
        self.stdout.write(f"Queued {count} xAPI statement(s) to send again.")
