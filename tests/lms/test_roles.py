"""Role permissions, tested from the outside."""

import pytest
from django.contrib.auth.models import Group

from lms import roles, services
from lms.models import Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_learner_cannot_open_the_wagtail_admin(client, learner):
    client.force_login(learner)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_educator_can_open_the_wagtail_admin(client, educator):
    client.force_login(educator)

    assert client.get("/admin/").status_code == 200


def test_educator_cannot_manage_users_in_the_wagtail_admin(client, educator):
    client.force_login(educator)

    response = client.get("/admin/users/")

    assert response.status_code == 302  # Wagtail redirects with "permission denied"


def test_manager_has_no_wagtail_admin_access(client, manager):
    client.force_login(manager)

    assert client.get("/admin/").status_code == 302


def test_manager_sees_own_organization_members(client, manager, learner, organization):
    client.force_login(manager)

    response = client.get(f"/organizations/{organization.slug}/members/")

    assert response.status_code == 200
    assert learner.email in response.content.decode()


def test_manager_of_one_organization_gets_404_for_another(client, manager, other_organization):
    outsider = UserFactory(email="secret@lakeside.test")
    services.membership_create(user=outsider, organization=other_organization, role=Membership.Role.LEARNER)
    client.force_login(manager)

    response = client.get(f"/organizations/{other_organization.slug}/members/")

    assert response.status_code == 404
    assert b"secret@lakeside.test" not in response.content


def test_educator_cannot_see_another_organizations_people(client, educator, other_organization):
    client.force_login(educator)

    assert client.get(f"/organizations/{other_organization.slug}/members/").status_code == 404


def test_learner_cannot_see_own_organizations_people(client, learner, organization):
    client.force_login(learner)

    assert client.get(f"/organizations/{organization.slug}/members/").status_code == 404


def test_anonymous_is_sent_to_sign_in(client, organization):
    response = client.get(f"/organizations/{organization.slug}/members/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_superuser_sees_every_organization(client, superuser, organization, other_organization):
    client.force_login(superuser)

    response = client.get("/organizations/")

    assert response.status_code == 200
    assert organization.name in response.content.decode()
    assert other_organization.name in response.content.decode()


def test_organization_list_shows_only_managed_organizations(client, manager, organization, other_organization):
    client.force_login(manager)

    content = client.get("/organizations/").content.decode()

    assert organization.name in content
    assert other_organization.name not in content


def test_role_groups_follow_memberships(organization):
    user = UserFactory()

    membership = services.membership_create(user=user, organization=organization, role=Membership.Role.EDUCATOR)
    assert set(user.groups.values_list("name", flat=True)) == {roles.EDUCATORS}

    services.membership_set_role(membership=membership, role=Membership.Role.MANAGER)
    assert set(user.groups.values_list("name", flat=True)) == {roles.MANAGERS}

    services.membership_delete(membership=membership)
    assert set(user.groups.values_list("name", flat=True)) == set()


def test_role_groups_are_created_by_migration():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        roles.EDUCATORS,
        roles.CLINICAL_REVIEWERS,
        roles.MANAGERS,
    }
    educators = Group.objects.get(name=roles.EDUCATORS)
    assert educators.permissions.filter(codename="access_admin").exists()
    assert not Group.objects.get(name=roles.MANAGERS).permissions.filter(codename="access_admin").exists()


@pytest.mark.parametrize("extra_members", [1, 40])
def test_members_page_queries_do_not_grow_with_members(
    client, manager, organization, extra_members, django_assert_num_queries
):
    for _ in range(extra_members):
        services.membership_create(user=UserFactory(), organization=organization, role=Membership.Role.LEARNER)
    client.force_login(manager)

    # user (the session is cached), organization (visibility check), nav roles, members with
    # their users; no Wagtail user bar off the page tree
    with django_assert_num_queries(4):
        response = client.get(f"/organizations/{organization.slug}/members/")

    assert response.content.decode().count("<tr><td>") == extra_members + 1


def test_user_roles_add_reviewer_for_the_clinical_reviewers_group(organization):
    from django.contrib.auth.models import Group

    from lms import roles, selectors

    user = UserFactory()
    services.membership_create(user=user, organization=organization, role=Membership.Role.EDUCATOR)
    assert selectors.user_roles(user=user) == {"educator"}

    user.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))

    assert selectors.user_roles(user=user) == {"educator", "reviewer"}
