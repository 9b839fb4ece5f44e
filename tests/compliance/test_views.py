import csv
import datetime
import io
import re

import pytest
import time_machine
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from courses.models import LessonCompletion
from lms.models import Membership, User
from quizzes.compliance import services
from quizzes.models import Assignment, ModuleCompletion
from tests.compliance.conftest import TODAY, assign, bulk_assignments, bulk_people, member, membership_of
from tests.courses.factories import ModulePageFactory
from tests.progress.conftest import NOW, complete_module

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def manager_client(client, manager, learner):
    User.objects.filter(pk=manager.pk).update(name="Mona Manager")
    User.objects.filter(pk=learner.pk).update(name="Lee Learner")
    client.force_login(manager)
    return client


@pytest.fixture
def assigned(organization, team, learner, onboarding, hygiene):
    """A learner in a team with the onboarding path, one more person with a personal assignment."""
    services.team_add_member(team=team, membership=membership_of(learner, organization))
    other = member(organization, "zed@riverside.test", name="Zed Aide")
    assign(organization=organization, created_by=None, path=onboarding, team=team,
                               due_date=D(2026, 3, 10))  # fmt: skip
    assign(organization=organization, created_by=None, module=hygiene, user=other,
                               due_date=D(2026, 2, 1))  # fmt: skip
    return other


# ---------------------------------------------------------------------------------- permissions

MANAGER_PAGES = [
    "/manage/{slug}/",
    "/manage/{slug}/matrix.csv",
    "/manage/{slug}/teams/",
    "/manage/{slug}/assignments/",
    "/manage/{slug}/report/",
]


@pytest.mark.parametrize("url", MANAGER_PAGES)
def test_manager_of_another_organization_gets_404(client, other_organization, manager, url):
    other_manager = member(other_organization, "boss@lakeside.test", role=Membership.Role.MANAGER)
    client.force_login(other_manager)

    assert client.get(url.format(slug="riverside")).status_code == 404


