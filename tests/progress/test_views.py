import csv
import datetime
import io
import zipfile
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lms import services as lms_services
from lms.models import Membership
from quizzes.models import Certificate, CreditEntry, ExternalCredit
from quizzes.progress import services
from tests.factories import UserFactory
from tests.progress.conftest import NOW, complete_module, make_module, pdf_strings

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n% evidence\n"


@pytest.fixture
def owner(organization):
    user = UserFactory(email="owner@riverside.test", name="Olive Owner")
    user.nbcot_cycle_start, user.nbcot_cycle_end = datetime.date(2025, 1, 1), datetime.date(2027, 12, 31)
    user.save()
    lms_services.membership_create(user=user, organization=organization, role=Membership.Role.LEARNER)
    return user


@pytest.fixture
def certificate(owner, catalog):
    module = make_module(catalog, title="Safe transfers", provider_name="Occupass", approval_number="AOTA-77")
    completion = complete_module(owner, module)
    return Certificate.objects.select_related("completion").get(completion=completion)


@pytest.fixture
def external(owner, private_media):
    return services.external_credit_create(
        user=owner, title="Dementia care", provider="State OTA", completed_on=datetime.date(2026, 1, 10),
        amount=Decimal("2"), unit="contact_hours", category="", pdu_eligible=True,
        evidence=SimpleUploadedFile("cert.pdf", PDF),
    )  # fmt: skip


@pytest.fixture
def other_manager(other_organization):
    user = UserFactory(email="manager@lakeside.test")
    lms_services.membership_create(user=user, organization=other_organization, role=Membership.Role.MANAGER)
    return user


def as_user(client, user):
    client.force_login(user)
    return client


# ---------------------------------------------------------------------------------- verification


