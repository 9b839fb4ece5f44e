"""Background work of the LTI tool (Django Tasks): grade passback and roster sync.

Django Tasks has no automatic retry, so a failed passback enqueues itself again with a growing
delay (1, 2, 4 … minutes) up to `LTI_SCORE_RETRIES` times; the `ScorePassback` row it works on
keeps a rerun or a duplicate task from posting twice.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from lti_tool.models import LtiContext

from quizzes.lti import services
from quizzes.lti.models import ScorePassback

logger = logging.getLogger(__name__)


@task()
def score_passback_task(passback_id: int) -> bool:
    """Send one attempt's score to the platform; on failure, schedule the next try."""
    try:
        return services.passback_send(passback_id=passback_id, now=timezone.now())
    except services.PassbackFailed as error:
        tries = ScorePassback.objects.filter(pk=passback_id).values_list("tries", flat=True).first() or 0
        if tries >= settings.LTI_SCORE_RETRIES:
            logger.error("LTI score %s not accepted after %s tries: %s", passback_id, tries, error)
            return False
        if not score_passback_task.get_backend().supports_defer:
            # The immediate backend (development, tests) cannot wait; the row stays unsent.
            logger.warning("LTI score %s not accepted and not retried (backend cannot defer): %s", passback_id, error)
            return False
        delay = datetime.timedelta(minutes=2 ** (tries - 1))
        score_passback_task.using(run_after=timezone.now() + delay).enqueue(passback_id)
        logger.warning("LTI score %s not accepted (try %s), retrying in %s: %s", passback_id, tries, delay, error)
        return False


@task()
def roster_sync_task(context_id: int) -> int:
    """Bring a course team in step with the platform's roster; returns how many joined."""
    context = LtiContext.objects.select_related("deployment__registration").get(pk=context_id)
    return services.roster_sync(context=context, now=timezone.now()).joined
