from django import forms

from courses.models import Topic


class CatalogFilterForm(forms.Form):
    """The catalog's filters, sent as GET parameters so filtered lists can be bookmarked."""

    topic = forms.ChoiceField(choices=[("", "All topics"), *Topic.choices], required=False)
    ce_eligible = forms.BooleanField(label="Awards NBCOT CE credit (PDU-eligible)", required=False)
    required = forms.BooleanField(label="Required for onboarding", required=False)
