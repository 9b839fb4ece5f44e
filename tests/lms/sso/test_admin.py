"""Staff configure an organization's identity provider and its domains in the Django admin."""

import pytest
from allauth.socialaccount.models import SocialApp

from lms.models import Organization
from lms.sso.models import IdentityProviderDomain, OrganizationIdentityProvider

pytestmark = pytest.mark.django_db

URL = "/django-admin/lms/organizationidentityprovider/add/"


def _form(organization, app, *, mapping='{"OT-Managers": "manager"}', domain="Riverside.TEST"):
    return {
        "organization": organization.pk,
        "social_app": app.pk,
        "default_role": "learner",
        "role_claim": "groups",
        "role_mapping": mapping,
        "domains-TOTAL_FORMS": "1",
        "domains-INITIAL_FORMS": "0",
        "domains-MIN_NUM_FORMS": "1",
        "domains-MAX_NUM_FORMS": "1000",
        "domains-0-domain": domain,
    }


@pytest.fixture
def app(db):
    return SocialApp.objects.create(
        provider="openid_connect",
        provider_id="riverside",
        name="Riverside",
        client_id="c",
        settings={"server_url": "https://idp.invalid"},
    )


@pytest.fixture
def clinic(db):
    return Organization.objects.create(name="Riverside Health", slug="riverside-health")


def test_staff_add_a_provider_with_its_domains(client, superuser, clinic, app):
    client.force_login(superuser)

    response = client.post(URL, _form(clinic, app))

    assert response.status_code == 302
    provider = OrganizationIdentityProvider.objects.get()
    assert (provider.organization, provider.social_app, provider.role_mapping) == (
        clinic,
        app,
        {"OT-Managers": "manager"},
    )
    assert provider.allow_password_sign_in is False
    assert list(provider.domains.values_list("domain", flat=True)) == ["riverside.test"]
    assert client.get("/django-admin/lms/organizationidentityprovider/").status_code == 200


def test_admin_explains_an_unknown_role_a_bad_domain_and_a_domain_already_taken(client, superuser, clinic, app):
    client.force_login(superuser)

    page = client.post(URL, _form(clinic, app, mapping='{"OT-Managers": "boss"}')).content.decode()
    assert "Unknown role boss" in page
    page = client.post(URL, _form(clinic, app, domain="not a domain")).content.decode()
    assert "Enter a domain such as riverside-clinic.org." in page

    other_app = SocialApp.objects.create(provider="openid_connect", provider_id="other", name="Other", client_id="d")
    other = OrganizationIdentityProvider.objects.create(organization=clinic, social_app=other_app)
    IdentityProviderDomain.objects.create(provider=other, domain="riverside.test")
    response = client.post(URL, _form(clinic, app, domain="RIVERSIDE.test"))
    assert response.status_code == 200
    assert OrganizationIdentityProvider.objects.count() == 1
