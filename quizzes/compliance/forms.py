from django import forms

from courses.models import LearningPathPage, ModulePage, SkillsChecklistPage
from lms.models import Membership, Team, User
from quizzes.compliance.dates import Status
from quizzes.models import Assignment

STATUS_CHOICES = [("", "Any status")] + [(s.value, s.label) for s in Status]
SORT_CHOICES = [("name", "Name"), ("overdue", "Most overdue first")]


class MatrixFilterForm(forms.Form):
    team = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Team")
    status = forms.ChoiceField(required=False, choices=STATUS_CHOICES, label="Status")
    sort = forms.ChoiceField(required=False, choices=SORT_CHOICES, label="Sort by")

    def __init__(self, *args, teams, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].choices = [("", "All teams")] + [(team.pk, team.name) for team in teams]

    def filters(self) -> dict:
        if not self.is_valid():
            return {"team_id": None, "status": "", "sort": "name"}
        data = self.cleaned_data
        return {"team_id": data["team"], "status": data["status"], "sort": data["sort"] or "name"}


class TeamForm(forms.Form):
    name = forms.CharField(max_length=100, label="Team name")


class TeamMemberForm(forms.Form):
    membership = forms.ModelChoiceField(queryset=Membership.objects.none(), label="Person")

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["membership"]
        field.queryset = (
            Membership.objects.filter(organization=organization)
            .select_related("user")
            .order_by("user__name", "user__email")
        )
        field.label_from_instance = lambda m: f"{m.user.name or m.user.email} ({m.user.email})"


RULE_CHOICES = [("", "—"), ("everyone", "Every member")] + [
    (value, f"Every {label}") for value, label in User.Credential.choices
]


class _DueFields(forms.Form):
    """When: a fixed date or days after joining, a recurrence, a note, why; and the confirmation a
    past due date needs."""

    purpose = forms.ChoiceField(
        choices=Assignment.Purpose.choices, initial=Assignment.Purpose.TRAINING, label="Purpose", required=False,
        help_text="Onboarding and annual compliance training earns no CE credit.",
    )  # fmt: skip
    due_mode = forms.ChoiceField(
        choices=Assignment.DueMode.choices, widget=forms.RadioSelect, initial=Assignment.DueMode.FIXED,
        label="Due",
    )  # fmt: skip
    due_date = forms.DateField(
        required=False, label="Due date", widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For a fixed date.",
    )  # fmt: skip
    due_days = forms.IntegerField(
        required=False, min_value=1, max_value=3650, label="Days after joining",
        help_text="For a due date counted from each person's joined date.",
    )  # fmt: skip
    recurrence_months = forms.IntegerField(
        required=False, min_value=1, max_value=120, label="Repeat every (months)",
        help_text="Due again this many months after each completion, e.g. 12 for annual training. "
        "Leave empty if once.",
    )  # fmt: skip
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Note to the learners")
    confirm_past = forms.BooleanField(
        required=False, label="Yes, assign it with a due date in the past (everyone assigned is overdue at once)"
    )

    def clean(self):
        data = super().clean()
        if data.get("due_mode") == Assignment.DueMode.FIXED and not data.get("due_date"):
            self.add_error("due_date", "Enter the due date.")
        if data.get("due_mode") == Assignment.DueMode.AFTER_JOINING and not data.get("due_days"):
            self.add_error("due_days", "Enter the number of days after joining.")
        return data

    def due_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "purpose": data["purpose"] or Assignment.Purpose.TRAINING,
            "due_mode": data["due_mode"],
            "due_date": data["due_date"],
            "due_days": data["due_days"],
            "recurrence_months": data["recurrence_months"],
            "note": data["note"],
            "allow_past": data["confirm_past"],
        }


class AssignmentForm(_DueFields):
    """What to assign (a module, a path or a skills checklist), to whom (a person, a team or a rule) and
    by when."""

    path = forms.ModelChoiceField(
        queryset=LearningPathPage.objects.none(), required=False, label="Learning path",
        help_text="Choose a learning path, a single module or a skills checklist (one of them).",
    )  # fmt: skip
    module = forms.ModelChoiceField(queryset=ModulePage.objects.none(), required=False, label="Module")
    checklist = forms.ModelChoiceField(
        queryset=SkillsChecklistPage.objects.none(), required=False, label="Skills checklist",
        help_text="A check-off on its own: done when an allowed observer signs it off.",
    )  # fmt: skip
    rule = forms.ChoiceField(
        choices=RULE_CHOICES, required=False, label="Rule",
        help_text="Everyone, or everyone with one credential, including people who join later.",
    )  # fmt: skip
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(), required=False, label="Team",
        help_text="People who join the team later get it too.",
    )  # fmt: skip
    person = forms.ModelChoiceField(queryset=Membership.objects.none(), required=False, label="Person")
    field_order = ["path", "module", "checklist", "rule", "team", "person"]

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["path"].queryset = LearningPathPage.objects.live().order_by("title")
        self.fields["module"].queryset = ModulePage.objects.live().defer_streamfields().order_by("title")
        self.fields["checklist"].queryset = SkillsChecklistPage.objects.live().defer_streamfields().order_by("title")
        self.fields["team"].queryset = Team.objects.filter(organization=organization).order_by("name")
        person = self.fields["person"]
        person.queryset = (
            Membership.objects.filter(organization=organization, deactivated_at__isnull=True)
            .select_related("user")
            .order_by("user__name", "user__email")
        )
        person.label_from_instance = lambda m: f"{m.user.name or m.user.email} ({m.user.email})"

    def clean(self):
        data = super().clean()
        if [bool(data.get(name)) for name in ("path", "module", "checklist")].count(True) != 1:
            self.add_error("path", "Choose a learning path, a module or a skills checklist (one of them).")
        if sum(bool(data.get(key)) for key in ("rule", "team", "person")) != 1:
            self.add_error("rule", "Choose a rule, a team or a person (one of them).")
        return data

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        rule = data["rule"]
        return {
            "path": data["path"],
            "module": data["module"],
            "checklist": data["checklist"],
            "team": data["team"],
            "user": data["person"].user if data["person"] else None,
            "credential": None if not rule else ("" if rule == "everyone" else rule),
            **self.due_kwargs(),
        }


class AssignmentEditForm(_DueFields):
    """Correct the due date, recurrence, note and purpose of an assignment."""

    @classmethod
    def for_assignment(cls, assignment, data=None):
        initial = {
            "purpose": assignment.purpose,
            "due_mode": assignment.due_mode,
            "due_date": assignment.due_date,
            "due_days": assignment.due_days,
            "recurrence_months": assignment.recurrence_months,
            "note": assignment.note,
        }
        return cls(data, initial=initial)


class RemindForm(forms.Form):
    """Both ids: one person, one assignment. Neither: everyone with overdue or expired training."""

    assignment = forms.IntegerField(required=False, min_value=1)
    user = forms.IntegerField(required=False, min_value=1)
    next = forms.CharField(required=False, max_length=500)

    def clean(self):
        data = super().clean()
        if (data.get("assignment") is None) != (data.get("user") is None):
            raise forms.ValidationError("Give both an assignment and a person, or neither.")
        return data
