"""LTI Dynamic Registration (IMS LTI Dynamic Registration 1.0): a platform registers us itself.

Anyone can start a dynamic registration, so ours only runs from a link our staff made for one
organization (`manage.py lti_registration_link <org-slug>`): a signed token in the URL names the
organization and expires after a week; a registration made with it is active at once and linked to
that organization. The platform's admin pastes the link into their LMS's "register a tool by URL".

The flow: the platform opens the link with `openid_configuration` (its configuration URL) and a
`registration_token`; we read the configuration (its issuer must be the configuration URL's own
origin), post our client metadata to its registration endpoint with the token, and store the
client id and deployment id it answers with.
"""

import uuid
from urllib.parse import urlsplit

import requests
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from lti_tool.models import LtiDeployment, LtiRegistration

from lms.models import Organization
from quizzes.lti import services
from quizzes.lti.models import PlatformOrganization

SALT = "quizzes.lti.dynamic-registration"
MAX_AGE = 7 * 24 * 60 * 60
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"
SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
]
TIMEOUT = 15


class RegistrationFailed(Exception):
    """Why a dynamic registration did not complete; shown to the platform's admin."""


def registration_token_make(*, organization: Organization) -> str:
    return signing.dumps({"o": organization.pk, "j": uuid.uuid4().hex}, salt=SALT)


def registration_link(*, organization: Organization, base_url: str) -> str:
    token = registration_token_make(organization=organization)
    return base_url.rstrip("/") + reverse("lti:register", kwargs={"token": token})


def tool_metadata(*, base_url: str, site_name: str) -> dict:
    """Our client metadata (OpenID Connect Dynamic Client Registration plus the LTI claim)."""
    base = base_url.rstrip("/")
    launch_url = base + reverse("lti:launch")
    return {
        "application_type": "web",
        "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"],
        "initiate_login_uri": base + reverse("lti:login"),
        "redirect_uris": [launch_url],
        "client_name": site_name,
        "jwks_uri": base + reverse("lti:jwks"),
        "token_endpoint_auth_method": "private_key_jwt",
        "scope": " ".join(SCOPES),
        TOOL_CONFIGURATION: {
            "domain": urlsplit(base).netloc,
            "target_link_uri": launch_url,
            "claims": ["iss", "sub", "name", "given_name", "family_name", "email"],
            "messages": [
                {"type": "LtiResourceLinkRequest", "target_link_uri": launch_url},
                {"type": "LtiDeepLinkingRequest", "target_link_uri": launch_url, "label": f"Add {site_name} content"},
            ],
        },
    }


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def register(
    *, token: str, openid_configuration: str, registration_token: str, base_url: str, site_name: str
) -> LtiRegistration:
    """Run one dynamic registration; returns the new (active, linked) registration."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature as error:
        raise RegistrationFailed(
            "This registration link has expired or is not valid. Ask Occupass for a new one."
        ) from error
    organization = Organization.objects.filter(pk=data["o"]).first()
    if organization is None:
        raise RegistrationFailed("The organization of this registration link no longer exists.")
    if urlsplit(openid_configuration).scheme not in ("http", "https"):
        raise RegistrationFailed("The platform sent no openid_configuration URL.")
    try:
        config = requests.get(openid_configuration, timeout=TIMEOUT)
        config.raise_for_status()
        config = config.json()
    except (requests.RequestException, ValueError) as error:
        raise RegistrationFailed(f"Could not read the platform's configuration: {error}") from error
    issuer = config.get("issuer", "")
    # The configuration must come from the issuer itself (Dynamic Registration 1.0, 3.5.1).
    if not issuer or _origin(issuer) != _origin(openid_configuration):
        raise RegistrationFailed("The platform's issuer does not match where its configuration came from.")
    needed = ("authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint")
    missing = [key for key in needed if not config.get(key)]
    if missing:
        raise RegistrationFailed(f"The platform's configuration lacks {', '.join(missing)}.")
    services.tool_key_ensure()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if registration_token:
        headers["Authorization"] = f"Bearer {registration_token}"
    try:
        answer = requests.post(
            config["registration_endpoint"],
            json=tool_metadata(base_url=base_url, site_name=site_name),
            headers=headers,
            timeout=TIMEOUT,
        )
        answer.raise_for_status()
        answer = answer.json()
    except (requests.RequestException, ValueError) as error:
        raise RegistrationFailed(f"The platform did not accept the registration: {error}") from error
    client_id = answer.get("client_id")
    deployment_id = (answer.get(TOOL_CONFIGURATION) or {}).get("deployment_id")
    if not client_id:
        raise RegistrationFailed("The platform's answer has no client_id.")
    if not services.token_spend(issuer="dynamic-registration", value=data["j"], now=timezone.now()):
        raise RegistrationFailed("This registration link was already used. Ask Occupass for a new one.")
    platform_name = (config.get(PLATFORM_CONFIGURATION) or {}).get("product_family_code") or issuer
    with transaction.atomic():
        registration, _ = LtiRegistration.objects.update_or_create(
            issuer=issuer,
            client_id=client_id,
            defaults={
                "name": f"{organization} — {platform_name}"[:255],
                "auth_url": config["authorization_endpoint"],
                "token_url": config["token_endpoint"],
                "keyset_url": config["jwks_uri"],
                # The client assertion's audience, when not the token URL itself.
                "audience": config.get("authorization_server") or "",
                "is_active": True,
            },
        )
        if deployment_id:
            LtiDeployment.objects.update_or_create(
                registration=registration, deployment_id=deployment_id, defaults={"is_active": True}
            )
        PlatformOrganization.objects.update_or_create(
            registration=registration, defaults={"organization": organization}
        )
    return registration
