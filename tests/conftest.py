from pathlib import Path

import pytest

from lms import services
from lms.models import Membership
from tests.factories import PASSWORD, OrganizationFactory, UserFactory


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


def pytest_collection_modifyitems(config, items):
    """Transactional tests (live server, threads) flush every table when they finish, which would
    also wipe the rows our data migrations create (role groups, the Wagtail page tree, workflows,
    state requirements). Serialized rollback restores them for the next test.

    Other transactional tests (threads racing on one attempt or quiz) run last. Once one of them has
    run, the browser tests that follow start from a flushed database without the default
    django.contrib.sites row that allauth's pages need (the serialized copy is not seen by the
    live-server tests then); the browser tests come first among transactional tests, as they always
    have.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        fixtures = getattr(item, "fixturenames", ())
        transactional = (marker is not None and marker.kwargs.get("transaction")) or (
            "live_server" in fixtures or "transactional_db" in fixtures
        )
        if transactional:
            kwargs = dict(marker.kwargs) if marker else {}
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs))
    browser_tests = str(Path(__file__).parent / "e2e")
    items.sort(key=lambda item: _transactional(item) and not str(item.path).startswith(browser_tests))


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The test suite's in-memory SQLite is shared-cache: there a second writer fails at once
    whatever the busy timeout, so IMMEDIATE transactions (which production's database file needs)
    only widen the windows in which the live server and the test thread collide. Tests keep
    SQLite's default deferred transactions; lms.db.retry_when_sqlite_locked covers the races."""
    from django.conf import settings

    settings.DATABASES["default"].get("OPTIONS", {}).pop("transaction_mode", None)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cached course structure, sessions and rate-limit
    counters must not leak from one test's (rolled back) data into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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
