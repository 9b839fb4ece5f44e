from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from lms import services
from lms.models import Membership, Organization, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organization"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Staff set the accommodation time multiplier here; learners cannot."""

    ordering = ["email"]
    list_display = ["email", "name", "credential", "time_multiplier", "is_staff", "is_active"]
    list_filter = ["credential", "is_staff", "is_superuser", "is_active"]
    search_fields = ["email", "name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Profile", {"fields": ["name", "credential", "licence_state", "nbcot_cycle_start", "nbcot_cycle_end"]}),
        ("Accommodations", {"fields": ["time_multiplier"]}),
        ("Permissions", {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "name", "password1", "password2"]})]
    inlines = [MembershipInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.user_sync_role_groups(user=form.instance)


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "created_at"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


# Single sign-on: an organization's identity provider and its email domains (lms/sso/admin.py).
from lms.sso import admin as sso_admin  # noqa: E402, F401
