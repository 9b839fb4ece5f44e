"""Course-package pages: the catalog, modules, lessons, skills checklists and learning paths, into
and out of the tree.

The course layer's half of `import_course` / `export_course` (the quiz layer adds the bank and the
quizzes, and runs both in one transaction: `quizzes.coursepackage`). Pages are matched by slug
under their parent. A page that exists is left exactly as it is, so an educator's edits survive
every re-import, unless `overwrite` is asked for: then the package's text is published as a new
revision (the old one stays in the page history).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from io import BytesIO
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.utils import get_allowed_image_extensions
from wagtail.models import Page

from courses import credit_check
from courses.blocks import LessonStreamBlock
from courses.coursepackage import MEDIA_DIR, MEDIA_FILE, MEDIA_KINDS, Package, Problem
from courses.models import (
    CatalogPage,
    ChecklistStepBlock,
    HomePage,
    LearningPathModule,
    LearningPathPage,
    LessonPage,
    ModulePage,
    SkillsChecklistPage,
)

DEFAULT_CATALOG = {"slug": "catalog", "title": "Catalog", "intro": ""}


@dataclass
class PagesResult:
    created: list[Page] = field(default_factory=list)
    updated: list[Page] = field(default_factory=list)
    kept: list[Page] = field(default_factory=list)
    modules: dict[str, ModulePage] = field(default_factory=dict)
    media: dict[str, int] = field(default_factory=dict)  # package file name -> image or document id


# ------------------------------------------------------------------------------------ validation


def pages_problems(*, package: Package, pending_knowledge_checks: frozenset[str] = frozenset()) -> list[Problem]:
    """Problems a page would refuse: unknown topic, bad numbers, lesson blocks that do not validate.

    Each lesson block is checked by its own StreamField block, as the editor would. A knowledge
    check naming a quiz in `pending_knowledge_checks` (created by the same import, just before the
    pages) is not checked against the quizzes that exist yet."""
    problems = []
    stream = LessonStreamBlock()
    topics = [choice for choice, _ in ModulePage._meta.get_field("topic").choices]
    for module in package.modules:
        file = package.file_of("module", module.get("slug"))
        if module.get("topic") not in topics:
            problems.append(Problem(file, module.get("slug"), f"topic must be one of {', '.join(topics)}"))
        try:
            Decimal(str(module.get("ce_contact_hours")))
        except InvalidOperation:
            problems.append(Problem(file, module.get("slug"), 'ce_contact_hours must be a number, e.g. "1.5"'))
        if not isinstance(module.get("estimated_minutes"), int) or module["estimated_minutes"] < 1:
            problems.append(Problem(file, module.get("slug"), "estimated_minutes must be a whole number above 0"))
        for lesson in module.get("lessons", []):
            lesson_file = package.file_of("lesson", module.get("slug"), lesson.get("slug"))
            for number, (block_type, value) in enumerate(lesson.get("body", []), start=1):
                reason = _block_problem(stream, block_type, value, pending_knowledge_checks)
                if reason:
                    problems.append(
                        Problem(lesson_file, f"{lesson.get('slug')}, block {number} ({block_type})", reason)
                    )
        for checklist in module.get("checklists", []):
            problems += _checklist_problems(
                checklist, file=package.file_of("checklist", module.get("slug"), checklist.get("slug"))
            )
    problems += _lessons_elsewhere_problems(package)
    problems += _media_problems(package)
    return problems


def _media_problems(package: Package) -> list[Problem]:
    """What Wagtail's upload forms would refuse: an extension it does not allow, a file too large,
    an image Pillow cannot read."""
    problems = []
    file = f"{MEDIA_DIR}/{MEDIA_FILE}"
    for item in package.media:
        data, name = package.media_data[item["file"]], item["file"]
        extension = PurePath(name).suffix.lower().lstrip(".")
        if item["kind"] == "image":
            allowed = get_allowed_image_extensions()
            limit = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        else:
            allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or [extension]
            limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if extension not in allowed:
            problems.append(Problem(file, name, f"a {item['kind']} must be one of {', '.join(allowed)}"))
        if limit and len(data) > limit:
            problems.append(Problem(file, name, f"larger than the {limit // (1024 * 1024)} MB an upload may be"))
        if item["kind"] == "image":
            try:
                with PILImage.open(BytesIO(data)) as image:
                    image.verify()
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
                problems.append(Problem(file, name, "not an image file this server can read"))
    return problems


# The page's own fields a checklist file sets (besides slug, title and steps); checked by the model.
CHECKLIST_FIELDS = (
    "skill", "observer_instructions", "observer_credentials", "preceptors_may_observe",
    "required_observations", "renewal_months", "required_for_module",
)  # fmt: skip


def _checklist_problems(checklist: dict, *, file: str) -> list[Problem]:
    """What the editor would refuse on a skills checklist: each field by the model's own validators,
    each step by its StreamField block, and the page's rule that someone must be allowed to observe."""
    item = checklist.get("slug")
    problems = []
    try:
        page = SkillsChecklistPage(title=checklist.get("title") or "", **_checklist_fields(checklist, lessons={}))
        page.clean_fields(
            exclude=[f.name for f in SkillsChecklistPage._meta.fields if f.name not in {"title", *CHECKLIST_FIELDS}]
        )
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            problems.append(Problem(file, item, f"{name}: {' '.join(messages)}"))
    except (TypeError, ValueError, KeyError, InvalidOperation) as error:
        problems.append(Problem(file, item, f"not a valid skills checklist ({error})"))
    else:
        if not page.observer_credentials and not page.preceptors_may_observe:
            # SkillsChecklistPage.clean()'s rule (clean() itself needs the page's place in the tree).
            problems.append(Problem(file, item, "name observer_credentials, or let preceptors_may_observe"))
    steps = checklist.get("steps", [])
    if not steps:
        problems.append(Problem(file, item, "a checklist needs at least one step"))
    block = ChecklistStepBlock()
    for number, step in enumerate(steps, start=1):
        value = {"text": step.get("text"), "critical": step.get("critical", False), "lesson": None}
        try:
            block.clean(block.to_python(value))
        except ValidationError as error:
            problems.append(Problem(file, f"{item}, step {number}", _describe(error)))
        except (TypeError, ValueError, AttributeError) as error:
            problems.append(Problem(file, f"{item}, step {number}", f"not a valid step ({error})"))
    return problems


