from decimal import Decimal
from io import StringIO

import pytest
from wagtail.models import Page

from courses.curriculum import MODULES
from courses.demo import seed_curriculum
from courses.models import CatalogPage, LearningPathPage, LessonPage, ModulePage


@pytest.fixture
def seeded(home_page):
    seed_curriculum()
    return home_page


def latest_revisions():
    return dict(Page.objects.values_list("pk", "latest_revision_id"))


def test_seed_curriculum_builds_catalog_modules_lessons_and_paths(seeded):
    catalog = CatalogPage.objects.get()

    assert catalog.url == "/catalog/"
    assert ModulePage.objects.live().child_of(catalog).count() == 4
    assert LessonPage.objects.live().count() == sum(len(module["lessons"]) for module in MODULES)
    assert LessonPage.objects.live().count() >= 12
    assert LearningPathPage.objects.live().count() == 2
    # every seeded page is published from a revision, so editors see a normal history
    assert not Page.objects.filter(depth__gt=2, live_revision__isnull=True).exists()


def test_seed_curriculum_copies_module_credit_details(seeded):
    hygiene = ModulePage.objects.get(slug="hygiene-and-infection-control")
    ethics = ModulePage.objects.get(slug="ethics-scope-and-confidentiality")

    assert hygiene.pdu_eligible is False
    assert hygiene.renewal_months == 12
    assert hygiene.ce_contact_hours > Decimal(0)
    assert ethics.state_categories == ["ethics"]
    assert len(list(ethics.objectives)) >= 3
    assert ethics.references[0].value["citation"]


def test_seed_curriculum_paths_order_modules(seeded):
    onboarding = LearningPathPage.objects.get(slug="new-technician-onboarding")
    refresher = LearningPathPage.objects.get(slug="annual-compliance-refresher")

    assert [row.module.slug for row in onboarding.path_modules.all()] == [module["slug"] for module in MODULES]
    assert onboarding.required_for_onboarding is True
    assert [row.module.slug for row in refresher.path_modules.all()] == [
        "hygiene-and-infection-control",
        "ethics-scope-and-confidentiality",
    ]
    assert refresher.renewal_months == 12
    assert refresher.required_for_onboarding is False


def test_seed_curriculum_twice_changes_nothing(seeded):
    before = latest_revisions()
    out = StringIO()

    created = seed_curriculum(stdout=out)

    assert created == []
    assert latest_revisions() == before
    assert "nothing changed" in out.getvalue()


def test_seed_curriculum_keeps_educator_edits(seeded):
    lesson = LessonPage.objects.get(slug="why-35-pounds")
    lesson.title = "Lifting limits (edited by our educator)"
    lesson.save_revision().publish()

    seed_curriculum()

    assert LessonPage.objects.get(slug="why-35-pounds").title == "Lifting limits (edited by our educator)"


def test_seed_curriculum_recreates_only_a_deleted_page(seeded):
    LessonPage.objects.get(slug="why-35-pounds").delete()
    before = latest_revisions()

    created = seed_curriculum()

    assert created == ["/home/catalog/safe-patient-transfers/why-35-pounds/"]
    assert {pk: rev for pk, rev in latest_revisions().items() if pk in before} == before


def test_seed_curriculum_without_home_page_does_nothing(db):
    Page.objects.filter(depth__gt=1).delete()
    out = StringIO()

    assert seed_curriculum(stdout=out) == []
    assert "No home page" in out.getvalue()


def test_seeded_pages_render_for_a_learner(seeded, client_as_learner):
    for page in Page.objects.live().filter(depth__gt=2).specific():
        response = client_as_learner.get(page.url)
        assert response.status_code == 200, page.url
    lesson = client_as_learner.get("/catalog/safe-patient-transfers/why-35-pounds/")
    assert "Lesson 1 of 4" in lesson.text
    assert '<h2 class="references__title">References</h2>' in lesson.text
