"""Learner records for course pages. Kept out of the page models: pages are content."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class LessonCompletion(models.Model):
    """A learner finished a lesson. One row per learner and lesson; marking again changes nothing."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lessoncompletion_unique_user_lesson"),
        ]

    def __str__(self):
        return f"{self.user} completed {self.lesson_id} at {self.completed_at:%Y-%m-%d %H:%M}"
