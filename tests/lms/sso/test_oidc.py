"""Single sign-on against a real OpenID Provider (django-oauth-toolkit in its own process)."""

import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import authenticate
from django.utils.html import escape

from lms.models import AuditEvent, Membership, User
from tests.factories import PASSWORD, UserFactory
from tests.lms.sso.conftest import continue_to_idp, oidc_sign_in

pytestmark = pytest.mark.django_db


def _signed_in_email(client):
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id).email if user_id else None


def test_first_sso_sign_in_creates_the_account_in_the_organization_with_the_mapped_role(
    client, oidc_idp, oidc_provider
):
    oidc_idp.set_user(
        "ada",
        password="idp-pass-1",
        email="ada@riverside.test",
        first_name="Ada",
        last_name="Ng",
        groups=["OT-Managers", "All-Staff"],
    )

    response = oidc_sign_in(
        client, oidc_idp, requests.Session(), email="ada@riverside.test", username="ada", password="idp-pass-1"
    )

    assert response.status_code == 302, response.content.decode()[-3000:]
    assert response["Location"] == "/dashboard/"
    assert _signed_in_email(client) == "ada@riverside.test"
    user = User.objects.get(email="ada@riverside.test")
    assert user.name == "Ada Ng"
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified is True
    membership = Membership.objects.get(user=user)
    assert (membership.organization, membership.role) == (oidc_provider.organization, "manager")
    assert SocialAccount.objects.get(user=user).provider == "riverside"
    assert AuditEvent.objects.filter(organization=oidc_provider.organization, action="member.sso_joined").count() == 1


