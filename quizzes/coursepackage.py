"""Import and export a course package (docs/course-package.md): the one path every course takes.

`manage.py import_course`, `manage.py export_course` and `seed_demo` (the default package in
courses/content/default) all call `package_import` / `package_export`. This module lives in the top
layer because a package spans both: pages come from `courses.package_pages`, the bank, quizzes and
blueprints are written here.

An import is one transaction: it checks everything first (file, item and reason for each problem),
writes nothing when anything is wrong, creates what is missing, and leaves what exists alone — an
educator's edits are never overwritten unless `overwrite=True`. Running it twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction

from courses import package_pages
from courses.coursepackage import Package, PackageInvalid, Problem
from courses.models import LessonPage, ModulePage
from quizzes.bank import question_create, question_snapshot, rich_text_clean, rich_text_is_blank
from quizzes.importers.base import default_name
from quizzes.models import Blueprint, BlueprintDomain, Option, Question, Quiz, QuizItem
from quizzes.richtext import formatted_or_empty
from quizzes.validation import OptionDraft, QuestionDraft, question_problems

# Quiz fields a package carries, besides slug, title, kind, blueprint and items.
QUIZ_FIELDS = (
    "description", "selection", "draw_count", "draw_tags", "field_test_count", "feedback_mode",
    "show_correct_answers", "pass_mark", "attempts_allowed", "cooldown_minutes", "time_limit_minutes",
    "multi_policy", "ordering_policy", "shuffle_questions", "shuffle_options", "is_published",
)  # fmt: skip


@dataclass
class ImportResult:
    created: dict[str, list[str]] = field(default_factory=dict)
    updated: dict[str, list[str]] = field(default_factory=dict)
    kept: dict[str, list[str]] = field(default_factory=dict)

    def add(self, outcome: str, kind: str, name: str) -> None:
        getattr(self, outcome).setdefault(kind, []).append(name)

    def summary(self) -> str:
        parts = []
        for outcome in ("created", "updated", "kept"):
            counts = ", ".join(f"{len(names)} {kind}" for kind, names in getattr(self, outcome).items())
            parts.append(f"{outcome}: {counts or 'nothing'}")
        return "; ".join(parts) + "."


# ------------------------------------------------------------------------------------ validation


# An item's audience ("aide": written for aides and technicians, used by onboarding assessments;
# "cota": for COTAs and COTA exam candidates) is kept in the bank as a tag educators can filter by.
AUDIENCE_TAGS = {"aide": "for-aides", "cota": "for-cotas"}
TAG_AUDIENCES = {tag: audience for audience, tag in AUDIENCE_TAGS.items()}


def _draft(question: dict) -> QuestionDraft:
    audience_tag = AUDIENCE_TAGS.get(question.get("audience"))
    return QuestionDraft(
        key=question["key"],
        name=question.get("name") or default_name(question["stem"], 0),
        qtype=question["type"],
        stem=question["stem"],
        options=[
            OptionDraft(
                o["text"],
                bool(o["correct"]),
                o["rationale"],
                fraction=Decimal(str(o["fraction"])) if o.get("fraction") is not None else None,
                text_html=o.get("text_html", ""),
                rationale_html=o.get("rationale_html", ""),
            )
            for o in question["options"]
        ],
        rationale=question["rationale"],
        choose_n=question.get("choose_n"),
        references="\n".join(question.get("references", [])),
        difficulty=question.get("difficulty", 2),
        domain_code=question.get("domain") or "",
        nbcot_style=bool(question.get("nbcot_style")),
        tags=[*question.get("tags", []), *([audience_tag] if audience_tag else [])],
        idnumber=question.get("idnumber") or "",
    )


def bank_problems(*, package: Package) -> list[Problem]:
    """What the bank would refuse, per question and quiz, before anything is written."""
    problems = []
    for question in package.questions:
        file, item = package.file_of("question", question["key"]), question["key"]
        draft = _draft(question)
        for problem in question_problems(
            qtype=draft.qtype, choose_n=draft.choose_n, options=draft.options, nbcot_style=draft.nbcot_style
        ):
            problems.append(Problem(file, item, problem.message))
        for name in ("stem", "rationale"):
            if rich_text_is_blank(rich_text_clean(question[name], field=name)):
                problems.append(Problem(file, item, f"the {name} is empty"))
        if question.get("status", Question.Status.ACTIVE) not in Question.Status.values:
            problems.append(Problem(file, item, f"status must be one of {', '.join(Question.Status.values)}"))
        if question.get("difficulty", 2) not in (1, 2, 3):
            problems.append(Problem(file, item, "difficulty must be 1, 2 or 3"))
    keys = {question["key"] for question in package.questions}
    for quiz in package.quizzes:
        file, item = package.file_of("quiz", quiz["slug"]), quiz["slug"]
        if quiz["kind"] not in Quiz.Kind.values:
            problems.append(Problem(file, item, f"kind must be one of {', '.join(Quiz.Kind.values)}"))
        unknown = set(quiz.get("items", [])) - keys
        if unknown:
            unknown -= set(Question.objects.filter(key__in=unknown).values_list("key", flat=True))
        if unknown:
            problems.append(Problem(file, item, f"no question with key {', '.join(sorted(unknown))}"))
    for blueprint in package.blueprints:
        for domain in blueprint.get("domains", []):
            try:
                Decimal(str(domain.get("weight")))
            except InvalidOperation:
                problems.append(
                    Problem(
                        "package.toml", blueprint.get("name"), f"domain {domain.get('code')}: weight must be a number"
                    )
                )
    return problems


# ------------------------------------------------------------------------------------ import


@transaction.atomic
def package_import(*, package: Package, overwrite: bool = False, created_by=None) -> ImportResult:
    """Import a package read by `courses.coursepackage.package_read`. Raises PackageInvalid (and
    writes nothing) when any item would be refused."""
    knowledge_checks = frozenset(q["slug"] for q in package.quizzes if q.get("kind") == Quiz.Kind.KNOWLEDGE_CHECK)
    problems = bank_problems(package=package) + package_pages.pages_problems(
        package=package, pending_knowledge_checks=knowledge_checks
    )
    if problems:
        raise PackageInvalid(problems)
    result = ImportResult()
    touched = _questions_import(package=package, overwrite=overwrite, created_by=created_by, result=result)
    blueprints = _blueprints_import(package=package, overwrite=overwrite, result=result)
    # Quizzes before pages: a lesson's knowledge-check block must name a quiz that exists when the
    # page is saved. Module assessments are linked to their module once the pages exist.
    written = _quizzes_import(package=package, overwrite=overwrite, blueprints=blueprints, result=result)
    pages = package_pages.pages_import(package=package, overwrite=overwrite)
    for outcome in ("created", "updated", "kept"):
        for page in getattr(pages, outcome):
            result.add(outcome, "pages", page.url_path)
    for quiz in package.quizzes:
        if quiz["slug"] in written:
            module = pages.modules.get(quiz["module"]) if quiz.get("module") else None
            Quiz.objects.filter(slug=quiz["slug"]).update(module=module)
    _teaching_lessons_link(package=package, questions=touched, modules=pages.modules)
    return result


def _questions_import(*, package, overwrite, created_by, result) -> set[str]:
    """Create missing questions (and, with overwrite, rewrite existing ones). Returns the keys
    created or rewritten: only their teaching lesson is set from the package."""
    existing = {q.key: q for q in Question.objects.filter(key__in=[q["key"] for q in package.questions])}
    touched = set()
    for data in package.questions:
        status = data.get("status", Question.Status.ACTIVE)
        question = existing.get(data["key"])
        if question is None:
            question_create(draft=_draft(data), status=status, created_by=created_by)
            result.add("created", "questions", data["key"])
        elif overwrite:
            _question_overwrite(question=question, draft=_draft(data), status=status)
            result.add("updated", "questions", data["key"])
        else:
            result.add("kept", "questions", data["key"])
            continue
        touched.add(data["key"])
    return touched


def _question_overwrite(*, question: Question, draft: QuestionDraft, status: str) -> None:
    question.name = draft.name
    question.qtype = draft.qtype
    question.status = status
    question.stem = rich_text_clean(draft.stem, field="stem")
    question.choose_n = draft.choose_n if draft.qtype == Question.QType.MULTI else None
    question.rationale = rich_text_clean(draft.rationale, field="rationale")
    question.references = draft.references
    question.difficulty = draft.difficulty
    question.domain_code = draft.domain_code
    question.nbcot_style = draft.nbcot_style
    question.options = [
        Option(
            sort_order=index,
            text=option.text,
            is_correct=option.is_correct,
            rationale=option.rationale,
            fraction=option.fraction,
            text_html=formatted_or_empty(option.text_html, option.text),
            rationale_html=formatted_or_empty(option.rationale_html, option.rationale),
        )
        for index, option in enumerate(draft.options)
    ]
    question.tags.set(draft.tags)
    question.save()
    question_snapshot(question=question)  # answered versions stay as learners saw them


def _blueprints_import(*, package, overwrite, result) -> dict[str, Blueprint]:
    blueprints = {}
    for data in package.blueprints:
        blueprint = Blueprint.objects.filter(name=data["name"]).first()
        if blueprint is not None and not overwrite:
            result.add("kept", "blueprints", data["name"])
        else:
            result.add("updated" if blueprint else "created", "blueprints", data["name"])
            blueprint = blueprint or Blueprint(name=data["name"])
            blueprint.source = data.get("source", "")
            blueprint.is_demo = bool(data.get("is_demo", False))
            blueprint.notes = data.get("notes", "")
            blueprint.domains = [
                BlueprintDomain(
                    sort_order=index,
                    code=d["code"],
                    name=d["name"],
                    weight=Decimal(str(d["weight"])),
                    task_codes=d.get("task_codes", ""),
                )  # fmt: skip
                for index, d in enumerate(data.get("domains", []))
            ]
            blueprint.save()
        blueprints[data["name"]] = blueprint
    return blueprints


def _quizzes_import(*, package, overwrite, blueprints, result) -> set[str]:
    """Create missing quizzes (with overwrite, rewrite existing ones); returns the slugs written."""
    keys = {key for quiz in package.quizzes for key in quiz.get("items", [])}
    ids = dict(Question.objects.filter(key__in=keys).values_list("key", "pk"))
    written = set()
    for data in package.quizzes:
        quiz = Quiz.objects.filter(slug=data["slug"]).first()
        if quiz is not None and not overwrite:
            result.add("kept", "quizzes", data["slug"])
            continue
        result.add("updated" if quiz else "created", "quizzes", data["slug"])
        quiz = quiz or Quiz(slug=data["slug"])
        quiz.title = data["title"]
        quiz.kind = data["kind"]
        for name in QUIZ_FIELDS:
            if name in data:
                setattr(quiz, name, data[name])
        quiz.blueprint = blueprints.get(data.get("blueprint")) or (
            Blueprint.objects.filter(name=data["blueprint"]).first() if data.get("blueprint") else None
        )
        quiz.items = [
            QuizItem(sort_order=index, question_id=ids[key]) for index, key in enumerate(data.get("items", []))
        ]
        quiz.save()
        written.add(data["slug"])
    return written


def _lesson_text(lesson) -> str:
    return " ".join([lesson.title, lesson.intro, json.dumps(list(lesson.body.raw_data))]).lower()


def _teaching_lessons_link(*, package, questions: set[str], modules: dict[str, ModulePage]) -> None:
    """Set the teaching lesson of each question created or rewritten now. A `lesson` given in the
    package wins ("lesson-slug" in the question's module, or "module-slug/lesson-slug"); without
    one, the module lesson whose text best matches the question's topic tags (a tag in the title
    counts most). A question whose tags match no lesson stays unlinked; results link to the module."""
    lessons_by_module = {
        slug: [(lesson, lesson.title.lower(), _lesson_text(lesson)) for lesson in LessonPage.objects.child_of(module)]
        for slug, module in modules.items()
    }
    for item in package.questions:
        if item["key"] not in questions:
            continue
        lesson = None
        if item.get("lesson"):
            module_slug, _, lesson_slug = item["lesson"].rpartition("/")
            module_slug = module_slug or item.get("module")
            lesson = next(
                (row[0] for row in lessons_by_module.get(module_slug, []) if row[0].slug == lesson_slug), None
            )
        elif item.get("module"):
            phrases = [tag.replace("-", " ") for tag in item.get("tags", [])]
            scored = [
                (sum(5 * title.count(p) + text.count(p) for p in phrases), index, lesson)
                for index, (lesson, title, text) in enumerate(lessons_by_module.get(item["module"], []))
            ]
            best = max(scored, key=lambda row: (row[0], -row[1]), default=None)
            lesson = best[2] if best and best[0] > 0 else None
        Question.objects.filter(key=item["key"]).update(lesson=lesson)


# ------------------------------------------------------------------------------------ export


def package_export(*, module_slugs: list[str] | None = None, name: str = "export") -> Package:
    """The named modules (default: every module, the whole bank and every quiz) as a package.

    A module takes its quizzes and the questions they use or that it teaches; with every module
    exported, the rest of the bank, the practice exams and their blueprints go in at package level.
    Questions without a key are given `question-<id>`, so a second export matches the first.
    """
    package = package_pages.pages_export(module_slugs=module_slugs)
    package.name = name
    whole = module_slugs is None
    modules = {page.slug: page for page in ModulePage.objects.filter(slug__in=[m["slug"] for m in package.modules])}
    module_of_lesson = {
        lesson.pk: module_slug
        for module_slug, module in modules.items()
        for lesson in LessonPage.objects.child_of(module)
    }
    quizzes = Quiz.objects.select_related("blueprint", "module").prefetch_related("items__question").order_by("pk")
    if not whole:
        quizzes = quizzes.filter(module__in=modules.values())
    module_of_question: dict[int, str | None] = {}
    for quiz in quizzes:
        module_slug = quiz.module.slug if quiz.module_id and quiz.module.slug in modules else None
        package.quizzes.append(_quiz_dict(quiz, module_slug))
        for item in quiz.items.all():
            if module_slug is not None:
                module_of_question.setdefault(item.question_id, module_slug)
    questions = Question.objects.prefetch_related("options", "tags").select_related("lesson").order_by("key", "pk")
    for question in questions:
        module_slug = module_of_lesson.get(question.lesson_id) or module_of_question.get(question.pk)
        if module_slug is None and not whole:
            continue
        package.questions.append(_question_dict(question, module_slug, module_of_lesson))
    if whole:  # a module's quizzes name their blueprint, which a partial export expects to exist
        for blueprint in Blueprint.objects.prefetch_related("domains").order_by("name"):
            package.blueprints.append(_blueprint_dict(blueprint))
    for quiz in package.quizzes:  # item keys are known once every question has one
        quiz["items"] = [_key(question) for question in quiz.pop("_questions")]
    return package


def _key(question: Question) -> str:
    return question.key or f"question-{question.pk}"


def _quiz_dict(quiz: Quiz, module_slug: str | None) -> dict:
    data = {"slug": quiz.slug, "title": quiz.title, "kind": quiz.kind, "module": module_slug}
    data.update({name: getattr(quiz, name) for name in QUIZ_FIELDS})
    data["blueprint"] = quiz.blueprint.name if quiz.blueprint_id else None
    data["_questions"] = [item.question for item in sorted(quiz.items.all(), key=lambda item: item.sort_order)]
    return data


def _question_dict(question: Question, module_slug: str | None, module_of_lesson: dict) -> dict:
    lesson = None
    if question.lesson_id and question.lesson_id in module_of_lesson:
        lesson_module = module_of_lesson[question.lesson_id]
        lesson = question.lesson.slug if lesson_module == module_slug else f"{lesson_module}/{question.lesson.slug}"
    tags = [tag.name for tag in question.tags.all()]
    return {
        "key": _key(question),
        "module": module_slug,
        "name": question.name,
        "type": question.qtype,
        "status": question.status,
        "stem": question.stem,
        "options": [
            {
                "text": o.text,
                "correct": o.is_correct,
                "rationale": o.rationale,
                **({"fraction": str(o.fraction)} if o.fraction is not None else {}),
                **({"text_html": o.text_html} if o.text_html else {}),
                **({"rationale_html": o.rationale_html} if o.rationale_html else {}),
            }
            for o in sorted(question.options.all(), key=lambda o: (o.sort_order, o.pk))
        ],
        "choose_n": question.choose_n,
        "rationale": question.rationale,
        "references": [line for line in question.references.splitlines() if line.strip()],
        "tags": sorted(tag for tag in tags if tag not in TAG_AUDIENCES),
        "audience": next((TAG_AUDIENCES[tag] for tag in sorted(tags) if tag in TAG_AUDIENCES), None),
        "idnumber": question.idnumber or None,
        "difficulty": question.difficulty,
        "domain": question.domain_code or None,
        "nbcot_style": question.nbcot_style,
        "lesson": lesson,
    }


def _blueprint_dict(blueprint: Blueprint) -> dict:
    return {
        "name": blueprint.name,
        "source": blueprint.source,
        "is_demo": blueprint.is_demo,
        "notes": blueprint.notes,
        "domains": [
            {"code": d.code, "name": d.name, "weight": str(d.weight), "task_codes": d.task_codes}
            for d in sorted(blueprint.domains.all(), key=lambda d: d.sort_order)
        ],
    }
