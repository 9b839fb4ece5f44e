"""Demo assignment rules and team for `manage.py seed_demo`: the compliance matrix has something to show.

Runs after `lms.demo.seed_accounts` (the demo clinic and accounts) and the default course package
(the onboarding path). Never for production data.
"""

from django.db import transaction

from courses.models import LearningPathPage
from lms.demo import DEMO_ORGANIZATION
from lms.models import Membership, Organization, User
from quizzes.compliance import services as compliance
from quizzes.models import Assignment

DEMO_TEAM = "New starters"
ONBOARDING = "new-technician-onboarding"
REFRESHER = "annual-compliance-refresher"


@transaction.atomic
def seed_assignments(*, stdout=None) -> bool:
    """Give the demo clinic its assignment rules and a team with the demo learner in it:
    every OT aide / technician gets New technician onboarding, due 30 days after joining; everyone
    gets the Annual compliance refresher, due 30 days after joining and then every 12 months.
    Does nothing once the demo clinic has any team."""
    organization = Organization.objects.filter(slug=DEMO_ORGANIZATION["slug"]).first()
    paths = {p.slug: p for p in LearningPathPage.objects.live().filter(slug__in=[ONBOARDING, REFRESHER])}
    learner = Membership.objects.filter(organization=organization, user__email="learner@example.com").first()
    if organization is None or ONBOARDING not in paths or learner is None or organization.teams.exists():
        return False
    team = compliance.team_create(organization=organization, name=DEMO_TEAM)
    compliance.team_add_member(team=team, membership=learner)
    manager = User.objects.filter(email="manager@example.com").first()
    compliance.assignment_create(
        organization=organization, created_by=manager, path=paths[ONBOARDING], credential=User.Credential.AIDE,
        purpose=Assignment.Purpose.ONBOARDING, due_mode="after_joining", due_days=30,
        note="Complete within your first 30 days.",
    )  # fmt: skip
    if REFRESHER in paths:
        compliance.assignment_create(
            organization=organization, created_by=manager, path=paths[REFRESHER], credential="",
            purpose=Assignment.Purpose.COMPLIANCE, due_mode="after_joining", due_days=30, recurrence_months=12,
            note="Every year: infection control, safety and ethics.",
        )  # fmt: skip
    return True
