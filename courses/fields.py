from django import forms
from django.core import exceptions
from django.db import models


class ChoiceListField(models.CharField):
    """Several values from a fixed list, stored as one comma-separated string.

    An ArrayField would need PostgreSQL; this works the same on SQLite. The Python value is always a
    list of choice keys, the form field is a group of checkboxes.
    """

    description = "A list of choices stored as comma-separated text"

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    @staticmethod
    def _split(value):
        return [item for item in (part.strip() for part in value.split(",")) if item]

    def from_db_value(self, value, expression, connection):
        return self._split(value) if value else []

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return self._split(value)
        return list(value)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            return ",".join(value)
        return super().get_prep_value(value)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not value and not self.blank:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")
        allowed = {key for key, _ in self.item_choices}
        for item in value or []:
            if item not in allowed:
                raise exceptions.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                )

    def run_validators(self, value):
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.item_choices,
            "coerce": str,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": self.verbose_name.capitalize(),
            "help_text": self.help_text,
            # A callable default would otherwise add a hidden "initial-" input to every form.
            "show_hidden_initial": False,
        }
        defaults.update(kwargs)
        # CharField.formfield would add max_length, which TypedMultipleChoiceField does not accept.
        return models.Field.formfield(self, **defaults)
