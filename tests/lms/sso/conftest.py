"""Real identity providers for the SSO tests, each served on loopback for the test session.

- OpenID Connect: django-oauth-toolkit (OIDC on, an RSA key made here) in a subprocess
  (`oidc_idp.py`), a separate Django project with its own database.
- SAML 2.0: a pysaml2 IdP (`saml_idp.py`) in a thread, signing with a key and certificate made here.

Our side is the Django test client; the IdP side is a `requests` session (the browser's cookie jar
for the IdP). Nothing of ours is mocked.
"""

import base64
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from allauth.socialaccount.models import SocialApp
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.sites.models import Site

from lms.models import Organization
from lms.sso.models import IdentityProviderDomain, OrganizationIdentityProvider

REPO = Path(__file__).resolve().parents[3]
OIDC_PROVIDER_ID = "riverside"
CALLBACK = f"http://testserver/accounts/oidc/{OIDC_PROVIDER_ID}/login/callback/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rsa_private_key_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@dataclass
class OIDCIdentityProvider:
    base_url: str
    client_id: str
    client_secret: str
    admin_token: str

    def set_user(self, username: str, **fields) -> None:
        """What the clinic's IT person does in Entra/Okta: create, regroup or deactivate a person."""
        response = requests.post(
            f"{self.base_url}/_test/users/",
            json={"username": username, **fields},
            headers={"X-Test-Token": self.admin_token},
            timeout=10,
        )
        response.raise_for_status()

    def allow_redirect_uri(self, uri: str) -> None:
        response = requests.post(
            f"{self.base_url}/_test/redirect-uris/",
            json={"redirect_uri": uri},
            headers={"X-Test-Token": self.admin_token},
            timeout=10,
        )
        response.raise_for_status()


