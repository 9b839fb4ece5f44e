"""Sync every LTI course's roster into its team (Names and Role Provisioning Services).

Instructors' launches already sync their course; schedule this (daily, say) so that people a
platform drops leave their course team even when no instructor launches for a while."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from lti_tool.models import LtiContext

from quizzes.lti import services


class Command(BaseCommand):
    help = "Bring each LTI course team in step with its platform's roster."

    def handle(self, *args, **options):
        contexts = LtiContext.objects.exclude(memberships_url="").filter(
            deployment__is_active=True, deployment__registration__is_active=True, occupass_team__isnull=False
        )
        failed = 0
        for context in contexts.select_related("deployment__registration"):
            try:
                result = services.roster_sync(context=context, now=timezone.now())
            except Exception as error:  # one platform being down must not stop the others
                failed += 1
                self.stderr.write(f"{context}: {error}")
                continue
            self.stdout.write(f"{context}: {result.joined} joined, {result.left} left {result.team}")
        if failed:
            self.stderr.write(f"{failed} course(s) could not be synced.")