def _lessons_elsewhere_problems(package: Package) -> list[Problem]:
    """A checklist step may name a lesson of a module this package does not carry: it must then
    exist here already (the pure reader has checked the ones inside the package)."""
    in_package = {module.get("slug") for module in package.modules}
    wanted = {}
    for module in package.modules:
        for checklist in module.get("checklists", []):
            for number, step in enumerate(checklist.get("steps", []), start=1):
                reference = _lesson_reference(step.get("lesson"), module.get("slug"))
                if reference and reference[0] not in in_package:
                    where = (package.file_of("checklist", module.get("slug"), checklist.get("slug")), checklist)
                    wanted.setdefault(reference, []).append((*where, number, step["lesson"]))
    found = _lesson_ids(set(wanted))
    return [
        Problem(file, f"{checklist.get('slug')}, step {number}", f"no lesson {name!r} in this package or on this site")
        for reference, places in wanted.items()
        if reference not in found
        for file, checklist, number, name in places
    ]


def _lesson_reference(name, module_slug) -> tuple[str, str] | None:
    """("module-slug", "lesson-slug") from "lesson-slug" (in `module_slug`) or "module-slug/lesson-slug"."""
    if not name:
        return None
    module_part, _, lesson_slug = name.rpartition("/")
    return (module_part or module_slug, lesson_slug)


