"""Certificate and transcript PDFs are rendered by the task worker, never in the learner's request."""

import datetime

import pytest
from django_tasks import task_backends

from quizzes.models import Certificate
from quizzes.progress import pdf
from tests.progress.conftest import complete_module, make_module, pdf_strings
from tests.progress.test_views import as_user, owner  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(owner, catalog):  # noqa: F811 - fixture
    module = make_module(catalog, title="Safe transfers")
    return Certificate.objects.get(completion=complete_module(owner, module))


@pytest.fixture
def queue(settings):
    """A task backend that only records what is enqueued, as a real queue would before its worker runs."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = task_backends["default"]
    backend.clear()
    return backend


def run_queued(queue):
    """What the worker does: run every queued task."""
    for result in list(queue.results):
        result.task.call(*result.args, **result.kwargs)
    queue.clear()


def test_certificate_pdf_is_prepared_by_the_worker_while_the_learner_sees_a_refreshing_page(
    client,
    owner,  # noqa: F811 - fixture
    certificate,
    queue,
):
    first = as_user(client, owner).get(f"/progress/certificates/{certificate.code}.pdf")
    again = client.get(f"/progress/certificates/{certificate.code}.pdf")

    assert first.status_code == 202
    assert first["Retry-After"] == "3"
    assert "Your certificate is being prepared" in first.text
    assert '<meta http-equiv="refresh" content="3">' in first.text
    assert f'href="/progress/certificates/{certificate.code}.pdf"' in first.text
    assert again.status_code == 202
    assert [result.task.name for result in queue.results] == ["render_document"]  # enqueued once

    run_queued(queue)
    ready = client.get(f"/progress/certificates/{certificate.code}.pdf")

    assert ready.status_code == 200
    assert ready["Content-Type"] == "application/pdf"
    assert f"Certificate {certificate.code}".encode() in pdf_strings(ready.content)
    assert queue.results == []


def test_a_changed_certificate_is_a_new_document(client, owner, certificate, queue):  # noqa: F811 - fixture
    as_user(client, owner).get(f"/progress/certificates/{certificate.code}.pdf")
    run_queued(queue)
    assert client.get(f"/progress/certificates/{certificate.code}.pdf").status_code == 200

    certificate.status = Certificate.Status.REVOKED
    certificate.save()

    assert client.get(f"/progress/certificates/{certificate.code}.pdf").status_code == 202
    assert len(queue.results) == 1


def test_transcript_pdf_is_prepared_by_the_worker(client, owner, certificate, queue):  # noqa: F811 - fixture
    first = as_user(client, owner).get("/progress/transcript.pdf")

    assert first.status_code == 202
    assert "Your transcript is being prepared" in first.text
    assert [result.kwargs["name"].split("/")[0] for result in queue.results] == ["transcripts"]

    run_queued(queue)
    ready = client.get("/progress/transcript.pdf")

    assert ready.status_code == 200
    assert b"CE transcript 2025-01-01 to 2027-12-31" in pdf_strings(ready.content)


def test_a_downloaded_document_is_rendered_once(client, owner, certificate, monkeypatch):  # noqa: F811 - fixture
    rendered = []
    html_to_pdf = pdf.html_to_pdf
    monkeypatch.setattr(pdf, "html_to_pdf", lambda html: rendered.append(html) or html_to_pdf(html))
    as_user(client, owner)

    statuses = [client.get(f"/progress/certificates/{certificate.code}.pdf").status_code for _ in range(3)]

    assert statuses == [200, 200, 200]  # the immediate backend runs the task inside the request
    assert len(rendered) == 1


def test_a_failed_render_is_enqueued_again_after_the_queued_window(
    client,
    owner,  # noqa: F811 - fixture
    certificate,
    queue,
):
    from django.core.cache import cache

    as_user(client, owner).get(f"/progress/certificates/{certificate.code}.pdf")
    queue.clear()  # the worker lost the task
    client.get(f"/progress/certificates/{certificate.code}.pdf")
    assert queue.results == []  # still counted as under way

    cache.clear()  # the QUEUED_SECONDS window has passed
    client.get(f"/progress/certificates/{certificate.code}.pdf")

    assert len(queue.results) == 1


def test_document_names_cannot_leave_the_documents_folder():
    with pytest.raises(ValueError, match="not a document name"):
        pdf.render_document.call(name="../../etc/x.pdf", html="<p>x</p>")


def test_transcript_says_the_day_it_was_generated(owner):  # noqa: F811 - fixture
    from quizzes.progress import selectors

    data = selectors.transcript(user=owner, start=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 31))
    morning = pdf.transcript_html(transcript=data, now=datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC))
    evening = pdf.transcript_html(transcript=data, now=datetime.datetime(2026, 3, 2, 15, 30, tzinfo=datetime.UTC))

    assert "generated Mar 2, 2026" in morning
    assert pdf.document_name(kind="transcripts", html=morning) == pdf.document_name(kind="transcripts", html=evening)


def test_the_web_app_does_not_load_weasyprint():
    """WeasyPrint is ~43 MB per process and only the task worker renders PDFs (issue 19)."""
    import os
    import subprocess
    import sys

    from django.conf import settings

    code = (
        "import sys, django; django.setup(); from django.urls import get_resolver; get_resolver().url_patterns; "
        "import lms.wsgi; print(any(name.startswith('weasyprint') for name in sys.modules))"
    )
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="lms.settings")
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"
