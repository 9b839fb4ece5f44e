"""Teams: rename, remove a member, delete (empty, or confirmed with its links)."""

import pytest

from lms.models import AuditEvent, Membership, Team, TeamMembership
from quizzes.compliance import services
from quizzes.models import Assignment
from tests.compliance.conftest import TODAY, assign, membership_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_as_manager(client, manager):
    client.force_login(manager)
    return client


def test_a_manager_renames_a_team(client_as_manager, organization, team, manager):
    response = client_as_manager.post(
        f"/manage/{organization.slug}/teams/{team.pk}/", {"action": "rename", "rename-name": "Outpatient"}
    )

    assert response.status_code == 302
    team.refresh_from_db()
    assert team.name == "Outpatient"
    assert AuditEvent.objects.get().summary == "Renamed team New starters to Outpatient"


def test_renaming_to_another_teams_name_is_refused(client_as_manager, organization, team):
    services.team_create(organization=organization, name="Outpatient")

    response = client_as_manager.post(
        f"/manage/{organization.slug}/teams/{team.pk}/", {"action": "rename", "rename-name": "OUTPATIENT"}
    )

    assert response.status_code == 200
    assert "already has a team called OUTPATIENT" in response.content.decode()
    team.refresh_from_db()
    assert team.name == "New starters"


def test_removing_a_member_takes_the_teams_assignments_away(client_as_manager, organization, team, learner, hygiene):
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assign(organization=organization, created_by=None, module=hygiene, team=team, due_date=TODAY)

    client_as_manager.post(f"/manage/{organization.slug}/teams/{team.pk}/members/{learner.pk}/remove/")

    assert not TeamMembership.objects.exists()
    assert Membership.objects.filter(user=learner).exists()
    assert AuditEvent.objects.filter(action="team.remove_member").count() == 1


def test_an_empty_team_is_deleted_at_once(client_as_manager, organization, team):
    response = client_as_manager.post(f"/manage/{organization.slug}/teams/{team.pk}/delete/")

    assert response["Location"] == f"/manage/{organization.slug}/teams/"
    assert not Team.objects.exists()


def test_a_team_with_members_needs_confirmation(client_as_manager, organization, team, learner, hygiene):
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assign(organization=organization, created_by=None, module=hygiene, team=team, due_date=TODAY)

    refused = client_as_manager.post(f"/manage/{organization.slug}/teams/{team.pk}/delete/")
    assert refused.status_code == 400
    assert "1 member and 1 assignment. Confirm" in refused.content.decode()
    assert Team.objects.exists()

    client_as_manager.post(f"/manage/{organization.slug}/teams/{team.pk}/delete/", {"confirm": "1"})

    assert not Team.objects.exists()
    assert not Assignment.objects.exists()
    assert Membership.objects.filter(user=learner).exists()


def test_team_pages_are_for_managers_only(client, organization, team, learner, educator):
    for user in (learner, educator):
        client.force_login(user)
        assert client.post(f"/manage/{organization.slug}/teams/{team.pk}/delete/", {"confirm": "1"}).status_code == 404
    assert Team.objects.exists()
