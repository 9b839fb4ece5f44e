"""An organization's identity provider and the email domains it owns.

Imported by `lms.models`, so the models belong to the `lms` app.
"""

import re

from allauth.socialaccount.models import SocialApp
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower

from lms.models import Membership, Organization

_DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


class OrganizationIdentityProvider(models.Model):
    """Links an organization to the allauth `SocialApp` (OIDC or SAML) its people sign in with."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="identity_providers")
    social_app = models.OneToOneField(
        SocialApp,
        on_delete=models.CASCADE,
        related_name="organization_identity_provider",
        verbose_name="provider (social application)",
        help_text="The OpenID Connect or SAML application under Social accounts → Social applications.",
    )
    default_role = models.CharField(
        max_length=20,
        choices=Membership.Role.choices,
        default=Membership.Role.LEARNER,
        help_text="The role a person gets on their first sign-in when no role claim maps to one.",
    )
    role_claim = models.CharField(
        max_length=200,
        blank=True,
        help_text="The OIDC claim (e.g. groups, roles) or SAML attribute name that carries the person's "
        "groups or roles. Leave blank to give everyone the default role.",
    )
    role_mapping = models.JSONField(
        default=dict,
        blank=True,
        help_text='Claim value → role, e.g. {"OT-Managers": "manager", "Educators": "educator"}. '
        "When several values match, the strongest role wins. Applied at every sign-in.",
    )
    allow_password_sign_in = models.BooleanField(
        default=False,
        help_text="Let people at this provider's domains also sign in, sign up and reset with a password "
        "(e.g. during the switch-over). Off: the identity provider is the only way in.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "lms"
        verbose_name = "organization identity provider"
        ordering = ["organization__name"]

    def __str__(self):
        return f"{self.social_app.name or self.social_app.provider} for {self.organization}"

    def clean(self):
        if not isinstance(self.role_mapping, dict):
            raise ValidationError({"role_mapping": 'Enter an object, e.g. {"OT-Managers": "manager"}.'})
        unknown = sorted({str(v) for v in self.role_mapping.values()} - set(Membership.Role.values))
        if unknown:
            raise ValidationError(
                {"role_mapping": f"Unknown role {', '.join(unknown)}: use {', '.join(Membership.Role.values)}."}
            )


class IdentityProviderDomain(models.Model):
    """An email domain whose people sign in through one identity provider (one provider per domain)."""

    provider = models.ForeignKey(OrganizationIdentityProvider, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(max_length=253, help_text="e.g. riverside-clinic.org (no @, no subdomains implied)")

    class Meta:
        app_label = "lms"
        ordering = ["domain"]
        constraints = [models.UniqueConstraint(Lower("domain"), name="identity_provider_domain_ci_unique")]

    def __str__(self):
        return self.domain

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lstrip("@").lower()
        super().save(*args, **kwargs)

    def clean(self):
        domain = self.domain.strip().lstrip("@").lower()
        if not _DOMAIN.fullmatch(domain):
            raise ValidationError({"domain": "Enter a domain such as riverside-clinic.org."})
