"""Course content (Wagtail pages) and the learner records that pages show.

Pages hold content only; who completed what lives in ``progress`` as ordinary Django models.
"""

from courses.models.checklists import ChecklistStepBlock, SkillsChecklistPage
from courses.models.pages import (
    CatalogPage,
    HomePage,
    HomePageFeaturedPath,
    LearningPathModule,
    LearningPathPage,
    LessonPage,
    ModulePage,
    StateCategory,
    Topic,
)
from courses.models.progress import LessonCompletion

__all__ = [
    "CatalogPage",
    "ChecklistStepBlock",
    "HomePage",
    "HomePageFeaturedPath",
    "LearningPathModule",
    "LearningPathPage",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "SkillsChecklistPage",
    "StateCategory",
    "Topic",
]
