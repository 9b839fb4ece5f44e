"""The course package: the format round-trips, imports are validated, atomic and idempotent, and a
full export re-imported into an empty database exports again identically."""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from courses.content import DEFAULT_PACKAGE, default_package
from courses.coursepackage import PackageInvalid, lesson_parse, lesson_render, package_read, package_write
from courses.models import LessonPage, ModulePage, SkillsChecklistPage
from courses.package_pages import pages_problems
from quizzes.coursepackage import bank_problems, package_export, package_import
from quizzes.models import Blueprint, Question, Quiz

LESSONS = [lesson for module in default_package().modules for lesson in module["lessons"]]


# --------------------------------------------------------------------------------- format (no database)


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson["slug"])
def test_lesson_text_round_trips(lesson):
    parsed, problems = lesson_parse(lesson_render(lesson), file="x.md")

    assert problems == []
    assert parsed == lesson


def test_lesson_text_falls_back_to_a_fence_when_a_paragraph_would_not_round_trip():
    lesson = {
        "slug": "s",
        "title": "T",
        "intro": "I",
        "body": [
            ("rich_text", "<p>one</p>\n\n<p>two</p>"),
            ("rich_text", "## not a heading"),
            ("heading", {"text": "Real heading", "level": "h3"}),
            ("rich_text", "<p>a</p>\n<p>b</p>"),
        ],
    }

    text = lesson_render(lesson)

    assert "::: rich_text" in text and "### Real heading" in text
    assert lesson_parse(text, file="x.md") == (lesson, [])


def test_lesson_parse_reports_file_and_line():
    text = '+++\nslug = "s"\ntitle = "T"\nintro = "I"\n+++\n\n::: checklist\ntitle = "x"\n'

    _, problems = lesson_parse(text, file="modules/01-m/lessons/01-s.md")

    assert [str(problem) for problem in problems] == [
        "modules/01-m/lessons/01-s.md: line 7: '::: checklist' is never closed by ':::'"
    ]


def test_package_write_then_read_gives_the_same_package(tmp_path):
    package = default_package()

    package_write(package, tmp_path / "copy")
    copy = package_read(tmp_path / "copy")

    assert (copy.modules, copy.questions, copy.quizzes, copy.paths, copy.blueprints, copy.catalog) == (
        package.modules,
        package.questions,
        package.quizzes,
        package.paths,
        package.blueprints,
        package.catalog,
    )


def test_package_read_lists_every_problem_with_file_and_item(tmp_path):
    root = tmp_path / "bad"
    shutil.copytree(DEFAULT_PACKAGE, root)
    module = next((root / "modules").iterdir())
    questions = module / "questions.toml"
    questions.write_text(questions.read_text().replace('type = "single"', "", 1))
    (module / "module.toml").write_text((module / "module.toml").read_text().replace("title =", "titel =", 1))

    with pytest.raises(PackageInvalid) as error:
        package_read(root)

    messages = [str(problem) for problem in error.value.problems]
    assert f"{module.relative_to(root)}/module.toml: {module.name[3:]}: 'title' is required" in messages
    assert any(
        m.startswith(f"{module.relative_to(root)}/questions.toml: ") and "'type' is required" in m for m in messages
    )


def test_package_read_keeps_unknown_item_keys(tmp_path):
    package = package_read(DEFAULT_PACKAGE)
    package.questions[0]["audience"] = ["aide", "technician"]

    package_write(package, tmp_path / "p")

    assert package_read(tmp_path / "p").questions[0]["audience"] == ["aide", "technician"]


