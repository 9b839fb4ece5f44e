"""Two submits of one observation form at the same moment (a double tap, a retry on a flaky
connection) record one observation: threads with their own connections, committed data."""

import uuid

import pytest
from django.utils import timezone

from lms.models import Membership
from quizzes.models import Observation
from quizzes.skills import services
from tests.concurrency import run_concurrently
from tests.factories import OrganizationFactory
from tests.skills.conftest import member, results

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_concurrent_submits_of_one_observation_record_one(checklist):
    organization = OrganizationFactory()
    trainee = member(organization)
    observer = member(organization, Membership.Role.EDUCATOR, credential="otr")
    key = uuid.uuid4()
    answers = results(checklist)

    def submit(_i, _prepared):
        observation, created = services.observation_record(
            checklist=checklist,
            learner=trainee.user,
            observer=observer.user,
            organization_id=organization.pk,
            results=answers,
            setting="gym",
            idempotency_key=key,
            signed_with="password",
            now=timezone.now(),
        )
        return observation.pk, created

    outcomes, errors = run_concurrently(2, submit)

    assert errors == []
    assert Observation.objects.count() == 1
    assert sorted(created for _, created in outcomes) == [False, True]
    assert {pk for pk, _ in outcomes} == {Observation.objects.get().pk}
