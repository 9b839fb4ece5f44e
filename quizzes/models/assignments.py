"""Assignments: a manager requires a module, a learning path or a skills checklist of a person, a
team or every member matching a rule (everyone, or everyone with a credential), by a due date,
optionally again every N months. Assignments are the one source of truth for what is due: the
learner's dashboard and goals, the compliance matrix, its CSV and the reminders all read them. The
reminder and digest logs make a duplicate email impossible.

Services in `quizzes.compliance.services` are the only writers.
"""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Coalesce

from lms.models import User


class Assignment(models.Model):
    class DueMode(models.TextChoices):
        FIXED = "fixed", "On a fixed date"
        AFTER_JOINING = "after_joining", "A number of days after the person joined"

    class Audience(models.TextChoices):
        PERSON = "person", "One person"
        TEAM = "team", "A team"
        MEMBERS = "members", "Every member (a rule), optionally with one credential"

    class Purpose(models.TextChoices):
        """Why the training is required. CE credit and reports ask "was this completion under an
        assignment of purpose X" (e.g. onboarding and annual compliance earn no PDUs)."""

        ONBOARDING = "onboarding", "Onboarding"
        COMPLIANCE = "compliance", "Annual compliance"
        TRAINING = "training", "Other training"

    organization = models.ForeignKey("lms.Organization", on_delete=models.CASCADE, related_name="assignments")
    module = models.ForeignKey(
        "courses.ModulePage", null=True, blank=True, on_delete=models.CASCADE, related_name="assignments"
    )
    path = models.ForeignKey(
        "courses.LearningPathPage", null=True, blank=True, on_delete=models.CASCADE, related_name="assignments"
    )
    checklist = models.ForeignKey(
        "courses.SkillsChecklistPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
        help_text="A skills check-off required on its own, observed and signed by an allowed observer.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="assignments"
    )
    team = models.ForeignKey("lms.Team", null=True, blank=True, on_delete=models.CASCADE, related_name="assignments")
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.PERSON)
    credential = models.CharField(
        max_length=20,
        blank=True,
        help_text="For a rule: only members with this credential (empty: every member).",
    )
    purpose = models.CharField(max_length=12, choices=Purpose.choices, default=Purpose.TRAINING)
    due_mode = models.CharField(max_length=20, choices=DueMode.choices, default=DueMode.FIXED)
    due_date = models.DateField(null=True, blank=True)
    due_days = models.PositiveSmallIntegerField(null=True, blank=True, validators=[MinValueValidator(1)])
    recurrence_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Due again this many months after each completion. Leave empty if once.",
    )
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    ended_on = models.DateField(
        null=True, blank=True, help_text="Ended assignments stay in the history but are no longer due."
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(module__isnull=False, path__isnull=True, checklist__isnull=True)
                | Q(module__isnull=True, path__isnull=False, checklist__isnull=True)
                | Q(module__isnull=True, path__isnull=True, checklist__isnull=False),
                name="assignment_exactly_one_target",
            ),
            models.CheckConstraint(
                condition=Q(audience="person", user__isnull=False, team__isnull=True, credential="")
                | Q(audience="team", user__isnull=True, team__isnull=False, credential="")
                | Q(audience="members", user__isnull=True, team__isnull=True),
                name="assignment_audience_matches_assignee",
            ),
            # The same training for the same people twice, both current, is a mistake that showed
            # twice everywhere. NULLs are distinct in a unique index, hence the Coalesce.
            models.UniqueConstraint(
                "organization",
                Coalesce("module", Value(0)),
                Coalesce("path", Value(0)),
                Coalesce("checklist", Value(0)),
                "audience",
                Coalesce("user", Value(0)),
                Coalesce("team", Value(0)),
                "credential",
                condition=Q(ended_on__isnull=True),
                name="assignment_unique_current",
                violation_error_message="This training is already assigned to them. "
                "Edit the existing assignment instead.",
            ),
            models.CheckConstraint(
                condition=Q(due_mode="fixed", due_date__isnull=False, due_days__isnull=True)
                | Q(due_mode="after_joining", due_days__isnull=False, due_date__isnull=True),
                name="assignment_due_matches_mode",
            ),
        ]
        indexes = [models.Index(fields=["organization", "team"]), models.Index(fields=["organization", "user"])]

    def __str__(self):
        return f"{self.target} for {self.assignee}"

    @property
    def target(self):
        if self.checklist_id:
            return self.checklist
        return self.module if self.module_id else self.path

    @property
    def assignee(self):
        if self.audience == self.Audience.MEMBERS:
            return self.rule_label
        return self.user if self.user_id else self.team

    @property
    def rule_label(self) -> str:
        if not self.credential:
            return "Everyone"

        return f"Every {User.Credential(self.credential).label}" if self.credential in User.Credential else "Nobody"

    @property
    def is_rule(self) -> bool:
        return self.audience == self.Audience.MEMBERS

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class AssignmentReminder(models.Model):
    """One reminder email that was sent. The unique constraint is what makes a second email of the
    same kind for the same person, assignment and due cycle impossible, even if jobs overlap."""

    class Kind(models.TextChoices):
        BEFORE = "before", "Due soon"
        DUE = "due", "Due today"
        OVERDUE = "overdue", "Overdue"
        MANUAL = "manual", "Sent by a manager"

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignment_reminders")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    due_on = models.DateField(
        help_text="The due date of the cycle this reminder was about; for one a manager sent, the day it "
        "was sent (so at most one a day)."
    )
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "kind", "due_on"], name="assignmentreminder_once_per_cycle"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} reminder to {self.user} ({self.due_on})"


class ManagerDigest(models.Model):
    """The weekly compliance digest a manager was sent, once per organization and week."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey("lms.Organization", on_delete=models.CASCADE, related_name="+")
    week_start = models.DateField(help_text="The Monday of the week the digest covers.")
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["-week_start"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organization", "week_start"], name="managerdigest_once_per_week"),
        ]

    def __str__(self):
        return f"Digest to {self.user} for {self.organization}, week of {self.week_start}"
