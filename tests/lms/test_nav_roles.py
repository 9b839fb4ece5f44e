"""The navigation's roles are cached per user and follow membership and group changes at once."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms import roles, services
from lms.models import Membership

pytestmark = pytest.mark.django_db


def _manage_link_shown(client) -> bool:
    return reverse("compliance:index") in client.get(reverse("lms:profile")).content.decode()


def _roles_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("lms:profile"))
    return sum("UNION" in query["sql"] for query in queries.captured_queries)


def test_nav_roles_are_read_once_then_served_from_the_cache(client, learner):
    client.force_login(learner)

    assert _roles_queries(client) == 1
    assert _roles_queries(client) == 0


def test_nav_shows_manage_as_soon_as_a_learner_becomes_manager(client, learner):
    client.force_login(learner)
    assert not _manage_link_shown(client)
    membership = Membership.objects.get(user=learner)

    services.membership_set_role(membership=membership, role=Membership.Role.MANAGER)

    assert _manage_link_shown(client)


def test_nav_hides_manage_as_soon_as_the_membership_is_deleted(client, manager):
    client.force_login(manager)
    assert _manage_link_shown(client)

    services.membership_delete(membership=Membership.objects.get(user=manager))

    assert not _manage_link_shown(client)


def test_nav_follows_the_clinical_reviewers_group_from_either_side(client, learner):
    client.force_login(learner)
    assert "reviewer" not in _roles(client)
    group = Group.objects.get(name=roles.CLINICAL_REVIEWERS)

    group.user_set.add(learner)
    assert "reviewer" in _roles(client)

    group.user_set.clear()
    assert "reviewer" not in _roles(client)

    learner.groups.add(group)
    assert "reviewer" in _roles(client)


def _roles(client):
    return set(client.get(reverse("lms:profile")).context["nav_roles"])