def test_verify_shows_only_name_module_date_hours_and_status(client, certificate, owner):
    response = client.get(f"/verify/{certificate.code}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Olive Owner" in content
    assert "Safe transfers" in content
    assert "March 2, 2026" in content
    assert "<dd>2</dd>" in content
    assert "This certificate is genuine." in content
    assert owner.email not in content
    assert "AOTA-77" not in content
    assert "riverside" not in content.lower()


def test_verify_unknown_code_is_a_helpful_404(client):
    response = client.get("/verify/not-a-real-code/")

    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()
    assert "not-a-real-code" in response.content.decode()


def test_verify_shows_revoked(client, certificate, superuser):
    services.certificate_revoke(certificate=certificate, by=superuser, reason="Error", now=NOW)

    content = client.get(f"/verify/{certificate.code}/").content.decode()

    assert "This certificate has been revoked" in content


def test_verify_shows_expired(client, owner, catalog):
    completion = complete_module(owner, make_module(catalog, renewal_months=1), now=NOW - datetime.timedelta(days=90))

    content = client.get(f"/verify/{completion.certificate.code}/").content.decode()

    assert "its completion has expired" in content


def test_verify_is_rate_limited_per_address(client, certificate, settings):
    settings.PROGRESS_VERIFY_RATE_PER_MINUTE = 3
    statuses = [client.get(f"/verify/{certificate.code}/").status_code for _ in range(4)]

    response = client.get("/verify/anything/")

    assert statuses == [200, 200, 200, 429]
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Please wait a minute" in response.content.decode()


# ---------------------------------------------------------------------------------- certificates


def test_certificate_pdf_for_its_owner_carries_the_verification_code(client, owner, certificate):
    response = as_user(client, owner).get(f"/progress/certificates/{certificate.code}.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    body = pdf_strings(response.content)
    assert body.startswith(b"%PDF-")
    assert f"/verify/{certificate.code}/".encode() in body
    assert f"Certificate {certificate.code}".encode() in body


def test_certificate_shows_the_learners_organization(certificate):
    from django.template.loader import render_to_string

    from quizzes.progress import pdf

    context = pdf.certificate_context(certificate=certificate, verify_url="https://x.test/verify/c/", now=NOW)
    html = render_to_string("progress/certificate.html", context)

    assert context["organizations"] == "Riverside Therapy"
    assert "<p>of Riverside Therapy</p>" in html


def test_certificate_pdf_of_another_learner_is_404(client, certificate):
    response = as_user(client, UserFactory()).get(f"/progress/certificates/{certificate.code}.pdf")

    assert response.status_code == 404


def test_certificate_pdf_for_a_manager_of_the_learners_organization(client, certificate, manager):
    assert as_user(client, manager).get(f"/progress/certificates/{certificate.code}.pdf").status_code == 200


def test_certificate_pdf_for_a_manager_of_another_organization_is_404(client, certificate, other_manager):
    assert as_user(client, other_manager).get(f"/progress/certificates/{certificate.code}.pdf").status_code == 404


def test_certificate_pdf_for_an_educator_of_the_same_organization_is_404(client, certificate, educator):
    assert as_user(client, educator).get(f"/progress/certificates/{certificate.code}.pdf").status_code == 404


def test_certificate_pdf_requires_sign_in(client, certificate):
    response = client.get(f"/progress/certificates/{certificate.code}.pdf")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_certificate_revoke_is_404_for_non_staff(client, certificate, manager):
    response = as_user(client, manager).post(f"/progress/certificates/{certificate.code}/revoke/", {"reason": "x"})

    assert response.status_code == 404
    assert Certificate.objects.get(pk=certificate.pk).status == "valid"


def test_certificate_revoke_by_staff_revokes_and_reverses(client, certificate, superuser):
    response = as_user(client, superuser).post(
        f"/progress/certificates/{certificate.code}/revoke/", {"reason": "Identity mix-up"}
    )

    assert response.status_code == 302
    assert Certificate.objects.get(pk=certificate.pk).status == "revoked"
    reversal = CreditEntry.objects.get(kind="reversal")
    assert reversal.reason == f"Certificate {certificate.code} revoked: Identity mix-up"


# -------------------------------------------------------------------------------------- evidence


def test_evidence_is_served_to_its_owner(client, owner, external):
    response = as_user(client, owner).get(f"/progress/external/{external.pk}/evidence/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF
    assert "attachment" in response["Content-Disposition"]


def test_evidence_of_another_learner_is_404(client, external):
    assert as_user(client, UserFactory()).get(f"/progress/external/{external.pk}/evidence/").status_code == 404


def test_evidence_for_a_manager_of_the_learners_organization(client, external, manager):
    response = as_user(client, manager).get(f"/progress/external/{external.pk}/evidence/")
    response.close()  # a FileResponse holds the file open until closed

    assert response.status_code == 200


def test_evidence_for_a_manager_of_another_organization_is_404(client, external, other_manager):
    assert as_user(client, other_manager).get(f"/progress/external/{external.pk}/evidence/").status_code == 404


def test_evidence_is_never_under_the_public_media_url(external, settings):
    assert not str(settings.PRIVATE_MEDIA_ROOT).startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError, match="not accessible via a URL"):
        external.evidence.url  # noqa: B018


def test_external_form_adds_credit_with_png_evidence(client, owner, private_media):
    response = as_user(client, owner).post(
        "/progress/external/",
        {"title": "Falls prevention", "provider": "Board", "completed_on": "2026-02-01", "amount": "0.2",
         "unit": "ceu", "category": "ethics", "pdu_eligible": "on",
         "evidence": SimpleUploadedFile("falls.png", PNG, content_type="image/png")},
    )  # fmt: skip

    assert response.status_code == 302
    entry = CreditEntry.objects.get(kind="external")
    assert (entry.contact_hours, entry.pdu, entry.categories) == (Decimal("2.00"), Decimal("2.00"), ["ethics"])


def test_external_form_refuses_a_disguised_file_and_keeps_the_other_fields(client, owner, private_media):
    response = as_user(client, owner).post(
        "/progress/external/",
        {"title": "Falls prevention", "provider": "Board", "completed_on": "2026-02-01", "amount": "2",
         "unit": "contact_hours", "evidence": SimpleUploadedFile("cert.pdf", b"MZ\x90\x00 executable")},
    )  # fmt: skip

    content = response.content.decode()
    assert response.status_code == 400
    assert "Upload the certificate as a PDF, PNG or JPEG file" in content
    assert 'value="Falls prevention"' in content
    assert ExternalCredit.objects.count() == 0


def test_external_form_refuses_files_over_5_mb(client, owner, private_media):
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024))
    response = as_user(client, owner).post(
        "/progress/external/",
        {"title": "T", "provider": "P", "completed_on": "2026-02-01", "amount": "1", "unit": "contact_hours",
         "evidence": big},
    )  # fmt: skip

    assert response.status_code == 400
    assert "the limit is 5 MB" in response.content.decode()


# ------------------------------------------------------------------------------------ transcript


def test_transcript_defaults_to_the_nbcot_cycle_and_lists_entries(client, owner, certificate, external):
    content = as_user(client, owner).get("/progress/transcript/").content.decode()

    assert "Jan 1, 2025 – Dec 31, 2027" in content
    assert "Safe transfers" in content
    assert "Dementia care" in content
    assert "<strong>4</strong> contact hours" in content


