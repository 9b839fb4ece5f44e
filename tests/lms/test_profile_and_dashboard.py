import datetime
from decimal import Decimal

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_profile_saves_learner_fields(client_as_learner, learner):
    response = client_as_learner.post(
        "/profile/",
        {"name": "Lee Learner", "credential": "cota", "licence_state": "OH",
         "nbcot_cycle_start": "2025-04-01", "nbcot_cycle_end": "2028-03-31"},
    )  # fmt: skip

    assert response.status_code == 302
    learner.refresh_from_db()
    assert (learner.name, learner.credential, learner.licence_state) == ("Lee Learner", "cota", "OH")
    assert learner.nbcot_cycle_start == datetime.date(2025, 4, 1)
    assert learner.nbcot_cycle_end == datetime.date(2028, 3, 31)


def test_profile_cannot_change_the_accommodation_multiplier(client_as_learner, learner):
    client_as_learner.post(
        "/profile/", {"name": "Lee", "credential": "aide", "licence_state": "", "time_multiplier": "3.00"}
    )

    learner.refresh_from_db()
    assert learner.time_multiplier == Decimal("1.00")


def test_profile_rejects_cycle_ending_before_it_starts(client_as_learner, learner):
    response = client_as_learner.post(
        "/profile/",
        {"name": "Lee", "credential": "aide", "licence_state": "",
         "nbcot_cycle_start": "2028-01-01", "nbcot_cycle_end": "2025-01-01"},
    )  # fmt: skip

    assert response.status_code == 200
    assert b"The cycle must end after it starts." in response.content
    assert b'value="2028-01-01"' in response.content


def test_profile_shows_multiplier_read_only(client):
    user = UserFactory(time_multiplier=Decimal("1.50"))
    client.force_login(user)

    content = client.get("/profile/").content.decode()

    assert "<strong>1.50×</strong>" in content
    assert 'name="time_multiplier"' not in content


def test_dashboard_requires_sign_in(client):
    response = client.get("/dashboard/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/dashboard/"


def test_dashboard_greets_the_learner(client_as_learner, organization):
    content = client_as_learner.get("/dashboard/").content.decode()

    assert "<h1>Welcome, " in content
    assert organization.name in content


def test_home_page_is_served(client):
    response = client.get("/")

    assert response.status_code == 200
    assert b"Occupass" in response.content
