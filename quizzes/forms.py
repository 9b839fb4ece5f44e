"""Answer forms. The browser only ever sees display positions (1..n in this learner's order), never
option ids: ids follow authoring order, which for ordering items is the answer."""

from django import forms


class AnswerForm(forms.Form):
    """Parses one question's answer into VersionOption ids (in the learner's order for ordering).

    Single and true/false: radio `answer`; multi-select: checkboxes `answer`; ordering: one select
    `pos-<i>` per step giving its position. Rendering is done by the templates.
    """

    def __init__(self, data=None, *, qtype: str, option_order: list[int], prefix=None):
        super().__init__(data, prefix=prefix)
        self.qtype = qtype
        self.option_order = list(option_order)
        indices = [(str(i), str(i)) for i in range(1, len(self.option_order) + 1)]
        if qtype == "multi":
            self.fields["answer"] = forms.MultipleChoiceField(choices=indices, required=False)
        elif qtype == "ordering":
            for i in range(1, len(self.option_order) + 1):
                self.fields[f"pos-{i}"] = forms.TypedChoiceField(
                    choices=[("", "Choose a position"), *indices], required=False, coerce=int, empty_value=None
                )
        else:
            self.fields["answer"] = forms.ChoiceField(choices=indices, required=False)

    def clean(self):
        cleaned = super().clean()
        if self.qtype == "ordering":
            positions = [cleaned.get(f"pos-{i}") for i in range(1, len(self.option_order) + 1)]
            given = [p for p in positions if p is not None]
            if given and sorted(positions, key=lambda p: p or 0) != list(range(1, len(positions) + 1)):
                raise forms.ValidationError(
                    f"Give every step a different position from 1 to {len(positions)}.", code="ordering"
                )
        return cleaned

    def selected_ids(self) -> list[int]:
        """The chosen VersionOption ids; [] when nothing is chosen. Call after is_valid()."""
        data = self.cleaned_data
        if self.qtype == "ordering":
            placed = {data[f"pos-{i}"]: i for i in range(1, len(self.option_order) + 1) if data.get(f"pos-{i}")}
            return [self.option_order[placed[p] - 1] for p in sorted(placed)]
        answer = data.get("answer")
        if not answer:
            return []
        values = answer if isinstance(answer, list) else [answer]
        return [self.option_order[int(v) - 1] for v in values]

    def error_text(self) -> str:
        messages = [str(e) for errors in self.errors.values() for e in errors]
        return " ".join(messages) or "That answer could not be read. Please choose again."


class FlagForm(forms.Form):
    flagged = forms.BooleanField(required=False)
