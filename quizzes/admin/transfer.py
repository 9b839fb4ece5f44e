"""Import (upload, preview, confirm) and export pages for the question bank.

The uploaded text travels from the preview to the confirm step inside a signed, compressed
hidden field: nothing is written to disk or kept in the session, and a tampered or stale
payload is refused.
"""

from django.core import signing
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from quizzes.admin.forms import ConfirmImportForm, ExportForm, ImportForm
from quizzes.importers import detect_format, parse_file
from quizzes.importing import questions_export, questions_import
from quizzes.models import Question

PAYLOAD_SALT = "quizzes.admin.import"
PAYLOAD_MAX_AGE = 60 * 60  # seconds an educator has between preview and confirm


class _QuestionBankPage(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    model = Question
    index_url_name = None
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": "Questions"},
            {"url": "", "label": self.get_page_title()},
        ]


class ImportView(_QuestionBankPage, FormView):
    permission_required = "add"
    page_title = "Import questions"
    template_name = "quizzes/admin/question_import.html"
    form_class = ImportForm

    def post(self, request, *args, **kwargs):
        if "payload" in request.POST:
            return self.confirm(ConfirmImportForm(request.POST))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        """Show what the file would create and every issue, without saving anything."""
        upload = form.cleaned_data["file"]
        fmt = form.cleaned_data["format"] or detect_format(upload.name, form.text)
        options = {"status": form.cleaned_data["status"], "skip_invalid": form.cleaned_data["skip_invalid"]}
        report = questions_import(result=parse_file(form.text, fmt), dry_run=True, **options)
        payload = signing.dumps(
            {"text": form.text, "fmt": fmt, "filename": upload.name, **options}, salt=PAYLOAD_SALT, compress=True
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                report=report,
                filename=upload.name,
                fmt=fmt,
                confirm_form=ConfirmImportForm(initial={"payload": payload}),
            )
        )

    def confirm(self, confirm_form):
        try:
            if not confirm_form.is_valid():
                raise signing.BadSignature("no payload")
            data = signing.loads(confirm_form.cleaned_data["payload"], salt=PAYLOAD_SALT, max_age=PAYLOAD_MAX_AGE)
        except signing.BadSignature:  # SignatureExpired is a BadSignature too
            messages.error(self.request, "That import preview has expired or was changed. Upload the file again.")
            return redirect(self.request.path)
        report = questions_import(
            result=parse_file(data["text"], data["fmt"]),
            status=data["status"],
            skip_invalid=data["skip_invalid"],
            created_by=self.request.user,
        )
        if not report.saved:
            return self.render_to_response(
                self.get_context_data(form=self.get_form_class()(), report=report, filename=data["filename"])
            )
        messages.success(self.request, f"{data['filename']}: {report.summary()}")
        return redirect(self.index_url_name)


class ExportView(_QuestionBankPage, FormView):
    any_permission_required = ["add", "change", "delete", "view"]
    page_title = "Export questions"
    template_name = "quizzes/admin/question_export.html"
    form_class = ExportForm

    def get(self, request, *args, **kwargs):
        form = ExportForm(request.GET) if "format" in request.GET else None
        if form is not None and form.is_valid():
            return self.download(fmt=form.cleaned_data["format"], status=form.cleaned_data["status"])
        return self.render_to_response(self.get_context_data(form=form or ExportForm()))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            ordering_count=Question.objects.filter(qtype=Question.QType.ORDERING).count(), **kwargs
        )

    def download(self, *, fmt, status):
        export = questions_export(fmt=fmt, status=status or None)
        suffix = {"gift": "gift.txt", "moodlexml": "xml", "aiken": "aiken.txt"}.get(fmt, "csv")
        content_type = {"csv": "text/csv", "moodlexml": "application/xml"}.get(fmt, "text/plain")
        response = HttpResponse(export.text, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="occupass-questions-{status or "all"}.{suffix}"'
        return response
