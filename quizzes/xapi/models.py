"""The xAPI outbox: one row per statement id, and the opaque name each learner has in the LRS."""

import uuid

from django.conf import settings
from django.db import models


class XapiActor(models.Model):
    """The learner's name in the LRS: a random id that says nothing about them (no email, no pk).

    Statements name the actor as an xAPI account {homePage: SITE_URL, name: this id}, so a
    learning-analytics team can follow one learner across statements without receiving an email
    address. Made on the learner's first statement and never changed.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_actor")
    name = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        app_label = "quizzes"
        verbose_name = "xAPI actor"

    def __str__(self):
        return str(self.name)


class XapiStatement(models.Model):
    """One statement to send: its deterministic id, what to build it from, and how sending went.

    `arguments` are the task's keyword arguments, so a failed send can be enqueued again (by the
    backoff, `xapi_retry_due_task` or the admin action) and rebuilds the same statement.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed, will retry"
        GAVE_UP = "gave_up", "Failed, retries exhausted"

    statement_id = models.UUIDField(unique=True)
    kind = models.CharField(max_length=40)
    arguments = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    tries = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_try_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "quizzes"
        verbose_name = "xAPI statement"
        indexes = [models.Index(fields=["status", "next_try_at"])]

    def __str__(self):
        return f"{self.kind} {self.statement_id} ({self.get_status_display()})"
