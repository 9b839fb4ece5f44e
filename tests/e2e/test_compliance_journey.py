"""A manager assigns the onboarding path to a team with a due date; a learner in the team sees it
on their dashboard, completes a module, and the compliance matrix shows the change. Every page
passes axe."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import HomePage
from lms import services as lms_services
from lms.models import Membership
from quizzes.compliance import services
from quizzes.models import Assignment
from tests.courses.factories import CatalogPageFactory, LearningPathPageFactory, LessonPageFactory, ModulePageFactory
from tests.e2e.axe import assert_accessible
from tests.factories import OrganizationFactory, UserFactory
from tests.progress.conftest import complete_module

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def clinic(transactional_db):
    catalog = CatalogPageFactory(parent=HomePage.objects.get())
    modules = []
    for title in ("Hand hygiene", "Safe transfers"):
        module = ModulePageFactory(parent=catalog, title=title)
        LessonPageFactory(parent=module, title=f"{title}: the basics")
        modules.append(module)
    LearningPathPageFactory(
        parent=catalog, title="New technician onboarding", modules=modules, required_for_onboarding=True
    )
    organization = OrganizationFactory(name="Riverside Therapy", slug="riverside")
    manager = UserFactory(email="mona@example.org", name="Mona Manager")
    learner = UserFactory(email="tess@example.org", name="Tess Technician")
    lms_services.membership_create(user=manager, organization=organization, role=Membership.Role.MANAGER)
    membership = lms_services.membership_create(user=learner, organization=organization, role=Membership.Role.LEARNER)
    team = services.team_create(organization=organization, name="New starters")
    services.team_add_member(team=team, membership=membership)
    return {"manager": manager, "learner": learner, "modules": modules}


def learner_row(page):
    return page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Tess Technician"))


def test_manager_assigns_onboarding_to_a_team_and_the_matrix_follows_the_learner(
    page, live_server, signed_in_page, clinic
):
    due = timezone.localdate() + datetime.timedelta(days=30)
    signed_in_page(clinic["manager"])

    page.goto(f"{live_server.url}/dashboard/")
    page.get_by_role("link", name="Manage").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Compliance at Riverside Therapy")
    page.get_by_role("link", name="Assignments").click()
    page.get_by_label("Learning path").select_option(label="New technician onboarding")
    page.get_by_label("Team").select_option(label="New starters")
    page.get_by_label("On a fixed date").check()
    page.get_by_label("Due date").fill(due.isoformat())
    page.get_by_label("Note to the learners").fill("Finish before your first patient session.")
    assert_accessible(page)
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("status")).to_contain_text("New technician onboarding assigned to New starters")
    assert Assignment.objects.get().due_date == due

    page.get_by_role("link", name="Compliance matrix").click()
    expect(learner_row(page)).to_contain_text("Not started")
    assert_accessible(page)

    page.context.clear_cookies()
    signed_in_page(clinic["learner"])
    page.goto(f"{live_server.url}/dashboard/")
    assignments = page.get_by_role("region", name="Your assignments")
    expect(assignments.get_by_role("link", name="New technician onboarding")).to_be_visible()
    expect(assignments).to_contain_text(f"Due {due:%b} {due.day}, {due.year}")
    expect(assignments).to_contain_text("Finish before your first patient session.")
    assert_accessible(page)

    complete_module(clinic["learner"], clinic["modules"][0], now=timezone.now())
    page.reload()
    expect(assignments).to_contain_text("In progress")

    page.context.clear_cookies()
    signed_in_page(clinic["manager"])
    page.goto(f"{live_server.url}/manage/riverside/")
    expect(learner_row(page)).to_contain_text("In progress")
    assert_accessible(page)
