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
    ("preceptor@example.com", "Parker Preceptor", User.Credential.AIDE, Membership.Role.LEARNER, False),
    ("admin@example.com", "Ada Admin", User.Credential.OTHER, None, True),
]
# Appointed by staff, not by membership: approves lessons in the "Clinical review" workflow.
CLINICAL_REVIEWER_EMAILS = {"reviewer@example.com"}
# A senior technician the clinic designated to sign skills check-offs (Membership.is_preceptor).
PRECEPTOR_EMAILS = {"preceptor@example.com"}


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
        # The COTA (the demo manager) holds a state licence and an NBCOT certification; the demo
        # learner is an aide, who has neither, so their dashboard tracks no PDU or licence goal.
        if email == "manager@example.com":
            user.licence_state = "OH"
            user.nbcot_cycle_start = datetime.date(2025, 4, 1)
            user.nbcot_cycle_end = datetime.date(2028, 3, 31)
            user.save(update_fields=["licence_state", "nbcot_cycle_start", "nbcot_cycle_end"])
        EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
        if role:
            membership = services.membership_create(
                # Joined today, so the demo's onboarding deadlines start in the future.
                user=user,
                organization=organization,
                role=role,
                joined_on=timezone.localdate(),
            )
            if email in PRECEPTOR_EMAILS:
                membership.is_preceptor = True
                membership.save(update_fields=["is_preceptor"])
        if email in CLINICAL_REVIEWER_EMAILS:
            user.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
        created.append(email)
    return created
