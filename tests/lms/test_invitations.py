"""People: an invitation's whole life, the CSV import, roles, deactivation and the audit log."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lms import invitations, services
from lms.models import AuditEvent, Invitation, Membership, Team, TeamMembership, User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def link_in(message) -> str:
    (url,) = re.findall(r"https?://\S+/invitations/\S+/", message.body)
    return url


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


@pytest.fixture
def team(organization):
    return Team.objects.create(organization=organization, name="Inpatient rehab")


@pytest.fixture
def client_as_manager(client, manager):
    client.force_login(manager)
    return client


# ------------------------------------------------------------------------------- whole life


def test_invitation_sent_accepted_with_a_password_joins_with_role_credential_and_teams(
    client, client_as_manager, organization, manager, team, settings
):
    settings.SITE_URL = "https://train.riverside.example"
    response = client_as_manager.post(
        f"/manage/{organization.slug}/people/",
        {"email": "New.Tech@Riverside.test", "name": "Nia Tech", "credential": "aide", "role": "learner",
         "teams": [team.pk]},
    )  # fmt: skip

    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["new.tech@riverside.test"]
    assert "Riverside Therapy" in message.subject
    url = link_in(message)
    assert url.startswith("https://train.riverside.example/invitations/")

    client.logout()
    page = client.get(path_of(url))
    assert page.status_code == 200
    assert "Choose a password" in page.content.decode()
    accepted = client.post(
        path_of(url), {"name": "Nia Tech", "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"}
    )

    assert accepted["Location"] == "/dashboard/"
    user = User.objects.get(email="new.tech@riverside.test")
    assert user.check_password("a-long-Passphrase-42")
    assert (user.name, user.credential) == ("Nia Tech", "aide")
    membership = Membership.objects.get(user=user, organization=organization)
    assert (membership.role, membership.joined_on) == ("learner", timezone.localdate())
    assert list(membership.teams.all()) == [team]
    assert user.emailaddress_set.get().verified is True
    assert Invitation.objects.get().accepted_at is not None
    assert client.get("/dashboard/").status_code == 200  # signed in
    assert client.get(path_of(url)).status_code == 410  # used


def test_an_expired_link_explains_itself_and_sends_a_new_one_to_the_invited_address(client, organization, manager):
    sent = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)
    invitation = invitations.invitation_create(
        organization=organization, email="late@riverside.test", invited_by=manager, now=sent
    )
    old_url = link_in(mail.outbox[0])

    with time_machine.travel(sent + datetime.timedelta(days=15), tick=False):
        page = client.get(path_of(old_url))
        assert page.status_code == 410
        assert "expired on March 15, 2026" in page.content.decode()
        again = client.post(path_of(old_url) + "new-link/")

    assert again.status_code == 200
    assert len(mail.outbox) == 2 and mail.outbox[1].to == ["late@riverside.test"]
    new_url = link_in(mail.outbox[1])
    assert new_url != old_url
    assert client.get(path_of(old_url)).status_code == 404  # replaced
    invitation.refresh_from_db()
    assert invitation.expires_at == sent + datetime.timedelta(days=15 + 14)
    assert AuditEvent.objects.filter(action="invitation.resend", actor=None).count() == 1


def test_a_manager_resends_and_revokes(client, client_as_manager, organization, manager):
    invitation = invitations.invitation_create(
        organization=organization, email="maybe@riverside.test", invited_by=manager, now=timezone.now()
    )

    client_as_manager.post(f"/manage/{organization.slug}/invitations/{invitation.pk}/resend/")
    assert len(mail.outbox) == 2
    client_as_manager.post(f"/manage/{organization.slug}/invitations/{invitation.pk}/revoke/")

    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    client.logout()
    page = client.get(path_of(link_in(mail.outbox[1])))
    assert page.status_code == 410
    assert "withdrawn" in page.content.decode()
    assert [e.action for e in AuditEvent.objects.order_by("pk")] == [
        "invitation.create", "invitation.resend", "invitation.revoke",
    ]  # fmt: skip


def test_an_email_resent_after_a_resend_carries_only_the_new_token(organization, manager):
    """Two sends queued for one invitation: the older token's task sends nothing."""
    from lms.tasks import send_invitation_task

    invitation = invitations.invitation_create(
        organization=organization, email="a@riverside.test", invited_by=manager, now=timezone.now(), send=False
    )
    old = invitation.token
    invitations.invitation_resend(invitation=invitation, actor=manager, now=timezone.now())

    assert send_invitation_task.call(invitation_id=invitation.pk, token=old) is False
    assert len(mail.outbox) == 1


