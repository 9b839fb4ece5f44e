"""The sign-in form routes an address at an SSO domain to its organization's identity provider.

The person types their email and presses Sign in; for an SSO domain the password box is not
needed (and not checked: the identity provider decides). Everyone else signs in as before.
"""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core.exceptions import ImmediateHttpResponse
from django import forms
from django.shortcuts import render

from lms.sso.selectors import identity_provider_for_email, password_sign_in_refused


def refuse_password_for_sso_domain(email: str) -> None:
    """No password account (sign-up, password reset) at a domain whose organization signs in
    through its identity provider, unless staff allow passwords there."""
    provider = password_sign_in_refused(email)
    if provider is not None:
        raise forms.ValidationError(
            f"{provider.organization} signs you in with its own account: on the sign-in page enter only "
            "your email address. Your password is managed by your organization."
        )


class LoginForm(AllauthLoginForm):
    sso_provider = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].required = False
        self.fields[
            "password"
        ].help_text = "Leave empty if your organization signs you in with its own account (single sign-on)."

    def clean(self):
        cleaned = forms.Form.clean(self)
        if self._errors:
            return cleaned
        provider = identity_provider_for_email(cleaned.get("login", ""))
        if provider is not None and (not provider.allow_password_sign_in or not cleaned.get("password")):
            self.sso_provider = provider
            return cleaned
        if not cleaned.get("password"):
            self.add_error("password", forms.Field.default_error_messages["required"])
            return cleaned
        return super().clean()

    def login(self, request, redirect_url=None):
        if self.sso_provider is None:
            return super().login(request, redirect_url=redirect_url)
        provider = self.sso_provider.social_app.get_provider(request)
        try:
            response = provider.redirect(request, process="login", next_url=redirect_url)
        except ImmediateHttpResponse as e:
            return e.response
        if response.status_code not in (301, 302, 303, 307, 308):
            return response
        # Not a redirect: our Content-Security-Policy's `form-action 'self'` also covers the
        # redirects that follow a form post, so browsers would block a 302 to the IdP. A page that
        # moves on by itself (meta refresh, plus a link) is a new navigation, which it allows.
        return render(
            request,
            "account/sso_redirect.html",
            {"sso_url": response["Location"], "organization": self.sso_provider.organization},
        )


class SignupForm(AllauthSignupForm):
    def clean_email(self):
        email = super().clean_email()
        refuse_password_for_sso_domain(email)
        return email


class ResetPasswordForm(AllauthResetPasswordForm):
    def clean_email(self):
        email = super().clean_email()
        refuse_password_for_sso_domain(email)
        return email