def test_later_sign_in_applies_the_role_the_idp_now_sends_and_no_role_claim_keeps_the_default(
    client, oidc_idp, oidc_provider
):
    oidc_idp.set_user("ben", password="idp-pass-2", email="ben@riverside.test", groups=["All-Staff"])
    browser = requests.Session()
    oidc_sign_in(client, oidc_idp, browser, email="ben@riverside.test", username="ben", password="idp-pass-2")
    membership = Membership.objects.get(user__email="ben@riverside.test")
    assert membership.role == "learner"  # the provider's default role: no group maps to a role

    client.post("/accounts/logout/")
    oidc_idp.set_user("ben", groups=["All-Staff", "clinical-educators"])  # mapped case-insensitively
    response = oidc_sign_in(
        client, oidc_idp, browser, email="ben@riverside.test", username="ben", password="idp-pass-2"
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == "educator"
    assert User.objects.filter(email="ben@riverside.test").count() == 1


def test_login_form_routes_an_sso_domain_to_its_provider_and_others_need_a_password(client, oidc_idp, oidc_provider):
    response = client.post("/accounts/login/", {"login": "Someone@Riverside.test", "password": ""})

    location = continue_to_idp(response)
    assert location.startswith(f"{oidc_idp.base_url}/o/authorize/?")
    assert f"client_id={oidc_idp.client_id}" in location
    assert "code_challenge=" in location
    page = response.content.decode()
    assert f'<meta http-equiv="refresh" content="0;url={escape(location)}">' in page
    assert f'href="{escape(location)}"' in page

    response = client.post("/accounts/login/", {"login": "someone@elsewhere.test", "password": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_password_sign_in_reset_and_sign_up_refused_for_an_sso_domain(client, oidc_provider):
    UserFactory(email="cara@riverside.test")  # an account with a password from before SSO

    response = client.post("/accounts/login/", {"login": "cara@riverside.test", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    continue_to_idp(response)  # sent to the identity provider instead, password ignored
    assert authenticate(None, username="cara@riverside.test", password=PASSWORD) is None
    assert authenticate(None, email="cara@riverside.test", password=PASSWORD) is None

    response = client.post("/accounts/password/reset/", {"email": "cara@riverside.test"})
    assert response.status_code == 200
    assert "signs you in with its own account" in response.content.decode()

    response = client.post(
        "/accounts/signup/",
        {
            "name": "Dan",
            "email": "dan@riverside.test",
            "credential": "aide",
            "password1": "a-long-Pass-9x",
            "password2": "a-long-Pass-9x",
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="dan@riverside.test").exists()


def test_staff_can_allow_passwords_for_an_sso_domain(client, oidc_provider):
    user = UserFactory(email="cara@riverside.test")
    oidc_provider.allow_password_sign_in = True
    oidc_provider.save()

    response = client.post("/accounts/login/", {"login": "cara@riverside.test", "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_existing_account_with_a_verified_address_is_linked_not_duplicated(client, oidc_idp, oidc_provider):
    user = UserFactory(email="dee@riverside.test")
    oidc_idp.set_user("dee", password="idp-pass-3", email="dee@riverside.test", groups=["Clinical-Educators"])

    response = oidc_sign_in(
        client, oidc_idp, requests.Session(), email="dee@riverside.test", username="dee", password="idp-pass-3"
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert SocialAccount.objects.get(provider="riverside").user == user
    assert Membership.objects.get(user=user, organization=oidc_provider.organization).role == "educator"


def test_existing_account_with_an_unconfirmed_address_is_not_taken_over(client, oidc_idp, oidc_provider):
    squatter = UserFactory(email="eve@riverside.test", verified_email=False)
    EmailAddress.objects.create(user=squatter, email=squatter.email, primary=True, verified=False)
    oidc_idp.set_user("eve", password="idp-pass-4", email="eve@riverside.test")

    response = oidc_sign_in(
        client, oidc_idp, requests.Session(), email="eve@riverside.test", username="eve", password="idp-pass-4"
    )

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert not SocialAccount.objects.exists()


def test_an_address_outside_the_providers_domains_is_refused(client, oidc_idp, oidc_provider):
    oidc_idp.set_user("fay", password="idp-pass-5", email="fay@gmail.test")

    response = oidc_sign_in(
        client, oidc_idp, requests.Session(), email="x@riverside.test", username="fay", password="idp-pass-5"
    )

    assert response.status_code == 403
    assert "fay@gmail.test" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(email="fay@gmail.test").exists()


def test_a_person_the_idp_deactivated_cannot_sign_in_and_their_records_stay(client, oidc_idp, oidc_provider):
    oidc_idp.set_user("gus", password="idp-pass-6", email="gus@riverside.test", groups=["OT-Managers"])
    browser = requests.Session()  # keeps the IdP session, as a browser would
    oidc_sign_in(client, oidc_idp, browser, email="gus@riverside.test", username="gus", password="idp-pass-6")
    user = User.objects.get(email="gus@riverside.test")
    client.post("/accounts/logout/")

    oidc_idp.set_user("gus", is_active=False)  # IT removes the leaver at the identity provider
    response = oidc_sign_in(
        client, oidc_idp, browser, email="gus@riverside.test", username="gus", password="idp-pass-6"
    )

    assert response.text == "<p>Sign-in refused.</p>"  # the IdP never sends the browser back with a code
    assert "_auth_user_id" not in client.session
    user.refresh_from_db()
    assert user.is_active
    assert Membership.objects.get(user=user).role == "manager"
    assert SocialAccount.objects.filter(user=user).count() == 1


def test_an_account_deactivated_here_cannot_sign_in_through_sso(client, oidc_idp, oidc_provider):
    oidc_idp.set_user("hal", password="idp-pass-7", email="hal@riverside.test")
    browser = requests.Session()
    oidc_sign_in(client, oidc_idp, browser, email="hal@riverside.test", username="hal", password="idp-pass-7")
    client.post("/accounts/logout/")
    User.objects.filter(email="hal@riverside.test").update(is_active=False)

    response = oidc_sign_in(
        client, oidc_idp, browser, email="hal@riverside.test", username="hal", password="idp-pass-7"
    )

    assert response["Location"] == "/accounts/inactive/"
    assert "_auth_user_id" not in client.session


def test_sso_sign_in_skips_our_totp_but_a_password_sign_in_still_asks_for_it(client, oidc_idp, oidc_provider):
    user = UserFactory(email="ivy@riverside.test")
    TOTP.activate(user, generate_totp_secret())
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    oidc_idp.set_user("ivy", password="idp-pass-8", email="ivy@riverside.test")

    response = oidc_sign_in(
        client, oidc_idp, requests.Session(), email="ivy@riverside.test", username="ivy", password="idp-pass-8"
    )

    assert response["Location"] == "/dashboard/"
    assert client.session["_auth_user_id"] == str(user.pk)

    client.post("/accounts/logout/")
    oidc_provider.allow_password_sign_in = True
    oidc_provider.save()
    response = client.post("/accounts/login/", {"login": "ivy@riverside.test", "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


def test_a_linked_person_who_changed_their_address_here_still_signs_in_with_the_idp_address(
    client, oidc_idp, oidc_provider
):
    oidc_idp.set_user("jan", password="idp-pass-9", email="jan@riverside.test")
    browser = requests.Session()
    oidc_sign_in(client, oidc_idp, browser, email="jan@riverside.test", username="jan", password="idp-pass-9")
    user = User.objects.get(email="jan@riverside.test")
    client.post("/accounts/logout/")
    User.objects.filter(pk=user.pk).update(email="jan.home@elsewhere.test")

    response = oidc_sign_in(
        client, oidc_idp, browser, email="jan@riverside.test", username="jan", password="idp-pass-9"
    )

    assert response["Location"] == "/dashboard/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_person_the_idp_unassigned_from_the_app_gets_access_denied_and_no_session(client, oidc_idp, oidc_provider):
    oidc_idp.set_user("kai", password="idp-pass-10", email="kai@riverside.test", groups=["Clinical-Educators"])
    browser = requests.Session()
    oidc_sign_in(client, oidc_idp, browser, email="kai@riverside.test", username="kai", password="idp-pass-10")
    user = User.objects.get(email="kai@riverside.test")
    client.post("/accounts/logout/")

    oidc_idp.set_user("kai", groups=["Clinical-Educators", "unassigned-from-occupass"])
    response = oidc_sign_in(
        client, oidc_idp, browser, email="kai@riverside.test", username="kai", password="idp-pass-10"
    )

    # Our callback got error=access_denied; allauth treats it as a cancelled sign-in.
    assert response["Location"] == "/accounts/3rdparty/login/cancelled/"
    assert client.get(response["Location"]).status_code == 200
    assert "_auth_user_id" not in client.session
    assert Membership.objects.get(user=user).role == "educator"
    assert User.objects.get(pk=user.pk).is_active


def test_an_invitation_to_an_sso_domain_joins_without_a_password_and_signs_in_through_the_provider(
    client, clinic, oidc_provider, oidc_idp
):
    """The invitee never gets a password session: they join, then the provider signs them in."""
    import datetime

    from django.utils import timezone

    from lms.models import Invitation, Membership, User

    invitation = Invitation.objects.create(
        organization=clinic,
        email="new.aide@riverside.test",
        name="New Aide",
        role="learner",
        token="sso-invitation-token",
        sent_at=timezone.now(),
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    page = client.get(f"/invitations/{invitation.token}/")
    body = page.content.decode()
    assert page.status_code == 200
    assert "Riverside Health sign-in" in body
    assert "password" not in body.lower().replace("do not need a password", "")

    joined = client.post(f"/invitations/{invitation.token}/")

    assert joined.status_code == 302 and joined["Location"] == "/accounts/login/"
    user = User.objects.get(email="new.aide@riverside.test")
    assert not user.has_usable_password()
    assert Membership.objects.filter(user=user, organization=clinic, role="learner").exists()
    assert "_auth_user_id" not in client.session  # not signed in by the invitation

    oidc_idp.set_user("newaide", password="idp-pass-9", email="new.aide@riverside.test", groups=[])
    signed_in = oidc_sign_in(
        client,
        oidc_idp,
        requests.Session(),
        email="new.aide@riverside.test",
        username="newaide",
        password="idp-pass-9",
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == "/dashboard/"
    assert _signed_in_email(client) == "new.aide@riverside.test"
    assert SocialAccount.objects.get(user=user).provider == "riverside"  # linked to the invited account
