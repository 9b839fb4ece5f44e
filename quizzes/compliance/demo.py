"""Demo team and assignment for `manage.py seed_demo`: the compliance matrix has something to show.

Runs after `lms.demo.seed_accounts` (the demo clinic and accounts) and the default course package
(the onboarding path). Never for production data.
"""

from django.db import transaction

from courses.models import LearningPathPage
from lms.demo import DEMO_ORGANIZATION
from lms.models import Membership, Organization, User
from quizzes.compliance import services as compliance

DEMO_TEAM = "New starters"


@transaction.atomic
def seed_assignments(*, stdout=None) -> bool:
    """Give the demo clinic a team with the demo learner in it and the onboarding path assigned to
    the team (due 30 days after joining), so the compliance matrix has something to show.
    Does nothing once the demo clinic has any team."""
    organization = Organization.objects.filter(slug=DEMO_ORGANIZATION["slug"]).first()
    path = LearningPathPage.objects.live().filter(slug="new-technician-onboarding").first()
    learner = Membership.objects.filter(organization=organization, user__email="learner@example.com").first()
    if organization is None or path is None or learner is None or organization.teams.exists():
        return False
    team = compliance.team_create(organization=organization, name=DEMO_TEAM)
    compliance.team_add_member(team=team, membership=learner)
    manager = User.objects.filter(email="manager@example.com").first()
    compliance.assignment_create(
        organization=organization, created_by=manager, path=path, team=team,
        due_mode="after_joining", due_days=30, note="Complete within your first 30 days.",
    )  # fmt: skip
    return True
