"""Progress records: module completions, the CE credit ledger, certificates, external CE with its
evidence, state licence requirements, readiness settings and spaced-review cards.

The ledger is append-only: a `CreditEntry` is never changed or deleted; a correction is a
reversal entry that points at the entry it cancels. Services in `quizzes.progress.services` are
the only writers.
"""

import os
import secrets
import uuid
from decimal import Decimal
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.deconstruct import deconstructible
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from courses.fields import ChoiceListField
from courses.models import StateCategory


class AppendOnlyError(Exception):
    """Ledger entries are never changed or deleted; record a reversal instead."""


# ------------------------------------------------------------------------------------- storage


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Learner evidence under settings.PRIVATE_MEDIA_ROOT, read at use (tests point it elsewhere).

    It has no base URL: `url()` raises, so a template can never link to a file directly; files are
    served only by the view that checks who is asking.
    """

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None  # FileSystemStorage.url() then raises "not accessible via a URL"


def evidence_upload_to(instance, filename: str) -> str:
    # The learner's own file name is kept in `evidence_name`; on disk the name is unguessable.
    suffix = PurePosixPath(filename).suffix.lower()[:8]
    return f"evidence/{instance.user_id}/{uuid.uuid4().hex}{suffix}"


# ---------------------------------------------------------------------------------- completion


class ModuleCompletion(models.Model):
    """A learner completed a module: every lesson, and its assessment passed when it has one.

    Recorded once per cycle by `module_completion_check`. A module with `renewal_months` expires;
    after that it is due again and a new completion may be recorded (one per day at most, which is
    what the unique constraint enforces; the service refuses a second unexpired one).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions")
    # PROTECT: a module with completions (and so certificates and credit) is unpublished, not deleted.
    module = models.ForeignKey("courses.ModulePage", on_delete=models.PROTECT, related_name="completions")
    completed_at = models.DateTimeField()
    completed_on = models.DateField(help_text="Local date of completion.")
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module", "completed_on"], name="modulecompletion_unique_user_module_day"
            ),
        ]
        indexes = [models.Index(fields=["user", "module", "expires_at"])]

    def __str__(self):
        return f"{self.user} completed {self.module_id} on {self.completed_on}"

    def is_expired(self, now) -> bool:
        return self.expires_at is not None and self.expires_at <= now


# ------------------------------------------------------------------------------------- ledger


class CreditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Credit entries are append-only; record a reversal instead.")

    def delete(self):
        raise AppendOnlyError("Credit entries are append-only; record a reversal instead.")


class CreditEntry(models.Model):
    """One line of a learner's CE ledger. Hours, units and attributes are copied at award time,
    so later edits to the module never change what was earned."""

    class Kind(models.TextChoices):
        MODULE = "module", "Module completion"
        EXTERNAL = "external", "External CE"
        REVERSAL = "reversal", "Reversal"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="credit_entries")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    module = models.ForeignKey(
        "courses.ModulePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="credit_entries"
    )
    completion = models.ForeignKey(
        ModuleCompletion, null=True, blank=True, on_delete=models.PROTECT, related_name="credit_entries"
    )
    external = models.ForeignKey(
        "quizzes.ExternalCredit", null=True, blank=True, on_delete=models.PROTECT, related_name="credit_entries"
    )
    reverses = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversals")
    earned_on = models.DateField()
    contact_hours = models.DecimalField(max_digits=6, decimal_places=2)
    ceu = models.DecimalField("CEU", max_digits=6, decimal_places=2, null=True, blank=True)
    pdu = models.DecimalField("NBCOT PDU", max_digits=6, decimal_places=2)
    pdu_eligible = models.BooleanField()
    categories = ChoiceListField(item_choices=StateCategory.choices, verbose_name="state CE categories")
    category_hours = models.DecimalField(
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="The part of the contact hours that counts toward `categories`; empty = all of them.",
    )
    pdu_note = models.CharField(
        "PDU basis",
        max_length=300,
        blank=True,
        help_text="Why this entry earned the PDUs it did, e.g. completed under an onboarding assignment.",
    )
    provider = models.CharField(max_length=200, blank=True)
    approval_number = models.CharField(max_length=100, blank=True)
    title = models.CharField(max_length=300)
    reason = models.CharField(max_length=300, blank=True, help_text="Why a reversal was recorded.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CreditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["earned_on", "pk"]
        verbose_name_plural = "credit entries"
        constraints = [
            # The constraint that makes a double award impossible, even under concurrent requests.
            models.UniqueConstraint(
                fields=["completion"],
                condition=models.Q(completion__isnull=False),
                name="creditentry_one_per_completion",
            ),
            models.UniqueConstraint(
                fields=["external"], condition=models.Q(external__isnull=False), name="creditentry_one_per_external"
            ),
            models.UniqueConstraint(
                fields=["reverses"], condition=models.Q(reverses__isnull=False), name="creditentry_one_reversal"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="module", completion__isnull=False, reverses__isnull=True)
                    | models.Q(kind="external", external__isnull=False, reverses__isnull=True)
                    | models.Q(kind="reversal", reverses__isnull=False, completion__isnull=True)
                ),
                name="creditentry_kind_matches_source",
            ),
        ]
        indexes = [models.Index(fields=["user", "earned_on"])]

    def __str__(self):
        return f"{self.earned_on} {self.title} ({self.contact_hours} h, {self.pdu} PDU)"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Credit entries are append-only; record a reversal instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Credit entries are append-only; record a reversal instead.")

    def get_categories_display(self) -> list[str]:
        labels = dict(StateCategory.choices)
        return [labels.get(key, key) for key in self.categories]

    @property
    def hours_in_categories(self):
        """Contact hours that count toward the entry's categories."""
        return self.contact_hours if self.category_hours is None else self.category_hours


