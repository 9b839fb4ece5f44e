"""Admin for LTI: a platform's registration (manual keys), its deployments, the organization its
courses join, and our tool's signing keys (README "LTI 1.3")."""

from django.contrib import admin, messages
from django.db import models
from lti_tool.admin import LtiDeploymentInline, LtiRegistrationAdmin
from lti_tool.models import Key, LtiRegistration

from quizzes.lti.models import CourseTeam, PlatformOrganization, QuizLaunch, ScorePassback

# django-lti's URL fields; platforms' URLs are https (and Django 6 assumes so).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class DeploymentInline(LtiDeploymentInline):
    formfield_overrides = HTTPS_URLS
    fields = ["deployment_id", "is_active"]
    extra = 1


class PlatformOrganizationInline(admin.StackedInline):
    model = PlatformOrganization
    can_delete = False
    verbose_name = "organization that this platform's courses and people join"


admin.site.unregister(LtiRegistration)


@admin.register(LtiRegistration)
class RegistrationAdmin(LtiRegistrationAdmin):
    """django-lti's registration form (issuer, client ID, auth login URL, token URL, keyset URL,
    deployments) plus the organization link that launches need."""

    inlines = [PlatformOrganizationInline, DeploymentInline]
    formfield_overrides = HTTPS_URLS


@admin.register(Key)
class KeyAdmin(admin.ModelAdmin):
    """Our RSA key pairs. The newest active one signs; every active one is in /lti/jwks/. The first
    is made on the first request to an LTI endpoint; rotate by selecting the current one and
    running the action, then switch the old one off once platforms have fetched the new JWKS."""

    list_display = ["__str__", "is_active", "datetime_created"]
    fields = ["public_key", "is_active", "datetime_created"]
    readonly_fields = ["public_key", "datetime_created"]
    actions = ["generate"]

    def has_add_permission(self, request):
        return False  # keys are generated, never pasted

    @admin.action(description="Generate a new key pair (the selected ones stay in the JWKS)")
    def generate(self, request, queryset):
        key = Key.objects.generate()
        messages.success(request, f"Generated key {key}.")


@admin.register(CourseTeam)
class CourseTeamAdmin(admin.ModelAdmin):
    list_display = ["context", "team", "synced_at"]
    list_select_related = ["context", "team"]
    readonly_fields = ["context", "team", "synced_at"]


@admin.register(QuizLaunch)
class QuizLaunchAdmin(admin.ModelAdmin):
    list_display = ["user", "quiz", "resource_link", "launched_at"]
    list_select_related = ["user", "quiz", "resource_link"]
    readonly_fields = ["user", "lti_user", "quiz", "resource_link", "ags", "launched_at"]


@admin.register(ScorePassback)
class ScorePassbackAdmin(admin.ModelAdmin):
    list_display = ["attempt", "lineitem_url", "tries", "claimed_at", "sent_at"]
    list_select_related = ["attempt__user", "attempt__quiz"]
    list_filter = [("sent_at", admin.EmptyFieldListFilter)]
    readonly_fields = [
        "attempt",
        "launch",
        "lineitem_url",
        "created_at",
        "claimed_at",
        "sent_at",
        "tries",
        "last_error",
    ]