@pytest.fixture(scope="session")
def oidc_idp(tmp_path_factory):
    port = free_port()
    idp = OIDCIdentityProvider(
        base_url=f"http://127.0.0.1:{port}",
        client_id="occupass-test",
        client_secret=secrets.token_urlsafe(24),
        admin_token=secrets.token_urlsafe(16),
    )
    workdir = tmp_path_factory.mktemp("oidc-idp")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.lms.sso.oidc_idp",
        "IDP_DB": str(workdir / "idp.sqlite3"),
        "IDP_RSA_KEY": rsa_private_key_pem(),
        "IDP_CLIENT_ID": idp.client_id,
        "IDP_CLIENT_SECRET": idp.client_secret,
        "IDP_REDIRECT_URIS": CALLBACK,
        "IDP_ADMIN_TOKEN": idp.admin_token,
    }
    log = (workdir / "idp.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-c", f"from tests.lms.sso.oidc_idp import main; main({port})"],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"The test OpenID provider exited: {(workdir / 'idp.log').read_text()}")
            try:
                if requests.get(f"{idp.base_url}/o/.well-known/openid-configuration", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("The test OpenID provider did not start in time")
            time.sleep(0.3)
        yield idp
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture
def clinic(db):
    return Organization.objects.create(name="Riverside Health", slug="riverside-health")


@pytest.fixture
def oidc_provider(clinic, oidc_idp):
    return configure_oidc_provider(clinic, oidc_idp)


def configure_oidc_provider(clinic, oidc_idp):
    """Riverside Health's Entra-like OpenID Connect provider, configured as staff would in the admin."""
    app = SocialApp.objects.create(
        provider="openid_connect",
        provider_id=OIDC_PROVIDER_ID,
        name="Riverside Health sign-in",
        client_id=oidc_idp.client_id,
        secret=oidc_idp.client_secret,
        settings={"server_url": f"{oidc_idp.base_url}/o", "oauth_pkce_enabled": True},
    )
    app.sites.add(Site.objects.get_current())
    provider = OrganizationIdentityProvider.objects.create(
        organization=clinic,
        social_app=app,
        default_role="learner",
        role_claim="groups",
        role_mapping={"OT-Managers": "manager", "Clinical-Educators": "educator"},
    )
    IdentityProviderDomain.objects.create(provider=provider, domain="riverside.test")
    return provider


def local(url: str) -> str:
    """A URL of ours as the test client takes it (path and query)."""
    bits = urlsplit(url)
    return f"{bits.path}?{bits.query}" if bits.query else bits.path


def continue_to_idp(response) -> str:
    """The IdP address our sign-in form sends the browser on to (a page that moves on by itself)."""
    assert response.status_code == 200, response.content
    assert response.templates[0].name == "account/sso_redirect.html"
    return response.context["sso_url"]


def oidc_sign_in(
    client, idp: OIDCIdentityProvider, browser: requests.Session, *, email: str, username: str, password: str
):
    """Sign in as a browser does: our form (email only) → IdP authorize → IdP login → our callback.

    Returns our final response, or the IdP's response when the IdP does not send the browser back.
    """
    location = continue_to_idp(client.post("/accounts/login/", {"login": email, "password": ""}))
    assert location.startswith(f"{idp.base_url}/o/authorize/")
    idp_response = browser.get(location, allow_redirects=False, timeout=10)
    if idp_response.status_code == 302 and urlsplit(idp_response.headers["Location"]).path == "/login/":
        login_url = idp.base_url + idp_response.headers["Location"]
        idp_response = browser.post(
            login_url, data={"username": username, "password": password}, allow_redirects=False, timeout=10
        )
        if idp_response.status_code != 302:
            return idp_response
        idp_response = browser.get(idp.base_url + idp_response.headers["Location"], allow_redirects=False, timeout=10)
    if idp_response.status_code != 302 or not idp_response.headers["Location"].startswith(CALLBACK):
        return idp_response
    return client.get(local(idp_response.headers["Location"]))


@pytest.fixture(scope="session")
def saml_idp(tmp_path_factory):
    if not Path("/usr/bin/xmlsec1").exists():
        message = "The SAML IdP signs with Debian's xmlsec1: apt-get install xmlsec1"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from tests.lms.sso.saml_idp import SAMLIdentityProvider

    idp = SAMLIdentityProvider(tmp_path_factory.mktemp("saml-idp"))
    idp.start()
    yield idp
    idp.stop()


@pytest.fixture
def saml_provider(clinic, saml_idp, client):
    """Riverside Health's SAML IdP (ADFS/Okta-like), configured as staff would in the admin."""
    app = SocialApp.objects.create(
        provider="saml",
        provider_id="riverside-saml",
        name="Riverside Health SAML",
        client_id="riverside",
        settings={
            "idp": {"entity_id": saml_idp.entity_id, "metadata_url": f"{saml_idp.base_url}/metadata"},
            # The standard attribute OIDs (uid, mail, givenName, sn) that IdPs send in URI name format.
            "attribute_mapping": {
                "uid": "urn:oid:0.9.2342.19200300.100.1.1",
                "email": "urn:oid:0.9.2342.19200300.100.1.3",
                "first_name": "urn:oid:2.5.4.42",
                "last_name": "urn:oid:2.5.4.4",
            },
            # allow_single_label_domains: only for the test client's host, `testserver`.
            "advanced": {
                "want_assertion_signed": True,
                "want_message_signed": True,
                "allow_single_label_domains": True,
            },
        },
    )
    app.sites.add(Site.objects.get_current())
    provider = OrganizationIdentityProvider.objects.create(
        organization=clinic,
        social_app=app,
        default_role="learner",
        role_claim="memberOf",
        role_mapping={"cn=ot-managers": "manager", "cn=educators": "educator"},
    )
    IdentityProviderDomain.objects.create(provider=provider, domain="riverside.test")
    client.defaults["HTTP_HOST"] = "testserver"  # browsers send Host; python3-saml reads it
    metadata = client.get("/accounts/saml/riverside/metadata/")
    assert metadata.status_code == 200
    saml_idp.trust_service_provider(metadata.content.decode())
    return provider


def saml_sign_in(client, idp, *, email: str, tamper=None):
    """Our form (email only) → IdP (Redirect binding) → the IdP's auto-post form → our ACS.

    `tamper(xml) -> xml` edits the signed response on its way through the browser.
    """
    idp.signed_in = email
    location = continue_to_idp(client.post("/accounts/login/", {"login": email, "password": ""}))
    assert location.startswith(f"{idp.base_url}/sso/redirect?")
    page = requests.get(location, timeout=10)
    page.raise_for_status()
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page.text))
    action = unescape(re.search(r'action="([^"]+)"', page.text).group(1))
    fields = {name: unescape(value) for name, value in fields.items()}
    if tamper is not None:
        xml = base64.b64decode(fields["SAMLResponse"]).decode()
        fields["SAMLResponse"] = base64.b64encode(tamper(xml).encode()).decode()
    response = client.post(local(action), fields)
    assert response.status_code == 302
    return client.get(response["Location"])
