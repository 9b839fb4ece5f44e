"""Demo question bank, blueprint and quizzes for `manage.py seed_demo`.

Idempotent and additive: questions are matched by `key`, the blueprint by name and quizzes by
slug; anything that exists is left exactly as an educator may have edited it.
"""

from __future__ import annotations

import json
from decimal import Decimal

from django.db import transaction

from courses.curriculum import MODULES
from courses.models import LessonPage, ModulePage
from quizzes.bank import question_create
from quizzes.importers.base import default_name
from quizzes.models import Blueprint, BlueprintDomain, Question, Quiz, QuizItem
from quizzes.question_bank import QUESTIONS
from quizzes.validation import OptionDraft, QuestionDraft

BLUEPRINT_NAME = "COTA practice blueprint (demo weights)"
BLUEPRINT_SOURCE = (
    "Demo weights, not NBCOT's. Take the official domain weights from the COTA Exam Outline PDF "
    "at nbcot.org/exam-info/exam-outline."
)
BLUEPRINT_NOTES = (
    "These weights are placeholders so the practice exam works out of the box. NBCOT publishes the "
    "real weights in its COTA Exam Outline; edit the domains below to match it and untick "
    "'is demo' once they do."
)
# Domain names follow the 2024 COTA outline (see shared/domain.md); weights are demo values.
DEMO_DOMAINS = [
    (
        "D1",
        "Collaborate with the OTR and gather information on factors affecting occupational performance",
        Decimal(30),
    ),
    ("D2", "Select and implement interventions under OTR supervision", Decimal(45)),
    ("D3", "Uphold professional standards and responsibilities", Decimal(25)),
]
PRACTICE_EXAM = {
    "slug": "cota-practice-exam-demo",
    "title": "COTA practice exam (demo)",
    "description": (
        "50 NBCOT-style items drawn by domain from the demo blueprint. The domain weights are demo "
        "values, not NBCOT's official ones; results show percent correct per domain with its likely "
        "range, not an NBCOT score."
    ),
}
ASSESSMENT_ITEMS = 10
# An item's audience becomes a tag, so educators can filter by it and tag-draw quizzes can use it.
AUDIENCE_TAGS = {"aide": ["for-aides"], "cota": ["for-cotas"]}
ASSESSMENT_PASS_MARK = 80


def bank_item_draft(item: dict) -> QuestionDraft:
    """A `quizzes.question_bank` item as a draft for `question_create`."""
    return QuestionDraft(
        key=item["key"],
        name=item.get("name") or default_name(item["stem"], 0),
        qtype=item["type"],
        stem=item["stem"],
        options=[OptionDraft(o["text"], bool(o["correct"]), o["rationale"]) for o in item["options"]],
        rationale=item["rationale"],
        choose_n=item.get("choose_n"),
        references="\n".join(item.get("references", [])),
        difficulty=item.get("difficulty", 2),
        domain_code=item.get("domain") or "",
        nbcot_style=bool(item.get("nbcot_style")),
        tags=[*item.get("tags", []), *AUDIENCE_TAGS.get(item.get("audience"), [])],
    )


