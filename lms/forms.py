from django import forms
from django.contrib.auth.password_validation import validate_password

from lms.models import Membership, Team, User


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth supplies email and password and calls `signup()`."""

    name = forms.CharField(label="Full name", max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    credential = forms.ChoiceField(label="Your role", choices=User.Credential.choices, initial=User.Credential.AIDE)

    field_order = ["name", "email", "credential", "password1", "password2"]

    def signup(self, request, user):
        user.name = self.cleaned_data["name"]
        user.credential = self.cleaned_data["credential"]
        user.save(update_fields=["name", "credential"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "credential", "licence_state", "nbcot_cycle_start", "nbcot_cycle_end"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "nbcot_cycle_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "nbcot_cycle_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "nbcot_cycle_start": "The first day of your current 3-year NBCOT certification cycle.",
            "nbcot_cycle_end": "The date your current NBCOT certification expires.",
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("nbcot_cycle_start"), cleaned.get("nbcot_cycle_end")
        if bool(start) != bool(end):
            self.add_error("nbcot_cycle_end" if start else "nbcot_cycle_start", "Enter both cycle dates, or neither.")
        elif start and end and end <= start:
            self.add_error("nbcot_cycle_end", "The cycle must end after it starts.")
        return cleaned


class InviteForm(forms.Form):
    email = forms.EmailField(label="Email address")
    name = forms.CharField(label="Full name", max_length=150, required=False)
    credential = forms.ChoiceField(label="Credential", choices=User.Credential.choices, initial=User.Credential.AIDE)
    role = forms.ChoiceField(label="Role", choices=Membership.Role.choices, initial=Membership.Role.LEARNER)
    teams = forms.ModelMultipleChoiceField(
        queryset=Team.objects.none(), required=False, label="Teams", widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["teams"].queryset = Team.objects.filter(organization=organization).order_by("name")


class PeopleImportForm(forms.Form):
    """A CSV file; or, after a file with errors, its text again with the choice to import the
    valid rows."""

    file = forms.FileField(
        label="CSV file",
        required=False,
        help_text="Columns: email, name, credential, teams (several teams separated by ;). "
        "The first line is the header.",
    )
    text = forms.CharField(required=False, widget=forms.HiddenInput)
    skip_errors = forms.BooleanField(required=False, widget=forms.HiddenInput)

    MAX_BYTES = 1024 * 1024

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > self.MAX_BYTES:
                raise forms.ValidationError("The file is larger than 1 MB.")
            try:
                data["text"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise forms.ValidationError("Save the file as CSV (UTF-8) and upload it again.") from error
        if not data.get("text"):
            self.add_error("file", "Choose a CSV file.")
        return data


class MemberRoleForm(forms.Form):
    role = forms.ChoiceField(label="Role", choices=Membership.Role.choices)


class InvitationAcceptForm(forms.Form):
    """Set a password to join (a person without an account yet)."""

    name = forms.CharField(label="Full name", max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    password1 = forms.CharField(
        label="Password", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label="Password (again)", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The two passwords differ.")
        elif first:
            try:
                validate_password(first, User(email=self.email, name=data.get("name", "")))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
