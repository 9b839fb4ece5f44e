"""The dashboard's body is cached per learner (quizzes/progress/dashboard.py): after every kind of
change a learner's dashboard shows, the page served must equal a fresh render from the database.

Each step goes through the services a real request uses; `check()` compares the served body with
`dashboard_body()` rendered from a freshly loaded user, so a write path that forgets to bump the
learner's progress version (lms.versions) fails here.
"""

import datetime

import pytest
import time_machine
from django.utils import timezone

from lms import services as lms_services
from lms.models import Membership, User
from quizzes import services as quiz_services
from quizzes.compliance import services
from quizzes.models import Certificate
from quizzes.progress import services as progress_services
from quizzes.progress.dashboard import dashboard_body
from tests.compliance.conftest import NOW, assign, member, membership_of
from tests.progress.conftest import complete_lessons, complete_module, make_assessment, make_module

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


def served(client) -> str:
    response = client.get("/dashboard/")
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('<main id="main"') : html.index("</main>")]


def check(client, learner) -> str:
    page = served(client)
    fresh = dashboard_body(user=User.objects.get(pk=learner.pk), now=timezone.now())
    assert fresh in page
    return page


def test_the_body_is_cached_until_a_change_is_recorded(client_as_learner, learner, organization):
    first = check(client_as_learner, learner)

    # A write that bypasses the services (no signal, no bump) is not seen: the cache is in use.
    Membership.objects.filter(user=learner).update(role=Membership.Role.EDUCATOR)
    assert served(client_as_learner) == first
    assert "Riverside Therapy — Educator" not in first

    # The same change through a model save is seen at once.
    membership = membership_of(learner, organization)
    membership.save()
    assert "Riverside Therapy — Educator" in check(client_as_learner, learner)


def test_every_kind_of_change_shows_on_the_next_request(
    client_as_learner, learner, organization, team, catalog, hygiene, transfers, onboarding
):
    check(client_as_learner, learner)

    complete_lessons(learner, hygiene)  # lesson completions
    check(client_as_learner, learner)

    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assign(organization=organization, created_by=None, path=onboarding, team=team, due_date=datetime.date(2026, 3, 20))
    assert "New technician onboarding" in check(client_as_learner, learner)

    ethics = make_module(catalog, title="Ethics and scope", lessons=1)
    quiz = make_assessment(ethics, items=2)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)  # an open attempt
    check(client_as_learner, learner)
    item = attempt.items.select_related("version").first()
    option = item.version.options.first()
    quiz_services.attempt_answer(attempt=attempt, item=item, selected=[option.pk], now=NOW)
    check(client_as_learner, learner)
    quiz_services.attempt_submit(attempt=attempt, now=NOW)  # graded with QuerySet.update()
    check(client_as_learner, learner)

    complete_module(learner, transfers, now=NOW)  # module completion, credit, certificate
    check(client_as_learner, learner)

    certificate = Certificate.objects.filter(user=learner).first()
    progress_services.certificate_revoke(certificate=certificate, by=None, reason="Issued in error", now=NOW)
    check(client_as_learner, learner)

    profile = {
        "licence_state": "CA",
        "credential": User.Credential.COTA,
        "nbcot_cycle_start": datetime.date(2025, 4, 1),
        "nbcot_cycle_end": datetime.date(2028, 3, 31),
    }
    lms_services.profile_update(user=User.objects.get(pk=learner.pk), data=profile)
    check(client_as_learner, learner)
    progress_services.licence_renewal_set(user=learner, renews_on=datetime.date(2027, 6, 30))
    check(client_as_learner, learner)
    progress_services.licence_renewal_set(user=learner, renews_on=None)
    check(client_as_learner, learner)

    # Content: a module renamed and republished (the structure generation).
    hygiene.title = "Hand hygiene and PPE"
    hygiene.save_revision().publish()
    check(client_as_learner, learner)

    lms_services.membership_set_role(membership=membership_of(learner, organization), role=Membership.Role.EDUCATOR)
    assert "Riverside Therapy — Educator" in check(client_as_learner, learner)


def test_a_team_assignment_reaches_every_member_cached_page(client, organization, team, onboarding):
    people = [member(organization, f"p{n}@riverside.test") for n in range(3)]
    for person in people:
        services.team_add_member(team=team, membership=membership_of(person, organization))
        client.force_login(person)
        check(client, person)  # each one's body is now cached

    assign(organization=organization, created_by=None, path=onboarding, team=team, due_date=datetime.date(2026, 3, 20))

    for person in people:
        client.force_login(person)
        assert "New technician onboarding" in check(client, person)


def test_grading_bumps_the_learner_once_however_many_rows_it_writes(learner, catalog):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    quiz = make_assessment(make_module(catalog, title="Ethics and scope", lessons=1), items=4)
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz, now=NOW)
    for item in attempt.items.select_related("version"):
        wrong = item.version.options.filter(is_correct=False).first()
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=[wrong.pk], now=NOW)

    with CaptureQueriesContext(connection) as queries:
        quiz_services.attempt_submit(attempt=attempt, now=NOW)  # four review cards, one attempt

    bumps = [q["sql"] for q in queries.captured_queries if q["sql"].startswith('UPDATE "lms_user"')]
    assert len(bumps) == 1, bumps
    assert learner.review_cards.count() == 4
