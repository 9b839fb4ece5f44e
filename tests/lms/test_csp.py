"""Content-Security-Policy: strict on every page we write, looser only on the admins."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.signals import request_finished
from django.db import close_old_connections
from django.urls import get_resolver

from tests.test_url_sweep import SKIPPED_PREFIXES, _walk

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
}
# Rendered to PDF by WeasyPrint on the server, never served to a browser.
PDF_TEMPLATES = {"progress/certificate.html", "progress/transcript_pdf.html"}


def _directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


def _pages_without_arguments():
    return sorted(
        "/" + template
        for template, converters in _walk(get_resolver().url_patterns)
        if converters == () and not template.startswith(tuple(SKIPPED_PREFIXES))
    )


def _close(response):
    """Close a file download (the audit packet holds a temporary file) without the end-of-request
    signal, which would close the test's database connection inside its transaction on
    PostgreSQL (the test client disconnects it the same way while it serves a request)."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_every_page_is_served_with_the_strict_policy(client, learner, who):
    if who == "learner":
        client.force_login(learner)
    pages = _pages_without_arguments()
    assert {"/dashboard/", "/progress/transcript/", "/learn/search/", "/accounts/login/"} <= set(pages)

    for url in pages:
        response = client.get(url)
        _close(response)
        assert STRICT <= _directives(response), url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url


def test_error_pages_carry_the_policy_too(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert STRICT <= _directives(response)


def test_the_admins_get_inline_script_and_style_and_same_origin_framing(client, superuser):
    client.force_login(superuser)

    for url in ["/admin/", "/django-admin/"]:
        directives = _directives(client.get(url))
        assert "script-src 'self' 'unsafe-inline'" in directives, url
        assert "style-src 'self' 'unsafe-inline'" in directives, url
        assert "frame-ancestors 'self'" in directives, url


def test_templates_have_no_inline_script_style_or_event_handler():
    """The policy blocks them, so they would silently not work: put JS in static/js/ and CSS in
    static/css/."""
    root = Path(settings.BASE_DIR) / "templates"
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
    offenders = []
    for path in root.rglob("*.html"):
        name = path.relative_to(root).as_posix()
        if name in PDF_TEMPLATES:
            continue
        text = path.read_text()
        for problem, pattern in [
            ("inline <script>", inline_script),
            ("<style> element", re.compile(r"<style[\s>]", re.I)),
            ("style attribute", re.compile(r"\sstyle=", re.I)),
            ("event handler attribute", re.compile(r"\son[a-z]+=", re.I)),
        ]:
            if pattern.search(text):
                offenders.append(f"{name}: {problem}")

    assert offenders == []
