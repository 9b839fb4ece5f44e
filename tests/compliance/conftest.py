import datetime

import pytest

from lms import services as lms_services
from lms.models import Membership, Team, TeamMembership, User
from quizzes.compliance import services
from quizzes.models import Assignment
from tests.courses.factories import LearningPathPageFactory
from tests.factories import UserFactory
from tests.progress.conftest import _empty_cache, catalog, make_module  # noqa: F401 - shared fixtures

TODAY = datetime.date(2026, 3, 2)
NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture
def hygiene(catalog):  # noqa: F811
    return make_module(catalog, title="Hand hygiene", lessons=2)


@pytest.fixture
def transfers(catalog):  # noqa: F811
    return make_module(catalog, title="Safe transfers", lessons=2)


@pytest.fixture
def onboarding(catalog, hygiene, transfers):  # noqa: F811
    return LearningPathPageFactory(
        parent=catalog, title="New technician onboarding", modules=[hygiene, transfers], required_for_onboarding=True
    )


@pytest.fixture
def team(organization):
    return services.team_create(organization=organization, name="New starters")


def member(organization, email, *, name="", joined_on=datetime.date(2026, 1, 5), role=Membership.Role.LEARNER):
    user = UserFactory(email=email, name=name or email.split("@")[0].title())
    lms_services.membership_create(user=user, organization=organization, role=role, joined_on=joined_on)
    return user


def membership_of(user, organization):
    return Membership.objects.get(user=user, organization=organization)


def bulk_people(organization, team, count: int, *, prefix="bulk") -> list[User]:
    """`count` learners in the organization and the team, created with bulk_create for speed."""
    users = User.objects.bulk_create(
        User(email=f"{prefix}{n:04}@example.org", name=f"Person {n:04}", password="!") for n in range(count)
    )
    memberships = Membership.objects.bulk_create(
        Membership(user=user, organization=organization, role="learner", joined_on=datetime.date(2026, 1, 5))
        for user in users
    )
    TeamMembership.objects.bulk_create(TeamMembership(team=team, membership=m) for m in memberships)
    return users


def bulk_assignments(organization, team: Team, modules) -> list[Assignment]:
    return Assignment.objects.bulk_create(
        Assignment(
            organization=organization, module=module, team=team, audience="team", due_mode="fixed", due_date=TODAY
        )
        for module in modules
    )


def assign(**kwargs):
    """`services.assignment_create` for tests written on a fixed TODAY that is already past: due
    dates before the real today are allowed (the confirmation has its own tests)."""
    return services.assignment_create(allow_past=True, **kwargs)
