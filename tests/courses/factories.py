"""Page factories for the course tree. Pages are created live without revisions unless a test
needs the editing history (then use `page.save_revision().publish()`)."""

from decimal import Decimal

import factory
from django.utils.text import slugify

from courses.models import CatalogPage, LearningPathModule, LearningPathPage, LessonPage, ModulePage


class PageFactory(factory.django.DjangoModelFactory):
    """Pass `parent=<page>`; the new page is added as its last child."""

    class Meta:
        abstract = True

    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class CatalogPageFactory(PageFactory):
    class Meta:
        model = CatalogPage

    title = "Catalog"


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    topic = "transfers"
    summary = "What this module covers."
    objectives = factory.LazyFunction(lambda: [{"type": "objective", "value": "Explain the main idea."}])
    audience = "New OT aides"
    estimated_minutes = 30
    ce_contact_hours = Decimal("1.00")
    pdu_eligible = True


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    intro = "What this lesson is about."
    body = factory.LazyFunction(lambda: [{"type": "rich_text", "value": "<p>Lesson text.</p>"}])
    estimated_minutes = 10


class LearningPathPageFactory(PageFactory):
    class Meta:
        model = LearningPathPage

    title = factory.Sequence(lambda n: f"Path {n}")
    summary = "Modules in order."
    due_in_days = 30

    @classmethod
    def _create(cls, model_class, *args, parent, modules=(), **kwargs):
        path = model_class(*args, **kwargs)
        path.path_modules = [LearningPathModule(module=module, sort_order=i) for i, module in enumerate(modules)]
        parent.add_child(instance=path)
        return path
