"""Blueprints and quizzes in the admin, and the "Question bank" menu group that holds them."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from quizzes.admin.questions import ProtectedDeleteView, QuestionViewSet
from quizzes.models import Blueprint, Quiz


def _kept_forms(formset):
    return [form for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]


class _ChildRulesForm(WagtailAdminModelForm):
    """Checks rules across the inline children once every field (and the formsets' own unique
    checks) passed."""

    def is_valid(self):
        if not super().is_valid():
            return False
        errors = self.child_errors()
        for relation, message in errors:
            self.formsets[relation].non_form_errors().append(message)
        return not errors

    def child_errors(self) -> list[tuple[str, str]]:
        return []


class BlueprintForm(_ChildRulesForm):
    def child_errors(self):
        domains = _kept_forms(self.formsets["domains"])
        errors = []  # duplicate codes are caught by the formset's unique check
        if domains and not sum(form.cleaned_data["weight"] for form in domains):
            errors.append(("domains", "At least one domain needs a weight above zero."))
        return errors


class QuizForm(_ChildRulesForm):
    def clean(self):
        data = super().clean()
        selection = data.get("selection")
        if selection == Quiz.Selection.BLUEPRINT and not data.get("blueprint"):
            self.add_error("blueprint", "Choose the blueprint to assemble the quiz from.")
        if selection == Quiz.Selection.DRAW_TAGS and not data.get("draw_tags", "").strip():
            self.add_error("draw_tags", "List the tags to draw questions from.")
        if selection in (Quiz.Selection.BLUEPRINT, Quiz.Selection.DRAW_TAGS) and not data.get("draw_count"):
            self.add_error("draw_count", "Say how many questions to draw.")
        return data

    def child_errors(self):
        items = _kept_forms(self.formsets["items"])
        errors = []  # a question listed twice is caught by the formset's unique check
        if self.cleaned_data.get("selection") == Quiz.Selection.FIXED and not items:
            errors.append(("items", "A fixed-list quiz needs at least one question."))
        return errors


class QuizDeleteView(ProtectedDeleteView):
    refusal = "Learners have attempted this quiz, so it cannot be deleted. Unpublish it instead."


class BlueprintDeleteView(ProtectedDeleteView):
    refusal = "Quizzes are assembled from this blueprint, so it cannot be deleted."


class BlueprintViewSet(ModelViewSet):
    model = Blueprint
    icon = "table"
    menu_label = "Blueprints"
    url_prefix = "question-bank/blueprints"
    url_namespace = "question_bank_blueprints"
    delete_view_class = BlueprintDeleteView
    list_display = ["name", BooleanColumn("is_demo", label="Demo weights"), "source"]
    search_fields = ["name", "source"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(Blueprint.panels, base_form_class=BlueprintForm)


class QuizViewSet(ModelViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = "Quizzes"
    url_prefix = "question-bank/quizzes"
    url_namespace = "question_bank_quizzes"
    delete_view_class = QuizDeleteView
    list_display = [
        "title",
        Column("kind", label="Kind", accessor="get_kind_display", sort_key="kind"),
        Column("selection", label="Questions", accessor="get_selection_display"),
        Column("pass_mark", label="Pass mark (%)", sort_key="pass_mark"),
        BooleanColumn("is_published", label="Published"),
    ]
    list_filter = ["kind", "is_published"]
    search_fields = ["title", "slug"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("slug"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("feedback_mode")]),
            FieldPanel("module"),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldPanel("selection"),
                    FieldRowPanel([FieldPanel("draw_count"), FieldPanel("field_test_count")]),
                    FieldPanel("draw_tags"),
                    FieldPanel("blueprint"),
                ],
                heading="How questions are chosen",
            ),
            InlinePanel("items", label="Question", heading="Fixed list of questions", panels=[FieldPanel("question")]),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed")]),
                    FieldRowPanel([FieldPanel("cooldown_minutes"), FieldPanel("time_limit_minutes")]),
                ],
                heading="Attempts",
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("multi_policy"), FieldPanel("ordering_policy")]),
                    FieldPanel("show_correct_answers"),
                    FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                ],
                heading="Scoring and review",
            ),
            FieldPanel("is_published"),
        ],
        base_form_class=QuizForm,
    )


class QuestionBankGroup(ModelViewSetGroup):
    menu_label = "Question bank"
    menu_icon = "clipboard-list"
    menu_order = 250
    items = (QuestionViewSet, BlueprintViewSet, QuizViewSet)
