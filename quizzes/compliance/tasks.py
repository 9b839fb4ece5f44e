"""Background tasks for assignments (Django Tasks API via django-tasks).

Run `send_due_reminders_task` once a day: enqueue it from a scheduler, or run
`python manage.py run_due_reminders` from cron or a systemd timer (docs/managers.md).
"""

from django.utils import timezone
from django_tasks import task

from lms.models import Organization, User
from quizzes.compliance import services


@task()
def send_due_reminders_task() -> dict:
    """Send the due reminders and, once a week, the managers' digests; returns what was sent."""
    now = timezone.now()
    return {
        "reminders": services.reminders_send_due(now=now),
        "digests": services.manager_digests_send(now=now),
    }


@task()
def send_reminders_now_task(
    *, organization_id: int, actor_id: int | None, assignment_id: int | None = None, user_id: int | None = None
) -> int:
    """A manager's "send a reminder now", off the request (see `services.reminders_send_now`)."""

    organization = Organization.objects.get(pk=organization_id)
    actor = User.objects.filter(pk=actor_id).first() if actor_id else None
    return services.reminders_send_now(
        organization=organization, actor=actor, now=timezone.now(), assignment_id=assignment_id, user_id=user_id
    )