def test_inviting_a_member_or_someone_already_invited_is_refused(organization, manager, learner):
    with pytest.raises(invitations.InvitationError, match="already a member"):
        invitations.invitation_create(
            organization=organization, email=learner.email.upper(), invited_by=manager, now=timezone.now()
        )
    invitations.invitation_create(organization=organization, email="x@riverside.test", invited_by=manager,
                                  now=timezone.now())  # fmt: skip
    with pytest.raises(invitations.InvitationError, match="open invitation"):
        invitations.invitation_create(organization=organization, email="X@riverside.test", invited_by=manager,
                                      now=timezone.now())  # fmt: skip


def test_someone_with_an_account_joins_without_a_new_password(client, organization, manager, other_organization):
    existing = User.objects.create_user(email="moving@riverside.test", password="their-own-Pass-77")
    invitations.invitation_create(
        organization=organization, email="moving@riverside.test", invited_by=manager, now=timezone.now()
    )
    url = path_of(link_in(mail.outbox[0]))

    assert "already have an account" in client.get(url).content.decode()
    response = client.post(url)

    assert response["Location"].startswith("/accounts/login/")
    existing.refresh_from_db()
    assert existing.check_password("their-own-Pass-77")
    assert Membership.objects.filter(user=existing, organization=organization).exists()


def test_people_pages_are_for_the_organizations_managers_only(client, organization, learner, educator):
    for user in (learner, educator):
        client.force_login(user)
        assert client.get(f"/manage/{organization.slug}/people/").status_code == 404
        assert client.post(f"/manage/{organization.slug}/people/", {"email": "x@y.test"}).status_code == 404
    assert not Invitation.objects.exists()


# ---------------------------------------------------------------------------------------- CSV

CSV = (
    "email,name,credential,teams\n"
    "ana@riverside.test,Ana Aide,aide,Inpatient rehab\n"
    "not-an-email,Bad Row,otr,\n"
    "cody@riverside.test,Cody Cota,COTA (certified OT assistant),\n"
)


def test_a_csv_with_a_bad_row_imports_nothing_and_reports_the_line(client_as_manager, organization, team):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("people.csv", CSV.encode(), content_type="text/csv")
    response = client_as_manager.post(f"/manage/{organization.slug}/people/import/", {"file": upload})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert re.search(r"<th scope=\"row\">3</th><td>&#x27;not-an-email&#x27; is not a valid email address.</td>", html)
    assert "Import the 2 valid rows" in html
    assert not Invitation.objects.exists()


def test_the_manager_can_choose_to_import_the_valid_rows(client_as_manager, organization, team):
    response = client_as_manager.post(
        f"/manage/{organization.slug}/people/import/", {"text": CSV, "skip_errors": "on"}
    )

    assert response.status_code == 302
    invited = Invitation.objects.order_by("email")
    assert [(i.email, i.credential) for i in invited] == [
        ("ana@riverside.test", "aide"),
        ("cody@riverside.test", "cota"),
    ]
    assert list(invited[0].teams.all()) == [team]
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@riverside.test", "cody@riverside.test"]


def test_csv_parse_reports_every_problem_of_a_row(organization, learner):
    text = f"Email,Name,Credential,Teams\n{learner.email},,wizard,Nowhere\nnew@x.test,,,\nnew@x.test,,,\n"

    result = invitations.people_csv_parse(organization=organization, text=text)

    assert result.errors == [
        (
            2,
            f"Unknown credential 'wizard'; no team called 'Nowhere'; the address {learner.email} is already a member.",
        ),
        (4, "The address new@x.test is also on line 3."),
    ]
    assert [row.email for row in result.rows] == ["new@x.test"]


