"""Django admin (staff) for progress records. The ledger, completions and certificates are
read-only here: corrections are reversals (`credit_reverse`), revocation is `certificate_revoke`
(linked from each certificate). State requirements are an editable table.

Imported by `quizzes/admin/__init__.py` so Django's admin autodiscovery registers it.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from quizzes.models import Certificate, CreditEntry, ModuleCompletion, StateRequirement


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CreditEntry)
class CreditEntryAdmin(ReadOnlyAdmin):
    list_display = ["earned_on", "user", "title", "kind", "contact_hours", "pdu", "pdu_eligible"]
    list_filter = ["kind", "pdu_eligible"]
    search_fields = ["user__email", "user__name", "title", "approval_number"]
    list_select_related = ["user"]
    date_hierarchy = "earned_on"


@admin.register(ModuleCompletion)
class ModuleCompletionAdmin(ReadOnlyAdmin):
    list_display = ["completed_at", "user", "module", "expires_at"]
    search_fields = ["user__email", "user__name", "module__title"]
    list_select_related = ["user", "module"]


@admin.register(Certificate)
class CertificateAdmin(ReadOnlyAdmin):
    list_display = ["code", "user", "module_title", "issued_at", "status", "revoke_link"]
    list_filter = ["status"]
    search_fields = ["code", "user__email", "user__name"]
    list_select_related = ["user", "completion__module"]

    @admin.display(description="module")
    def module_title(self, certificate):
        return certificate.completion.module.title

    @admin.display(description="")
    def revoke_link(self, certificate):
        if certificate.status == Certificate.Status.REVOKED:
            return "—"
        return format_html('<a href="{}">Revoke…</a>', reverse("progress:certificate-revoke", args=[certificate.code]))


@admin.register(StateRequirement)
class StateRequirementAdmin(admin.ModelAdmin):
    list_display = ["state", "hours", "unit_label", "period_months", "confidence", "source"]
    search_fields = ["state", "source"]