def _lesson_ids(references: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The ids of live-or-draft lessons found by (module slug, lesson slug)."""
    if not references:
        return {}
    lessons = LessonPage.objects.filter(slug__in={lesson for _, lesson in references})
    found = {}
    for lesson in lessons:
        key = (lesson.get_parent().slug, lesson.slug)
        if key in references:
            found[key] = lesson.pk
    return found


def _block_problem(stream, block_type: str, value, pending_knowledge_checks) -> str | None:
    block = stream.child_blocks.get(block_type)
    if block is None:
        return f"unknown block type; the types are {', '.join(stream.child_blocks)}"
    if block_type == "knowledge_check" and isinstance(value, dict) and value.get("quiz") in pending_knowledge_checks:
        return None
    if block_type in MEDIA_KINDS and isinstance(value, dict) and isinstance(value.get(block_type), str):
        # The file comes with the package (checked by the reader and `_media_problems`): the
        # block's other fields, the alt text first, are checked as the editor would.
        reasons = []
        for name, child in block.child_blocks.items():
            if name == block_type:
                continue
            try:
                child.clean(child.to_python(value.get(name, child.get_default())))
            except ValidationError as error:
                reasons.append(f"{name}: {_describe(error)}")
        return "; ".join(reasons) or None
    try:
        block.clean(block.to_python(value))
    except ValidationError as error:
        return _describe(error)
    except (TypeError, ValueError, AttributeError, KeyError) as error:
        return f"not a valid {block_type} block ({error})"
    return None


def _describe(error: ValidationError) -> str:
    block_errors = getattr(error, "block_errors", None)
    if block_errors:
        items = block_errors.items() if isinstance(block_errors, dict) else enumerate(block_errors)
        return "; ".join(
            f"{f'item {key + 1}' if isinstance(key, int) else key}: {_describe(inner)}"
            for key, inner in items
            if inner is not None
        )
    messages = getattr(error, "messages", None) or [str(error)]
    return " ".join(str(message) for message in messages)


# ------------------------------------------------------------------------------------ import


def pages_import(*, package: Package, overwrite: bool = False) -> PagesResult:
    """Create (or, with `overwrite`, republish) the package's pages. Call inside a transaction
    after `pages_problems` found nothing."""
    result = PagesResult()
    home = HomePage.objects.order_by("path").first()
    if home is None:
        raise ValueError("No home page: run migrations first.")
    result.media = media_import(package=package)
    catalog_data = package.catalog or DEFAULT_CATALOG
    catalog = _child(home, CatalogPage, catalog_data["slug"], result, overwrite, lambda: _catalog_fields(catalog_data))
    for data in package.modules:
        module = _child(catalog, ModulePage, data["slug"], result, overwrite, lambda data=data: _module_fields(data))
        result.modules[data["slug"]] = module
        for lesson_data in data.get("lessons", []):
            _child(
                module,
                LessonPage,
                lesson_data["slug"],
                result,
                overwrite,
                lambda ld=lesson_data: _lesson_fields(ld, media=result.media),
            )
    # Checklists once every lesson exists: a step may link to a lesson of another module.
    references = {
        _lesson_reference(step.get("lesson"), data["slug"])
        for data in package.modules
        for checklist in data.get("checklists", [])
        for step in checklist["steps"]
        if step.get("lesson")
    }
    lessons = _lesson_ids(references)
    for data in package.modules:
        for checklist in data.get("checklists", []):
            _child(
                result.modules[data["slug"]],
                SkillsChecklistPage,
                checklist["slug"],
                result,
                overwrite,
                lambda checklist=checklist, module=data["slug"]: {
                    "title": checklist["title"],
                    **_checklist_fields(checklist, lessons=lessons, module_slug=module),
                },
            )
    for data in package.paths:
        path = _child(catalog, LearningPathPage, data["slug"], result, overwrite, lambda data=data: _path_fields(data))
        if path in result.created or (overwrite and path in result.updated):
            modules = {page.slug: page for page in ModulePage.objects.child_of(catalog)}
            path.path_modules = [
                LearningPathModule(module=modules[slug], sort_order=index)
                for index, slug in enumerate(data["modules"])
            ]
            path.save_revision().publish()
    return result


def media_import(*, package: Package) -> dict[str, int]:
    """The package's images and documents in this instance's libraries, by file name -> id.

    A file is matched by its content (Wagtail's SHA-1 `file_hash`), so importing twice adds nothing
    and an image already uploaded by hand is reused, keeping whatever title an educator gave it."""
    ids = {}
    for item in package.media:
        data = package.media_data[item["file"]]
        model = get_image_model() if item["kind"] == "image" else get_document_model()
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        existing = model.objects.filter(file_hash=digest).order_by("pk").first()
        if existing is None:
            existing = model(title=item["title"], file=ContentFile(data, name=item["file"]))
            if item["kind"] == "image":
                existing.description = item.get("description", "")
                existing._set_image_file_metadata()
            else:
                existing._set_document_file_metadata()
            existing.save()
        ids[item["file"]] = existing.pk
    return ids


def _child(parent: Page, model, slug: str, result: PagesResult, overwrite: bool, fields):
    """The child of `parent` with this slug: created and published if missing, republished with
    the package's fields if `overwrite`, otherwise left alone."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if not overwrite:
            result.kept.append(page)
            return page
        for name, value in fields().items():
            setattr(page, name, value)
        page.save_revision().publish()
        result.updated.append(page)
        return page
    page = model(slug=slug, live=False, **fields())
    parent.add_child(instance=page)
    page.save_revision().publish()
    result.created.append(page)
    return page


def _catalog_fields(data: dict) -> dict:
    return {"title": data["title"], "intro": data.get("intro", "")}


def _module_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "topic": data["topic"],
        "summary": data["summary"],
        "objectives": [{"type": "objective", "value": objective} for objective in data.get("objectives", [])],
        "audience": data["audience"],
        "estimated_minutes": data["estimated_minutes"],
        "ce_contact_hours": Decimal(str(data["ce_contact_hours"])),
        "provider_name": data.get("provider_name", ""),
        "approval_number": data.get("approval_number", ""),
        "pdu_eligible": bool(data.get("pdu_eligible", False)),
        "state_categories": list(data.get("state_categories", [])),
        "category_contact_hours": (
            Decimal(str(data["category_contact_hours"])) if data.get("category_contact_hours") is not None else None
        ),
        "renewal_months": data.get("renewal_months"),
        "references": [{"type": "reference", "value": dict(item)} for item in data.get("references", [])],
    }


def _lesson_fields(data: dict, *, media: dict[str, int]) -> dict:
    return {
        "title": data["title"],
        "intro": data["intro"],
        "body": [
            {"type": block_type, "value": _with_media_ids(block_type, value, media)}
            for block_type, value in data.get("body", [])
        ],
        "estimated_minutes": data.get("estimated_minutes")
        or max(5, math.ceil(_word_count(data.get("body", [])) / credit_check.READING_WORDS_PER_MINUTE)),
    }


def _with_media_ids(block_type: str, value, media: dict[str, int]):
    """An image or document block names its file in the package; the page stores the library id.
    (A version 1 package's blocks already hold an id of this instance: they pass unchanged.)"""
    if block_type in MEDIA_KINDS and isinstance(value, dict) and isinstance(value.get(block_type), str):
        return {**value, block_type: media[value[block_type]]}
    return value


def _checklist_fields(data: dict, *, lessons: dict, module_slug: str = "") -> dict:
    """The page fields of a checklist; `lessons` maps (module slug, lesson slug) to a lesson id."""
    return {
        "skill": data.get("skill", ""),
        "observer_instructions": data.get("observer_instructions", ""),
        "observer_credentials": list(data.get("observer_credentials", [])),
        "preceptors_may_observe": bool(data.get("preceptors_may_observe", True)),
        "required_observations": data.get("required_observations", 1),
        "renewal_months": data.get("renewal_months"),
        "required_for_module": bool(data.get("required_for_module", True)),
        "steps": [
            {
                "type": "step",
                "value": {
                    "text": step["text"],
                    "critical": bool(step.get("critical", False)),
                    "lesson": lessons.get(_lesson_reference(step.get("lesson"), module_slug)),
                },
            }
            for step in data.get("steps", [])
        ],
        "references": [{"type": "reference", "value": dict(item)} for item in data.get("references", [])],
    }


def _path_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "summary": data["summary"],
        "due_in_days": data["due_in_days"],
        "renewal_months": data.get("renewal_months"),
        "required_for_onboarding": bool(data.get("required_for_onboarding", False)),
    }


