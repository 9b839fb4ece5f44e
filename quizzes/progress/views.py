"""Progress pages. Each view parses input, calls one service or selector, and renders or responds.

Everything about a learner is served only to that learner and to managers of an organization they
belong to (`selectors.can_view_learner`); anyone else gets a 404, never a 403.
"""

import csv
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quizzes import services as quiz_services
from quizzes.progress import pdf, selectors, services
from quizzes.progress.forms import ExternalCreditForm, LicenceRenewalForm, PeriodForm, RevokeForm, VerifyLookupForm
from quizzes.skills import export as skills_export

VERIFY_RATE_PER_MINUTE = 30
# How often the "being prepared" page of a PDF reloads itself.
PREPARING_REFRESH_SECONDS = 3


# ------------------------------------------------------------------------------------ transcript


def _period(request, owner):
    form = PeriodForm(request.GET, default=selectors.default_period(user=owner, today=timezone.localdate()))
    return form, form.period()


def _download_name(owner, kind: str, start, end, extension: str) -> str:
    return f"occupass-{kind}-{owner.pk}-{start:%Y%m%d}-{end:%Y%m%d}.{extension}"


def _attachment(response, filename: str):
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


@login_required
@never_cache
@require_GET
def transcript(request, user_id=None):
    owner = selectors.learner_visible_or_404(viewer=request.user, user_id=user_id)
    form, (start, end) = _period(request, owner)
    data = selectors.transcript(user=owner, start=start, end=end)
    context = {
        "form": form,
        "transcript": data,
        "owner": owner,
        "is_self": owner.pk == request.user.pk,
        "query": urlencode({"start": start.isoformat(), "end": end.isoformat()}),
    }
    return render(request, "progress/transcript.html", context)


class _Echo:
    def write(self, value):
        return value


def _csv_cell(value) -> str:
    # A cell starting with = + - @ is a formula to spreadsheets; text fields are defused.
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_HEADER = [
    "earned_on", "title", "source", "contact_hours", "ceu", "pdu", "pdu_eligible", "categories",
    "provider", "approval_number", "certificate_code", "reason", "recorded_at", "category_hours", "pdu_basis",
]  # fmt: skip


def _csv_rows(data):
    yield CSV_HEADER
    for entry in data.entries:
        certificate = getattr(entry.completion, "certificate", None) if entry.completion_id else None
        yield [
            entry.earned_on.isoformat(),
            _csv_cell(entry.title),
            entry.get_kind_display(),
            entry.contact_hours,
            "" if entry.ceu is None else entry.ceu,
            entry.pdu,
            "yes" if entry.pdu_eligible else "no",
            ";".join(entry.categories),
            _csv_cell(entry.provider),
            _csv_cell(entry.approval_number),
            certificate.code if certificate else "",
            _csv_cell(entry.reason),
            timezone.localtime(entry.created_at).isoformat(timespec="seconds"),
            "" if entry.category_hours is None else entry.category_hours,
            _csv_cell(entry.pdu_note),
        ]
    yield ["total", "", "", data.contact_hours, "", data.pdu, "", "", "", "", "", "", "", "", ""]
    if data.observations:
        yield []
        yield skills_export.CSV_HEADER
        for observation in data.observations:
            yield [_csv_cell(value) for value in skills_export.csv_row(observation)]


@login_required
@never_cache
@require_GET
def transcript_csv(request, user_id=None):
    owner = selectors.learner_visible_or_404(viewer=request.user, user_id=user_id)
    _form, (start, end) = _period(request, owner)
    data = selectors.transcript(user=owner, start=start, end=end)
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse((writer.writerow(row) for row in _csv_rows(data)), content_type="text/csv")
    return _attachment(response, _download_name(owner, "transcript", start, end, "csv"))


@login_required
@never_cache
@require_GET
def transcript_pdf(request, user_id=None):
    owner = selectors.learner_visible_or_404(viewer=request.user, user_id=user_id)
    _form, (start, end) = _period(request, owner)
    data = selectors.transcript(user=owner, start=start, end=end)
    return _document_response(
        request,
        kind="transcripts",
        html=pdf.transcript_html(transcript=data, now=timezone.now()),
        filename=_download_name(owner, "transcript", start, end, "pdf"),
        title="Your transcript" if owner.pk == request.user.pk else "The transcript",
    )


def _document_response(request, *, kind: str, html: str, filename: str, title: str):
    """The PDF if the worker has rendered it, else a page that says it is being prepared and
    reloads itself (202, Retry-After): the request never waits for WeasyPrint."""
    document = pdf.prepared_document(kind=kind, html=html)
    if document is None:
        response = render(
            request,
            "progress/document_preparing.html",
            {"title": title, "retry_url": request.get_full_path(), "refresh_seconds": PREPARING_REFRESH_SECONDS},
            status=202,
        )
        response["Retry-After"] = str(PREPARING_REFRESH_SECONDS)
        return response
    return _attachment(HttpResponse(document, content_type="application/pdf"), filename)


