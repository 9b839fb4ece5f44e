"""The module edit page warns educators when a module claims more than its content supports."""

from decimal import Decimal

import pytest

from courses import selectors
from courses.models import HomePage
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory
from tests.quizzes.factories import quiz_with_items

pytestmark = pytest.mark.django_db

WORDS_1500 = [{"type": "rich_text", "value": "<p>" + "word " * 1500 + "</p>"}]


@pytest.fixture
def module():
    catalog = CatalogPageFactory(parent=HomePage.objects.first())
    module = ModulePageFactory(parent=catalog, estimated_minutes=25, ce_contact_hours=Decimal("0.25"))
    LessonPageFactory(parent=module, body=WORDS_1500)
    quiz_with_items(10, module=module, kind="assessment")
    return module


def test_module_content_time_measures_lessons_and_assessment_items(module, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        content = selectors.module_content_time(module=module)

    assert (content.reading, content.assessment, content.total) == (Decimal("10.0"), Decimal("15.0"), Decimal("25.0"))


def test_edit_page_confirms_a_supported_claim(client, superuser, module):
    client.force_login(superuser)

    html = client.get(f"/admin/pages/{module.pk}/edit/").content.decode()

    assert "The claim is supported: 25 minutes of measured activity support up to 0.25 contact hours." in html


def test_edit_page_warns_when_the_claim_is_larger_than_the_content(client, superuser, module):
    module.estimated_minutes = 60
    module.ce_contact_hours = Decimal("1.00")
    module.save_revision().publish()
    client.force_login(superuser)

    html = client.get(f"/admin/pages/{module.pk}/edit/").content.decode()

    assert "The content does not support this claim." in html
    assert "It claims 60 minutes, but has 25 minutes of measured activity" in html
    assert "It claims 1 contact hours" in html


def test_category_hours_cannot_exceed_the_module_contact_hours(module):
    from django.core.exceptions import ValidationError

    module.category_contact_hours = Decimal("0.50")

    with pytest.raises(ValidationError) as error:
        module.clean()

    assert error.value.message_dict == {
        "category_contact_hours": ["The category hours cannot be more than the module's contact hours."]
    }
