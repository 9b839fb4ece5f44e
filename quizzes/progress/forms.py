"""Forms for progress pages. They parse and validate; services make the changes."""

import datetime
import re

from django import forms

from courses.models import StateCategory
from quizzes.models import ExternalCredit
from quizzes.progress.evidence import check_evidence

DATE_WIDGET = {"type": "date"}


class PeriodForm(forms.Form):
    """The transcript's period; both dates default to the learner's NBCOT cycle."""

    start = forms.DateField(label="From", widget=forms.DateInput(attrs=DATE_WIDGET, format="%Y-%m-%d"))
    end = forms.DateField(label="To", widget=forms.DateInput(attrs=DATE_WIDGET, format="%Y-%m-%d"))

    def __init__(self, data=None, *, default: tuple[datetime.date, datetime.date]):
        self.default = default
        if data is not None and not (data.get("start") or data.get("end")):
            data = None  # no filter given: show the default period
        super().__init__(data, initial={"start": default[0], "end": default[1]})

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "The end date must be on or after the start date.")
        return cleaned

    def period(self) -> tuple[datetime.date, datetime.date]:
        """The chosen period when valid, else the default (the page then shows the errors)."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["start"], self.cleaned_data["end"]
        return self.default


class ExternalCreditForm(forms.Form):
    title = forms.CharField(label="Course title", max_length=300)
    provider = forms.CharField(label="Provider", max_length=200)
    completed_on = forms.DateField(
        label="Date completed", widget=forms.DateInput(attrs=DATE_WIDGET, format="%Y-%m-%d")
    )
    amount = forms.DecimalField(label="Amount", min_value=0.01, max_value=999, decimal_places=2, max_digits=6)
    unit = forms.ChoiceField(label="Unit", choices=ExternalCredit.Unit.choices)
    category = forms.ChoiceField(
        label="State CE category",
        required=False,
        choices=[("", "None of these")] + list(StateCategory.choices),
        help_text="Choose one if the certificate says the course meets a state category, such as ethics.",
    )
    pdu_eligible = forms.BooleanField(
        label="Counts toward NBCOT renewal", required=False, initial=True,
        help_text="Untick for compliance training such as CPR or annual mandatory training.",
    )  # fmt: skip
    evidence = forms.FileField(
        label="Certificate",
        help_text="PDF, PNG or JPEG, at most 5 MB. Only you and your clinic's managers can open it.",
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"}),
    )

    def __init__(self, *args, today: datetime.date, **kwargs):
        self.today = today
        super().__init__(*args, **kwargs)

    def clean_completed_on(self):
        value = self.cleaned_data["completed_on"]
        if value > self.today:
            raise forms.ValidationError("The date completed cannot be in the future.")
        return value

    def clean_evidence(self):
        file = self.cleaned_data["evidence"]
        check_evidence(file)
        return file


class LicenceRenewalForm(forms.Form):
    renews_on = forms.DateField(
        label="Licence renewal date",
        required=False,
        widget=forms.DateInput(attrs=DATE_WIDGET, format="%Y-%m-%d"),
        help_text="The date your state licence next renews. Leave empty to clear it.",
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Reason", max_length=300, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Recorded with the revocation and on the ledger reversal.",
    )  # fmt: skip


class VerifyLookupForm(forms.Form):
    code = forms.CharField(
        label="Certificate code",
        max_length=40,
        help_text="The code printed under the QR code on the certificate. Letters are case-sensitive.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}),
    )

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if not re.fullmatch(r"[-a-zA-Z0-9_]+", code):
            raise forms.ValidationError("A certificate code has only letters, digits, hyphens and underscores.")
        return code
