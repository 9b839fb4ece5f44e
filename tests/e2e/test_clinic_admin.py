"""A manager runs a clinic: invites one person and imports a CSV of three (one bad row reported),
corrects assignments (edit, end, delete; a duplicate refused; a past date confirmed), renames a
team and removes a member, and sets an assignment rule that a newly joined learner gets with the
right due date. Every page passes axe."""

import datetime
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import HomePage
from lms import services as lms_services
from lms.models import Invitation, Membership, TeamMembership
from quizzes.compliance import services
from quizzes.models import Assignment
from tests.courses.factories import CatalogPageFactory, LearningPathPageFactory, LessonPageFactory, ModulePageFactory
from tests.e2e.axe import assert_accessible
from tests.factories import OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def clinic(transactional_db):
    ContentType.objects.clear_cache()
    catalog = CatalogPageFactory(parent=HomePage.objects.first())
    modules = []
    for title in ("Hand hygiene", "Safe transfers"):
        module = ModulePageFactory(parent=catalog, title=title)
        LessonPageFactory(parent=module, title=f"{title}: the basics")
        modules.append(module)
    LearningPathPageFactory(parent=catalog, title="New technician onboarding", modules=modules)
    organization = OrganizationFactory(name="Riverside Therapy", slug="riverside")
    manager = UserFactory(email="mona@example.org", name="Mona Manager")
    learner = UserFactory(email="tess@example.org", name="Tess Technician")
    lms_services.membership_create(user=manager, organization=organization, role=Membership.Role.MANAGER)
    membership = lms_services.membership_create(user=learner, organization=organization, role=Membership.Role.LEARNER)
    team = services.team_create(organization=organization, name="New starters")
    services.team_add_member(team=team, membership=membership)
    return {"organization": organization, "manager": manager, "learner": learner, "team": team}


def path_of(url: str) -> str:
    return re.match(r"https?://[^/]+(/.*)", url).group(1)


def test_manager_invites_one_person_and_imports_a_csv_with_a_bad_row(
    page, live_server, signed_in_page, clinic, tmp_path
):
    signed_in_page(clinic["manager"])
    page.goto(f"{live_server.url}/manage/riverside/people/")
    assert_accessible(page)

    page.get_by_label("Email address").fill("nia@example.org")
    page.get_by_label("Full name").fill("Nia Newcomer")
    page.get_by_label("New starters").check()
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_role("status")).to_contain_text("Invitation sent to nia@example.org")
    invitations = page.get_by_role("region", name="Pending invitations (1)")
    expect(invitations.get_by_role("rowheader", name=re.compile("nia@example.org"))).to_be_visible()
    assert mail.outbox[-1].to == ["nia@example.org"]

    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "email,name,credential,teams\n"
        "ana@example.org,Ana Aide,aide,New starters\n"
        "not-an-email,Bad Row,otr,\n"
        "cody@example.org,Cody Cota,cota,\n"
    )
    page.locator("input[type=file]").set_input_files(str(csv_file))
    page.get_by_role("button", name="Check and import").click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing was imported: 1 row has errors")
    errors = page.get_by_role("table", name="Rows with errors")
    expect(errors.get_by_role("row").nth(1)).to_contain_text("3")
    expect(errors).to_contain_text("'not-an-email' is not a valid email address.")
    assert_accessible(page)
    assert Invitation.objects.count() == 1

    page.get_by_role("button", name="Import the 2 valid rows and skip the rest").click()
    expect(page.get_by_role("status")).to_contain_text("2 invitations sent. 1 rows with errors were skipped.")
    expect(page.get_by_role("region", name="Pending invitations (3)")).to_be_visible()
    assert sorted(Invitation.objects.values_list("email", flat=True)) == [
        "ana@example.org", "cody@example.org", "nia@example.org",
    ]  # fmt: skip
    assert_accessible(page)


def test_manager_corrects_assignments(page, live_server, signed_in_page, clinic):
    signed_in_page(clinic["manager"])
    page.goto(f"{live_server.url}/manage/riverside/assignments/")

    # A past due date needs confirming.
    page.get_by_label("Module").select_option(label="Hand hygiene")
    page.get_by_label("Team").select_option(label="New starters")
    page.get_by_label("On a fixed date").check()
    page.get_by_label("Due date").fill("2020-01-01")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("is in the past: everyone assigned will be overdue at once")).to_be_visible()
    assert_accessible(page)
    assert not Assignment.objects.exists()
    page.get_by_label("Yes, assign it with a due date in the past").check()
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("status")).to_contain_text("Hand hygiene assigned to New starters")

    # The same again is refused.
    page.get_by_label("Module").select_option(label="Hand hygiene")
    page.get_by_label("Team").select_option(label="New starters")
    page.get_by_label("On a fixed date").check()
    page.get_by_label("Due date").fill((timezone.localdate() + datetime.timedelta(days=60)).isoformat())
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("alert")).to_contain_text("This training is already assigned to them.")
    assert Assignment.objects.count() == 1

    # Edit the due date.
    later = timezone.localdate() + datetime.timedelta(days=45)
    page.goto(f"{live_server.url}/manage/riverside/assignments/")
    page.get_by_role("link", name="Edit Hand hygiene for New starters").click()
    assert_accessible(page)
    page.get_by_label("Due date").fill(later.isoformat())
    page.get_by_label("Repeat every (months)").fill("12")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("Hand hygiene for New starters updated")
    assignment = Assignment.objects.get()
    assert (assignment.due_date, assignment.recurrence_months) == (later, 12)

    # End it: kept in history.
    page.get_by_role("button", name="End Hand hygiene for New starters").click()
    expect(page.get_by_role("region", name="Ended assignments")).to_contain_text("Hand hygiene for New starters")
    assert Assignment.objects.get().ended_on == timezone.localdate()
    assert_accessible(page)

    # Assign a path to one person by mistake, then delete it.
    page.get_by_label("Learning path").select_option(label="New technician onboarding")
    page.get_by_label("Person (optional)").select_option(label="Tess Technician (tess@example.org)")
    page.get_by_label("A number of days after the person joined").check()
    page.get_by_label("Days after joining").fill("30")
    page.get_by_role("button", name="Assign").click()
    page.get_by_role("link", name="Delete New technician onboarding for Tess Technician").click()
    assert_accessible(page)
    page.get_by_role("button", name="Delete the assignment").click()
    expect(page.get_by_role("status")).to_contain_text("deleted")
    assert list(Assignment.objects.values_list("path_id", flat=True)) == [None]


