"""What the LTI tool records beyond django-lti's registrations, contexts and users."""

from django.conf import settings
from django.db import models


class PlatformOrganization(models.Model):
    """The organization a registered platform's courses and people belong to. Each course
    (LTI context) launched from it becomes a team there, and launched people become members."""

    registration = models.OneToOneField(
        "lti_tool.LtiRegistration", on_delete=models.CASCADE, related_name="occupass_link"
    )
    organization = models.ForeignKey("lms.Organization", on_delete=models.CASCADE, related_name="lti_platforms")

    class Meta:
        verbose_name = "platform's organization"

    def __str__(self):
        return f"{self.registration} → {self.organization}"


class CourseTeam(models.Model):
    """The team that mirrors one platform course (LTI context): its roster, kept in step by NRPS."""

    context = models.OneToOneField("lti_tool.LtiContext", on_delete=models.CASCADE, related_name="occupass_team")
    team = models.ForeignKey("lms.Team", on_delete=models.CASCADE, related_name="lti_courses")
    synced_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.context} → {self.team}"


class CourseInstructor(models.Model):
    """Someone the platform named as teaching staff of one course (LTI context).

    This, not an organization-wide role, is what an LTI instructor gets: the results of their own
    course's learners on the quizzes linked from that course. Teaching in one course says nothing
    about the organization's other people or its content, so instructors are not made educators
    (who may author content in Wagtail and see every member)."""

    context = models.ForeignKey("lti_tool.LtiContext", on_delete=models.CASCADE, related_name="occupass_instructors")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_courses_taught")
    since = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["context", "user"], name="lti_courseinstructor_unique"),
        ]

    def __str__(self):
        return f"{self.user} teaches {self.context}"


class QuizLaunch(models.Model):
    """A learner reached a quiz through a platform's resource link that takes grades back.

    Attempts this learner's at the quiz graded after `launched_at` are scored into the link's line
    item. The AGS claim is kept as the platform sent it (endpoints and granted scopes)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lti_quiz_launches")
    lti_user = models.ForeignKey("lti_tool.LtiUser", on_delete=models.CASCADE, related_name="+")
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="lti_launches")
    resource_link = models.ForeignKey("lti_tool.LtiResourceLink", on_delete=models.CASCADE, related_name="+")
    ags = models.JSONField(help_text="The launch's AGS endpoint claim.")
    launched_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "resource_link"], name="lti_quizlaunch_unique_user_link"),
        ]
        indexes = [models.Index(fields=["user", "quiz"])]

    def __str__(self):
        return f"{self.user} → {self.quiz} via {self.resource_link}"


class ScorePassback(models.Model):
    """One attempt's score for one platform line item: the idempotency guard of grade passback.

    Created once per (attempt, line item) by the `attempt_graded` receiver; a second receiver call or
    a rerun task finds the row and does nothing. The task claims the row before it posts and marks
    it sent after; a failed post releases the claim and is retried later."""

    attempt = models.ForeignKey("quizzes.Attempt", on_delete=models.CASCADE, related_name="lti_passbacks")
    launch = models.ForeignKey(QuizLaunch, on_delete=models.CASCADE, related_name="passbacks")
    lineitem_url = models.URLField(max_length=500, blank=True, help_text="Empty until found or created.")
    created_at = models.DateTimeField()
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    tries = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "launch"], name="lti_scorepassback_unique_attempt_launch"),
        ]

    def __str__(self):
        return f"{self.attempt} → {self.lineitem_url or self.launch}"


class UsedToken(models.Model):
    """A one-time value that was spent: an id_token's nonce (per issuer) or a new-window handoff.

    pylti1p3 checks that a launch's nonce is one we issued but does not spend it, so the same signed
    id_token could be posted twice; the unique row refuses the second use."""

    issuer = models.CharField(max_length=255)
    value = models.CharField(max_length=255)
    used_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "value"], name="lti_usedtoken_unique")]

    def __str__(self):
        return f"{self.issuer}: {self.value}"
