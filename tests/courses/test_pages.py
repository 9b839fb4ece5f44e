"""The editor's path: which pages go where, and creating each page type through the admin form."""

import datetime
import tempfile

from django.core.files.base import ContentFile
from django.test import override_settings
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CatalogPage, HomePage, LearningPathPage, LessonPage, ModulePage, SkillsChecklistPage
from tests.courses.conftest import VIDEO_URL, create_embed, image_renditions
from tests.courses.factories import (
    CatalogPageFactory,
    LearningPathPageFactory,
    LessonPageFactory,
    ModulePageFactory,
)
from tests.factories import UserFactory


def rich(html):
    return rich_text(html, features=RICH_TEXT_FEATURES)


def list_block(items):
    """Form data for a ListBlock, in the shape Wagtail's editor posts."""
    data = {str(index): {"value": item, "deleted": "", "order": str(index)} for index, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_holds_only_catalogs(self):
        self.assertAllowedSubpageTypes(HomePage, {CatalogPage})

    def test_catalog_holds_paths_and_modules(self):
        self.assertCanCreateAt(HomePage, CatalogPage)
        self.assertAllowedSubpageTypes(CatalogPage, {LearningPathPage, ModulePage})

    def test_module_holds_only_lessons_and_skills_checklists(self):
        self.assertCanCreateAt(CatalogPage, ModulePage)
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, SkillsChecklistPage})
        self.assertAllowedParentPageTypes(SkillsChecklistPage, {ModulePage})

    def test_lessons_and_paths_have_no_children(self):
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(LearningPathPage, set())

    def test_nonsense_trees_cannot_be_built(self):
        self.assertCanNotCreateAt(Page, CatalogPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(CatalogPage, LessonPage)
        self.assertCanNotCreateAt(CatalogPage, CatalogPage)
        self.assertCanNotCreateAt(ModulePage, ModulePage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertCanNotCreateAt(LearningPathPage, ModulePage)

    def test_lesson_and_path_parents_are_fixed(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedParentPageTypes(LearningPathPage, {CatalogPage})
        self.assertAllowedParentPageTypes(ModulePage, {CatalogPage})


class PageCreationTests(WagtailPageTestCase):
    """Each page type is created, with its StreamFields and inline panels, through the admin form."""

    @classmethod
    def setUpClass(cls):
        media = tempfile.TemporaryDirectory(prefix="occupass-test-media-")
        cls.addClassCleanup(media.cleanup)
        cls.enterClassContext(override_settings(MEDIA_ROOT=media.name))
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.catalog = CatalogPageFactory(parent=cls.home)
        cls.module = ModulePageFactory(parent=cls.catalog, title="Safe transfers")
        cls.second_module = ModulePageFactory(parent=cls.catalog, title="Therapy equipment")
        cls.superuser = UserFactory(email="admin@occupass.test", is_staff=True, is_superuser=True)

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_create_catalog_page(self):
        self.assertCanCreate(
            self.home,
            CatalogPage,
            nested_form_data({"title": "Electives", "slug": "electives", "intro": rich("<p>Optional modules.</p>")}),
        )
        assert CatalogPage.objects.get(slug="electives").live

    def test_create_module_page_with_objectives_references_and_prerequisites(self):
        data = nested_form_data(
            {
                "title": "Wheelchair safety",
                "slug": "wheelchair-safety",
                "topic": "equipment",
                "summary": "Brakes, footrests and anti-tippers.",
                "objectives": streamfield(
                    [("objective", "Check both brakes."), ("objective", "Swing footrests away.")]
                ),
                "audience": "New OT aides",
                "estimated_minutes": "45",
                "ce_contact_hours": "0.75",
                "provider_name": "Riverside Therapy",
                "approval_number": "RT-2026-01",
                "pdu_eligible": "on",
                "renewal_months": "12",
                "references": streamfield(
                    [("reference", {"citation": "Manufacturer's manual.", "url": "https://example.org/manual"})]
                ),
            }
        )
        data["state_categories"] = ["ethics", "medical-errors"]
        data["prerequisites"] = [str(self.module.pk)]

        self.assertCanCreate(self.catalog, ModulePage, data)

        module = ModulePage.objects.get(slug="wheelchair-safety")
        assert [block.value for block in module.objectives] == ["Check both brakes.", "Swing footrests away."]
        assert module.state_categories == ["ethics", "medical-errors"]
        assert list(module.prerequisites.all()) == [self.module]
        assert module.references[0].value["url"] == "https://example.org/manual"
        assert str(module.ce_contact_hours) == "0.75"

    def test_create_module_page_rejects_unknown_state_category(self):
        data = nested_form_data(
            {
                "title": "Bad categories",
                "topic": "ethics",
                "summary": "x",
                "objectives": streamfield([("objective", "Do x.")]),
                "audience": "Aides",
                "estimated_minutes": "10",
                "ce_contact_hours": "1",
                "references": streamfield([]),
            }
        )
        data["state_categories"] = ["astrology"]
        with self.assertRaisesMessage(AssertionError, "state_categories"):
            self.assertCanCreate(self.catalog, ModulePage, data)

    def test_create_learning_path_with_ordered_modules(self):
        data = nested_form_data(
            {
                "title": "Onboarding",
                "slug": "onboarding",
                "summary": "First month.",
                "due_in_days": "30",
                "renewal_months": "",
                "required_for_onboarding": "on",
                "path_modules": inline_formset(
                    [{"module": str(self.second_module.pk)}, {"module": str(self.module.pk)}], min=1
                ),
            }
        )
        self.assertCanCreate(self.catalog, LearningPathPage, data)

        path = LearningPathPage.objects.get(slug="onboarding")
        assert [row.module for row in path.path_modules.all()] == [self.second_module, self.module]
        assert path.required_for_onboarding is True

    def test_create_home_page_featured_paths_inline(self):
        path = LearningPathPageFactory(parent=self.catalog, modules=[self.module])
        self.assertPageIsEditable(
            self.home,
            post_data=nested_form_data(
                {
                    "title": "Occupass",
                    "slug": "home",
                    "intro": rich("<p>Welcome.</p>"),
                    "featured_paths": inline_formset([{"path": str(path.pk)}]),
                    "action-publish": "publish",
                }
            ),
        )
        home = HomePage.objects.get()
        assert [row.path for row in home.featured_paths.all()] == [path]

    def test_create_lesson_page_using_every_block(self):
        create_embed()
        image = Image.objects.create(title="Brakes", file=get_test_image_file())
        document = Document.objects.create(title="Checklist", file=ContentFile(b"x", name="checklist.txt"))
        body = streamfield(
            [
                ("heading", {"text": "Before you start", "level": "h2"}),
                ("rich_text", rich("<p>In a safe transfer the client does most of the work.</p>")),
                ("callout", {"kind": "safety", "title": "Lock the brakes", "body": rich("<p>Both sides.</p>")}),
                (
                    "procedure",
                    {
                        "title": "Stand-pivot transfer",
                        "steps": list_block(
                            [
                                {
                                    "instruction": "Lock both brakes.",
                                    "safety_points": rich("<p>Check by pushing the chair.</p>"),
                                    "common_errors": rich("<p>Locking one side only.</p>"),
                                }
                            ]
                        ),
                    },
                ),
                ("checklist", {"title": "Before every transfer", "items": list_block(["Brakes", "Footrests"])}),
                ("key_terms", {"terms": list_block([{"term": "Gait belt", "definition": "A guarding belt."}])}),
                ("image", {"image": str(image.pk), "alt_text": "Both brakes locked.", "caption": "Brakes on."}),
                ("video", {"video": VIDEO_URL, "title": "PPE", "transcript": rich("<p>Gown first.</p>")}),
                ("document", {"document": str(document.pk), "description": "Print and post it."}),
                ("references", {"items": list_block([{"citation": "CDC.", "url": "https://www.cdc.gov/"}])}),
            ]
        )
        data = nested_form_data(
            {"title": "Brakes first", "intro": "Why brakes matter.", "estimated_minutes": "8", "body": body}
        )

        with image_renditions():
            self.assertCanCreate(self.module, LessonPage, data)

        lesson = LessonPage.objects.get(slug="brakes-first")
        assert [block.block_type for block in lesson.body] == [
            "heading",
            "rich_text",
            "callout",
            "procedure",
            "checklist",
            "key_terms",
            "image",
            "video",
            "document",
            "references",
        ]
        assert lesson.body[6].value["image"] == image

    def test_image_block_requires_alt_text(self):
        image = Image.objects.create(title="Brakes", file=get_test_image_file())
        data = nested_form_data(
            {
                "title": "No alt text",
                "intro": "x",
                "estimated_minutes": "5",
                "body": streamfield([("image", {"image": str(image.pk), "alt_text": "", "caption": ""})]),
            }
        )
        with self.assertRaisesMessage(AssertionError, "Validation errors"), image_renditions():
            self.assertCanCreate(self.module, LessonPage, data)

    def test_video_block_requires_transcript(self):
        create_embed()
        data = nested_form_data(
            {
                "title": "No transcript",
                "intro": "x",
                "estimated_minutes": "5",
                "body": streamfield([("video", {"video": VIDEO_URL, "title": "PPE", "transcript": "null"})]),
            }
        )
        with self.assertRaisesMessage(AssertionError, "Validation errors"):
            self.assertCanCreate(self.module, LessonPage, data)


class PageEditingTests(WagtailPageTestCase):
    """Revisions, preview and scheduled publishing work for every page type."""

    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.catalog = CatalogPageFactory(parent=cls.home)
        cls.module = ModulePageFactory(parent=cls.catalog)
        cls.lesson = LessonPageFactory(parent=cls.module)
        cls.path = LearningPathPageFactory(parent=cls.catalog, modules=[cls.module])
        for page in (cls.home, cls.catalog, cls.module, cls.lesson, cls.path):
            page.save_revision().publish()

    def form_data(self):
        """What the editor posts for each page (StreamFields are built in the browser, so the
        helpers cannot scrape them from the edit form)."""
        return [
            (self.home, {"title": "Occupass", "slug": "home", "intro": rich("<p>Hi.</p>"),
                         "featured_paths": inline_formset([])}),
            (self.catalog, {"title": "Catalog", "slug": "catalog", "intro": rich("<p>All.</p>")}),
            (self.module, {"title": "Module", "slug": self.module.slug, "topic": "ethics", "summary": "S",
                           "objectives": streamfield([("objective", "Explain.")]), "audience": "Aides",
                           "estimated_minutes": "20", "ce_contact_hours": "1",
                           "references": streamfield([])}),
            (self.lesson, {"title": "Lesson", "slug": self.lesson.slug, "intro": "I", "estimated_minutes": "5",
                           "body": streamfield([("rich_text", rich("<p>Edited.</p>"))])}),
            (self.path, {"title": "Path", "slug": self.path.slug, "summary": "S", "due_in_days": "30",
                         "path_modules": inline_formset([{"module": str(self.module.pk)}], min=1)}),
        ]  # fmt: skip

    def test_every_page_type_is_editable_with_revisions(self):
        for page, data in self.form_data():
            with self.subTest(page=type(page).__name__):
                revisions_before = page.revisions.count()
                self.assertPageIsEditable(page, post_data=nested_form_data(data))
                assert page.revisions.count() == revisions_before + 1

    def test_every_page_type_is_previewable(self):
        for page, data in self.form_data():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsPreviewable(page, post_data=nested_form_data(data))

    def test_every_page_type_renders(self):
        learner = UserFactory(email="reader@occupass.test")
        for page, _ in self.form_data():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page, user=learner)

    def test_scheduled_publishing_keeps_a_lesson_offline_until_go_live(self):
        lesson = LessonPageFactory(parent=self.module, title="Scheduled", live=False)
        lesson.go_live_at = timezone.now() + datetime.timedelta(days=1)
        revision = lesson.save_revision()
        revision.publish()
        lesson.refresh_from_db()

        assert lesson.live is False
        assert lesson.scheduled_revision == revision
