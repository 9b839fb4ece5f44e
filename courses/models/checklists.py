"""Skills checklists: what an observer watches a learner do, step by step, and signs off.

A checklist is content, authored and reviewed like a lesson: a Wagtail page under its module, so
it goes through the same "Clinical review" workflow, has revisions and previews, and its live
URL is the printable blank version for paper use. Observations of learners are learner records
and live in the quiz app (``quizzes.models.skills``), never on the page.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES, ReferenceBlock
from courses.fields import ChoiceListField
from lms.models import User


class ChecklistStepBlock(blocks.StructBlock):
    """One observable step. Its block id is stable across revisions, so results can name it."""

    text = blocks.CharBlock(max_length=300, help_text="What the observer should see, e.g. 'Locks both brakes'.")
    critical = blocks.BooleanBlock(
        required=False,
        help_text="Missing a critical step fails the whole observation, whatever else was done.",
    )
    lesson = blocks.PageChooserBlock(
        page_type="courses.LessonPage",
        required=False,
        help_text="The lesson that teaches this step; a learner who misses it is sent there.",
    )

    class Meta:
        icon = "tick"
        label = "Step"


class SkillsChecklistPage(Page):
    """A skills check-off: ordered steps, who may observe, how many passes count and for how long."""

    skill = models.CharField(max_length=200, help_text="The skill observed, e.g. 'Stand-pivot transfer'.")
    observer_instructions = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="What the observer sets up, watches for and must not do (e.g. step in only for safety).",
    )
    steps = StreamField([("step", ChecklistStepBlock())], min_num=1, help_text="In the order they are done.")
    observer_credentials = ChoiceListField(
        item_choices=[(key, label) for key, label in User.Credential.choices if key in ("otr", "cota")],
        blank=True,
        verbose_name="credentials that may observe",
        help_text="An educator or manager of the learner's clinic holding one of these credentials may sign.",
    )
    preceptors_may_observe = models.BooleanField(
        "designated preceptors may observe",
        default=True,
        help_text="Members the clinic has designated as preceptors may sign, whatever their credential.",
    )
    required_observations = models.PositiveSmallIntegerField(
        "successful observations required",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    renewal_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="A passed observation counts for this many months (e.g. 12 for yearly). Empty: for good.",
    )
    required_for_module = models.BooleanField(
        "required to complete the module",
        default=True,
        help_text="The module (and its certificate) is complete only once this checklist is signed off.",
    )
    references = StreamField([("reference", ReferenceBlock())], blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("skill"),
        FieldPanel("observer_instructions"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldPanel("observer_credentials"),
                FieldPanel("preceptors_may_observe"),
                FieldRowPanel([FieldPanel("required_observations"), FieldPanel("renewal_months")]),
                FieldPanel("required_for_module"),
            ],
            heading="Who observes, and what counts",
        ),
        FieldPanel("references"),
    ]
    search_fields = Page.search_fields + [index.SearchField("skill"), index.SearchField("steps")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    search_result_label = "Skills checklist"

    class Meta:
        verbose_name = "skills checklist"

    def clean(self):
        super().clean()
        if not self.observer_credentials and not self.preceptors_may_observe:
            raise ValidationError(
                {"observer_credentials": "Choose at least one credential, or let designated preceptors observe."}
            )

    def step_list(self) -> list[dict]:
        """The steps as plain data: id, number, text, critical, lesson id (snapshotted by observations)."""
        return [
            {
                "id": block.id,
                "number": number,
                "text": block.value["text"],
                "critical": bool(block.value["critical"]),
                "lesson_id": block.value["lesson"].pk if block.value["lesson"] else None,
            }
            for number, block in enumerate(self.steps, start=1)
        ]

    def observers_label(self) -> str:
        """ "OTR, COTA or a designated preceptor", as the printed form and the observer see it."""
        labels = dict(User.Credential.choices)
        names = [labels[key].split(" ")[0] for key in self.observer_credentials if key in labels]
        if self.preceptors_may_observe:
            names.append("a designated preceptor")
        if len(names) > 1:
            return ", ".join(names[:-1]) + " or " + names[-1]
        return names[0] if names else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["module"] = self.get_parent().specific if self.depth > 1 else None
        context["step_rows"] = [
            {**step, "lesson": block.value["lesson"]} for step, block in zip(self.step_list(), self.steps, strict=True)
        ]
        return context

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)
