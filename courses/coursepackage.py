"""The course package: a folder of text files holding modules, lessons, questions and quizzes.

Pure Python (no ORM): this module reads a package into plain dicts and writes dicts back out.
The database side lives with the layer that owns each record (`courses.package_pages` for pages,
`quizzes.coursepackage` for the bank and the quizzes). The format is documented, with examples, in
docs/course-package.md; `FORMAT_VERSION` changes when a file written now would be read wrongly by
an older reader. Version 2 carries media (lesson images and documents as files under `media/`,
named in `media/media.toml`); a version 1 package still reads, its image and document blocks
naming this instance's ids as before.

Every problem is reported with its file, the item in it and the reason, and all of them are
collected before anything is raised, so an author fixes a package in one pass.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

FORMAT = "occupass-course-package"
FORMAT_VERSION = 2

PACKAGE_FILE = "package.toml"
MODULE_FILE = "module.toml"
QUESTIONS_FILE = "questions.toml"
LESSONS_DIR = "lessons"
CHECKLISTS_DIR = "checklists"
MODULES_DIR = "modules"
MEDIA_DIR = "media"
MEDIA_FILE = "media.toml"
MEDIA_KINDS = {"image": "image", "document": "document"}  # media kind -> the lesson block carrying it
MEDIA_REQUIRED = ("file", "kind", "title")

# Keys a reader fills with None when a file leaves them out (TOML has no null).
MODULE_OPTIONAL = ("renewal_months", "category_contact_hours")
QUESTION_OPTIONAL = ("choose_n", "domain", "audience")
MODULE_REQUIRED = ("slug", "title", "topic", "summary", "audience", "estimated_minutes", "ce_contact_hours")
LESSON_REQUIRED = ("slug", "title", "intro")
QUESTION_REQUIRED = ("key", "type", "stem", "options", "rationale")
OPTION_REQUIRED = ("text", "correct", "rationale")
QUIZ_REQUIRED = ("slug", "title", "kind")
PATH_REQUIRED = ("slug", "title", "summary", "due_in_days", "modules")
CHECKLIST_REQUIRED = ("slug", "title", "skill", "observer_instructions", "steps")
CHECKLIST_OPTIONAL = ("renewal_months",)
STEP_REQUIRED = ("text",)

HEADINGS = {"##": "h2", "###": "h3", "####": "h4"}
_HEADING_LINE = re.compile(r"^(#{2,4}) (\S.*)$")
_FENCE_OPEN = re.compile(r"^::: ([a-z_]+)\s*$")
_FENCE_CLOSE = ":::"
_FRONT_MATTER = "+++"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a package: the file (relative to the package), the item, the reason."""

    file: str
    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.item}: {self.reason}" if self.item else f"{self.file}: {self.reason}"


class PackageInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass
class Package:
    """A package in memory. Modules carry their lessons and skills checklists; questions and quizzes
    carry `module` (the module slug, or None for bank-wide items). Dict keys are the file keys
    (docs/course-package.md); keys this reader does not know are kept, so a newer file's extra
    fields survive a round trip."""

    name: str = "package"
    title: str = ""
    catalog: dict | None = None
    modules: list[dict] = field(default_factory=list)
    paths: list[dict] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    quizzes: list[dict] = field(default_factory=list)
    blueprints: list[dict] = field(default_factory=list)
    # Images and documents: {"file", "kind", "title", "description"} (file: a name in media/), and
    # each file's bytes by name.
    media: list[dict] = field(default_factory=list)
    media_data: dict[str, bytes] = field(default_factory=dict, repr=False)
    extra: dict = field(default_factory=dict)
    # Where each item was read from, for problem reports: ("module", slug), ("lesson", module, slug),
    # ("checklist", module, slug), ("question", key) or ("quiz", slug) -> path relative to the package.
    files: dict[tuple, str] = field(default_factory=dict)

    def file_of(self, *item) -> str:
        return self.files.get(item, PACKAGE_FILE)


# ------------------------------------------------------------------------------------- lessons