def test_package_read_refuses_a_newer_format_version(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(DEFAULT_PACKAGE, root)
    meta = root / "package.toml"
    meta.write_text(meta.read_text().replace("version = 2", "version = 99"))

    with pytest.raises(PackageInvalid, match="package.toml: version: this reader understands versions up to 2"):
        package_read(root)


# --------------------------------------------------------------------------------- import and export


@pytest.mark.django_db
def test_default_package_has_no_problems():
    package = default_package()

    assert [str(p) for p in bank_problems(package=package)] == []
    assert [str(p) for p in pages_problems(package=package)] == []


def _empty_the_content():
    """What a fresh instance has: the home page and no courses, questions or quizzes."""
    Quiz.objects.all().delete()
    Question.objects.all().delete()
    Blueprint.objects.all().delete()
    for page in Page.objects.filter(depth=3):
        page.delete()


def _exported(tmp_path: Path, name: str, **kwargs):
    package_write(package_export(name="package", **kwargs), tmp_path / name)
    return package_read(tmp_path / name)


def _content(package):
    return (package.catalog, package.modules, package.paths, package.questions, package.quizzes, package.blueprints)


@pytest.mark.django_db
def test_export_every_module_and_reimport_into_an_empty_database_is_identical(tmp_path):
    package_import(package=default_package())
    first = _exported(tmp_path, "first")
    _empty_the_content()
    assert (ModulePage.objects.count(), Question.objects.count()) == (0, 0)

    package_import(package=first)
    second = _exported(tmp_path, "second")

    assert len(first.modules) == 4 and len(first.questions) == len(default_package().questions)
    assert [[c["slug"] for c in m["checklists"]] for m in first.modules] == [
        [c["slug"] for c in m["checklists"]] for m in default_package().modules
    ]
    assert _content(second) == _content(first)
    assert sorted(p.relative_to(tmp_path / "second") for p in (tmp_path / "second").rglob("*")) == sorted(
        p.relative_to(tmp_path / "first") for p in (tmp_path / "first").rglob("*")
    )


@pytest.mark.django_db
def test_one_module_exported_imports_into_another_instance(tmp_path):
    package_import(package=default_package())
    ethics = _exported(tmp_path, "ethics", module_slugs=["ethics-scope-and-confidentiality"])
    _empty_the_content()

    result = package_import(package=ethics)

    assert list(ModulePage.objects.values_list("slug", flat=True)) == ["ethics-scope-and-confidentiality"]
    assert LessonPage.objects.live().count() == len(ethics.modules[0]["lessons"]) == 4
    quiz = Quiz.objects.get()
    assert (quiz.slug, quiz.module.slug, quiz.items.count()) == (
        "assessment-ethics-scope-and-confidentiality",
        "ethics-scope-and-confidentiality",
        10,
    )
    assert len(result.created["questions"]) == Question.objects.count() == len(ethics.questions)


@pytest.mark.django_db
def test_import_with_one_bad_item_writes_nothing_and_names_it():
    package = package_read(DEFAULT_PACKAGE)
    bad = package.questions[5]
    for option in bad["options"]:
        option["correct"] = False
    pages_before = Page.objects.count()

    with pytest.raises(PackageInvalid) as error:
        package_import(package=package)

    assert [(p.file, p.item) for p in error.value.problems] == [(package.file_of("question", bad["key"]), bad["key"])]
    assert (Question.objects.count(), Quiz.objects.count(), Page.objects.count()) == (0, 0, pages_before)


@pytest.mark.django_db
def test_import_twice_changes_nothing_and_keeps_educator_edits_unless_overwrite():
    package_import(package=default_package())
    key = default_package().questions[0]["key"]
    Question.objects.filter(key=key).update(name="Edited by an educator")
    lesson = LessonPage.objects.get(slug=LESSONS[0]["slug"])
    lesson.title = "Edited lesson"
    lesson.save_revision().publish()

    again = package_import(package=default_package())

    assert (again.created, again.updated) == ({}, {})
    assert Question.objects.get(key=key).name == "Edited by an educator"
    assert LessonPage.objects.get(pk=lesson.pk).title == "Edited lesson"

    overwritten = package_import(package=default_package(), overwrite=True)

    assert len(overwritten.updated["questions"]) == len(default_package().questions)
    assert Question.objects.get(key=key).name != "Edited by an educator"
    assert LessonPage.objects.get(pk=lesson.pk).title == LESSONS[0]["title"]


@pytest.mark.django_db
def test_import_course_command_prints_each_problem_and_fails(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(DEFAULT_PACKAGE, root)
    module = next((root / "modules").iterdir())
    (module / "module.toml").write_text((module / "module.toml").read_text().replace('topic = "', 'topic = "x', 1))
    err = StringIO()

    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_course", str(root), stderr=err)

    assert err.getvalue().startswith(f"{module.relative_to(root)}/module.toml: ")
    assert ModulePage.objects.count() == 0


@pytest.mark.django_db
def test_export_course_command_refuses_a_non_empty_folder_and_an_unknown_module(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("")

    with pytest.raises(CommandError, match="not empty"):
        call_command("export_course", str(tmp_path / "full"))
    package_import(package=default_package())
    with pytest.raises(CommandError, match="No module with slug nope"):
        call_command("export_course", str(tmp_path / "new"), "--module", "nope")
    out = StringIO()
    call_command("export_course", str(tmp_path / "new"), "--module", "safe-patient-transfers", stdout=out)
    assert ": 1 modules, 2 skills checklists, " in out.getvalue()
    assert len(list((tmp_path / "new" / "modules").glob("01-*/checklists/*.toml"))) == 2


@pytest.mark.django_db
def test_a_lesson_can_embed_a_knowledge_check_the_same_package_creates():
    package = package_read(DEFAULT_PACKAGE)
    module = package.modules[0]
    keys = [q["key"] for q in package.questions if q["module"] == module["slug"]][:2]
    package.quizzes.append(
        {"slug": "kc-why-35", "title": "Check: 35 pounds", "kind": "knowledge_check", "items": keys, "module": None}
    )
    module["lessons"][0]["body"].append(("knowledge_check", {"heading": "Check yourself", "quiz": "kc-why-35"}))

    package_import(package=package)

    lesson = LessonPage.objects.get(slug=module["lessons"][0]["slug"])
    assert lesson.body[-1].block_type == "knowledge_check"
    assert lesson.body[-1].value["quiz"] == "kc-why-35"
    assert [item.question.key for item in Quiz.objects.get(slug="kc-why-35").items.all()] == keys


@pytest.mark.django_db
def test_a_knowledge_check_naming_no_quiz_is_a_problem_of_its_lesson_block():
    package = package_read(DEFAULT_PACKAGE)
    lesson = package.modules[0]["lessons"][0]
    lesson["body"].append(("knowledge_check", {"heading": "Check", "quiz": "no-such-quiz"}))

    with pytest.raises(PackageInvalid) as error:
        package_import(package=package)

    [problem] = error.value.problems
    assert problem.item == f"{lesson['slug']}, block {len(lesson['body'])} (knowledge_check)"
    assert "no-such-quiz" in problem.reason


@pytest.mark.django_db
def test_an_options_formatting_and_weight_travel_in_the_package_and_survive_overwrite():
    package = package_read(DEFAULT_PACKAGE)
    question = package.questions[0]
    option = question["options"][0]
    option["text_html"] = "<p>" + option["text"].replace("&", "&amp;").replace("<", "&lt;") + "<sub>x</sub></p>"
    option["text"] += "x"  # the plain text of the formatted form
    option["rationale_html"] = "<ul><li>" + option["rationale"].replace("&", "&amp;").replace("<", "&lt;") + "</ul>"
    package_import(package=package)

    exported = next(q for q in package_export().questions if q["key"] == question["key"])
    assert (exported["options"][0]["text_html"], exported["options"][0]["rationale_html"]) == (
        option["text_html"],
        option["rationale_html"].replace("</ul>", "</li></ul>"),
    )

    package_import(package=package_read(DEFAULT_PACKAGE), overwrite=True)
    overwritten = next(q for q in package_export().questions if q["key"] == question["key"])
    assert "text_html" not in overwritten["options"][0]  # the package without formatting wins


# --------------------------------------------------------------------------------- skills checklists


def _checklist(package, slug):
    return next(c for m in package.modules for c in m["checklists"] if c["slug"] == slug)


@pytest.mark.django_db
def test_checklists_export_and_reimport_with_their_fields_and_lesson_links(tmp_path):
    package_import(package=default_package())
    first = _exported(tmp_path, "first")
    _empty_the_content()
    assert SkillsChecklistPage.objects.count() == 0

    package_import(package=first)

    page = SkillsChecklistPage.objects.get(slug="check-off-sliding-board-transfer")
    source = _checklist(default_package(), "check-off-sliding-board-transfer")
    assert page.get_parent().slug == "safe-patient-transfers"
    assert (page.title, page.skill, page.required_for_module, page.renewal_months) == (
        source["title"],
        source["skill"],
        False,
        12,
    )
    assert page.observer_credentials == ["otr", "cota"] and page.preceptors_may_observe
    lessons = [(s["lesson"].get_parent().slug, s["lesson"].slug) for s in (b.value for b in page.steps)]
    # A step may teach from another module's lesson: "module/lesson" in the file.
    assert ("therapy-equipment-use", "wheelchair-setup-and-safety-checks") in lessons
    assert [(s["text"], s["critical"]) for s in (b.value for b in page.steps)] == [
        (step["text"], step["critical"]) for step in source["steps"]
    ]
    assert _checklist(_exported(tmp_path, "second"), page.slug) == _checklist(first, page.slug)


@pytest.mark.django_db
def test_checklist_problems_name_the_file_the_checklist_and_the_step():
    package = package_read(DEFAULT_PACKAGE)
    module = package.modules[0]
    checklist = module["checklists"][0]
    checklist["required_observations"] = 0
    checklist["observer_credentials"] = ["doctor"]
    checklist["steps"][1]["text"] = ""
    checklist["steps"][2]["lesson"] = "no-such-module/no-such-lesson"
    file = package.file_of("checklist", module["slug"], checklist["slug"])

    with pytest.raises(PackageInvalid) as error:
        package_import(package=package)

    problems = [(p.file, p.item, p.reason) for p in error.value.problems]
    assert {(f, item) for f, item, _ in problems} == {
        (file, checklist["slug"]),
        (file, f"{checklist['slug']}, step 2"),
        (file, f"{checklist['slug']}, step 3"),
    }
    reasons = " | ".join(reason for _, _, reason in problems)
    assert "required_observations" in reasons and "observer_credentials" in reasons
    assert "no lesson 'no-such-module/no-such-lesson' in this package or on this site" in reasons
    assert SkillsChecklistPage.objects.count() == 0


def test_a_checklist_step_naming_a_lesson_missing_from_its_package_is_a_reading_problem(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(DEFAULT_PACKAGE, root)
    [file] = (root / "modules").glob("02-*/checklists/*.toml")
    file.write_text(file.read_text().replace('lesson = "wheelchair-setup-and-safety-checks"', 'lesson = "nope"', 1))

    with pytest.raises(PackageInvalid) as error:
        package_read(root)

    assert [str(p) for p in error.value.problems] == [
        f"{file.relative_to(root)}: check-off-wheelchair-set-up, step 1: no lesson 'nope' in this package"
    ]


@pytest.mark.django_db
def test_reimport_keeps_an_educators_checklist_edits_unless_overwrite():
    package_import(package=default_package())
    page = SkillsChecklistPage.objects.get(slug="check-off-hand-hygiene")
    page.required_observations = 3
    page.save_revision().publish()

    again = package_import(package=default_package())

    assert SkillsChecklistPage.objects.get(pk=page.pk).required_observations == 3
    assert page.url_path in again.kept["pages"]
    package_import(package=default_package(), overwrite=True)
    assert SkillsChecklistPage.objects.get(pk=page.pk).required_observations == 1


# --------------------------------------------------------------------------------- media (format version 2)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media-root"
    return settings.MEDIA_ROOT


def _with_media(lesson_slug):
    """Give a lesson of the default curriculum a figure and a handout, as an educator would."""
    image = get_image_model()(title="Locked brake", description="A hand on a wheelchair brake lever")
    image.file = get_test_image_file(filename="IMG_0042.png")
    image._set_image_file_metadata()
    image.save()
    document = get_document_model()(title="Transfer handout", file=ContentFile(b"Brakes on.", name="handout.txt"))
    document._set_document_file_metadata()
    document.save()
    lesson = LessonPage.objects.get(slug=lesson_slug)
    lesson.body.append(("image", {"image": image, "alt_text": "Brake lever pushed forward", "caption": "Locked"}))
    lesson.body.append(("document", {"document": document, "description": "Print for the ward"}))
    lesson.save_revision().publish()
    return image, document


@pytest.mark.django_db
def test_lesson_images_and_documents_travel_as_files_and_reimport_into_the_libraries(tmp_path, media_root):
    package_import(package=default_package())
    lesson_slug = LESSONS[0]["slug"]
    image, document = _with_media(lesson_slug)
    # Its checklists link to a lesson of the equipment module: a package carries both (or the
    # instance importing it must have that lesson already).
    modules = ["safe-patient-transfers", "therapy-equipment-use"]
    first = _exported(tmp_path, "first", module_slugs=modules)

    assert sorted(p.name for p in (tmp_path / "first" / "media").iterdir()) == [
        "locked-brake.png",
        "media.toml",
        "transfer-handout.txt",
    ]
    assert (tmp_path / "first" / "media" / "transfer-handout.txt").read_bytes() == b"Brakes on."
    body = first.modules[0]["lessons"][0]["body"]
    assert body[-2:] == [
        ("image", {"image": "locked-brake.png", "alt_text": "Brake lever pushed forward", "caption": "Locked"}),
        ("document", {"document": "transfer-handout.txt", "description": "Print for the ward"}),
    ]
    assert {m["file"]: (m["kind"], m["title"], m["description"]) for m in first.media} == {
        "locked-brake.png": ("image", "Locked brake", "A hand on a wheelchair brake lever"),
        "transfer-handout.txt": ("document", "Transfer handout", ""),
    }

    _empty_the_content()
    get_image_model().objects.all().delete()
    get_document_model().objects.all().delete()
    package_import(package=first)

    new_image, new_document = get_image_model().objects.get(), get_document_model().objects.get()
    assert (new_image.title, new_image.description, new_image.file_hash) == (
        image.title,
        image.description,
        image.file_hash,
    )
    assert (new_image.width, new_image.height) == (image.width, image.height)
    assert new_document.file_hash == document.file_hash
    figure, handout = list(LessonPage.objects.get(slug=lesson_slug).body)[-2:]
    assert (figure.value["image"], figure.value["alt_text"]) == (new_image, "Brake lever pushed forward")
    assert handout.value["document"] == new_document
    second = _exported(tmp_path, "second", module_slugs=modules)
    assert (second.modules, second.media, second.media_data) == (first.modules, first.media, first.media_data)

    package_import(package=first)  # again: the files are matched by content, nothing is added
    assert (get_image_model().objects.count(), get_document_model().objects.count()) == (1, 1)


@pytest.mark.django_db
def test_media_problems_name_the_file_and_the_block(tmp_path, media_root):
    root = tmp_path / "p"
    shutil.copytree(DEFAULT_PACKAGE, root)
    (root / "media").mkdir()
    (root / "media" / "chart.png").write_bytes(b"not a png")
    (root / "media" / "notes.exe").write_bytes(b"MZ")
    (root / "media" / "media.toml").write_text(
        '[[files]]\nfile = "chart.png"\nkind = "image"\ntitle = "Chart"\n\n'
        '[[files]]\nfile = "notes.exe"\nkind = "document"\ntitle = "Notes"\n\n'
        '[[files]]\nfile = "../package.toml"\nkind = "document"\ntitle = "Escape"\n'
    )
    lesson_file = next((root / "modules").glob("01-*/lessons/01-*.md"))
    lesson_file.write_text(
        lesson_file.read_text()
        + '\n::: image\nimage = "chart.png"\nalt_text = ""\n:::\n'
        + '\n::: image\nimage = "missing.png"\nalt_text = "x"\n:::\n'
    )

    with pytest.raises(PackageInvalid) as read_error:
        package_read(root)
    assert [str(p) for p in read_error.value.problems] == [
        "media/media.toml: ../package.toml: file must be the name of a file in media/",
        f"{lesson_file.relative_to(root)}: {LESSONS[0]['slug']}, block {len(LESSONS[0]['body']) + 2} (image): "
        "no image 'missing.png' in media/media.toml",
    ]

    media = (root / "media" / "media.toml").read_text()
    (root / "media" / "media.toml").write_text(media[: media.index('\n[[files]]\nfile = "../')])
    lesson_file.write_text(lesson_file.read_text().replace('image = "missing.png"', 'image = "chart.png"'))
    with pytest.raises(PackageInvalid) as import_error:
        package_import(package=package_read(root))

    problems = [str(p) for p in import_error.value.problems]
    assert "media/media.toml: chart.png: not an image file this server can read" in problems
    assert any(p.startswith("media/media.toml: notes.exe: a document must be one of ") for p in problems)
    assert any(p.startswith(f"{lesson_file.relative_to(root)}: ") and "(image): alt_text:" in p for p in problems), (
        problems
    )
    assert get_image_model().objects.count() == 0 and ModulePage.objects.count() == 0


@pytest.mark.django_db
def test_a_version_1_package_still_reads_and_its_image_blocks_keep_this_instances_ids(tmp_path, media_root):
    image = get_image_model().objects.create(title="Brakes", file=get_test_image_file())
    root = tmp_path / "v1"
    shutil.copytree(DEFAULT_PACKAGE, root)
    meta = root / "package.toml"
    meta.write_text(meta.read_text().replace("version = 2", "version = 1"))
    lesson_file = next((root / "modules").glob("01-*/lessons/01-*.md"))
    lesson_file.write_text(lesson_file.read_text() + f'\n::: image\nimage = {image.pk}\nalt_text = "Brakes on"\n:::\n')

    package_import(package=package_read(root))

    figure = list(LessonPage.objects.get(slug=LESSONS[0]["slug"]).body)[-1]
    assert (figure.value["image"], figure.value["alt_text"]) == (image, "Brakes on")
