"""Print a one-week LTI Dynamic Registration link for an organization (README "LTI 1.3")."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lms.models import Organization
from quizzes.lti import registration


class Command(BaseCommand):
    help = "Print a Dynamic Registration URL that a school's LMS admin pastes into their LMS."

    def add_arguments(self, parser):
        parser.add_argument("organization", help="The organization's slug: its courses and people join it.")

    def handle(self, *args, organization, **options):
        org = Organization.objects.filter(slug=organization).first()
        if org is None:
            raise CommandError(f"No organization with slug {organization!r}.")
        self.stdout.write(registration.registration_link(organization=org, base_url=settings.SITE_URL))
