"""A real SAML 2.0 identity provider for the SSO tests, built on pysaml2's IdP `Server`.

Served on loopback by a threaded `http.server`: `/metadata` (the IdP's signed-by-key metadata,
which our app fetches by URL) and `/sso/redirect` (HTTP-Redirect binding in, an HTTP-POST form
with a signed response and signed assertion out). Signing uses Debian's `xmlsec1`, with a key
and self-signed certificate made for the test session.

`users` stands in for the IdP's directory and `signed_in` for the browser's IdP session: a person
missing from the directory, or disabled there, gets a SAML error response (AuthnFailed).
"""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.s_utils import UnknownPrincipal
from saml2.saml import AUTHN_PASSWORD, NAME_FORMAT_URI, NAMEID_FORMAT_EMAILADDRESS, NameID
from saml2.server import Server
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256


def write_key_and_certificate(directory: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test-idp.invalid")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = directory / "idp.key", directory / "idp.crt"
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


class SAMLIdentityProvider:
    def __init__(self, directory: Path):
        self.directory = directory
        self.key_file, self.cert_file = write_key_and_certificate(directory)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.entity_id = f"{self.base_url}/metadata"
        self.users: dict[str, dict] = {}  # email → {"attributes": {...}, "active": bool}
        self.signed_in: str | None = None
        self.server: Server | None = None
        self._sp_metadata: str | None = None

    def config(self) -> IdPConfig:
        conf = {
            "entityid": self.entity_id,
            "service": {
                "idp": {
                    "endpoints": {
                        "single_sign_on_service": [(f"{self.base_url}/sso/redirect", BINDING_HTTP_REDIRECT)]
                    },
                    "name_id_format": [NAMEID_FORMAT_EMAILADDRESS],
                    "want_authn_requests_signed": False,
                    "policy": {"default": {"lifetime": {"minutes": 15}, "name_form": NAME_FORMAT_URI}},
                }
            },
            "key_file": str(self.key_file),
            "cert_file": str(self.cert_file),
            "xmlsec_binary": "/usr/bin/xmlsec1",
        }
        if self._sp_metadata:
            sp_file = self.directory / "sp.xml"
            sp_file.write_text(self._sp_metadata)
            conf["metadata"] = {"local": [str(sp_file)]}
        config = IdPConfig()
        config.load(conf)
        return config

    def trust_service_provider(self, metadata_xml: str) -> None:
        """Load our SP metadata (as IT uploads it into Entra/Okta/ADFS)."""
        if metadata_xml != self._sp_metadata:
            self._sp_metadata = metadata_xml
            self.server = Server(config=self.config())

    def metadata(self) -> str:
        return create_metadata_string(None, config=self.config(), valid=24).decode()

    def start(self) -> None:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, saml_request: str, relay_state: str) -> str:
        """The auto-submitting HTML form the IdP returns to the browser."""
        request = self.server.parse_authn_request(saml_request, BINDING_HTTP_REDIRECT).message
        response_args = self.server.response_args(request)
        person = self.users.get(self.signed_in or "")
        if person is None or not person["active"]:
            response = self.server.create_error_response(
                request.id,
                response_args["destination"],
                UnknownPrincipal("This account is disabled."),
                sign=True,
                sign_alg=SIG_RSA_SHA256,
                digest_alg=DIGEST_SHA256,
            )
        else:
            response = self.server.create_authn_response(
                person["attributes"],
                userid=self.signed_in,
                name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text=self.signed_in),
                authn={"class_ref": AUTHN_PASSWORD, "authn_auth": self.entity_id},
                sign_response=True,
                sign_assertion=True,
                sign_alg=SIG_RSA_SHA256,  # python3-saml refuses SHA-1, as it should
                digest_alg=DIGEST_SHA256,
                **response_args,
            )
        http_args = self.server.apply_binding(
            BINDING_HTTP_POST, str(response), response_args["destination"], relay_state, response=True
        )
        return http_args["data"]

    def _handler(self):
        idp = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                url = urlsplit(self.path)
                if url.path == "/metadata":
                    self._send(200, idp.metadata(), "application/samlmetadata+xml")
                elif url.path == "/sso/redirect":
                    query = parse_qs(url.query)
                    body = idp.answer(query["SAMLRequest"][0], query.get("RelayState", [""])[0])
                    self._send(200, body, "text/html")
                else:
                    self._send(404, "not found", "text/plain")

            def _send(self, status, body, content_type):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        return Handler