def test_transcript_period_filter_excludes_entries_outside_it(client, owner, certificate, external):
    content = as_user(client, owner).get("/progress/transcript/?start=2026-03-01&end=2026-03-31").content.decode()

    assert "Safe transfers" in content
    assert "Dementia care" not in content


def test_transcript_with_an_inverted_period_explains_the_error(client, owner):
    content = as_user(client, owner).get("/progress/transcript/?start=2026-03-01&end=2026-01-01").content.decode()

    assert "The end date must be on or after the start date." in content


def test_transcript_csv_has_one_row_per_entry_and_a_total(client, owner, certificate, external):
    response = as_user(client, owner).get("/progress/transcript.csv")

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert response["Content-Type"] == "text/csv"
    assert rows[0][:6] == ["earned_on", "title", "source", "contact_hours", "ceu", "pdu"]
    assert [row[:6] for row in rows[1:]] == [
        ["2026-01-10", "Dementia care", "External CE", "2.00", "0.20", "2.00"],
        ["2026-03-02", "Safe transfers", "Module completion", "2.00", "0.20", "2.00"],
        ["total", "", "", "4.00", "", "4.00"],
    ]
    assert rows[2][10] == certificate.code


def test_transcript_csv_defuses_formula_cells(client, owner, private_media):
    services.external_credit_create(
        user=owner, title="=HYPERLINK(1)", provider="P", completed_on=datetime.date(2026, 1, 10),
        amount=Decimal("1"), unit="contact_hours", category="", pdu_eligible=True,
        evidence=SimpleUploadedFile("c.pdf", PDF),
    )  # fmt: skip

    body = b"".join(as_user(client, owner).get("/progress/transcript.csv").streaming_content).decode()

    assert "'=HYPERLINK(1)" in body


def test_transcript_pdf_is_a_pdf(client, owner, certificate):
    response = as_user(client, owner).get("/progress/transcript.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"CE transcript 2025-01-01 to 2027-12-31" in pdf_strings(response.content)


def test_audit_packet_holds_transcript_certificates_and_evidence(client, owner, certificate, external):
    response = as_user(client, owner).get("/progress/audit-packet.zip")

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert response["Content-Type"] == "application/zip"
    assert sorted(archive.namelist()) == [
        f"certificates/2026-03-02-{certificate.code}.pdf",
        f"evidence/2026-01-10-{external.pk}.pdf",
        "transcript.pdf",
    ]
    assert archive.read(f"evidence/2026-01-10-{external.pk}.pdf") == PDF
    assert f"/verify/{certificate.code}/".encode() in pdf_strings(
        archive.read(f"certificates/2026-03-02-{certificate.code}.pdf")
    )


@pytest.mark.parametrize(
    "path", ["transcript/", "transcript.csv", "transcript.pdf", "audit-packet.zip"], ids=lambda p: p
)
def test_another_learners_records_are_404(client, owner, path):
    response = as_user(client, UserFactory()).get(f"/progress/people/{owner.pk}/{path}")

    assert response.status_code == 404


@pytest.mark.parametrize("path", ["transcript/", "transcript.csv", "audit-packet.zip"], ids=lambda p: p)
def test_a_manager_of_another_organization_gets_404(client, owner, other_manager, path):
    assert as_user(client, other_manager).get(f"/progress/people/{owner.pk}/{path}").status_code == 404


def test_a_manager_of_the_learners_organization_sees_the_transcript(client, owner, manager, certificate):
    response = as_user(client, manager).get(f"/progress/people/{owner.pk}/transcript/")

    assert response.status_code == 200
    assert "CE transcript: Olive Owner" in response.content.decode()


# ----------------------------------------------------------------------------------- other pages


def test_licence_page_saves_the_renewal_date(client, owner):
    response = as_user(client, owner).post("/progress/licence/", {"renews_on": "2026-06-30"})

    owner.refresh_from_db()
    assert response.status_code == 302
    assert owner.licence_renewal.renews_on == datetime.date(2026, 6, 30)


def test_review_page_lists_due_items_and_starts_a_session(client, owner):
    from tests.quizzes.factories import QuestionFactory

    question = QuestionFactory(stem="<p>Which side do you transfer toward?</p>")
    services.review_record(user=owner, question=question, correct=False, now=NOW)
    client = as_user(client, owner)

    content = client.get("/progress/review/").content.decode()
    response = client.post("/progress/review/start/")

    assert "Which side do you transfer toward?" in content
    assert response.status_code == 302
    assert response["Location"].startswith("/quiz/attempt/")


def test_review_start_with_nothing_due_explains(client, owner):
    response = as_user(client, owner).post("/progress/review/start/", follow=True)

    assert "Nothing is due for review today." in response.content.decode()
