import pytest

from lms import services
from lms.models import Membership
from tests.factories import PASSWORD, OrganizationFactory, UserFactory


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return (
        bool(marker and marker.kwargs.get("transaction"))
        or "live_server" in fixtures
        or "transactional_db" in fixtures
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Transactional tests (live server, threads) flush every table when they finish, which would
    also wipe the rows our data migrations create (role groups, the Wagtail page tree, workflows,
    the default site). Serialized rollback restores them at the start of each transactional test.

    As in Django's own runner, every test that runs inside a rolled-back transaction must come
    before the first transactional one, since a flush leaves the database empty for what follows.
    pytest-django sorts so, but a shuffling plugin (pytest-randomly) may run after it: this stable
    sort, run last, keeps whatever order the shuffle chose inside each group.
    """
    for item in items:
        if _transactional(item):
            marker = item.get_closest_marker("django_db")
            kwargs = dict(marker.kwargs) if marker else {}
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs))
    items.sort(key=_transactional)


@pytest.fixture(scope="session")
def django_db_setup(request):
    """Start Playwright before the test database when browser tests are collected.

    Playwright's sync API leaves the main thread in another contextvars context once it starts,
    and Django keeps database connections per context (asgiref's Local). A connection made before
    Playwright started is invisible after it: browser tests then got a fresh connection without
    the serialized copy of the database, so serialized rollback silently did nothing for them and
    they saw whatever the previous transactional test had flushed (the missing default site of
    allauth's pages). Starting Playwright first gives the whole session one context.
    """
    browser_fixtures = {"page", "context", "browser", "playwright"}
    if any(browser_fixtures & set(getattr(item, "fixturenames", ())) for item in request.session.items):
        request.getfixturevalue("playwright")
    return request.getfixturevalue("django_db_setup")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The test suite's in-memory SQLite is shared-cache: there a second writer fails at once
    whatever the busy timeout, so IMMEDIATE transactions (which production's database file needs)
    only widen the windows in which the live server and the test thread collide. Tests keep
    SQLite's default deferred transactions and read without table read-locks;
    lms.db.retry_when_sqlite_locked covers the writers' races."""
    from django.conf import settings

    options = settings.DATABASES["default"].get("OPTIONS", {})
    options.pop("transaction_mode", None)
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        # Shared-cache readers otherwise take table read-locks and fail at once ("database table is
        # locked") while a request thread writes; production's file database uses WAL instead.
        options["init_command"] = options.get("init_command", "") + " PRAGMA read_uncommitted=1;"


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
