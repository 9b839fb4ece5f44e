"""Background tasks of the quiz app (Django Tasks API via django-tasks).

Schedule `expire_attempts_task` every minute or so (or run `manage.py expire_attempts` from cron);
expired attempts are also submitted on the learner's next request, so the schedule only decides how
soon results appear for learners who never come back.
"""

from django.utils import timezone
from django_tasks import task

from quizzes import services


@task()
def expire_attempts_task() -> int:
    """Auto-submit every in-progress attempt past its deadline; returns how many were submitted."""
    return services.attempts_expire_due(now=timezone.now())