def _word_count(body) -> int:
    return sum(credit_check.value_words(value) for _, value in body)


# ------------------------------------------------------------------------------------ export


def pages_export(*, module_slugs: list[str] | None = None) -> Package:
    """The catalog, its modules (all, or those named) with their live lessons, and the learning
    paths whose modules are all exported, as a package (without questions and quizzes)."""
    catalog = CatalogPage.objects.order_by("path").first()
    package = Package()
    if catalog is None:
        if module_slugs:
            raise ValueError("There is no catalog page, so no module to export.")
        return package
    package.catalog = {"slug": catalog.slug, "title": catalog.title, "intro": catalog.intro}
    modules = ModulePage.objects.child_of(catalog).order_by("path")
    if module_slugs is not None:
        missing = set(module_slugs) - set(modules.filter(slug__in=module_slugs).values_list("slug", flat=True))
        if missing:
            raise ValueError(f"No module with slug {', '.join(sorted(missing))} in the catalog.")
        modules = modules.filter(slug__in=module_slugs)
    lesson_names = {
        lesson.pk: (module.slug, lesson.slug)
        for module in ModulePage.objects.all()
        for lesson in LessonPage.objects.child_of(module)
    }
    for module in modules:
        package.modules.append(_module_dict(module, lesson_names))
    _media_export(package)
    exported = {module["slug"] for module in package.modules}
    for path in LearningPathPage.objects.child_of(catalog).order_by("path"):
        slugs = [row.module.slug for row in path.path_modules.select_related("module").order_by("sort_order")]
        if slugs and set(slugs) <= exported:
            package.paths.append(
                {
                    "slug": path.slug,
                    "title": path.title,
                    "summary": path.summary,
                    "due_in_days": path.due_in_days,
                    "renewal_months": path.renewal_months,
                    "required_for_onboarding": path.required_for_onboarding,
                    "modules": slugs,
                }
            )
    return package