def _spread(items: list, count: int) -> list:
    """`count` items evenly spaced through `items` (all of them when there are fewer)."""
    if len(items) <= count:
        return list(items)
    return [items[index * len(items) // count] for index in range(count)]


def seed_questions(*, questions: list[dict]) -> int:
    """Create the questions whose key is not in the bank yet, active and snapshotted."""
    existing = set(Question.objects.filter(key__in=[item["key"] for item in questions]).values_list("key", flat=True))
    created = 0
    for item in questions:
        if item["key"] not in existing:
            question_create(draft=bank_item_draft(item), status=Question.Status.ACTIVE)
            created += 1
    return created


def seed_blueprint() -> tuple[Blueprint, bool]:
    if blueprint := Blueprint.objects.filter(name=BLUEPRINT_NAME).first():
        return blueprint, False
    blueprint = Blueprint(name=BLUEPRINT_NAME, source=BLUEPRINT_SOURCE, is_demo=True, notes=BLUEPRINT_NOTES)
    blueprint.domains = [
        BlueprintDomain(sort_order=index, code=code, name=name, weight=weight)
        for index, (code, name, weight) in enumerate(DEMO_DOMAINS)
    ]
    blueprint.save()
    return blueprint, True


def seed_assessments(*, questions: list[dict]) -> list[str]:
    """A module assessment per module that has questions: a fixed list of 10 of its items,
    spread evenly through the module's keys so every topic is represented.

    The modules are the onboarding path, so the assessments draw only from items written for aides
    (`audience` "aide"); NBCOT-style items written for COTAs stay in the practice exam."""
    titles = {module["slug"]: module["title"] for module in MODULES}
    pass_marks = {module["slug"]: module.get("pass_mark", ASSESSMENT_PASS_MARK) for module in MODULES}
    by_module: dict[str, list[str]] = {}
    for item in sorted(questions, key=lambda item: item["key"]):
        if item.get("audience", "aide") == "aide":
            by_module.setdefault(item["module"], []).append(item["key"])
    ids = dict(Question.objects.filter(key__in=[item["key"] for item in questions]).values_list("key", "pk"))
    created = []
    for module_slug, keys in by_module.items():
        slug = f"assessment-{module_slug}"
        if Quiz.objects.filter(slug=slug).exists():
            continue
        title = titles.get(module_slug, module_slug.replace("-", " ").capitalize())
        quiz = Quiz(
            slug=slug,
            title=f"{title}: module assessment",
            kind=Quiz.Kind.ASSESSMENT,
            selection=Quiz.Selection.FIXED,
            pass_mark=pass_marks.get(module_slug, ASSESSMENT_PASS_MARK),
            feedback_mode=Quiz.Feedback.EXAM,
            attempts_allowed=None,
        )
        quiz.items = [
            QuizItem(sort_order=index, question_id=ids[key])
            for index, key in enumerate(_spread(keys, ASSESSMENT_ITEMS))
        ]
        quiz.save()
        created.append(slug)
    return created


def seed_practice_exam(*, blueprint: Blueprint) -> bool:
    if Quiz.objects.filter(slug=PRACTICE_EXAM["slug"]).exists():
        return False
    Quiz.objects.create(
        **PRACTICE_EXAM,
        kind=Quiz.Kind.PRACTICE,
        selection=Quiz.Selection.BLUEPRINT,
        blueprint=blueprint,
        draw_count=50,
        field_test_count=0,
        time_limit_minutes=75,
        multi_policy=Quiz.MultiPolicy.PARTIAL,
        feedback_mode=Quiz.Feedback.EXAM,
    )
    return True


def link_assessments_to_modules() -> int:
    """Attach each `assessment-<module-slug>` quiz that has no module yet to that module page.

    Runs after the curriculum is seeded; a quiz an educator has already linked is left alone.
    """
    modules = {page.slug: page for page in ModulePage.objects.filter(slug__in=[m["slug"] for m in MODULES])}
    linked = 0
    for quiz in Quiz.objects.filter(module__isnull=True, kind=Quiz.Kind.ASSESSMENT, slug__startswith="assessment-"):
        module = modules.get(quiz.slug.removeprefix("assessment-"))
        if module is not None:
            Quiz.objects.filter(pk=quiz.pk).update(module=module)
            linked += 1
    return linked


def _lesson_text(lesson) -> str:
    return " ".join([lesson.title, lesson.intro, json.dumps(list(lesson.body.raw_data))]).lower()


def link_questions_to_lessons(*, questions: list[dict]) -> int:
    """Point each seeded question that has no teaching lesson at the lesson of its module whose
    text best matches the question's topic tags (a tag in the title counts most). Questions whose
    tags match no lesson stay unlinked; results pages then link to the module."""
    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in={item["module"] for item in questions})}
    lessons_by_module = {
        slug: [(lesson, lesson.title.lower(), _lesson_text(lesson)) for lesson in LessonPage.objects.child_of(module)]
        for slug, module in modules.items()
    }
    unlinked = set(Question.objects.filter(lesson__isnull=True, key__isnull=False).values_list("key", flat=True))
    linked = 0
    for item in questions:
        if item["key"] not in unlinked:
            continue
        phrases = [tag.replace("-", " ") for tag in item.get("tags", [])]
        scored = [
            (sum(5 * title.count(p) + text.count(p) for p in phrases), index, lesson)
            for index, (lesson, title, text) in enumerate(lessons_by_module.get(item["module"], []))
        ]
        best = max(scored, key=lambda row: (row[0], -row[1]), default=None)
        if best and best[0] > 0:
            Question.objects.filter(key=item["key"]).update(lesson=best[2])
            linked += 1
    return linked


@transaction.atomic
def seed_question_bank(*, stdout=None) -> dict:
    """Create the default bank, the demo blueprint, four module assessments and the demo practice
    exam, skipping whatever exists. Returns what this run created."""
    created = {
        "questions": seed_questions(questions=QUESTIONS),
        "assessments": seed_assessments(questions=QUESTIONS),
    }
    blueprint, created["blueprint"] = seed_blueprint()
    created["practice_exam"] = seed_practice_exam(blueprint=blueprint)
    created["linked"] = link_assessments_to_modules()
    created["lessons_linked"] = link_questions_to_lessons(questions=QUESTIONS)
    if stdout is not None:
        stdout.write(
            f"Question bank: {created['questions']} questions created "
            f"({Question.objects.count()} in the bank); "
            f"assessments created: {', '.join(created['assessments']) or 'none'}; "
            f"demo blueprint {'created' if created['blueprint'] else 'exists'}; "
            f"practice exam {'created' if created['practice_exam'] else 'exists'}."
        )
    return created
