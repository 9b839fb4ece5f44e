"""The compliance matrix is cached per organization (quizzes/compliance/cached.py): after every kind
of change the matrix shows, the page and the CSV served must equal a fresh computation.

Each step goes through the services a real request uses; `check()` compares the served fragments
with `render_matrix()` computed from a freshly loaded organization, so a write path that forgets to
bump the organization's progress version (lms.versions) fails here.
"""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms import services as lms_services
from lms.models import Membership, Organization, User
from quizzes.compliance import cached, selectors, services
from quizzes.models import Assignment
from tests.compliance.conftest import NOW, assign, member, membership_of
from tests.progress.conftest import complete_lessons, complete_module

pytestmark = pytest.mark.django_db

D = datetime.date
FILTERS = {"team_id": None, "status": "", "sort": "name"}


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def served(client, query="") -> str:
    response = client.get(f"/manage/riverside/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('<main id="main"') : html.index("</main>")]


def check(client, organization, query="", filters=FILTERS) -> str:
    """The served page holds a fresh computation's fragments, and the CSV equals a fresh export."""
    page = served(client, query)
    organization = Organization.objects.get(pk=organization.pk)
    fresh = cached.render_matrix(
        organization=organization, filters=filters, page_number=None, can_manage=True, today=datetime.date.today()
    )
    assert fresh.head in page
    assert fresh.body in page
    export = client.get(f"/manage/riverside/matrix.csv{query}").content.decode()
    matrix = selectors.compliance_matrix(organization=organization, today=datetime.date.today(), **filters)
    assert export == cached.render_csv(matrix)
    return page


def test_the_matrix_is_cached_until_a_change_is_recorded(manager_client, organization, learner, hygiene):
    assign(organization=organization, created_by=None, module=hygiene, user=learner, due_date=D(2026, 3, 10))
    first = check(manager_client, organization)
    csv_first = manager_client.get("/manage/riverside/matrix.csv").content

    # A write that bypasses the services (no signal, no bump) is not seen: the cache is in use.
    User.objects.filter(pk=learner.pk).update(name="Renamed Behind The Back")
    assert served(manager_client) == first
    assert manager_client.get("/manage/riverside/matrix.csv").content == csv_first
    assert "Renamed Behind The Back" not in first

    # The same change through the profile service is seen at once.
    lms_services.profile_update(user=User.objects.get(pk=learner.pk), data={"name": "Lee Renamed"})
    assert "Lee Renamed" in check(manager_client, organization)


def test_a_sign_in_does_not_start_a_new_version(manager_client, organization, learner):
    version = Organization.objects.get(pk=organization.pk).progress_version
    manager_client.force_login(learner)  # saves last_login only

    assert Organization.objects.get(pk=organization.pk).progress_version == version


def test_every_kind_of_change_shows_on_the_next_request(
    manager_client, organization, learner, team, hygiene, transfers, onboarding, catalog
):
    check(manager_client, organization)  # nothing assigned yet

    rule = assign(organization=organization, created_by=None, module=hygiene, credential="", due_date=D(2026, 3, 10))
    assert "Hand hygiene" in check(manager_client, organization)

    services.team_add_member(team=team, membership=membership_of(learner, organization))
    path = assign(organization=organization, created_by=None, path=onboarding, team=team, due_date=D(2026, 2, 20))
    assert "New starters" in check(manager_client, organization)
    services.team_rename(team=team, name="Spring starters")
    page = check(manager_client, organization)
    assert "Spring starters" in page
    assert f'<option value="{team.pk}">Spring starters</option>' in page  # the filter's choices

    complete_lessons(learner, transfers)  # started: "in progress"
    check(manager_client, organization)
    complete_module(learner, hygiene, now=NOW)  # completed
    check(manager_client, organization)

    services.assignment_update(
        assignment=Assignment.objects.get(pk=path.pk), actor=None, due_mode="fixed", due_date=D(2026, 4, 1)
    )
    check(manager_client, organization)
    services.assignment_end(assignment=Assignment.objects.get(pk=rule.pk), actor=None)
    check(manager_client, organization)

    newcomer = member(organization, "new@riverside.test", name="Nia Newcomer")
    assert "Nia Newcomer" in check(manager_client, organization)
    # A credential decides which rule assignments apply.
    assign(
        organization=organization,
        created_by=None,
        module=transfers,
        credential=User.Credential.COTA,
        due_date=D(2026, 3, 20),
    )
    check(manager_client, organization)
    lms_services.profile_update(user=User.objects.get(pk=newcomer.pk), data={"credential": User.Credential.COTA})
    check(manager_client, organization)

    lms_services.membership_deactivate(membership=membership_of(newcomer, organization), actor=None)
    assert "Nia Newcomer" not in check(manager_client, organization)
    lms_services.membership_reactivate(membership=membership_of(newcomer, organization), actor=None)
    assert "Nia Newcomer" in check(manager_client, organization)

    services.team_remove_member(team=team, membership=membership_of(learner, organization))
    check(manager_client, organization)
    services.team_delete(team=team, confirmed=True)
    check(manager_client, organization)

    # Content: a module renamed and republished (the structure generation).
    transfers.title = "Safe transfers and lifts"
    transfers.save_revision().publish()
    assert "Safe transfers and lifts" in check(manager_client, organization)

    # Statuses change with the date: a new day is a new entry.
    with time_machine.travel(NOW + datetime.timedelta(days=9), tick=False):
        check(manager_client, organization)


def test_filters_sorts_and_pages_have_their_own_entries(manager_client, organization, learner, team, hygiene):
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assign(organization=organization, created_by=None, module=hygiene, team=team, due_date=D(2026, 2, 1))
    everyone = check(manager_client, organization)

    overdue = {"team_id": None, "status": "overdue", "sort": "overdue"}
    only_overdue = check(manager_client, organization, "?status=overdue&sort=overdue&junk=1", overdue)
    in_team = check(manager_client, organization, f"?team={team.pk}", {**FILTERS, "team_id": team.pk})

    assert len({everyone, only_overdue, in_team}) == 3
    # The links in the cached fragment hold the validated filters only, never what the reader typed
    # (which only the reminder form, rendered per request, sends back as where to return).
    assert only_overdue.count("junk") == 1
    assert 'name="next" value="/manage/riverside/?status=overdue&amp;sort=overdue&amp;junk=1"' in only_overdue
    assert 'matrix.csv?status=overdue&amp;sort=overdue"' in only_overdue


def test_a_manager_never_sees_another_organizations_cached_matrix(
    client, manager, organization, other_organization, learner, hygiene
):
    assign(organization=organization, created_by=None, module=hygiene, user=learner, due_date=D(2026, 3, 10))
    client.force_login(manager)
    assert "Hand hygiene" in served(client)  # Riverside's matrix is now cached

    boss = member(other_organization, "boss@lakeside.test", role=Membership.Role.MANAGER)
    client.force_login(boss)
    assert client.get("/manage/riverside/").status_code == 404
    assert client.get("/manage/riverside/matrix.csv").status_code == 404
    theirs = client.get(f"/manage/{other_organization.slug}/").content.decode()
    assert learner.email not in theirs and "Hand hygiene" not in theirs


def test_an_educator_gets_the_entry_without_manager_links(client, educator, organization):
    client.force_login(educator)
    assert "Assign training" not in served(client)  # cached for readers who cannot manage

    boss = member(organization, "boss@riverside.test", role=Membership.Role.MANAGER)
    client.force_login(boss)
    assert "Assign training" in served(client)


def test_a_cached_matrix_costs_a_few_queries(manager_client, organization, learner, hygiene):
    assign(organization=organization, created_by=None, module=hygiene, user=learner, due_date=D(2026, 2, 1))
    served(manager_client)  # a miss: computed and stored

    with CaptureQueriesContext(connection) as queries:
        page = served(manager_client)

    # User (the session is cached), the view's organization with whether the reader manages it;
    # when the last reminder went out, the filter form's teams and the header's roles are cached.
    assert len(queries) == 2, "\n".join(q["sql"][:150] for q in queries.captured_queries)
    assert "Send a reminder now to everyone overdue (1)" in page


def test_the_filter_form_shows_what_was_chosen_and_its_errors(manager_client, organization, team):
    assert '<option value="overdue" selected>' in served(manager_client, "?status=overdue")
    assert '<option value="overdue" selected>' not in served(manager_client, "?status=due_soon")
    invalid = served(manager_client, "?team=999999")
    assert 'class="field field--error"' in invalid
    assert 'class="field field--error"' not in served(manager_client, f"?team={team.pk}")


def test_a_demoted_or_deactivated_manager_loses_access_at_once(client, manager, organization, superuser):
    client.force_login(manager)
    assert "Assign training" in served(client)  # cached for managers

    lms_services.membership_set_role(membership=membership_of(manager, organization), role=Membership.Role.EDUCATOR)
    assert "Assign training" not in served(client)
    lms_services.membership_deactivate(membership=membership_of(manager, organization), actor=None)
    assert client.get("/manage/riverside/").status_code == 302  # their only membership: signed out

    client.force_login(superuser)
    assert "Assign training" in served(client)


def test_a_reminder_sent_shows_as_the_last_one(manager_client, manager, organization, learner, hygiene):
    assign(organization=organization, created_by=None, module=hygiene, user=learner, due_date=D(2026, 2, 1))
    assert "Last reminder sent" not in check(manager_client, organization)

    sent = services.reminders_send_now(organization=organization, actor=manager, now=NOW)

    assert sent == 1
    assert "Last reminder sent Mar 2, 2026" in check(manager_client, organization)