def _module_dict(module: ModulePage, lesson_names: dict[int, tuple[str, str]]) -> dict:
    return {
        "slug": module.slug,
        "title": module.title,
        "topic": module.topic,
        "summary": module.summary,
        "objectives": [block["value"] for block in module.objectives.raw_data],
        "audience": module.audience,
        "estimated_minutes": module.estimated_minutes,
        "ce_contact_hours": str(module.ce_contact_hours),
        "provider_name": module.provider_name or None,
        "approval_number": module.approval_number or None,
        "pdu_eligible": module.pdu_eligible,
        "state_categories": list(module.state_categories),
        "category_contact_hours": str(module.category_contact_hours)
        if module.category_contact_hours is not None
        else None,
        "renewal_months": module.renewal_months,
        "references": [_plain(block["value"]) for block in module.references.raw_data],
        "lessons": [
            {
                "slug": lesson.slug,
                "title": lesson.title,
                "intro": lesson.intro,
                "estimated_minutes": lesson.estimated_minutes,
                "body": [(block["type"], _plain(block["value"])) for block in lesson.body.raw_data],
            }
            for lesson in LessonPage.objects.child_of(module).live().order_by("path")
        ],
        "checklists": [
            _checklist_dict(checklist, module.slug, lesson_names)
            for checklist in SkillsChecklistPage.objects.child_of(module).live().order_by("path")
        ],
    }


def _media_export(package: Package) -> None:
    """Put each image and document the exported lessons use into the package, and make the blocks
    name the file instead of this instance's id. A file is named after its title (the title is
    what survives a round trip; the stored file name gets a random suffix on a name clash)."""
    wanted: dict[tuple[str, int], list[dict]] = {}
    for module in package.modules:
        for lesson in module["lessons"]:
            for index, (block_type, value) in enumerate(lesson["body"]):
                if block_type in MEDIA_KINDS and isinstance(value, dict) and isinstance(value.get(block_type), int):
                    value = {**value}
                    lesson["body"][index] = (block_type, value)
                    wanted.setdefault((block_type, value[block_type]), []).append(value)
    objects = {
        kind: model.objects.in_bulk([pk for (k, pk) in wanted if k == kind])
        for kind, model in (("image", get_image_model()), ("document", get_document_model()))
    }
    names = set()
    for (kind, pk), values in sorted(wanted.items()):
        item = objects[kind].get(pk)
        if item is None:  # deleted from the library: the block shows nothing, and importing it is refused
            for value in values:
                del value[kind]
            continue
        extension = PurePath(item.file.name).suffix.lower()
        stem = slugify(item.title)[:80] or kind
        name, number = f"{stem}{extension}", 1
        while name in names:
            number += 1
            name = f"{stem}-{number}{extension}"
        names.add(name)
        with item.open_file() as handle:
            package.media_data[name] = handle.read()
        package.media.append(
            {"file": name, "kind": kind, "title": item.title, "description": getattr(item, "description", "")}
        )
        for value in values:
            value[kind] = name


def _checklist_dict(page: SkillsChecklistPage, module_slug: str, lesson_names: dict[int, tuple[str, str]]) -> dict:
    def lesson(pk):
        if pk not in lesson_names:
            return None
        lesson_module, lesson_slug = lesson_names[pk]
        return lesson_slug if lesson_module == module_slug else f"{lesson_module}/{lesson_slug}"

    return {
        "slug": page.slug,
        "title": page.title,
        **{name: getattr(page, name) for name in CHECKLIST_FIELDS},
        "observer_credentials": list(page.observer_credentials),
        "references": [_plain(block["value"]) for block in page.references.raw_data],
        "steps": [
            {
                "text": block["value"]["text"],
                "critical": bool(block["value"].get("critical")),
                "lesson": lesson(block["value"].get("lesson")),
            }
            for block in page.steps.raw_data
        ],
    }


def _plain(value):
    """A stored block value without Wagtail's list-item wrappers (`{"type": "item", "value", "id"}`)."""
    if isinstance(value, list):
        return [
            _plain(item["value"])
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item
            else _plain(item)
            for item in value
        ]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value
