from django.core.management.base import BaseCommand

from quizzes.compliance.tasks import send_due_reminders_task


class Command(BaseCommand):
    help = (
        "Email assignment reminders (a week before, on the due date, when overdue) and the managers' weekly "
        "digest. Safe to run as often as you like: each email goes out once. Schedule it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand the job to the tasks backend instead of running it here."
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = send_due_reminders_task.enqueue()
            self.stdout.write(f"Enqueued task {result.id}.")
            return
        sent = send_due_reminders_task.call()
        self.stdout.write(f"Sent {sent['reminders']} reminder(s) and {sent['digests']} digest(s).")
