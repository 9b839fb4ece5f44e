"""Django admin (staff): the xAPI outbox, to see which statements failed and why, and send them again.

Imported by `quizzes/admin/__init__.py` so Django's admin autodiscovery registers it.
"""

from django.contrib import admin, messages
from django.utils import timezone

from quizzes.progress.admin import ReadOnlyAdmin
from quizzes.xapi.models import XapiStatement
from quizzes.xapi.tasks import statements_retry


@admin.register(XapiStatement)
class XapiStatementAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "status", "tries", "next_try_at", "sent_at", "statement_id"]
    list_filter = ["status", "kind"]
    search_fields = ["statement_id", "last_error"]
    readonly_fields = [
        "statement_id",
        "kind",
        "arguments",
        "status",
        "tries",
        "last_error",
        "next_try_at",
        "created_at",
        "sent_at",
    ]
    date_hierarchy = "created_at"
    actions = ["send_again"]

    @admin.action(description="Send again now", permissions=["view"])
    def send_again(self, request, queryset):
        count = statements_retry(now=timezone.now(), records=queryset)
        self.message_user(request, f"{count} statement(s) queued to send again.", messages.SUCCESS)
