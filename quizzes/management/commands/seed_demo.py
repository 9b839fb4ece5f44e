from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lms import demo
from quizzes.compliance import demo as compliance_demo
from quizzes.demo import seed_default_content


class Command(BaseCommand):
    """Lives in the top layer (quizzes) because it composes every layer's demo seeding: accounts
    from `lms`, the default course package (courses/content/default, through the same code as
    `import_course`: pages, skills checklists, bank, quizzes), the compliance demo team."""

    help = (
        "Create the demo organization, demo accounts and default content. Idempotent: a second run "
        "changes nothing, and content an educator has edited is never overwritten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Seed even when DJANGO_DEBUG is off (demo servers only)."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to create demo accounts with a known password while DJANGO_DEBUG is off. "
                "Use --force on a demo server."
            )
        seed_default_content(stdout=self.stdout)
        created = demo.seed_accounts(stdout=self.stdout)
        if compliance_demo.seed_assignments():
            self.stdout.write(
                "Set the demo clinic's assignment rules (onboarding for aides/technicians, the annual "
                "refresher for everyone) and its team 'New starters'."
            )
        if created:
            self.stdout.write(self.style.SUCCESS(f"Created demo accounts: {', '.join(created)}"))
        else:
            self.stdout.write("Demo accounts already exist; nothing changed.")
        self.stdout.write(
            f"Demo logins (demo only, never use on a real site): "
            f"{', '.join(email for email, *_ in demo.DEMO_ACCOUNTS)} — password: {demo.DEMO_PASSWORD}"
        )