def lesson_render(lesson: dict) -> str:
    """A lesson as text: TOML front matter between `+++` lines, then one block after another.

    `## Heading` lines are heading blocks, a paragraph of other text is a rich-text block (HTML),
    and any other block is a fence, `::: <block type>` … `:::`, with its fields as TOML inside.
    """
    front = {key: value for key, value in lesson.items() if key != "body"}
    parts = [f"{_FRONT_MATTER}\n{tomli_w.dumps(front)}{_FRONT_MATTER}\n"]
    for block_type, value in lesson.get("body", []):
        parts.append(_block_render(block_type, value))
    return "\n".join(parts)


def _block_render(block_type: str, value) -> str:
    if block_type == "heading" and isinstance(value, dict) and set(value) == {"text", "level"}:
        marks = {level: marks for marks, level in HEADINGS.items()}.get(value["level"])
        text = value["text"]
        if marks and isinstance(text, str) and "\n" not in text and text == text.strip() and text:
            return f"{marks} {text}\n"
    if block_type == "rich_text" and isinstance(value, str) and _plain_paragraph_ok(value):
        return value + "\n"
    table = value if isinstance(value, dict) else {"value": value}
    return f"::: {block_type}\n{tomli_w.dumps(table)}{_FENCE_CLOSE}\n"


def _plain_paragraph_ok(text: str) -> bool:
    lines = text.split("\n")
    return bool(text) and all(
        line.strip()
        and line == line.rstrip()
        and not _HEADING_LINE.match(line)
        and not line.startswith(":::")
        and line != _FRONT_MATTER
        for line in lines
    )


def lesson_parse(text: str, *, file: str) -> tuple[dict, list[Problem]]:
    """The lesson dict from its text, and the problems found (file and line numbers in them)."""
    problems: list[Problem] = []
    lines = text.split("\n")
    if not lines or lines[0] != _FRONT_MATTER or _FRONT_MATTER not in lines[1:]:
        return {}, [Problem(file, "", "a lesson starts with TOML front matter between two '+++' lines")]
    end = lines.index(_FRONT_MATTER, 1)
    try:
        lesson = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        return {}, [Problem(file, "front matter", f"not valid TOML ({error})")]
    problems += _missing(lesson, LESSON_REQUIRED, file=file, item="front matter")
    body: list[tuple[str, object]] = []
    paragraph: list[str] = []

    def flush():
        if paragraph:
            body.append(("rich_text", "\n".join(paragraph)))
            paragraph.clear()

    index = end + 1
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            flush()
        elif opened := _FENCE_OPEN.match(line):
            flush()
            try:
                close = lines.index(_FENCE_CLOSE, index + 1)
            except ValueError:
                problems.append(Problem(file, f"line {index + 1}", f"'::: {opened[1]}' is never closed by ':::'"))
                break
            try:
                table = tomllib.loads("\n".join(lines[index + 1 : close]))
            except tomllib.TOMLDecodeError as error:
                problems.append(
                    Problem(file, f"line {index + 1}", f"the {opened[1]} block is not valid TOML ({error})")
                )
                table = {}
            body.append((opened[1], table["value"] if set(table) == {"value"} else table))
            index = close
        elif (heading := _HEADING_LINE.match(line)) and not paragraph:
            body.append(("heading", {"text": heading[2], "level": HEADINGS[heading[1]]}))
        else:
            paragraph.append(line)
        index += 1
    flush()
    lesson["body"] = body
    return lesson, problems


# ------------------------------------------------------------------------------------- reading


def _missing(data: dict, required, *, file: str, item: str) -> list[Problem]:
    return [Problem(file, item, f"'{key}' is required") for key in required if key not in data]