@pytest.mark.parametrize("url", MANAGER_PAGES + ["/manage/"])
def test_learner_cannot_open_any_manager_page(client_as_learner, url):
    assert client_as_learner.get(url.format(slug="riverside")).status_code == 404


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get("/manage/riverside/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/manage/riverside/"


def test_manager_of_another_organization_cannot_open_a_person_or_a_team(client, organization, other_organization,
                                                                         team, learner):  # fmt: skip
    client.force_login(member(other_organization, "boss@lakeside.test", role=Membership.Role.MANAGER))

    assert client.get(f"/manage/riverside/people/{learner.pk}/").status_code == 404
    assert client.get(f"/manage/riverside/teams/{team.pk}/").status_code == 404
    assert client.post(f"/manage/riverside/teams/{team.pk}/", {"membership": 1}).status_code == 404


def test_manager_cannot_assign_in_another_organization(client, organization, other_organization, team, hygiene):
    client.force_login(member(other_organization, "boss@lakeside.test", role=Membership.Role.MANAGER))

    response = client.post(
        "/manage/riverside/assignments/",
        {"module": hygiene.pk, "team": team.pk, "due_mode": "fixed", "due_date": "2026-04-01"},
    )

    assert response.status_code == 404
    assert Assignment.objects.count() == 0


def test_manager_cannot_use_another_organizations_team_or_person(manager_client, other_organization, hygiene):
    other_team = services.team_create(organization=other_organization, name="Night shift")
    outsider = member(other_organization, "out@lakeside.test")

    response = manager_client.post(
        "/manage/riverside/assignments/",
        {"module": hygiene.pk, "team": other_team.pk, "due_mode": "fixed", "due_date": "2026-04-01"},
    )
    person = manager_client.post(
        "/manage/riverside/assignments/",
        {"module": hygiene.pk, "person": membership_of(outsider, other_organization).pk, "due_mode": "fixed",
         "due_date": "2026-04-01"},
    )  # fmt: skip

    assert (response.status_code, person.status_code) == (200, 200)
    assert "Select a valid choice" in response.content.decode()
    assert Assignment.objects.count() == 0


def test_manager_cannot_see_a_person_of_another_organization_in_their_own(manager_client, other_organization):
    outsider = member(other_organization, "out@lakeside.test")

    assert manager_client.get(f"/manage/riverside/people/{outsider.pk}/").status_code == 404


def test_educator_reads_the_matrix_but_cannot_assign(client, educator):
    client.force_login(educator)

    assert client.get("/manage/riverside/").status_code == 200
    assert client.get("/manage/riverside/report/").status_code == 200
    assert client.get("/manage/riverside/assignments/").status_code == 404


# --------------------------------------------------------------------------------- assignments


def test_manager_assigns_a_path_to_a_team(manager_client, organization, manager, team, onboarding):
    response = manager_client.post(
        "/manage/riverside/assignments/",
        {"path": onboarding.pk, "team": team.pk, "due_mode": "fixed", "due_date": "2026-04-01",
         "recurrence_months": "12", "note": "Start in week one.", "purpose": "onboarding",
         "confirm_past": "on"},  # the tests' TODAY is in the past
    )  # fmt: skip

    assignment = Assignment.objects.get()
    assert response.status_code == 302
    assert (assignment.path_id, assignment.team_id, assignment.due_date, assignment.recurrence_months) == (
        onboarding.pk, team.pk, D(2026, 4, 1), 12,
    )  # fmt: skip
    assert (assignment.created_by, assignment.note) == (manager, "Start in week one.")


def test_assignment_form_explains_missing_choices(manager_client, team):
    response = manager_client.post("/manage/riverside/assignments/", {"due_mode": "after_joining"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Choose a learning path, a module or a skills checklist (one of them)." in content
    assert "Choose a rule, a team or a person (one of them)." in content
    assert "Enter the number of days after joining." in content


def test_manager_creates_a_team_and_adds_a_member(manager_client, organization, learner):
    created = manager_client.post("/manage/riverside/teams/", {"name": "Inpatient rehab"})
    team = organization.teams.get()
    added = manager_client.post(f"/manage/riverside/teams/{team.pk}/",
                                {"membership": membership_of(learner, organization).pk})  # fmt: skip

    assert (created.status_code, added.status_code) == (302, 302)
    assert list(team.members.values_list("user__email", flat=True)) == ["learner@riverside.test"]


# -------------------------------------------------------------------------------------- matrix


def screen_rows(html: str) -> list[list[str]]:
    """The matrix as the manager sees it: name, overdue count, then each cell's status label."""
    body = html.split('id="matrix-caption"', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        if 'scope="row"' not in tr:
            continue  # "Nobody matches these filters."
        name = re.search(r'<th scope="row"><a [^>]*>([^<]*)</a>', tr).group(1)
        cells = re.findall(r"<td>(.*?)</td>", tr, re.S)
        labels = [(re.search(r'compliance-status--\w+">([^<]+)<', c) or [None, ""])[1] for c in cells[1:]]
        rows.append([name, cells[0].strip(), *labels])
    return rows


def csv_rows(content: bytes, requirements: int) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(content.decode())))[1:]
    return [[row[0], row[3], *row[4 : 4 + requirements]] for row in rows]


@pytest.mark.parametrize("query", ["", "?sort=overdue", "?status=overdue", "?status=due_soon&sort=name"])
def test_csv_export_matches_the_screen(manager_client, assigned, learner, hygiene, query):
    complete_module(learner, hygiene, now=NOW)

    screen = screen_rows(manager_client.get(f"/manage/riverside/{query}").content.decode())
    export = manager_client.get(f"/manage/riverside/matrix.csv{query}")

    assert export["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_rows(export.content, 2) == screen


def test_matrix_shows_statuses_sorted_by_overdue(manager_client, assigned, learner):
    response = manager_client.get("/manage/riverside/?sort=overdue")

    assert screen_rows(response.content.decode()) == [
        ["Zed Aide", "1", "", "Overdue"],
        ["Lee Learner", "0", "Due soon", ""],
        ["Mona Manager", "0", "", ""],
    ]


def test_matrix_cells_are_the_status_template_of_each_cell(manager_client, organization, assigned, learner, hygiene):
    # Cells are rendered once per distinct state and reused: the page must read as if each cell
    # included the template. Three people share the personal assignment's state.
    for email in ("amy@riverside.test", "bo@riverside.test"):
        assign(organization=organization, created_by=None, module=hygiene,
                                   user=member(organization, email), due_date=D(2026, 2, 1))  # fmt: skip
    complete_module(learner, hygiene, now=NOW)

    response = manager_client.get("/manage/riverside/")
    content = response.content.decode()

    for row in response.context["page"]:
        expected = "".join(
            "<td>"
            + render_to_string(
                "compliance/includes/status.html", {"status": cell.status, "label": cell.label, "note": cell.note}
            )
            + "</td>"
            for cell in row.cells
        )
        assert f"<td>{row.late_count}</td>\n              {expected}\n" in content
    assert content.count("was due Feb 1, 2026") == 3


def test_matrix_filters_by_team(manager_client, assigned, learner, team):
    response = manager_client.get(f"/manage/riverside/?team={team.pk}")

    assert [row[0] for row in screen_rows(response.content.decode())] == ["Lee Learner"]


def test_person_drill_down_shows_requirements_and_history(manager_client, assigned, learner, hygiene):
    complete_module(learner, hygiene, now=NOW)

    content = manager_client.get(f"/manage/riverside/people/{learner.pk}/").content.decode()

    assert "New technician onboarding" in content
    assert "Hand hygiene: completed Mar 2, 2026" in content
    assert 'compliance-status--due_soon">Due soon</span> <span class="small">due Mar 10, 2026</span>' in content


# ------------------------------------------------------------------------------- query counts

# A cache miss (each test starts with an empty cache; a hit is counted in test_matrix_cache).
# User (the session is cached), the view's organization with the can-manage check, the filter
# form's teams; the matrix: assignments, path modules, memberships (ids, names and emails), team
# links with team names, latest completions, started modules; when the last reminder went out; the
# header's roles. (The "at a glance" chart is computed from the matrix's rows.)
MATRIX_QUERIES = 11


@pytest.mark.parametrize(("people", "assigned"), [(10, 3), (500, 20)])
def test_matrix_query_count_is_the_same_for_10_and_500_people(manager_client, organization, team, catalog,
                                                              onboarding, people, assigned):  # fmt: skip
    modules = [ModulePageFactory(parent=catalog, title=f"Requirement {n}") for n in range(assigned - 2)]
    bulk_assignments(organization, team, modules)
    users = bulk_people(organization, team, people)
    assign(organization=organization, created_by=None, path=onboarding, team=team,
                               due_mode="after_joining", due_days=30)  # fmt: skip
    assign(organization=organization, created_by=None, module=modules[0], user=users[0],
                               due_date=TODAY)  # fmt: skip
    ModuleCompletion.objects.bulk_create(
        ModuleCompletion(user=user, module=modules[n % len(modules)], completed_at=NOW, completed_on=TODAY)
        for n, user in enumerate(users)
    )

    with CaptureQueriesContext(connection) as queries:
        response = manager_client.get("/manage/riverside/?sort=overdue")

    assert response.status_code == 200
    assert len(response.context["matrix"].requirements) == assigned
    assert response.context["page"].paginator.count == people + 2  # and the manager and the learner
    assert len(response.context["page"].object_list) == min(people + 2, 50)
    assert len(queries) == MATRIX_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


# User (the session is cached), header roles, organization, can-manage; modules, enrolments,
# completions, attempts, times to complete; the learners' count and page, lessons, modules, attempts.
REPORT_QUERIES = 14


@pytest.mark.parametrize("people", [3, 120])
def test_report_query_count_is_constant(manager_client, organization, team, catalog, people):
    bulk_people(organization, team, people)

    with CaptureQueriesContext(connection) as queries:
        response = manager_client.get("/manage/riverside/report/")

    assert response.status_code == 200
    assert len(queries) == REPORT_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)


# ------------------------------------------------------------------------------------- report


def test_report_aggregates_per_module(manager_client, organization, learner, hygiene, transfers, other_organization):
    started = member(organization, "started@riverside.test")
    outsider = member(other_organization, "out@lakeside.test")
    lesson = hygiene.get_children().specific().first()
    LessonCompletion.objects.create(user=started, lesson=lesson, completed_at=NOW)
    complete_module(learner, hygiene, now=NOW + datetime.timedelta(days=2))  # lessons and completion same time
    LessonCompletion.objects.filter(user=learner).update(completed_at=NOW - datetime.timedelta(days=4))
    complete_module(outsider, hygiene, now=NOW)

    response = manager_client.get("/manage/riverside/report/")
    reports = {r.module.title: r for r in response.context["modules"]}

    assert (reports["Hand hygiene"].enrolments, reports["Hand hygiene"].completions) == (2, 1)
    assert reports["Hand hygiene"].average_days == 6.0
    assert (reports["Safe transfers"].enrolments, reports["Safe transfers"].completions) == (0, 0)
    assert reports["Safe transfers"].average_days is None
