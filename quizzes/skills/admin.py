"""Django admin (staff) for observations: read-only. A signed observation is never edited or
deleted, by staff either; corrections are new observations that void it (see services)."""

from django.contrib import admin

from quizzes.models import Observation
from quizzes.progress.admin import ReadOnlyAdmin


@admin.register(Observation)
class ObservationAdmin(ReadOnlyAdmin):
    list_display = ["observed_at", "learner", "checklist_title", "passed", "observer_name", "organization"]
    list_filter = ["passed", "organization"]
    search_fields = ["learner__email", "learner__name", "observer_name", "checklist_title"]
    list_select_related = ["learner", "organization"]
    date_hierarchy = "observed_at"
