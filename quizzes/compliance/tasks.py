"""Background tasks for assignments (Django Tasks API via django-tasks).

Run `send_due_reminders_task` once a day: enqueue it from a scheduler, or run
`python manage.py run_due_reminders` from cron or a systemd timer (docs/managers.md).
"""

from django.utils import timezone
from django_tasks import task

from quizzes.compliance import services


@task()
def send_due_reminders_task() -> dict:
    """Send the due reminders and, once a week, the managers' digests; returns what was sent."""
    now = timezone.now()
    return {
        "reminders": services.reminders_send_due(now=now),
        "digests": services.manager_digests_send(now=now),
    }
