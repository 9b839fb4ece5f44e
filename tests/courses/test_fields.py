import pytest
from django.core.exceptions import ValidationError

from courses.models import ModulePage, StateCategory
from tests.courses.factories import ModulePageFactory


def test_state_categories_round_trip_through_the_database(catalog):
    module = ModulePageFactory(parent=catalog, state_categories=["ethics", "jurisprudence"])

    module = ModulePage.objects.get(pk=module.pk)

    assert module.state_categories == ["ethics", "jurisprudence"]
    assert module.get_state_categories_display() == ["Ethics", "Jurisprudence (laws and rules)"]


def test_state_categories_default_to_empty_list(catalog):
    module = ModulePageFactory(parent=catalog)

    assert ModulePage.objects.get(pk=module.pk).state_categories == []


def test_state_categories_reject_unknown_values():
    field = ModulePage._meta.get_field("state_categories")

    with pytest.raises(ValidationError):
        field.clean(["ethics", "astrology"], None)
    assert field.clean([StateCategory.ETHICS], None) == ["ethics"]


def test_state_categories_survive_a_revision(catalog):
    module = ModulePageFactory(parent=catalog, state_categories=["medical-errors"])

    revision = module.save_revision()

    assert revision.as_object().state_categories == ["medical-errors"]


def test_state_categories_form_field_is_checkboxes():
    form_field = ModulePage._meta.get_field("state_categories").formfield()

    assert form_field.clean(["ethics"]) == ["ethics"]
    assert form_field.widget.input_type == "checkbox"
    assert form_field.required is False
