"""The question bank.

`Question` and its `Option`s are the educator's working copy, edited in the Wagtail admin.
`QuestionVersion` (with `VersionOption`s) is an immutable snapshot of what a learner is shown:
attempts point at versions, so editing a question that already has responses makes a new version
and old attempts keep showing what the learner actually saw. Statistics are per version.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

STEM_FEATURES = ["bold", "italic", "superscript", "subscript", "code", "ol", "ul", "image", "link"]
RATIONALE_FEATURES = ["bold", "italic", "superscript", "subscript", "code", "ol", "ul", "image", "link"]


class QType(models.TextChoices):
    SINGLE = "single", "Single best answer"
    MULTI = "multi", "Multi-select (choose N)"
    TRUEFALSE = "truefalse", "True / false"
    ORDERING = "ordering", "Ordering"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    REVIEW = "review", "In review"
    FIELD_TEST = "field_test", "Field test (delivered, unscored)"
    ACTIVE = "active", "Active"
    RETIRED = "retired", "Retired"


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items")


class Question(index.Indexed, ClusterableModel):
    QType = QType
    Status = Status

    key = models.SlugField(
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text="Stable identifier for seeded or imported questions.",
    )
    name = models.CharField(max_length=200, help_text="Short internal name shown in lists.")
    idnumber = models.CharField(
        "ID number",
        max_length=100,
        blank=True,
        help_text="An identifier from another system (Moodle's question ID number, GIFT's [id:…]); exported as is.",
    )
    qtype = models.CharField("type", max_length=20, choices=QType.choices, default=QType.SINGLE)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    stem = RichTextField(features=STEM_FEATURES)
    choose_n = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Multi-select only: how many to choose."
    )
    rationale = RichTextField(features=RATIONALE_FEATURES, help_text="Overall explanation.")
    references = models.TextField(blank=True, help_text="One citation per line.")
    difficulty = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1), MaxValueValidator(3)], help_text="1 easy, 2 medium, 3 hard."
    )
    domain_code = models.CharField(
        "blueprint domain",
        max_length=20,
        blank=True,
        db_index=True,
        help_text='Code of the blueprint domain this item measures, e.g. "D2".',
    )
    nbcot_style = models.BooleanField(
        "NBCOT-style item",
        default=False,
        help_text="Written in NBCOT COTA exam style (multi-select items then need 5–6 options).",
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True, help_text="Topic tags.")
    lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="teaching lesson",
        help_text="The lesson that teaches this; results pages send learners who missed it there.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [index.SearchField("name"), index.SearchField("stem"), index.FilterField("status")]

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "domain_code"])]

    def __str__(self):
        return self.name


class Option(Orderable):
    """An answer option; `sort_order` is the authoring order (for ordering items, the correct order)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.TextField()
    is_correct = models.BooleanField(default=False)
    # Moodle's grade for the option as a fraction of the item, -1..1 (0.5 = 50%, -1 = -100%).
    # Empty for options written here: their weight follows from is_correct (`option_fraction`).
    fraction = models.DecimalField(
        "weight",
        max_digits=8,
        decimal_places=7,
        null=True,
        blank=True,
        validators=[MinValueValidator(-1), MaxValueValidator(1)],
        help_text="Share of the item's mark, -1 to 1 (e.g. 0.5 = 50%, -1 = -100%). Empty: right or wrong only.",
    )
    rationale = models.TextField(help_text="Why this option is right or wrong.")
    # The formatted form of `text` and `rationale` from an imported file (sub/sup, lists,
    # tables, images), sanitised to the stems' allow-list; empty when plain text says it all.
    # The plain fields stay the option's summary (answer lists, CSV, Aiken); editing the plain
    # text drops the formatted form (see `quizzes.bank.question_snapshot`).
    text_html = models.TextField("formatted text", blank=True, editable=False)
    rationale_html = models.TextField("formatted rationale", blank=True, editable=False)

    def __str__(self):
        return self.text[:60]


class QuestionVersion(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    qtype = models.CharField(max_length=20, choices=QType.choices)
    stem = models.TextField()
    choose_n = models.PositiveSmallIntegerField(null=True, blank=True)
    rationale = models.TextField()
    references = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["question", "-number"]
        constraints = [models.UniqueConstraint(fields=["question", "number"], name="questionversion_unique_number")]

    def __str__(self):
        return f"{self.question} v{self.number}"


class VersionOption(models.Model):
    version = models.ForeignKey(QuestionVersion, on_delete=models.CASCADE, related_name="options")
    source = models.ForeignKey(Option, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    position = models.PositiveSmallIntegerField(help_text="Authoring order; the correct order for ordering items.")
    text = models.TextField()
    is_correct = models.BooleanField()
    fraction = models.DecimalField(max_digits=8, decimal_places=7, null=True, blank=True)
    rationale = models.TextField()
    text_html = models.TextField(blank=True)
    rationale_html = models.TextField(blank=True)

    class Meta:
        ordering = ["version", "position"]
        constraints = [models.UniqueConstraint(fields=["version", "position"], name="versionoption_unique_position")]

    def __str__(self):
        return self.text[:60]
