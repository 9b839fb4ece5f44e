"""Single sign-on against a real SAML 2.0 IdP (pysaml2's IdP server, signing with xmlsec1)."""

import pytest
from allauth.socialaccount.models import SocialAccount

from lms.models import Membership, User
from tests.lms.sso.conftest import saml_sign_in

pytestmark = pytest.mark.django_db


def _person(email, *groups, active=True):
    return {
        "attributes": {
            "uid": [email.split("@")[0]],
            "mail": [email],
            "givenName": ["Jo"],
            "sn": ["Park"],
            "memberOf": list(groups),
        },
        "active": active,
    }


def test_saml_sign_in_creates_the_account_in_the_organization_with_the_role_from_an_attribute(
    client, saml_idp, saml_provider
):
    saml_idp.users["jo@riverside.test"] = _person("jo@riverside.test", "cn=all-staff", "cn=educators")

    response = saml_sign_in(client, saml_idp, email="jo@riverside.test")

    assert response.status_code == 302, response.content.decode()[-2000:]
    assert response["Location"] == "/dashboard/"
    user = User.objects.get(email="jo@riverside.test")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert user.name == "Jo Park"
    membership = Membership.objects.get(user=user)
    assert (membership.organization, membership.role) == (saml_provider.organization, "educator")
    assert SocialAccount.objects.get(user=user).uid == "jo"


def test_saml_idp_refusing_a_disabled_person_signs_nobody_in_and_keeps_their_records(client, saml_idp, saml_provider):
    saml_idp.users["kim@riverside.test"] = _person("kim@riverside.test", "cn=ot-managers")
    saml_sign_in(client, saml_idp, email="kim@riverside.test")
    user = User.objects.get(email="kim@riverside.test")
    client.post("/accounts/logout/")

    saml_idp.users["kim@riverside.test"]["active"] = False
    response = saml_sign_in(client, saml_idp, email="kim@riverside.test")

    assert response.status_code == 401  # allauth's "Third-Party Login Failure" page
    assert "_auth_user_id" not in client.session
    assert Membership.objects.get(user=user).role == "manager"
    assert SocialAccount.objects.filter(user=user).count() == 1


def test_saml_sign_in_without_a_group_attribute_gets_the_default_role(client, saml_idp, saml_provider):
    person = _person("lou@riverside.test")
    del person["attributes"]["memberOf"]
    saml_idp.users["lou@riverside.test"] = person

    response = saml_sign_in(client, saml_idp, email="lou@riverside.test")

    assert response["Location"] == "/dashboard/"
    assert Membership.objects.get(user__email="lou@riverside.test").role == "learner"


def test_a_saml_response_altered_on_the_way_is_refused(client, saml_idp, saml_provider):
    saml_idp.users["max@riverside.test"] = _person("max@riverside.test", "cn=educators")

    response = saml_sign_in(
        client, saml_idp, email="max@riverside.test", tamper=lambda xml: xml.replace("cn=educators", "cn=ot-managers")
    )

    assert response.status_code == 401
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(email="max@riverside.test").exists()
