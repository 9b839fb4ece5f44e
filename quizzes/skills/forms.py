"""The observation form: one radio group and an optional comment per checklist step."""

import uuid

from django import forms

from quizzes.skills import grading

RESULT_CHOICES = [
    (grading.DONE, "Done"),
    (grading.NOT_DONE, "Not done"),
    (grading.NOT_APPLICABLE, "Not applicable"),
]


class ObservationForm(forms.Form):
    setting = forms.CharField(
        max_length=200,
        label="Setting",
        help_text="Where and what, e.g. 'gym, wheelchair to mat'.",
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, steps: list[dict], correcting: bool = False, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("idempotency_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self.steps = steps
        for step in steps:
            self.fields[f"result-{step['id']}"] = forms.ChoiceField(
                choices=RESULT_CHOICES,
                widget=forms.RadioSelect,
                label=f"Step {step['number']}: {step['text']}",
                error_messages={"required": f"Mark step {step['number']} done, not done or not applicable."},
            )
            self.fields[f"comment-{step['id']}"] = forms.CharField(
                max_length=500, required=False, label=f"Comment on step {step['number']}"
            )
        if correcting:
            self.fields["void_reason"] = forms.CharField(
                max_length=300,
                label="Why the earlier observation is void",
                help_text="e.g. 'Step 3 was ticked by mistake'. Both observations stay in the record.",
            )

    def step_fields(self):
        """(step, result field, comment field) in order, for the template."""
        return [(step, self[f"result-{step['id']}"], self[f"comment-{step['id']}"]) for step in self.steps]

    def results(self) -> dict[str, tuple[str, str]]:
        data = self.cleaned_data
        return {step["id"]: (data[f"result-{step['id']}"], data[f"comment-{step['id']}"]) for step in self.steps}


class PeopleSearchForm(forms.Form):
    q = forms.CharField(max_length=100, required=False, label="Name or email")
