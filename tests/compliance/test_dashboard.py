import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms import versions
from quizzes.compliance import services
from tests.compliance.conftest import NOW, assign, membership_of
from tests.progress.conftest import complete_module, make_module

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


def assignments_section(html: str) -> str:
    return html.split('id="assignments-heading"', 1)[1].split("</section>", 1)[0]


def test_dashboard_lists_assignments_soonest_due_first(client_as_learner, organization, team, learner, catalog,
                                                       onboarding, hygiene):  # fmt: skip
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    later = make_module(catalog, title="Ethics and scope")
    assign(organization=organization, created_by=None, module=later, user=learner,
                               due_date=D(2026, 5, 1))  # fmt: skip
    assign(organization=organization, created_by=None, path=onboarding, team=team,
                               due_date=D(2026, 3, 20), note="Before your first shift.")  # fmt: skip
    complete_module(learner, hygiene, now=NOW)

    section = assignments_section(client_as_learner.get("/dashboard/").content.decode())

    assert section.index("New technician onboarding") < section.index("Ethics and scope")
    assert 'compliance-status--in_progress">In progress<' in section
    assert "Due Mar 20, 2026" in section
    assert "Before your first shift." in section


def test_dashboard_without_assignments_has_no_assignments_section(client_as_learner):
    assert 'id="assignments-heading"' not in client_as_learner.get("/dashboard/").content.decode()


def test_dashboard_ignores_another_teams_assignments(client_as_learner, organization, team, hygiene):
    assign(organization=organization, created_by=None, module=hygiene, team=team,
                               due_date=D(2026, 3, 20))  # fmt: skip

    assert 'id="assignments-heading"' not in client_as_learner.get("/dashboard/").content.decode()


@pytest.mark.parametrize("count", [1, 12])
def test_dashboard_query_count_does_not_grow_with_assignments(client_as_learner, organization, team, learner,
                                                              catalog, onboarding, count):  # fmt: skip
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    assign(organization=organization, created_by=None, path=onboarding, team=team,
                               due_date=D(2026, 3, 20))  # fmt: skip
    for n in range(count):
        module = make_module(catalog, title=f"Module {n}", lessons=1)
        assign(organization=organization, created_by=None, module=module, user=learner,
                                   due_date=D(2026, 4, 1))  # fmt: skip
        complete_module(learner, module, now=NOW)
    client_as_learner.get("/dashboard/")  # warm the course-structure cache
    versions.bump_users([learner.pk])  # that request cached the body: count a miss's work

    with CaptureQueriesContext(connection) as queries:
        response = client_as_learner.get("/dashboard/")

    assert response.status_code == 200
    # The dashboard's own 21 (tests/progress/test_queries.py, four of them the assignments) less
    # the state requirement and licence renewal (this learner has no licence state) and the two for
    # onboarding goals (these assignments are not of purpose "onboarding").
    assert len(queries) == 21 - 2 - 2, "\n".join(q["sql"][:150] for q in queries.captured_queries)
