"""Skills observations: an observer watched a learner perform a checklist's skill and signed.

An observation is a signed record and never changes: no edit, no delete, not in the Django admin
and not in Wagtail (the model is not registered there). A mistake is corrected by a new
observation that names the one it voids and why; the voided one stays in the record, and every
view derives "voided" from the newer row. What the checklist said (step texts, which were
critical) is copied into the observation, so a later edit of the checklist never changes what
was signed. `quizzes.skills.services` is the only writer.
"""

from django.conf import settings
from django.db import models

from quizzes.models.credits import AppendOnlyError


class ObservationQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Signed observations never change; record a new observation that voids it.")

    def delete(self):
        raise AppendOnlyError("Signed observations never change; record a new observation that voids it.")

    def not_voided(self):
        return self.filter(voided_by__isnull=True)


class Observation(models.Model):
    class StepResult(models.TextChoices):
        DONE = "done", "Done"
        NOT_DONE = "not_done", "Not done"
        NOT_APPLICABLE = "na", "Not applicable"

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="observations")
    # PROTECT: a checklist with signed observations is unpublished, never deleted.
    checklist = models.ForeignKey("courses.SkillsChecklistPage", on_delete=models.PROTECT, related_name="observations")
    organization = models.ForeignKey("lms.Organization", on_delete=models.PROTECT, related_name="observations")
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="observations_signed"
    )
    observer_name = models.CharField(max_length=150, help_text="As it was when signed.")
    observer_credential = models.CharField(max_length=40, help_text="The observer's credential when they signed.")
    observer_basis = models.CharField(
        max_length=100, help_text="Why they were allowed to sign, e.g. 'OTR, educator' or 'Designated preceptor'."
    )
    checklist_title = models.CharField(max_length=255)
    setting = models.CharField(max_length=200, help_text="Where it was observed, e.g. 'gym, wheelchair to mat'.")
    steps = models.JSONField(help_text="Per step, in order: id, number, text, critical, lesson_id, result, comment.")
    passed = models.BooleanField()
    reasons = models.JSONField(default=list, help_text="Why it failed: one sentence per critical step missed.")
    observed_at = models.DateTimeField()
    signed_with = models.CharField(max_length=40, help_text="How the observer re-authenticated to sign.")
    expires_at = models.DateTimeField(null=True, blank=True)
    voids = models.OneToOneField("self", null=True, blank=True, on_delete=models.PROTECT, related_name="voided_by")
    void_reason = models.CharField(max_length=300, blank=True)
    idempotency_key = models.UUIDField(unique=True, help_text="From the form, so a double submit records once.")

    objects = ObservationQuerySet.as_manager()

    class Meta:
        ordering = ["-observed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(learner=models.F("observer")), name="observation_observer_is_not_learner"
            ),
            models.CheckConstraint(
                condition=models.Q(voids__isnull=True) | ~models.Q(void_reason=""),
                name="observation_void_has_reason",
            ),
        ]
        indexes = [models.Index(fields=["learner", "checklist", "observed_at"])]

    def __str__(self):
        return f"{self.checklist_title}: {self.learner} observed by {self.observer_name} ({self.observed_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Signed observations never change; record a new observation that voids it.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Signed observations never change; record a new observation that voids it.")

    @property
    def result_label(self) -> str:
        return "Pass" if self.passed else "Fail"

    def missed_steps(self) -> list[dict]:
        return [step for step in self.steps if step["result"] == self.StepResult.NOT_DONE]

    def is_expired(self, now) -> bool:
        return self.expires_at is not None and self.expires_at <= now
