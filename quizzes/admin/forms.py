"""Forms for the question-bank admin: the question editor's rules, import, export, status."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.models import Question
from quizzes.validation import OptionDraft, question_problems

MAX_UPLOAD_BYTES = 1024 * 1024


class QuestionForm(WagtailAdminModelForm):
    """Adds the bank's cross-field rules (`quizzes.validation`) to the editor, as field errors."""

    def is_valid(self):
        valid = super().is_valid()  # the form and its option formset, field by field
        if not valid or getattr(self, "_rules_checked", False):
            return valid and not getattr(self, "_rules_failed", False)
        self._rules_checked = True
        formset = self.formsets["options"]
        kept = [form for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]
        if formset.can_order:
            kept.sort(key=lambda form: form.cleaned_data.get("ORDER") or 0)
        drafts = [
            OptionDraft(
                form.cleaned_data.get("text", ""),
                bool(form.cleaned_data.get("is_correct")),
                form.cleaned_data.get("rationale", ""),
                form.cleaned_data.get("fraction"),
            )
            for form in kept
        ]
        problems = question_problems(
            qtype=self.cleaned_data["qtype"],
            choose_n=self.cleaned_data.get("choose_n"),
            options=drafts,
            nbcot_style=self.cleaned_data.get("nbcot_style", False),
        )
        for problem in problems:
            if isinstance(problem.target, tuple):
                _, index, field = problem.target
                kept[index].add_error(field, problem.message)
            elif problem.target == "options":
                # Shown above the options in the editor.
                formset.non_form_errors().append(problem.message)
            else:
                self.add_error(problem.target, problem.message)
        self._rules_failed = bool(problems)
        return not problems


class ImportForm(forms.Form):
    file = forms.FileField(
        help_text="Moodle GIFT (.txt, .gift), Moodle XML (.xml), Aiken (.txt) or Occupass CSV (.csv)."
    )
    format = forms.ChoiceField(
        choices=[
            ("", "Detect from the file"),
            ("gift", "Moodle GIFT"),
            ("moodlexml", "Moodle XML"),
            ("csv", "Occupass CSV"),
            ("aiken", "Aiken (plain-text single-answer items)"),
        ],
        required=False,
    )
    status = forms.ChoiceField(
        choices=Question.Status.choices,
        initial=Question.Status.DRAFT,
        help_text="Every imported question starts with this status.",
    )
    skip_invalid = forms.BooleanField(
        required=False,
        label="Import only the valid questions",
        help_text="Without this, a file with any unsupported or invalid item imports nothing.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_UPLOAD_BYTES // 1024} KB.")
        try:
            self.text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(f"The file is not UTF-8 text ({exc.reason}).") from exc
        return upload


class ConfirmImportForm(forms.Form):
    payload = forms.CharField(widget=forms.HiddenInput)


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        choices=[
            ("gift", "Moodle GIFT"),
            ("moodlexml", "Moodle XML (keeps pictures)"),
            ("aiken", "Aiken (single-answer questions only)"),
            ("csv", "Occupass CSV (keeps ordering questions and domains)"),
        ],
    )
    status = forms.ChoiceField(choices=[("", "Any status"), *Question.Status.choices], required=False)


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Question.Status.choices, label="New status")
