import pytest

from lms import services
from lms.models import Membership
from tests.factories import PASSWORD, OrganizationFactory, UserFactory


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def organization(db):
    return OrganizationFactory(name="Riverside Therapy", slug="riverside")


@pytest.fixture
def other_organization(db):
    return OrganizationFactory(name="Lakeside Rehab", slug="lakeside")


def _member(organization, role, email):
    user = UserFactory(email=email)
    services.membership_create(user=user, organization=organization, role=role)
    return user


@pytest.fixture
def learner(organization):
    return _member(organization, Membership.Role.LEARNER, "learner@riverside.test")


@pytest.fixture
def educator(organization):
    return _member(organization, Membership.Role.EDUCATOR, "educator@riverside.test")


@pytest.fixture
def manager(organization):
    return _member(organization, Membership.Role.MANAGER, "manager@riverside.test")


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@occupass.test", is_staff=True, is_superuser=True)


@pytest.fixture
def client_as_learner(client, learner):
    client.force_login(learner)
    return client
