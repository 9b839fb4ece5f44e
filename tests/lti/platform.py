"""A small but real LTI 1.3 platform for the tests, built on PyJWT and cryptography.

It signs id_tokens with its own RSA key and serves, over HTTP on loopback (a thread):
- `/jwks`: its public key set (the tool fetches it to verify launches);
- `/token`: OAuth2 client credentials with a signed JWT client assertion, which it verifies
  against the tool's own JWKS URL;
- `/lineitems`, `/lineitems/<n>`, `/lineitems/<n>/scores`: Assignment and Grade Services;
- `/memberships`: Names and Role Provisioning Services;
- `/deep-link-return`: receives a deep-linking response and verifies the tool's signature.

The OIDC authorization step (`authorize`) is called in-process by the test's browser, with the
query string the tool redirected it to: it checks client id and redirect URI and returns the
signed id_token with the nonce the tool asked for.
"""

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
AGS_SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
]
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class Platform:
    def __init__(
        self,
        *,
        tool_url: str,
        client_id: str = "occupass-tool",
        deployment_id: str = "deployment-1",
        host: str = "127.0.0.1",
    ):
        self.tool_url = tool_url.rstrip("/")
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.key = new_key()
        self.kid = "platform-key-1"
        self.lock = threading.Lock()
        self.tokens: dict[str, list[str]] = {}
        self.line_items: dict[str, dict] = {}
        self.scores: list[dict] = []
        self.fail_scores = 0  # answer the next N score posts with 503
        self.members: list[dict] = []
        self.deep_link_responses: list[dict] = []
        self.pending: dict[str, dict] = {}
        self.registration_token = secrets.token_hex(8)
        self.registrations: list[dict] = []  # client metadata tools registered with
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self.issuer = self.url
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # ------------------------------------------------------------------ lifecycle
    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------ registration data
    @property
    def auth_url(self):
        return f"{self.url}/auth"

    @property
    def token_url(self):
        return f"{self.url}/token"

    @property
    def jwks_url(self):
        return f"{self.url}/jwks"

    def openid_configuration(self):
        """The platform's configuration for LTI Dynamic Registration."""
        return {
            "issuer": self.issuer,
            "authorization_endpoint": self.auth_url,
            "token_endpoint": self.token_url,
            "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            "jwks_uri": self.jwks_url,
            "registration_endpoint": f"{self.url}/register",
            "scopes_supported": ["openid", *AGS_SCOPES, NRPS_SCOPE],
            "response_types_supported": ["id_token"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "claims_supported": ["iss", "sub", "name", "email"],
            "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "test-platform",
                "version": "1.0",
                "messages_supported": [{"type": "LtiResourceLinkRequest"}, {"type": "LtiDeepLinkingRequest"}],
            },
        }

    def jwks(self):
        jwk = RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        return {"keys": [{**jwk, "kid": self.kid, "alg": "RS256", "use": "sig"}]}

    # ------------------------------------------------------------------ messages
    def resource_link(
        self,
        *,
        sub: str,
        roles: list[str],
        target: str | None,
        link_id: str = "link-1",
        context_id: str = "course-1",
        name: str = "Pat Learner",
        email: str = "pat@school.example",
        document_target: str = "iframe",
        lineitem: str | None = None,
        return_url: str | None = None,
    ) -> str:
        """Queue a resource link launch; returns the lti_message_hint naming it."""
        claims = self._common(sub=sub, roles=roles, context_id=context_id, name=name, email=email)
        claims[LTI + "message_type"] = "LtiResourceLinkRequest"
        claims[LTI + "resource_link"] = {"id": link_id, "title": "Occupass item"}
        claims[LTI + "launch_presentation"] = {"document_target": document_target}
        if return_url:
            claims[LTI + "launch_presentation"]["return_url"] = return_url
        if target is not None:
            claims[LTI + "custom"] = {"occupass_target": target}
        claims[AGS_CLAIM] = {"scope": AGS_SCOPES, "lineitems": f"{self.url}/lineitems?context={context_id}"}
        if lineitem:
            claims[AGS_CLAIM]["lineitem"] = lineitem
        return self._queue(claims)

    def deep_linking(self, *, sub: str, roles: list[str], context_id: str = "course-1") -> str:
        claims = self._common(
            sub=sub, roles=roles, context_id=context_id, name="Ida Instructor", email="ida@school.example"
        )
        claims[LTI + "message_type"] = "LtiDeepLinkingRequest"
        claims[DL_SETTINGS] = {
            "deep_link_return_url": f"{self.url}/deep-link-return",
            "accept_types": ["ltiResourceLink"],
            "accept_presentation_document_targets": ["iframe", "window"],
            "accept_multiple": True,
            "data": "platform-opaque-data",
        }
        return self._queue(claims)

    def _common(self, *, sub, roles, context_id, name, email):
        return {
            "iss": self.issuer,
            "aud": self.client_id,
            "sub": sub,
            "name": name,
            "email": email,
            LTI + "version": "1.3.0",
            LTI + "deployment_id": self.deployment_id,
            LTI + "target_link_uri": f"{self.tool_url}/lti/launch/",
            LTI + "roles": roles,
            LTI + "context": {"id": context_id, "title": "OTA 101 Transfers", "label": "OTA101"},
            NRPS_CLAIM: {
                "context_memberships_url": f"{self.url}/memberships?context={context_id}",
                "service_versions": ["2.0"],
            },
        }

    def _queue(self, claims) -> str:
        hint = secrets.token_hex(8)
        self.pending[hint] = claims
        return hint

    def authorize(self, query: dict, *, key=None) -> dict:
        """The OIDC authorization endpoint: the signed id_token for the queued message."""
        q = {k: v[0] for k, v in query.items()}
        assert q["client_id"] == self.client_id, "unknown client"
        assert q["redirect_uri"] == f"{self.tool_url}/lti/launch/", "redirect URI not registered"
        assert q["response_type"] == "id_token" and q["scope"] == "openid"
        claims = dict(self.pending[q["lti_message_hint"]])
        now = int(time.time())
        claims.update({"nonce": q["nonce"], "iat": now, "exp": now + 300})
        token = jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": self.kid})
        return {"action": q["redirect_uri"], "id_token": token, "state": q["state"]}

    # ------------------------------------------------------------------ service checks
    def verify_tool_jwt(self, token: str, *, audience: str | list[str], issuer: str | None = None) -> dict:
        """Verify a JWT the tool signed, with the key from the tool's published JWKS."""
        kid = jwt.get_unverified_header(token)["kid"]
        keys = requests.get(f"{self.tool_url}/lti/jwks/", timeout=10).json()["keys"]
        jwk = next(k for k in keys if k["kid"] == kid)
        return jwt.decode(token, RSAAlgorithm.from_jwk(jwk), algorithms=["RS256"], audience=audience, issuer=issuer)

    def bearer_scopes(self, header: str | None) -> list[str]:
        token = (header or "").removeprefix("Bearer ")
        return self.tokens.get(token, [])


