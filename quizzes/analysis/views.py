"""The item-analysis report in the Wagtail admin: choose a quiz, read the table a page at a time,
export all of it as CSV."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from quizzes.analysis.cached import PER_PAGE, report_page
from quizzes.analysis.report import analysis_csv
from quizzes.analysis.selectors import quiz_item_analysis, quizzes_with_responses
from quizzes.analysis.stats import DISCRIMINATION_POOR, P_TOO_EASY, P_TOO_HARD


def user_can_analyse_items(user) -> bool:
    """Item statistics are for the people who write and fix questions — the groups holding the
    question-bank permissions (Educators, Clinical reviewers); managers and learners never see them.

    A model permission rather than a group lookup: permissions are already cached on the user,
    so showing the menu item adds no query to every admin page."""
    return user.is_active and user.has_perm("quizzes.change_question")


class QuizChoiceForm(forms.Form):
    quiz = forms.ModelChoiceField(
        queryset=quizzes_with_responses(),
        empty_label="Choose a quiz",
        help_text="Quizzes with at least one submitted attempt.",
    )


class ItemAnalysisView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Item analysis"
    header_icon = "table"
    template_name = "quizzes/admin/analysis/report.html"
    items_per_page = PER_PAGE

    def dispatch(self, request, *args, **kwargs):
        if not user_can_analyse_items(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        form = QuizChoiceForm(request.GET if "quiz" in request.GET else None)
        quiz = form.cleaned_data["quiz"] if form.is_valid() else None
        if quiz is not None and request.GET.get("export") == "csv":
            csv_text = analysis_csv(quiz_item_analysis(quiz=quiz))
            response = HttpResponse(csv_text, content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="item-analysis-{quiz.slug}.csv"'
            return response
        context = self.get_context_data(
            form=form,
            p_too_hard=P_TOO_HARD,
            p_too_easy=P_TOO_EASY,
            discrimination_poor=DISCRIMINATION_POOR,
        )
        if quiz is not None:
            # Computed from the totals, or from the cache (keyed by the quiz's totals row).
            report = report_page(quiz=quiz, page_number=request.GET.get("p"))
            context.update(
                report=report,
                page_obj=report.page,
                elided_page_range=report.paginator.get_elided_page_range(report.page.number),
            )
        return self.render_to_response(context)
