"""PDFs (WeasyPrint, from HTML templates educators can restyle) and the audit packet zip.

Templates carry their CSS inline, so rendering never fetches anything: the fetcher allows only
inline `data:` URIs (the QR code).

Certificates and transcripts are rendered by the task worker, never in a learner's request
(WeasyPrint takes 60-150 ms of CPU per document). A request renders the document's HTML (cheap),
names the file after a hash of that HTML, and either serves the stored file or enqueues
`render_document` and shows a "being prepared" page that reloads itself. Because the name is the
content's hash, a changed record (a new ledger entry, a revoked certificate, another period) is a
new file, and an unchanged one is rendered once however often it is downloaded. With the
`immediate` task backend (development, tests) the task runs inside `enqueue`, so the file is there
at once and the request serves it directly.
"""

import datetime
import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

import segno
from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from quizzes.models import Certificate
from quizzes.progress import selectors
from quizzes.skills import export as skills_export


def _defuse(value) -> str:
    # A cell starting with = + - @ is a formula to spreadsheets; text fields are defused.
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def html_to_pdf(html: str) -> bytes:
    # Imported here, not at the top: WeasyPrint (with Pango, fontTools and their libraries) adds
    # about 43 MB to a process, and web workers never render a PDF since they are rendered by the
    # task worker (only the audit packet still renders in its request, so a web worker that
    # serves one loads it then). Issue 19: a web worker's memory against wagtail-lms.
    from weasyprint import HTML  # noqa: PLC0415
    from weasyprint.urls import URLFetcher  # noqa: PLC0415

    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=["data"])).write_pdf()


# ------------------------------------------------------------------ documents rendered by the worker

# How long a queued render counts as under way before a request may enqueue it again (a worker
# that died, or a task that failed, is retried by the next download after this).
QUEUED_SECONDS = 120


def documents_root() -> Path:
    """Rendered PDFs live with the other private files (never under MEDIA_URL): they carry a
    learner's name and record, and are served only through the views that check who asks.
    Read at use, so tests can point PRIVATE_MEDIA_ROOT elsewhere."""
    return Path(settings.PRIVATE_MEDIA_ROOT) / "documents"


def document_name(*, kind: str, html: str) -> str:
    return f"{kind}/{hashlib.sha256(html.encode()).hexdigest()}.pdf"


def _document_path(name: str) -> Path:
    path = (documents_root() / name).resolve()
    if documents_root().resolve() not in path.parents:
        raise ValueError(f"not a document name: {name!r}")
    return path


@task()
def render_document(*, name: str, html: str) -> str:
    """Render `html` to the PDF `name` (written to a temporary file and renamed, so a reader never
    sees half a file, and two workers rendering the same document do not clash)."""
    path = _document_path(name)
    if path.exists():
        return name
    path.parent.mkdir(parents=True, exist_ok=True)
    data = html_to_pdf(html)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as part:
        part.write(data)
    os.replace(part.name, path)
    return name


def prepared_document(*, kind: str, html: str) -> bytes | None:
    """The PDF of `html` if it has been rendered; otherwise enqueue its rendering (once per
    QUEUED_SECONDS) and return None, or the PDF if the task backend ran it at once."""
    name = document_name(kind=kind, html=html)
    path = _document_path(name)
    if not path.exists():
        if not cache.add(f"pdf:queued:{name}", 1, timeout=QUEUED_SECONDS):
            return None
        render_document.enqueue(name=name, html=html)
        if not path.exists():
            return None
    cache.delete(f"pdf:queued:{name}")
    return path.read_bytes()


def qr_data_uri(url: str) -> str:
    """An SVG QR code for `url`, as a data URI WeasyPrint embeds directly."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def certificate_pdf(*, certificate: Certificate, verify_url: str, now: datetime.datetime) -> bytes:
    return html_to_pdf(certificate_html(certificate=certificate, verify_url=verify_url, now=now))


def certificate_html(*, certificate: Certificate, verify_url: str, now: datetime.datetime) -> str:
    return render_to_string(
        "progress/certificate.html", certificate_context(certificate=certificate, verify_url=verify_url, now=now)
    )


def certificate_context(*, certificate: Certificate, verify_url: str, now: datetime.datetime) -> dict:
    """What the certificate shows, including the organization(s) the learner trains with."""
    return {
        "certificate": certificate,
        "learner_name": certificate.user.name or certificate.user.email,
        "organizations": ", ".join(
            certificate.user.memberships.filter(deactivated_at__isnull=True)
            .order_by("organization__name")
            .values_list("organization__name", flat=True)
        ),
        "site_name": settings.SITE_NAME,
        "module": certificate.completion.module,
        "completion": certificate.completion,
        "entry": selectors.certificate_entry(certificate),
        "status": certificate.display_status(now),
        "verify_url": verify_url,
        "qr": qr_data_uri(verify_url),
    }


def transcript_pdf(*, transcript, now: datetime.datetime) -> bytes:
    return html_to_pdf(transcript_html(transcript=transcript, now=now))


def transcript_html(*, transcript, now: datetime.datetime) -> str:
    """The transcript says the day it was generated, not the minute: the same record downloaded
    twice in a day is the same document (rendered once by the worker)."""
    return render_to_string(
        "progress/transcript_pdf.html",
        {"transcript": transcript, "owner": transcript.owner, "generated_at": timezone.localdate(now)},
    )


def audit_packet(*, transcript, certificates, evidence, verify_url_for, now: datetime.datetime):
    """A zip of the transcript PDF (with the skills observations), every certificate PDF, every
    evidence file and the observations with each step's result as CSV, as an open temporary file
    positioned at its start (spooled to disk past 10 MB)."""
    packet = tempfile.SpooledTemporaryFile(max_size=10 * 1024 * 1024)  # noqa: SIM115 - returned open
    with zipfile.ZipFile(packet, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("transcript.pdf", transcript_pdf(transcript=transcript, now=now))
        if transcript.observations:
            archive.writestr(
                "skills-observations.csv", skills_export.csv_text(transcript.observations, defuse=_defuse)
            )
        for certificate in certificates:
            archive.writestr(
                f"certificates/{certificate.completion.completed_on:%Y-%m-%d}-{certificate.code}.pdf",
                certificate_pdf(certificate=certificate, verify_url=verify_url_for(certificate), now=now),
            )
        for item in evidence:
            with item.evidence.open("rb") as source:
                suffix = item.evidence.name.rsplit(".", 1)[-1]
                archive.writestr(f"evidence/{item.completed_on:%Y-%m-%d}-{item.pk}.{suffix}", source.read())
    packet.seek(0)
    return packet
