"""Running totals for item analysis, added to as each attempt is graded.

They hold the sufficient sums of `quizzes.analysis.stats` (`ItemSums`, `TotalSums` and the
choice counts), so the report reads a few rows per question instead of every response. They are
derived data: `quizzes.analysis.tallies.item_tallies_rebuild` recomputes them from the responses.
"""

from django.db import models


class QuizTally(models.Model):
    """Sums over the submitted attempts' total points (`TotalSums`)."""

    quiz = models.OneToOneField("quizzes.Quiz", on_delete=models.CASCADE, primary_key=True, related_name="tally")
    n = models.BigIntegerField(default=0)
    total = models.FloatField(default=0.0)
    total_sq = models.FloatField(default=0.0)
    rebuilt_at = models.DateTimeField(
        null=True, blank=True, help_text="When these totals were last recomputed from the responses."
    )

    def __str__(self):
        return f"Tally of {self.quiz}"


class ItemTally(models.Model):
    """Sums over one version's scored responses in one quiz (`ItemSums`): x is the item score,
    r the rest score (attempt total − x)."""

    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey("quizzes.QuestionVersion", on_delete=models.CASCADE, related_name="+")
    n = models.BigIntegerField(default=0)
    x = models.FloatField(default=0.0)
    xx = models.FloatField(default=0.0)
    r = models.FloatField(default=0.0)
    rr = models.FloatField(default=0.0)
    xr = models.FloatField(default=0.0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["quiz", "version"], name="itemtally_unique_version")]

    def __str__(self):
        return f"Tally of {self.version} in {self.quiz}"


class OptionTally(models.Model):
    """How many scored responses chose an option, and their rest scores summed.

    `option` is a VersionOption id, or NO_ANSWER. A plain integer rather than a nullable foreign
    key, so the unique key also holds for "no answer" (SQLite has no NULLS NOT DISTINCT); a
    version's options are never deleted once it has responses.
    """

    NO_ANSWER = 0

    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey("quizzes.QuestionVersion", on_delete=models.CASCADE, related_name="+")
    option = models.BigIntegerField(help_text="VersionOption id; 0 for no answer.")
    chosen = models.BigIntegerField(default=0)
    rest = models.FloatField(default=0.0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["quiz", "version", "option"], name="optiontally_unique_option")]

    def __str__(self):
        return f"Tally of option {self.option} of {self.version} in {self.quiz}"
