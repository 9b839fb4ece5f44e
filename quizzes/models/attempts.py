"""Attempts keep all state on the server; one row per delivered item holds the learner's answer."""

from django.conf import settings
from django.db import models


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        SUBMITTED = "submitted", "Submitted"

    class SubmitReason(models.TextChoices):
        LEARNER = "learner", "Submitted by the learner"
        EXPIRED = "expired", "Time expired"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveIntegerField(help_text="1 for the learner's first attempt at this quiz, and so on.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.IN_PROGRESS)
    seed = models.BigIntegerField(help_text="Seed for this attempt's question and option order.")
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True, help_text="Server-enforced; includes accommodations.")
    submitted_at = models.DateTimeField(null=True, blank=True)
    submit_reason = models.CharField(max_length=10, choices=SubmitReason.choices, blank=True)
    points = models.DecimalField(max_digits=8, decimal_places=4, null=True, blank=True)
    max_points = models.DecimalField(max_digits=8, decimal_places=4, null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)
    domain_scores = models.JSONField(default=list, blank=True)
    feedback_mode = models.CharField(
        max_length=10,
        blank=True,
        choices=[("tutor", "Tutor"), ("exam", "Exam")],
        help_text="Chosen by the learner at the start of a practice exam; empty means the quiz's own mode.",
    )

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="attempt_unique_number"),
            # At most one open attempt per learner and quiz, even under concurrent starts.
            models.UniqueConstraint(
                fields=["user", "quiz"], condition=models.Q(state="in_progress"), name="attempt_one_open_per_quiz"
            ),
        ]
        indexes = [models.Index(fields=["user", "quiz", "state"]), models.Index(fields=["quiz", "state"])]

    def __str__(self):
        return f"{self.user} — {self.quiz} #{self.number}"

    @property
    def tutor(self) -> bool:
        """Rationale after each answer: the learner's choice at the start, else the quiz's mode."""
        return (self.feedback_mode or self.quiz.feedback_mode) == "tutor"


class AttemptItem(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(help_text="1-based position in this attempt's shuffled order.")
    version = models.ForeignKey("quizzes.QuestionVersion", on_delete=models.PROTECT, related_name="attempt_items")
    option_order = models.JSONField(help_text="VersionOption ids in the order this learner sees them.")
    scored = models.BooleanField(default=True, help_text="False for field-test items.")
    domain_code = models.CharField(max_length=20, blank=True)
    selected = models.JSONField(null=True, blank=True, help_text="Chosen VersionOption ids (ordered for ordering).")
    flagged = models.BooleanField(default=False)
    answered_at = models.DateTimeField(null=True, blank=True)
    points = models.DecimalField(max_digits=6, decimal_places=4, null=True, blank=True)
    is_correct = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="attemptitem_unique_position"),
            models.UniqueConstraint(fields=["attempt", "version"], name="attemptitem_unique_version"),
        ]
        indexes = [models.Index(fields=["version", "is_correct"])]

    def __str__(self):
        return f"{self.attempt} item {self.position}"
