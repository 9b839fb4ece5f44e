"""Exam blueprints are data an educator enters; no weight is hard-coded anywhere."""

from django.core.validators import MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class Blueprint(ClusterableModel):
    """A versioned exam outline, e.g. "COTA exam outline 2024", with weighted domains."""

    name = models.CharField(max_length=200, unique=True)
    source = models.CharField(
        max_length=300, blank=True, help_text="Where the weights come from (document title and URL)."
    )
    is_demo = models.BooleanField(
        default=False, help_text="Demo weights, not taken from an official outline. Shown as a warning to learners."
    )
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("source"),
        FieldPanel("is_demo"),
        FieldPanel("notes"),
        InlinePanel("domains", label="Domains", min_num=1),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class BlueprintDomain(Orderable):
    blueprint = ParentalKey(Blueprint, on_delete=models.CASCADE, related_name="domains")
    code = models.CharField(max_length=20, help_text='Short code that questions are tagged with, e.g. "D1".')
    name = models.CharField(max_length=300)
    weight = models.DecimalField(
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text="Relative weight (percentages are fine; they need not sum to 100).",
    )
    task_codes = models.CharField(max_length=300, blank=True, help_text="Optional task codes, comma-separated.")

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("weight"), FieldPanel("task_codes")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["blueprint", "code"], name="blueprintdomain_unique_code")]

    def __str__(self):
        return f"{self.code}: {self.name}"
