"""Quizzes: module assessments, blueprint practice exams, knowledge checks and review sessions."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable


class AuthoredQuizManager(models.Manager):
    """Quizzes educators made. A learner's own sessions (review sessions, practice sets) have an
    `owner` and are left out. This is the default manager, so the question bank's quiz list and
    edit views (Wagtail's model viewset) never see a learner's session; the item-analysis chooser
    reads `Quiz.authored` too. `Quiz.objects` stays unfiltered: Wagtail's reference indexer and our
    services look sessions up through it, and attempts reach their quiz through the base manager."""

    def get_queryset(self):
        # By kind too: a session whose learner was deleted keeps no owner but is still no one's quiz.
        return super().get_queryset().filter(owner__isnull=True).exclude(kind__in=LEARNER_SESSION_KINDS)


LEARNER_SESSION_KINDS = ("review", "practice_set")


class Quiz(ClusterableModel):
    class Kind(models.TextChoices):
        ASSESSMENT = "assessment", "Module assessment"
        PRACTICE = "practice", "Practice exam (from a blueprint)"
        KNOWLEDGE_CHECK = "knowledge_check", "Inline knowledge check"
        REVIEW = "review", "Spaced review session"
        PRACTICE_SET = "practice_set", "Practice set built by a learner"

    class Selection(models.TextChoices):
        FIXED = "fixed", "Fixed list of questions"
        DRAW_TAGS = "draw_tags", "Draw N questions with these tags"
        BLUEPRINT = "blueprint", "Assemble from a blueprint"

    class Feedback(models.TextChoices):
        TUTOR = "tutor", "Tutor: rationale after each answer"
        EXAM = "exam", "Exam: feedback after submitting"

    class MultiPolicy(models.TextChoices):
        ALL_OR_NOTHING = "all_or_nothing", "All or nothing"
        PARTIAL = "partial", "Partial credit per option (never below zero)"
        WEIGHTS = "weights", "Use the item's weights (imported Moodle grades; never below zero)"

    class OrderingPolicy(models.TextChoices):
        EXACT = "exact", "Exact order only"
        PARTIAL = "partial", "Partial credit per correctly placed step"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ASSESSMENT)
    description = models.TextField(blank=True)
    module = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessments",
        help_text="For module assessments: the module this quiz assesses.",
    )
    selection = models.CharField(max_length=20, choices=Selection.choices, default=Selection.FIXED)
    draw_count = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="How many questions to draw (tag draw or blueprint)."
    )
    draw_tags = models.CharField(max_length=300, blank=True, help_text="Comma-separated topic tags to draw from.")
    blueprint = models.ForeignKey(
        "quizzes.Blueprint", null=True, blank=True, on_delete=models.PROTECT, related_name="quizzes"
    )
    field_test_count = models.PositiveSmallIntegerField(
        default=0, help_text="Unscored field-test items added to each attempt."
    )
    feedback_mode = models.CharField(max_length=10, choices=Feedback.choices, default=Feedback.EXAM)
    show_correct_answers = models.BooleanField(
        default=True, help_text="Show correct answers and rationales on the results page."
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=80, validators=[MinValueValidator(0), MaxValueValidator(100)], help_text="Percent needed to pass."
    )
    attempts_allowed = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Empty = unlimited.")
    cooldown_minutes = models.PositiveIntegerField(default=0, help_text="Wait between attempts.")
    time_limit_minutes = models.PositiveIntegerField(
        null=True, blank=True, help_text="Empty = untimed. Learners' accommodation multipliers apply."
    )
    multi_policy = models.CharField(max_length=20, choices=MultiPolicy.choices, default=MultiPolicy.ALL_OR_NOTHING)
    ordering_policy = models.CharField(max_length=20, choices=OrderingPolicy.choices, default=OrderingPolicy.EXACT)
    shuffle_questions = models.BooleanField(default=True)
    shuffle_options = models.BooleanField(default=True)
    is_published = models.BooleanField(default=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        # Not CASCADE: the learner's attempts at the session are PROTECTed, and deleting the
        # learner deletes those attempts; the emptied session stays, hidden by its kind.
        on_delete=models.SET_NULL,
        related_name="own_quizzes",
        help_text="Set for a learner's own review session or practice set; empty for authored quizzes.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = models.Manager()
    authored = AuthoredQuizManager()

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "quizzes"
        default_manager_name = "authored"
        base_manager_name = "objects"

    def __str__(self):
        return self.title


class QuizItem(Orderable):
    """A question in a fixed-list quiz."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey("quizzes.Question", on_delete=models.PROTECT, related_name="+")

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["quiz", "question"], name="quizitem_unique_question")]
