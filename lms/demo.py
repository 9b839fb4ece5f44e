"""Demo organization and accounts for `manage.py seed_demo`. Never for production data."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from lms import roles, services
from lms.models import Membership, Organization, User

DEMO_PASSWORD = "occupass-demo"  # demo only; printed by seed_demo and written in the README

DEMO_ORGANIZATION = {"slug": "riverside-therapy", "name": "Riverside Therapy Clinic (demo)"}

DEMO_ACCOUNTS = [
    # email, name, credential, role in the demo organization (None = no membership), superuser
    ("learner@example.com", "Lee Learner", User.Credential.AIDE, Membership.Role.LEARNER, False),
    ("educator@example.com", "Eden Educator", User.Credential.OTR, Membership.Role.EDUCATOR, False),
    ("manager@example.com", "Morgan Manager", User.Credential.COTA, Membership.Role.MANAGER, False),
    ("reviewer@example.com", "Riley Reviewer", User.Credential.OTR, Membership.Role.EDUCATOR, False),
    ("admin@example.com", "Ada Admin", User.Credential.OTHER, None, True),
]
# Appointed by staff, not by membership: approves lessons in the "Clinical review" workflow.
CLINICAL_REVIEWER_EMAILS = {"reviewer@example.com"}


@transaction.atomic
def seed_accounts(*, stdout=None) -> list[str]:
    """Create the demo organization and accounts if missing; never touch ones that exist.

    Returns the emails of accounts created in this run.
    """
    organization, _ = Organization.objects.get_or_create(
        slug=DEMO_ORGANIZATION["slug"], defaults={"name": DEMO_ORGANIZATION["name"]}
    )
    created = []
    for email, name, credential, role, superuser in DEMO_ACCOUNTS:
        if User.objects.filter(email=email).exists():
            continue
        factory = User.objects.create_superuser if superuser else User.objects.create_user
        user = factory(email=email, password=DEMO_PASSWORD, name=name, credential=credential)
        if email == "learner@example.com":
            user.licence_state = "OH"
            user.nbcot_cycle_start = datetime.date(2025, 4, 1)
            user.nbcot_cycle_end = datetime.date(2028, 3, 31)
            user.save(update_fields=["licence_state", "nbcot_cycle_start", "nbcot_cycle_end"])
        EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
        if role:
            services.membership_create(
                # Joined today, so the demo's onboarding deadlines start in the future.
                user=user,
                organization=organization,
                role=role,
                joined_on=timezone.localdate(),
            )
        if email in CLINICAL_REVIEWER_EMAILS:
            user.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
        created.append(email)
    return created


DEMO_TEAM = "New starters"


@transaction.atomic
def seed_assignments(*, stdout=None) -> bool:
    """Give the demo clinic its assignment rules and a team with the demo learner in it:
    every OT aide / technician gets New technician onboarding, due 30 days after joining; everyone
    gets the Annual compliance refresher, due 30 days after joining and then every 12 months.
    Does nothing once the demo clinic has any team."""
    from courses.models import LearningPathPage
    from quizzes.compliance import services as compliance
    from quizzes.models import Assignment

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


ONBOARDING = "new-technician-onboarding"
REFRESHER = "annual-compliance-refresher"
