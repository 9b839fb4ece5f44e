from django import forms

from quizzes.models import Quiz
from quizzes.practice.services import SET_SIZES

MODE_CHOICES = [
    (Quiz.Feedback.EXAM, "Exam mode: answers and rationales after you submit"),
    (Quiz.Feedback.TUTOR, "Tutor mode: the rationale after each answer"),
]


class StartForm(forms.Form):
    mode = forms.ChoiceField(choices=MODE_CHOICES, initial=Quiz.Feedback.EXAM, widget=forms.RadioSelect)


class PracticeSetForm(forms.Form):
    size = forms.TypedChoiceField(
        label="Number of questions", choices=[(n, str(n)) for n in SET_SIZES], coerce=int, initial=10
    )
    domains = forms.MultipleChoiceField(label="Domains", required=False, widget=forms.CheckboxSelectMultiple)
    topics = forms.MultipleChoiceField(label="Topics", required=False, widget=forms.CheckboxSelectMultiple)
    mode = forms.ChoiceField(choices=MODE_CHOICES, initial=Quiz.Feedback.TUTOR, widget=forms.RadioSelect)

    def __init__(self, *args, domains=(), topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domains"].choices = [(code, f"{label} ({n} questions)") for code, label, n in domains]
        self.fields["topics"].choices = [(name, f"{name} ({n})") for name, n in topics]

    def clean(self):
        data = super().clean()
        if not data.get("domains") and not data.get("topics"):
            raise forms.ValidationError("Choose at least one domain or topic.")
        return data