# ---------------------------------------------------------------------------- roles, deactivation


def test_a_manager_changes_a_role_and_it_is_logged(client_as_manager, organization, manager, learner):
    client_as_manager.post(f"/manage/{organization.slug}/people/{learner.pk}/role/", {"role": "educator"})

    assert Membership.objects.get(user=learner).role == "educator"
    event = AuditEvent.objects.get()
    assert (event.actor, event.action) == (manager, "member.role")
    assert "from Learner to Educator" in event.summary


def test_a_deactivated_member_keeps_records_and_cannot_sign_in(client, client_as_manager, organization, learner):
    from quizzes.models import ModuleCompletion

    response = client_as_manager.post(f"/manage/{organization.slug}/people/{learner.pk}/deactivate/")

    assert response.status_code == 302
    membership = Membership.objects.get(user=learner)
    assert membership.deactivated_at is not None
    learner.refresh_from_db()
    assert learner.is_active is False
    assert User.objects.filter(pk=learner.pk).exists()
    assert ModuleCompletion.objects.filter(user=learner).count() == 0  # nothing deleted (none to start with)
    client.logout()
    login = client.post("/accounts/login/", {"login": learner.email, "password": PASSWORD})
    assert login["Location"] == "/accounts/inactive/"  # refused
    assert AuditEvent.objects.filter(action="member.deactivate").count() == 1


def test_a_deactivated_manager_loses_the_manage_pages(client, organization, manager):
    services.membership_deactivate(membership=Membership.objects.get(user=manager), actor=None)
    manager.is_active = True  # even if they could sign in elsewhere
    manager.save()
    client.force_login(manager)

    assert client.get(f"/manage/{organization.slug}/people/").status_code == 404
    assert client.get(f"/manage/{organization.slug}/").status_code == 404


def test_the_audit_log_page_lists_who_did_what(client_as_manager, organization, manager):
    services.audit_record(organization=organization, actor=manager, action="test", summary="Did a thing")

    html = client_as_manager.get(f"/manage/{organization.slug}/audit/").content.decode()

    assert "Did a thing" in html and str(manager) in html


# ------------------------------------------------------------------------------- query counts


def _people(organization, team, count):
    users = User.objects.bulk_create(User(email=f"p{n:04}@riverside.test", name=f"P {n:04}") for n in range(count))
    memberships = Membership.objects.bulk_create(
        Membership(user=u, organization=organization, joined_on=datetime.date(2026, 1, 5)) for u in users
    )
    TeamMembership.objects.bulk_create(TeamMembership(team=team, membership=m) for m in memberships)
    now = timezone.now()
    invitations_ = Invitation.objects.bulk_create(
        Invitation(organization=organization, email=f"i{n:04}@riverside.test", token=f"t{n}", sent_at=now,
                   expires_at=now + datetime.timedelta(days=14))
        for n in range(count)
    )  # fmt: skip
    Invitation.teams.through.objects.bulk_create(
        Invitation.teams.through(invitation=i, team=team) for i in invitations_
    )


@pytest.mark.parametrize("count", [10, 500])
def test_people_page_query_count_is_the_same_for_10_and_500_people(client_as_manager, organization, team, count):
    _people(organization, team, count)
    client_as_manager.get(f"/manage/{organization.slug}/people/")

    with CaptureQueriesContext(connection) as queries:
        response = client_as_manager.get(f"/manage/{organization.slug}/people/")

    assert response.status_code == 200
    assert response.content.decode().count("Resend<span") == count
    # session user, organization, members, their teams, invitations, their teams, header roles,
    # the invite form's teams (twice: whether there are any, then the boxes)
    assert len(queries) == 8, "\n".join(q["sql"][:120] for q in queries.captured_queries)