@login_required
@never_cache
@require_GET
def audit_packet(request, user_id=None):
    owner = selectors.learner_visible_or_404(viewer=request.user, user_id=user_id)
    _form, (start, end) = _period(request, owner)
    data, certificates, evidence = selectors.audit_packet_contents(user=owner, start=start, end=end)
    packet = pdf.audit_packet(
        transcript=data,
        certificates=certificates,
        evidence=evidence,
        verify_url_for=lambda certificate: _verify_url(request, certificate.code),
        now=timezone.now(),
    )
    return FileResponse(
        packet,
        as_attachment=True,
        filename=_download_name(owner, "audit-packet", start, end, "zip"),
        content_type="application/zip",
    )


# ---------------------------------------------------------------------------------- certificates


def _verify_url(request, code: str) -> str:
    return request.build_absolute_uri(reverse("progress:verify", args=[code]))


@login_required
@never_cache
@require_GET
def certificate_pdf(request, code):
    certificate = selectors.certificate_for_viewer_or_404(viewer=request.user, code=code)
    return _document_response(
        request,
        kind="certificates",
        html=pdf.certificate_html(certificate=certificate, verify_url=_verify_url(request, code), now=timezone.now()),
        filename=f"occupass-certificate-{certificate.code}.pdf",
        title="Your certificate" if certificate.user_id == request.user.pk else "The certificate",
    )


def _rate_limited(request) -> bool:
    """A fixed one-minute window per client address, counted in the cache."""
    limit = getattr(settings, "PROGRESS_VERIFY_RATE_PER_MINUTE", VERIFY_RATE_PER_MINUTE)
    key = f"progress:verify:{request.META.get('REMOTE_ADDR', '')}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count > limit


@require_GET
def verify_lookup(request):
    """Public: a field to type the code printed on a certificate; a valid-looking code goes to its page."""
    form = VerifyLookupForm(request.GET if "code" in request.GET else None)
    if form.is_valid():
        return redirect("progress:verify", code=form.cleaned_data["code"])
    return render(request, "progress/verify_lookup.html", {"form": form}, status=400 if form.errors else 200)


@require_GET
def verify(request, code):
    """Public: is this certificate genuine? Shows only name, module, date, hours and status."""
    if _rate_limited(request):
        response = render(request, "progress/verify_rate_limited.html", status=429)
        response["Retry-After"] = "60"
        return response
    certificate = selectors.certificate_public(code=code)
    if certificate is None:
        return render(request, "progress/verify_not_found.html", {"code": code[:40]}, status=404)
    entry = selectors.certificate_entry(certificate)
    context = {
        "certificate": certificate,
        "learner_name": certificate.user.name or "Name not recorded",
        "module_title": certificate.completion.module.title,
        "completed_on": certificate.completion.completed_on,
        "contact_hours": entry.contact_hours if entry else certificate.completion.module.ce_contact_hours,
        "status": certificate.display_status(timezone.now()),
    }
    return render(request, "progress/verify.html", context)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def certificate_revoke(request, code):
    if not request.user.is_staff:
        raise Http404("No such page.")
    certificate = selectors.certificate_public(code=code)
    if certificate is None:
        raise Http404("No such certificate.")
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"], now=timezone.now()
            )
        except services.ProgressError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Certificate {certificate.code} is revoked and its credit reversed.")
        return redirect("progress:verify", code=certificate.code)
    return render(request, "progress/certificate_revoke.html", {"form": form, "certificate": certificate})


# ------------------------------------------------------------------------------------ external CE


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def external_credits(request):
    today = timezone.localdate()
    form = ExternalCreditForm(request.POST or None, request.FILES or None, today=today)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.external_credit_create(
            user=request.user,
            title=data["title"],
            provider=data["provider"],
            completed_on=data["completed_on"],
            amount=data["amount"],
            unit=data["unit"],
            category=data["category"],
            pdu_eligible=data["pdu_eligible"],
            evidence=data["evidence"],
        )
        messages.success(request, f"“{data['title']}” was added to your CE record.")
        return redirect("progress:external")
    status = 400 if form.is_bound else 200
    context = {"form": form, "credits": selectors.external_credits(user=request.user)}
    return render(request, "progress/external_credits.html", context, status=status)


@login_required
@never_cache
@require_GET
def external_evidence(request, pk):
    external = selectors.evidence_for_viewer_or_404(viewer=request.user, pk=pk)
    return FileResponse(
        external.evidence.open("rb"),
        as_attachment=True,
        filename=external.evidence_name,
        content_type=external.evidence_type,
    )


# ----------------------------------------------------------------------------------------- goals


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def licence(request):
    renewal = getattr(request.user, "licence_renewal", None)
    form = LicenceRenewalForm(request.POST or None, initial={"renews_on": renewal.renews_on if renewal else None})
    if request.method == "POST" and form.is_valid():
        services.licence_renewal_set(user=request.user, renews_on=form.cleaned_data["renews_on"])
        messages.success(request, "Your licence renewal date was saved.")
        return redirect("lms:dashboard")
    return render(request, "progress/licence.html", {"form": form})


# ---------------------------------------------------------------------------------------- review


@login_required
@never_cache
@require_GET
def review(request):
    due, later = selectors.review_queue(user=request.user, now=timezone.now())
    return render(request, "progress/review.html", {"due": due, "later": later})


@login_required
@require_POST
def review_start(request):
    try:
        attempt = services.review_session_start(user=request.user, now=timezone.now())
    except (services.ProgressError, quiz_services.StartRefused) as error:
        messages.info(request, str(error))
        return redirect("progress:review")
    return redirect("quizzes:attempt-detail", pk=attempt.pk)