def _handler(platform: Platform):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _json(self, status, body, content_type="application/json", headers=None):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _body(self):
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length).decode()

        def do_GET(self):
            path = urlsplit(self.path).path
            if path == "/jwks":
                return self._json(200, platform.jwks())
            if path == "/auth":
                # A browser's visit: the platform answers with its auto-posting form (its page,
                # not ours, so its inline script is not under our Content-Security-Policy).
                answer = platform.authorize(parse_qs(urlsplit(self.path).query))
                page = (
                    f'<!DOCTYPE html><html lang="en"><title>Platform</title><form method="post" '
                    f'action="{answer["action"]}"><input type="hidden" name="id_token" value="{answer["id_token"]}">'
                    f'<input type="hidden" name="state" value="{answer["state"]}"></form>'
                    "<script>document.forms[0].submit()</script></html>"
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                return None
            if path == "/.well-known/openid-configuration":
                return self._json(200, platform.openid_configuration())
            scopes = platform.bearer_scopes(self.headers.get("Authorization"))
            if path == "/memberships":
                if NRPS_SCOPE not in scopes:
                    return self._json(401, {"error": "unauthorized"})
                return self._json(
                    200,
                    {"id": platform.url + self.path, "context": {"id": "course-1"}, "members": platform.members},
                    "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                )
            if path == "/lineitems":
                if not scopes:
                    return self._json(401, {"error": "unauthorized"})
                return self._json(
                    200, list(platform.line_items.values()), "application/vnd.ims.lis.v2.lineitemcontainer+json"
                )
            return self._json(404, {"error": "not found"})

        def do_POST(self):
            path = urlsplit(self.path).path
            body = self._body()
            if path == "/token":
                form = {k: v[0] for k, v in parse_qs(body).items()}
                try:
                    platform.verify_tool_jwt(
                        form["client_assertion"], audience=platform.token_url, issuer=platform.client_id
                    )
                except Exception as error:  # noqa: BLE001 - any bad assertion is a refusal
                    return self._json(401, {"error": "invalid_client", "detail": str(error)})
                token = secrets.token_hex(16)
                platform.tokens[token] = form.get("scope", "").split()
                return self._json(200, {"access_token": token, "token_type": "Bearer", "expires_in": 3600})
            if path == "/register":
                if self.headers.get("Authorization") != f"Bearer {platform.registration_token}":
                    return self._json(401, {"error": "invalid registration token"})
                metadata = json.loads(body)
                platform.registrations.append(metadata)
                answer = {
                    **metadata,
                    "client_id": platform.client_id,
                    TOOL_CONFIGURATION: {
                        **metadata[TOOL_CONFIGURATION],
                        "deployment_id": platform.deployment_id,
                    },
                }
                return self._json(200, answer)
            if path == "/deep-link-return":
                form = {k: v[0] for k, v in parse_qs(body).items()}
                claims = platform.verify_tool_jwt(form["JWT"], audience=platform.issuer, issuer=platform.client_id)
                platform.deep_link_responses.append(claims)
                return self._json(200, {"ok": True})
            scopes = platform.bearer_scopes(self.headers.get("Authorization"))
            if path == "/lineitems":
                if AGS_SCOPES[0] not in scopes:
                    return self._json(401, {"error": "unauthorized"})
                with platform.lock:
                    n = len(platform.line_items) + 1
                    item = {**json.loads(body), "id": f"{platform.url}/lineitems/{n}"}
                    platform.line_items[item["id"]] = item
                return self._json(201, item, "application/vnd.ims.lis.v2.lineitem+json")
            if path.startswith("/lineitems/") and path.endswith("/scores"):
                if AGS_SCOPES[2] not in scopes:
                    return self._json(401, {"error": "unauthorized"})
                assert self.headers["Content-Type"] == "application/vnd.ims.lis.v1.score+json"
                with platform.lock:
                    if platform.fail_scores > 0:
                        platform.fail_scores -= 1
                        return self._json(503, {"error": "try later"})
                    platform.scores.append(
                        {"lineitem": platform.url + path.removesuffix("/scores"), **json.loads(body)}
                    )
                return self._json(200, {})
            return self._json(404, {"error": "not found"})

    return Handler
