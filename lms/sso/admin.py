"""Staff set up an organization's single sign-on in the Django admin (README "Single sign-on")."""

from django.contrib import admin

from lms.sso.models import IdentityProviderDomain, OrganizationIdentityProvider


class IdentityProviderDomainInline(admin.TabularInline):
    model = IdentityProviderDomain
    extra = 1
    min_num = 1


@admin.register(OrganizationIdentityProvider)
class OrganizationIdentityProviderAdmin(admin.ModelAdmin):
    list_display = ["organization", "social_app", "default_role", "allow_password_sign_in", "domain_list"]
    list_select_related = ["organization", "social_app"]
    search_fields = ["organization__name", "domains__domain"]
    autocomplete_fields = ["organization"]
    inlines = [IdentityProviderDomainInline]
    fields = ["organization", "social_app", "default_role", "role_claim", "role_mapping", "allow_password_sign_in"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("domains")

    @admin.display(description="Email domains")
    def domain_list(self, obj):
        return ", ".join(d.domain for d in obj.domains.all())