class ExternalCredit(models.Model):
    """CE the learner earned elsewhere, with the certificate they were given as evidence."""

    class Unit(models.TextChoices):
        CONTACT_HOURS = "contact_hours", "Contact hours"
        CEU = "ceu", "CEU (1 CEU = 10 contact hours)"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_credits")
    title = models.CharField(max_length=300)
    provider = models.CharField(max_length=200)
    completed_on = models.DateField()
    hours = models.DecimalField(
        "amount", max_digits=6, decimal_places=2, validators=[MinValueValidator(Decimal("0.01"))]
    )
    unit = models.CharField(max_length=20, choices=Unit.choices, default=Unit.CONTACT_HOURS)
    category = models.CharField(max_length=40, choices=StateCategory.choices, blank=True)
    pdu_eligible = models.BooleanField("counts toward NBCOT", default=True)
    evidence = models.FileField(storage=PrivateStorage(), upload_to=evidence_upload_to, max_length=200)
    evidence_name = models.CharField(max_length=200)
    evidence_type = models.CharField(max_length=50)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_on", "-pk"]

    def __str__(self):
        return f"{self.title} ({self.provider}, {self.completed_on})"


# ------------------------------------------------------------------------------- certificates


def certificate_code() -> str:
    return secrets.token_urlsafe(9)  # 12 URL-safe characters, 72 random bits


class Certificate(models.Model):
    """The certificate for one completion. "Expired" is derived from the completion's expiry."""

    class Status(models.TextChoices):
        VALID = "valid", "Valid"
        REVOKED = "revoked", "Revoked"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    completion = models.OneToOneField(ModuleCompletion, on_delete=models.PROTECT, related_name="certificate")
    code = models.CharField(max_length=20, unique=True, default=certificate_code, editable=False)
    issued_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.VALID)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(max_length=300, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-issued_at"]

    def __str__(self):
        return f"Certificate {self.code}"

    def display_status(self, now) -> str:
        """valid, revoked or expired (revocation wins)."""
        if self.status == self.Status.REVOKED:
            return "revoked"
        if self.completion.is_expired(now):
            return "expired"
        return "valid"


# -------------------------------------------------------------------------------------- goals


class StateRequirement(models.Model):
    """A state licence board's CE rule, entered by staff. Seeded from domain.md §2 with sources;
    always shown with "verify with your board"."""

    class Confidence(models.TextChoices):
        HIGH = "H", "High: official or primary source"
        MEDIUM = "M", "Medium: good secondary source or possibly dated"
        LOW = "L", "Low: third-party source"

    state = models.CharField(max_length=2, unique=True)
    hours = models.DecimalField(max_digits=5, decimal_places=2, validators=[MinValueValidator(0)])
    unit_label = models.CharField(max_length=40, default="contact hours", help_text='e.g. "contact hours", "PDUs".')
    period_months = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(120)])
    category_minimums = models.JSONField(
        default=list,
        blank=True,
        help_text='Rules, each {"categories": ["ethics", "jurisprudence"], "hours": 1, "label": "ethics or '
        "jurisprudence\"}: an entry counts toward a rule when it carries any of the rule's categories.",
    )
    summary = models.TextField(blank=True, help_text="The rule in plain words, including limits not modelled.")
    source = models.CharField(max_length=300)
    confidence = models.CharField(max_length=1, choices=Confidence.choices)
    note = models.CharField(max_length=300, default="Verify with your board before you rely on this.")
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("state"),
        FieldPanel("hours"),
        FieldPanel("unit_label"),
        FieldPanel("period_months"),
        FieldPanel("category_minimums"),
        FieldPanel("summary"),
        FieldPanel("source"),
        FieldPanel("confidence"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["state"]

    def __str__(self):
        return f"{self.state}: {self.hours} {self.unit_label} per {self.period_months} months"


class LicenceRenewal(models.Model):
    """When the learner's state licence next renews; the state goal counts the period before it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="licence_renewal"
    )
    renews_on = models.DateField("licence renewal date")

    def __str__(self):
        return f"{self.user} renews on {self.renews_on}"


@register_setting(icon="success")
class ReadinessSettings(BaseGenericSetting):
    """How the practice-readiness goal is measured. Editable; not a claim about NBCOT's pass mark."""

    target_percent = models.PositiveSmallIntegerField(
        "target per domain (%)",
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="The readiness goal asks for at least this score in every blueprint domain. "
        "NBCOT publishes a scaled passing score, not a per-domain percentage: this is a study target.",
    )
    recent_attempts = models.PositiveSmallIntegerField(
        "practice exams counted",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text="Readiness pools the learner's most recent practice exams, this many.",
    )

    panels = [FieldPanel("target_percent"), FieldPanel("recent_attempts")]

    class Meta:
        verbose_name = "practice readiness"


# ------------------------------------------------------------------------------------- review


class ReviewCard(models.Model):
    """A question in a learner's spaced-review queue, scheduled by FSRS (`card` is fsrs's dict)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards")
    question = models.ForeignKey("quizzes.Question", on_delete=models.CASCADE, related_name="review_cards")
    card = models.JSONField()
    due = models.DateTimeField()
    reviews = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due"]
        constraints = [models.UniqueConstraint(fields=["user", "question"], name="reviewcard_unique_user_question")]
        indexes = [models.Index(fields=["user", "due"])]

    def __str__(self):
        return f"{self.user} — {self.question} due {self.due:%Y-%m-%d %H:%M}"
