"""Bulk status change from the question list (Wagtail's bulk actions: tick rows, pick an action)."""

from django.urls import reverse
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from quizzes.admin.forms import StatusForm
from quizzes.bank import questions_set_status
from quizzes.models import Question


class SetQuestionStatusBulkAction(PermissionCheckedMixin, BulkAction):
    display_name = "Change status"
    action_type = "set_status"
    aria_label = "Change the status of the selected questions"
    template_name = "quizzes/admin/bulk_set_status.html"
    models = [Question]
    permission_required = "change"
    form_class = StatusForm
    action_priority = 10

    def object_context(self, obj):
        return {"item": obj, "edit_url": reverse("question_bank_questions:edit", args=[obj.pk])}

    def get_execution_context(self):
        return {"status": self.cleaned_form.cleaned_data["status"]}

    @classmethod
    def execute_action(cls, objects, status=None, **kwargs):
        return questions_set_status(questions=objects, status=status), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        status = Question.Status(self.cleaned_form.cleaned_data["status"]).label
        plural = "s" if num_parent_objects != 1 else ""
        return f"{num_parent_objects} question{plural} set to “{status}”."
