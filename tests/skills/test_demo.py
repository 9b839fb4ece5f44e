"""The demo checklists: every step names a lesson of the curriculum, and seeding links them."""

import pytest

from courses.curriculum import CHECKLISTS, MODULES
from courses.demo import seed_curriculum
from courses.models import SkillsChecklistPage


def test_every_demo_step_names_a_lesson_of_its_curriculum_and_each_checklist_has_critical_steps():
    lessons = {(module["slug"], lesson["slug"]) for module in MODULES for lesson in module["lessons"]}
    modules = {module["slug"] for module in MODULES}
    for checklist in CHECKLISTS:
        assert checklist["module"] in modules
        assert checklist["references"], checklist["slug"]
        assert any(critical for _, critical, _ in checklist["steps"]), checklist["slug"]
        for text, _, lesson in checklist["steps"]:
            assert lesson in lessons, (checklist["slug"], text)


@pytest.mark.django_db
def test_seeding_creates_the_five_checklists_under_their_modules_with_lesson_links():
    seed_curriculum()

    checklists = {page.slug: page for page in SkillsChecklistPage.objects.live()}
    assert sorted(checklists) == sorted(data["slug"] for data in CHECKLISTS)
    stand_pivot = checklists["check-off-stand-pivot-transfer"]
    assert stand_pivot.get_parent().slug == "safe-patient-transfers"
    assert all(block.value["lesson"] is not None for block in stand_pivot.steps)
    assert stand_pivot.observers_label() == "OTR, COTA or a designated preceptor"
    assert seed_curriculum() == []  # idempotent
