"""PDFs (WeasyPrint, from HTML templates educators can restyle) and the audit packet zip.

Templates carry their CSS inline, so rendering never fetches anything: the fetcher allows only
inline `data:` URIs (the QR code).
"""

import datetime
import tempfile
import zipfile

import segno
from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from quizzes.models import Certificate
from quizzes.progress import selectors
from quizzes.skills import export as skills_export


def _defuse(value) -> str:
    # A cell starting with = + - @ is a formula to spreadsheets; text fields are defused.
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_pdf(*, template: str, context: dict) -> bytes:
    html = render_to_string(template, context)
    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=["data"])).write_pdf()


def qr_data_uri(url: str) -> str:
    """An SVG QR code for `url`, as a data URI WeasyPrint embeds directly."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def certificate_pdf(*, certificate: Certificate, verify_url: str, now: datetime.datetime) -> bytes:
    return render_pdf(
        template="progress/certificate.html",
        context=certificate_context(certificate=certificate, verify_url=verify_url, now=now),
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
    return render_pdf(
        template="progress/transcript_pdf.html",
        context={"transcript": transcript, "owner": transcript.owner, "generated_at": now},
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
