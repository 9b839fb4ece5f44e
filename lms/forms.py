from django import forms

from lms.models import User


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