def _load_toml(path: Path, root: Path, problems: list[Problem]) -> dict | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(Problem(str(path.relative_to(root)), "", "file is missing"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(Problem(str(path.relative_to(root)), "", f"not valid TOML ({error})"))
    return None


def package_read(root: Path | str) -> Package:
    """Read a package folder. Raises PackageInvalid listing every problem found."""
    root = Path(root)
    problems: list[Problem] = []
    meta = _load_toml(root / PACKAGE_FILE, root, problems)
    if meta is None:
        raise PackageInvalid(problems)
    if meta.get("format") != FORMAT:
        problems.append(Problem(PACKAGE_FILE, "format", f"must be {FORMAT!r}"))
    version = meta.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        problems.append(Problem(PACKAGE_FILE, "version", f"this reader understands versions up to {FORMAT_VERSION}"))
    package = Package(
        name=meta.pop("name", root.name),
        title=meta.pop("title", ""),
        catalog=meta.pop("catalog", None),
        paths=meta.pop("paths", []),
        blueprints=meta.pop("blueprints", []),
        quizzes=[{**quiz, "module": None} for quiz in meta.pop("quizzes", [])],
    )
    for number, path in enumerate(package.paths, start=1):
        problems += _missing(path, PATH_REQUIRED, file=PACKAGE_FILE, item=f"paths #{number}")
    meta.pop("format", None)
    meta.pop("version", None)
    package.extra = meta
    bank = root / QUESTIONS_FILE
    if bank.exists():
        package.questions += _questions_read(bank, root, None, problems)
        for question in package.questions:
            package.files[("question", question.get("key"))] = question.pop("_file")
    modules_dir = root / MODULES_DIR
    for folder in sorted(modules_dir.iterdir()) if modules_dir.is_dir() else []:
        if folder.is_dir():
            _module_read(folder, root, package, problems)
    if (root / MEDIA_DIR / MEDIA_FILE).exists():
        _media_read(root, package, problems)
    _check_references(package, problems)
    if problems:
        raise PackageInvalid(problems)
    return package


def _module_read(folder: Path, root: Path, package: Package, problems: list[Problem]) -> None:
    file = str((folder / MODULE_FILE).relative_to(root))
    module = _load_toml(folder / MODULE_FILE, root, problems)
    if module is None:
        return
    problems += _missing(module, MODULE_REQUIRED, file=file, item=module.get("slug", folder.name))
    for key in MODULE_OPTIONAL:
        module.setdefault(key, None)
    package.files[("module", module.get("slug"))] = file
    for quiz in module.pop("quizzes", []):
        package.quizzes.append({**quiz, "module": module.get("slug")})
        package.files[("quiz", quiz.get("slug"))] = file
    lessons = []
    for path in sorted((folder / LESSONS_DIR).glob("*.md")):
        lesson, found = lesson_parse(path.read_text(encoding="utf-8"), file=str(path.relative_to(root)))
        problems += found
        lessons.append(lesson)
        package.files[("lesson", module.get("slug"), lesson.get("slug"))] = str(path.relative_to(root))
    module["lessons"] = lessons
    module["checklists"] = []
    for path in sorted((folder / CHECKLISTS_DIR).glob("*.toml")):
        checklist = _checklist_read(path, root, problems)
        if checklist is not None:
            module["checklists"].append(checklist)
            package.files[("checklist", module.get("slug"), checklist.get("slug"))] = str(path.relative_to(root))
    package.modules.append(module)
    if (folder / QUESTIONS_FILE).exists():
        package.questions += _questions_read(folder / QUESTIONS_FILE, root, module.get("slug"), problems)
    for question in package.questions:
        package.files.setdefault(("question", question.get("key")), question.pop("_file", QUESTIONS_FILE))


def _checklist_read(path: Path, root: Path, problems: list[Problem]) -> dict | None:
    """A skills checklist file: its fields at the top, then its steps as `[[steps]]` tables."""
    checklist = _load_toml(path, root, problems)
    if checklist is None:
        return None
    file, item = str(path.relative_to(root)), checklist.get("slug") or path.stem
    problems += _missing(checklist, CHECKLIST_REQUIRED, file=file, item=item)
    for key in CHECKLIST_OPTIONAL:
        checklist.setdefault(key, None)
    steps = checklist.get("steps", [])
    if not isinstance(steps, list) or not all(isinstance(step, dict) for step in steps):
        problems.append(Problem(file, item, "steps are written as [[steps]] tables"))
        checklist["steps"] = []
    for number, step in enumerate(checklist.get("steps", []), start=1):
        problems += _missing(step, STEP_REQUIRED, file=file, item=f"{item}, step {number}")
        step.setdefault("critical", False)
        step.setdefault("lesson", None)
        if step["lesson"] is not None and not isinstance(step["lesson"], str):
            problems.append(Problem(file, f"{item}, step {number}", 'lesson is a slug: "lesson" or "module/lesson"'))
            step["lesson"] = None
    return checklist


def _media_read(root: Path, package: Package, problems: list[Problem]) -> None:
    """media/media.toml names each file in media/ with its kind and title; the bytes are read too."""
    folder = (root / MEDIA_DIR).resolve()
    file = f"{MEDIA_DIR}/{MEDIA_FILE}"
    data = _load_toml(folder / MEDIA_FILE, root, problems) or {}
    for number, item in enumerate(data.get("files", []), start=1):
        name = item.get("file") or f"file #{number}"
        problems += _missing(item, MEDIA_REQUIRED, file=file, item=name)
        item.setdefault("description", "")
        if item.get("kind") not in MEDIA_KINDS:
            problems.append(Problem(file, name, f"kind must be one of {', '.join(MEDIA_KINDS)}"))
        path = (folder / str(item.get("file", ""))).resolve()
        if not item.get("file") or path.parent != folder or path.name == MEDIA_FILE:
            problems.append(Problem(file, name, "file must be the name of a file in media/"))
            continue
        if any(other["file"] == item["file"] for other in package.media):
            problems.append(Problem(file, name, "named twice"))
            continue
        try:
            package.media_data[item["file"]] = path.read_bytes()
        except OSError:
            problems.append(Problem(file, name, "no such file in media/"))
            continue
        package.media.append(item)


def _questions_read(path: Path, root: Path, module: str | None, problems: list[Problem]) -> list[dict]:
    data = _load_toml(path, root, problems) or {}
    file = str(path.relative_to(root))
    questions = []
    for number, question in enumerate(data.get("questions", []), start=1):
        item = question.get("key") or f"question #{number}"
        problems += _missing(question, QUESTION_REQUIRED, file=file, item=item)
        for index, option in enumerate(question.get("options", []), start=1):
            problems += _missing(option, OPTION_REQUIRED, file=file, item=f"{item}, option {index}")
        for key in QUESTION_OPTIONAL:
            question.setdefault(key, None)
        questions.append({"module": module, **question, "_file": file})
    return questions


def _check_references(package: Package, problems: list[Problem]) -> None:
    """Slugs and keys unique; paths, quizzes and teaching lessons point at things that exist here
    (a quiz may also name questions already in the bank: the importer checks those)."""
    seen: dict[str, set] = {"module": set(), "question": set(), "quiz": set()}
    for kind, items, key in (
        ("module", package.modules, "slug"),
        ("question", package.questions, "key"),
        ("quiz", package.quizzes, "slug"),
    ):
        for item in items:
            if item.get(key) in seen[kind]:
                problems.append(
                    Problem(package.file_of(kind, item.get(key)), item.get(key), f"duplicate {kind} {key}")
                )
            seen[kind].add(item.get(key))
    lessons = {(module.get("slug"), lesson.get("slug")) for module in package.modules for lesson in module["lessons"]}
    for path in package.paths:
        for slug in path.get("modules", []):
            if slug not in seen["module"]:
                problems.append(Problem(PACKAGE_FILE, f"path {path.get('slug')}", f"no module {slug!r} here"))
    for question in package.questions:
        if question.get("lesson"):
            module_slug, _, lesson_slug = question["lesson"].rpartition("/")
            module_slug = module_slug or question.get("module")
            if module_slug in seen["module"] and (module_slug, lesson_slug) not in lessons:
                problems.append(
                    Problem(
                        package.file_of("question", question.get("key")),
                        question.get("key"),
                        f"no lesson {question['lesson']!r} in this package",
                    )
                )
    for module in package.modules:
        slugs = set()
        for checklist in module.get("checklists", []):
            file = package.file_of("checklist", module.get("slug"), checklist.get("slug"))
            if checklist.get("slug") in slugs or checklist.get("slug") in {
                lesson.get("slug") for lesson in module["lessons"]
            }:
                problems.append(Problem(file, checklist.get("slug"), "duplicate page slug in this module"))
            slugs.add(checklist.get("slug"))
            for number, step in enumerate(checklist.get("steps", []), start=1):
                if step.get("lesson"):
                    module_slug, _, lesson_slug = step["lesson"].rpartition("/")
                    module_slug = module_slug or module.get("slug")
                    if module_slug in seen["module"] and (module_slug, lesson_slug) not in lessons:
                        problems.append(
                            Problem(
                                file,
                                f"{checklist.get('slug')}, step {number}",
                                f"no lesson {step['lesson']!r} in this package",
                            )
                        )
    media = {item["file"]: item["kind"] for item in package.media}
    for module in package.modules:
        for lesson in module["lessons"]:
            for number, (block_type, value) in enumerate(lesson.get("body", []), start=1):
                name = value.get(block_type) if block_type in MEDIA_KINDS and isinstance(value, dict) else None
                if isinstance(name, str) and media.get(name) != block_type:
                    problems.append(
                        Problem(
                            package.file_of("lesson", module.get("slug"), lesson.get("slug")),
                            f"{lesson.get('slug')}, block {number} ({block_type})",
                            f"no {block_type} {name!r} in {MEDIA_DIR}/{MEDIA_FILE}",
                        )
                    )
    blueprints = {blueprint.get("name") for blueprint in package.blueprints}
    for quiz in package.quizzes:
        problems += _missing(
            quiz, QUIZ_REQUIRED, file=package.file_of("quiz", quiz.get("slug")), item=quiz.get("slug", "quiz")
        )
        if quiz.get("blueprint") and quiz["blueprint"] not in blueprints:
            problems.append(
                Problem(
                    package.file_of("quiz", quiz.get("slug")), quiz.get("slug"), f"no blueprint {quiz['blueprint']!r}"
                )
            )


# ------------------------------------------------------------------------------------- writing


def _clean(data: dict, drop=()) -> dict:
    """Without None values (TOML has no null) and without the keys in `drop`."""
    return {key: value for key, value in data.items() if value is not None and key not in drop}


def _toml(data: dict) -> str:
    return tomli_w.dumps(data, multiline_strings=True)


def package_write(package: Package, root: Path | str) -> list[Path]:
    """Write the package as files under `root` (which must not exist yet, or be empty).

    Folders and lesson files are numbered (`01-<slug>`) so that their order on disk is the
    teaching order. Returns the files written."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    if any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty; export into a new folder.")
    written = []

    def write(path: Path, text: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    meta = {"format": FORMAT, "version": FORMAT_VERSION, "name": package.name}
    if package.title:
        meta["title"] = package.title
    meta.update(package.extra)
    if package.catalog:
        meta["catalog"] = _clean(package.catalog)
    meta["paths"] = [_clean(path) for path in package.paths]
    meta["blueprints"] = [_clean(blueprint) for blueprint in package.blueprints]
    meta["quizzes"] = [_clean(quiz, drop=("module",)) for quiz in package.quizzes if quiz.get("module") is None]
    write(root / PACKAGE_FILE, _toml({key: value for key, value in meta.items() if value != []}))
    bank = [_clean(q, drop=("module",)) for q in package.questions if q.get("module") is None]
    if bank:
        write(root / QUESTIONS_FILE, _toml({"questions": bank}))
    width = max(2, len(str(len(package.modules))))
    for number, module in enumerate(package.modules, start=1):
        folder = root / MODULES_DIR / f"{number:0{width}d}-{module['slug']}"
        data = _clean(module, drop=("lessons", "checklists"))
        quizzes = [_clean(quiz, drop=("module",)) for quiz in package.quizzes if quiz.get("module") == module["slug"]]
        if quizzes:
            data["quizzes"] = quizzes
        write(folder / MODULE_FILE, _toml(data))
        lessons = module.get("lessons", [])
        lesson_width = max(2, len(str(len(lessons))))
        for index, lesson in enumerate(lessons, start=1):
            write(folder / LESSONS_DIR / f"{index:0{lesson_width}d}-{lesson['slug']}.md", lesson_render(lesson))
        checklists = module.get("checklists", [])
        checklist_width = max(2, len(str(len(checklists))))
        for index, checklist in enumerate(checklists, start=1):
            fields = {**_clean(checklist, drop=("steps",)), "steps": [_clean(step) for step in checklist["steps"]]}
            write(folder / CHECKLISTS_DIR / f"{index:0{checklist_width}d}-{checklist['slug']}.toml", _toml(fields))
        questions = [_clean(q, drop=("module",)) for q in package.questions if q.get("module") == module["slug"]]
        if questions:
            write(folder / QUESTIONS_FILE, _toml({"questions": questions}))
    if package.media:
        write(root / MEDIA_DIR / MEDIA_FILE, _toml({"files": [_clean(item) for item in package.media]}))
        for item in package.media:
            path = root / MEDIA_DIR / item["file"]
            path.write_bytes(package.media_data[item["file"]])
            written.append(path)
    return written