def test_manager_renames_a_team_and_removes_a_member(page, live_server, signed_in_page, clinic):
    signed_in_page(clinic["manager"])
    page.goto(f"{live_server.url}/manage/riverside/teams/{clinic['team'].pk}/")
    assert_accessible(page)

    page.get_by_label("Team name").fill("Outpatient")
    page.get_by_role("button", name="Rename").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Outpatient")

    page.get_by_role("button", name="Remove Tess Technician from Outpatient").click()
    expect(page.get_by_role("status")).to_contain_text("Tess Technician removed from Outpatient")
    expect(page.get_by_text("No members yet.")).to_be_visible()
    assert not TeamMembership.objects.exists()
    assert_accessible(page)


def test_a_rule_reaches_a_newly_joined_learner_with_the_right_due_date(page, live_server, signed_in_page, clinic):
    signed_in_page(clinic["manager"])
    page.goto(f"{live_server.url}/manage/riverside/assignments/")
    page.get_by_label("Learning path").select_option(label="New technician onboarding")
    page.get_by_label("Rule").select_option(label="Every OT aide / technician")
    page.get_by_label("Purpose").select_option(label="Onboarding")
    page.get_by_label("A number of days after the person joined").check()
    page.get_by_label("Days after joining").fill("30")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("status")).to_contain_text("assigned to Every OT aide / technician")

    page.goto(f"{live_server.url}/manage/riverside/people/")
    page.get_by_label("Email address").fill("nia@example.org")
    page.get_by_label("Full name").fill("Nia Newcomer")
    page.get_by_role("button", name="Send invitation").click()
    link = re.search(r"https?://\S+/invitations/\S+/", mail.outbox[-1].body).group(0)

    page.context.clear_cookies()
    page.goto(live_server.url + path_of(link))
    assert_accessible(page)
    page.get_by_label("Password", exact=True).fill("a-long-unusual-passphrase-42")
    page.get_by_label("Password (again)").fill("a-long-unusual-passphrase-42")
    page.get_by_role("button", name="Set password and join").click()

    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    due = timezone.localdate() + datetime.timedelta(days=30)
    assignments = page.get_by_role("region", name="Your assignments")
    expect(assignments.get_by_role("link", name="New technician onboarding")).to_be_visible()
    expect(assignments).to_contain_text(f"{due:%b} {due.day}, {due.year}")
    assert_accessible(page)


def test_the_other_new_pages_pass_axe(page, live_server, signed_in_page, clinic):
    """The person page (with its transcript link and reminder button), the audit log, a team's
    delete page and an expired invitation."""
    from lms import invitations

    organization, learner = clinic["organization"], clinic["learner"]
    services.assignment_create(
        organization=organization, created_by=clinic["manager"], module=None,
        path=Assignment._meta.get_field("path").related_model.objects.get(), credential="",
        due_mode="after_joining", due_days=30,
    )  # fmt: skip
    sent = timezone.now() - datetime.timedelta(days=30)
    invitation = invitations.invitation_create(
        organization=organization, email="late@example.org", invited_by=clinic["manager"], now=sent
    )
    signed_in_page(clinic["manager"])

    page.goto(f"{live_server.url}/manage/riverside/people/{learner.pk}/")
    expect(page.get_by_role("link", name="Tess Technician's transcript")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Send a reminder now about New technician onboarding").click()
    expect(page.get_by_role("status")).to_contain_text("1 reminder sent.")
    page.goto(f"{live_server.url}/manage/riverside/audit/")
    expect(page.get_by_role("table")).to_contain_text("Sent 1 reminder now")
    assert_accessible(page)
    page.goto(f"{live_server.url}/manage/riverside/teams/{clinic['team'].pk}/delete/")
    assert_accessible(page)

    page.context.clear_cookies()
    page.goto(f"{live_server.url}/invitations/{invitation.token}/")
    expect(page.get_by_text("This invitation link expired")).to_be_visible()
    assert_accessible(page)
