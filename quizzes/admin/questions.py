"""The Questions viewset: list with filters and bulk status change, editor with inline options,
and a preview that shows a question as learners see it."""

import random

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from taggit.models import Tag
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton

from quizzes.admin.forms import QuestionForm
from quizzes.admin.transfer import ExportView, ImportView
from quizzes.bank import question_snapshot
from quizzes.models import AttemptItem, Question
from quizzes.selectors import question_for

NO_DOMAIN = "-"


def _domain_choices():
    codes = Question.objects.exclude(domain_code="").order_by("domain_code").values_list("domain_code", flat=True)
    return [*((code, code) for code in codes.distinct()), (NO_DOMAIN, "No domain")]


def _tag_choices():
    names = Tag.objects.filter(quizzes_questiontag_items__isnull=False).order_by("name").values_list("name", flat=True)
    return [(name, name) for name in names.distinct()]


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Question.Status.choices)
    qtype = django_filters.ChoiceFilter(label="Type", choices=Question.QType.choices)
    domain = django_filters.ChoiceFilter(label="Domain", choices=_domain_choices, method="filter_domain")
    tag = django_filters.MultipleChoiceFilter(
        label="Topic tag", field_name="tags__name", choices=_tag_choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Question
        fields = []

    def filter_domain(self, queryset, name, value):
        return queryset.filter(domain_code="" if value == NO_DOMAIN else value)


class QuestionIndexView(generic.IndexView):
    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(*args, **kwargs, get_title_id=lambda obj: f"question_{quote(obj.pk)}_title")

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="question"),
            self._get_title_column("name"),
            Column("qtype", label="Type", accessor="get_qtype_display", sort_key="qtype"),
            Column("status", label="Status", accessor="get_status_display", sort_key="status"),
            Column("domain_code", label="Domain", sort_key="domain_code"),
            DateColumn("updated_at", label="Updated", sort_key="updated_at"),
        ]

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("add"):
            buttons.append(
                HeaderButton("Import", url=reverse(QUESTIONS_NS + ":import"), icon_name="upload", priority=20)
            )
        buttons.append(
            HeaderButton("Export", url=reverse(QUESTIONS_NS + ":export"), icon_name="download", priority=30)
        )
        return buttons

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(
                "Preview as learner",
                url=reverse(QUESTIONS_NS + ":preview", args=[instance.pk]),
                icon_name="view",
                priority=15,
            ),
        ]


class QuestionCreateView(generic.CreateView):
    def save_instance(self):
        question = super().save_instance()
        question_snapshot(question=question)
        return question


class QuestionEditView(generic.EditView):
    def save_instance(self):
        question = super().save_instance()
        question_snapshot(question=question)
        return question

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                "Preview as learner",
                url=reverse(QUESTIONS_NS + ":preview", args=[self.object.pk]),
                icon_name="view",
                priority=5,
            ),
        ]


class ProtectedDeleteView(generic.DeleteView):
    """A delete that learner data blocks (attempts are never in Wagtail's reference index) explains
    itself instead of failing with ProtectedError."""

    refusal = ""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(self.request, self.refusal)
            return redirect(self.edit_url_name, self.object.pk)


class QuestionDeleteView(ProtectedDeleteView):
    refusal = (
        "Learners have answered this question, so it cannot be deleted: their attempts keep what they saw. "
        "Set its status to Retired instead."
    )


class QuestionPreviewView(PermissionCheckedMixin, TemplateView):
    """The current version of a question rendered with the attempt page's own stem and answer
    markup, so it looks exactly as learners see it and carries no answer key; the rationales
    follow in a separate panel for the educator."""

    model = Question
    any_permission_required = ["add", "change", "delete", "view"]
    template_name = "quizzes/admin/question_preview.html"

    def get_context_data(self, **kwargs):
        question = get_object_or_404(Question, pk=self.kwargs["pk"])
        version = question.versions.order_by("-number").prefetch_related("options").first()
        edit_url = reverse(QUESTIONS_NS + ":edit", args=[question.pk])
        context = {"question": question, "version": version, "edit_url": edit_url}
        if version is not None:  # every service snapshots; a question saved another way has none yet
            options = list(version.options.all())
            order = [option.pk for option in options]
            if version.qtype == Question.QType.ORDERING:
                # Learners get the steps shuffled: the authoring order is the answer.
                random.Random(version.pk).shuffle(order)
                if order == [option.pk for option in options]:
                    order = order[1:] + order[:1]
            item = AttemptItem(position=1, version=version, option_order=order)
            by_id = {option.pk: option for option in options}
            context |= {
                "learner_question": question_for(item=item, reveal=False),
                "options": [by_id[pk] for pk in order],  # the learner's order, so it gives nothing away
                "references": [line for line in version.references.splitlines() if line.strip()],
            }
        return super().get_context_data(**context, **kwargs)


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = "Questions"
    url_prefix = "question-bank/questions"
    url_namespace = "question_bank_questions"
    index_view_class = QuestionIndexView
    add_view_class = QuestionCreateView
    edit_view_class = QuestionEditView
    delete_view_class = QuestionDeleteView
    index_template_name = "quizzes/admin/question_index.html"
    filterset_class = QuestionFilterSet
    search_fields = ["name", "stem", "key"]
    search_backend_name = None  # plain ORM search, so the filters above combine with it
    ordering = ["name"]
    list_per_page = 50
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("idnumber")]),
            FieldRowPanel([FieldPanel("qtype"), FieldPanel("choose_n"), FieldPanel("status")]),
            FieldPanel("stem"),
            InlinePanel(
                "options",
                label="Option",
                heading="Options",
                help_text="Authoring order; for ordering questions, the correct order of the steps.",
                panels=[
                    FieldPanel("text"),
                    FieldRowPanel([FieldPanel("is_correct"), FieldPanel("fraction")]),
                    FieldPanel("rationale"),
                ],
            ),
            FieldPanel("rationale"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("domain_code"), FieldPanel("difficulty")]),
                    FieldPanel("nbcot_style"),
                    FieldPanel("tags"),
                    FieldPanel("lesson"),
                ],
                heading="Classification",
            ),
            FieldPanel("references"),
            FieldPanel("key", read_only=True),
        ],
        base_form_class=QuestionForm,
    )

    def get_urlpatterns(self):
        common = {"model": Question, "index_url_name": self.get_url_name("index")}
        return [
            *super().get_urlpatterns(),
            path("import/", ImportView.as_view(**common), name="import"),
            path("export/", ExportView.as_view(**common), name="export"),
            path("preview/<id:pk>/", QuestionPreviewView.as_view(), name="preview"),
        ]


QUESTIONS_NS = QuestionViewSet.url_namespace


class QuestionChooserViewSet(ChooserViewSet):
    """Lets quiz items (and later the lessons' knowledge-check block) pick questions by search."""

    model = Question
    icon = "help"
    choose_one_text = "Choose a question"
    choose_another_text = "Choose another question"
    edit_item_text = "Edit this question"
    url_prefix = "question-bank/choose-question"
    url_namespace = "question_bank_question_chooser"
