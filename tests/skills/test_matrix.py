"""Checklists in the compliance matrix: their own requirement, Observed / Expired / due, and the
matrix and the observer's people search cost the same number of queries for 10 and 500 people."""

import datetime
import uuid

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.models import Membership, User
from quizzes.compliance import services as compliance
from quizzes.models import Observation
from tests.compliance.conftest import bulk_people
from tests.skills.conftest import NOW, member, observe

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def team(organization):
    return compliance.team_create(organization=organization, name="New starters")


def _bulk_observations(checklist, users, observer, organization):
    steps = [{**step, "result": "done", "comment": ""} for step in checklist.step_list()]
    Observation.objects.bulk_create(
        Observation(
            learner=user,
            checklist=checklist,
            organization=organization,
            observer=observer,
            observer_name="Olive OTR",
            observer_credential="OTR",
            observer_basis="OTR, educator",
            checklist_title=checklist.title,
            setting="gym",
            steps=steps,
            passed=n % 2 == 0,
            reasons=[] if n % 2 == 0 else ["Critical step 2 not done"],
            observed_at=NOW - datetime.timedelta(days=n),
            signed_with="password",
            idempotency_key=uuid.uuid4(),
        )
        for n, user in enumerate(users)
    )


def test_matrix_shows_checklist_states(client, organization, team, checklist, otr, manager):
    checklist.renewal_months = 12
    checklist.save()
    observed = member(organization, name="Ada Observed")
    lapsed = member(organization, name="Bo Lapsed")
    failed = member(organization, name="Cy Failed")
    untouched = member(organization, name="Di Untouched")
    for membership in (observed, lapsed, failed, untouched):
        compliance.team_add_member(team=team, membership=membership)
    compliance.assignment_create(
        organization=organization, created_by=None, checklist=checklist, team=team, due_date=datetime.date(2026, 4, 1)
    )
    observe(checklist, observed.user, otr.user)
    observe(checklist, lapsed.user, otr.user, now=NOW - datetime.timedelta(days=400))
    observe(checklist, failed.user, otr.user, missed=[1])

    client.force_login(manager)
    response = client.get(f"/manage/{organization.slug}/")

    labels = {row.name: row.cells[0].label for row in response.context["matrix"].rows if row.states[0]}
    assert labels == {
        "Ada Observed": "Observed",
        "Bo Lapsed": "Expired",
        "Cy Failed": "In progress",  # observed, not yet signed off
        "Di Untouched": "Not yet observed",
    }
    assert "Observed" in response.text
    assert response.context["matrix"].requirements[0].title == "Stand-pivot transfer"


# A cache miss (each test starts with an empty cache). The session's user, the organization with
# the can-manage check, the filter's teams; assignments (with their checklists), team links, the
# assigned checklists' observations, memberships; header roles (nobody is overdue, so the last
# reminder is not asked for). No modules are assigned, so none of the module queries of
# tests/compliance run.
MATRIX_QUERIES = 8


@pytest.mark.parametrize("people", [10, 500])
def test_matrix_with_checklists_query_count_is_the_same_for_10_and_500(
    client, organization, team, checklist, otr, manager, people
):
    users = bulk_people(organization, team, people)
    compliance.assignment_create(
        organization=organization, created_by=None, checklist=checklist, team=team, due_date=datetime.date(2026, 6, 1)
    )
    _bulk_observations(checklist, users, otr.user, organization)
    client.force_login(manager)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/manage/{organization.slug}/")

    assert response.status_code == 200
    assert "Observed" in response.text
    assert len(queries) == MATRIX_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


SEARCH_QUERIES = 4  # the session's user, the observer check, the search (with users and clinics), header roles


@pytest.mark.parametrize("people", [10, 500])
def test_people_search_query_count_is_the_same_for_10_and_500(client, organization, team, preceptor, people):
    bulk_people(organization, team, people, prefix="someone")
    client.force_login(preceptor.user)

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/skills/observe/", {"q": "someone"})

    assert response.status_code == 200
    assert len(response.context["people"]) == min(people, 25)
    assert len(queries) == SEARCH_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


def test_people_search_leaves_out_other_clinics(client, organization, other_organization, preceptor):
    outsider = User.objects.create_user(email="terry@lakeside.test", name="Terry Elsewhere")
    Membership.objects.create(user=outsider, organization=other_organization, joined_on=datetime.date(2026, 1, 1))
    client.force_login(preceptor.user)
    assert client.get("/skills/observe/", {"q": "Terry"}).context["people"] == []
