"""Shape and content checks for the default curriculum data.

Plain pytest, no database: ``courses.curriculum`` reads the default course package
(courses/content/default) into plain dicts.
"""

import re
from decimal import Decimal

import pytest

from courses.curriculum import LEARNING_PATHS, MODULES

EXPECTED_SLUGS = [
    "safe-patient-transfers",
    "therapy-equipment-use",
    "hygiene-and-infection-control",
    "ethics-scope-and-confidentiality",
]
MODULE_KEYS = {
    "slug",
    "title",
    "topic",
    "summary",
    "objectives",
    "audience",
    "estimated_minutes",
    "ce_contact_hours",
    "pdu_eligible",
    "state_categories",
    "category_lessons",
    "category_contact_hours",
    "renewal_months",
    "pass_mark",
    "references",
    "lessons",
}
# A package may also name the module's CE provider (the default package does).
OPTIONAL_MODULE_KEYS = {"provider_name", "approval_number"}
LESSON_KEYS = {"slug", "title", "intro", "body"}
TOPICS = {"transfers", "equipment", "infection-control", "ethics"}
BLOCK_TYPES = {
    "heading",
    "rich_text",
    "callout",
    "procedure",
    "checklist",
    "key_terms",
    "references",
}
ACTIVITY_BLOCKS = {"procedure", "callout", "checklist"}
CALLOUT_KINDS = {"safety", "caution", "tip", "ethics"}
ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a"}
MIN_WORDS = 500

TAG_RE = re.compile(r"<[^>]*>")
TAG_NAME_RE = re.compile(r"<\s*/?\s*([a-zA-Z0-9]+)([^>]*)>")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

LESSONS = [(module, lesson) for module in MODULES for lesson in module["lessons"]]
LESSON_IDS = [f"{module['slug']}/{lesson['slug']}" for module, lesson in LESSONS]


def iter_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_strings(item)


def word_count(body):
    return sum(len(TAG_RE.sub(" ", text).split()) for _, value in body for text in iter_strings(value))


def assert_clean_html(html):
    for name, attrs in TAG_NAME_RE.findall(html):
        assert name.lower() in ALLOWED_TAGS, f"tag <{name}> not allowed in {html[:60]!r}"
        if name.lower() == "a" and attrs.strip():
            assert re.fullmatch(r'\s*href="https://[^"]+"\s*', attrs), attrs
        else:
            assert not attrs.strip(), f"attributes not allowed on <{name}>"


def assert_plain(text):
    assert isinstance(text, str) and text.strip()
    assert "<" not in text and ">" not in text, f"plain text expected: {text[:60]!r}"


def assert_reference(item):
    assert set(item) == {"citation", "url"}
    assert_plain(item["citation"])
    assert item["url"] == "" or item["url"].startswith("https://")


def test_four_modules_in_order():
    assert [module["slug"] for module in MODULES] == EXPECTED_SLUGS


@pytest.mark.parametrize("module", MODULES, ids=EXPECTED_SLUGS)
def test_module_schema(module):
    assert set(module) - OPTIONAL_MODULE_KEYS == MODULE_KEYS
    assert module["topic"] in TOPICS
    assert 3 <= len(module["objectives"]) <= 6
    assert module["audience"].strip()
    assert isinstance(module["estimated_minutes"], int) and module["estimated_minutes"] > 0
    assert Decimal(module["ce_contact_hours"]) > 0
    assert isinstance(module["pdu_eligible"], bool)
    assert module["renewal_months"] in (None, 12)
    assert module["pass_mark"] == 80
    assert module["references"]
    for item in module["references"]:
        assert_reference(item)
    assert len(module["lessons"]) >= 3
    slugs = [lesson["slug"] for lesson in module["lessons"]]
    assert len(slugs) == len(set(slugs)), "lesson slugs must be unique within a module"


def test_compliance_flags():
    by_topic = {module["topic"]: module for module in MODULES}
    assert by_topic["infection-control"]["pdu_eligible"] is False
    assert by_topic["infection-control"]["renewal_months"] == 12
    assert by_topic["ethics"]["renewal_months"] == 12
    assert by_topic["ethics"]["state_categories"] == ["ethics"]
    for topic in ("transfers", "equipment"):
        assert by_topic[topic]["pdu_eligible"] is True
        assert by_topic[topic]["renewal_months"] is None
        assert by_topic[topic]["state_categories"] == []


@pytest.mark.parametrize(("module", "lesson"), LESSONS, ids=LESSON_IDS)
def test_lesson_shape(module, lesson):
    assert set(lesson) == LESSON_KEYS
    assert SLUG_RE.match(lesson["slug"])
    assert_plain(lesson["title"])
    assert_plain(lesson["intro"])
    body = lesson["body"]
    for block in body:
        assert isinstance(block, tuple) and len(block) == 2
        assert block[0] in BLOCK_TYPES, block[0]
    assert {block_type for block_type, _ in body} & ACTIVITY_BLOCKS
    last_type, last_value = body[-1]
    assert last_type == "references"
    assert len(last_value["items"]) >= 1
    assert [block_type for block_type, _ in body].count("references") == 1


@pytest.mark.parametrize(("module", "lesson"), LESSONS, ids=LESSON_IDS)
def test_lesson_length(module, lesson):
    words = word_count(lesson["body"])
    assert words >= MIN_WORDS, f"{lesson['slug']} has {words} words"


@pytest.mark.parametrize(("module", "lesson"), LESSONS, ids=LESSON_IDS)
def test_block_values(module, lesson):
    for block_type, value in lesson["body"]:
        if block_type == "heading":
            assert set(value) == {"text", "level"}
            assert_plain(value["text"])
            assert value["level"] in ("h2", "h3")
        elif block_type == "rich_text":
            assert isinstance(value, str) and value.startswith("<")
            assert_clean_html(value)
        elif block_type == "callout":
            assert set(value) == {"kind", "title", "body"}
            assert value["kind"] in CALLOUT_KINDS
            assert_plain(value["title"])
            assert_clean_html(value["body"])
        elif block_type == "procedure":
            assert set(value) == {"title", "steps"}
            assert_plain(value["title"])
            assert value["steps"]
            for step in value["steps"]:
                assert set(step) == {"instruction", "safety_points", "common_errors"}
                assert_plain(step["instruction"])
                assert_clean_html(step["safety_points"])
                assert_clean_html(step["common_errors"])
        elif block_type == "checklist":
            assert set(value) == {"title", "items"}
            assert_plain(value["title"])
            assert value["items"]
            for item in value["items"]:
                assert_plain(item)
        elif block_type == "key_terms":
            assert set(value) == {"terms"}
            assert value["terms"]
            for term in value["terms"]:
                assert set(term) == {"term", "definition"}
                assert_plain(term["term"])
                assert_plain(term["definition"])
        elif block_type == "references":
            assert set(value) == {"items"}
            for item in value["items"]:
                assert_reference(item)


@pytest.mark.parametrize("module", MODULES, ids=EXPECTED_SLUGS)
def test_first_lesson_has_educational_caution(module):
    first_body = module["lessons"][0]["body"]
    assert any(block_type == "callout" and value["kind"] == "caution" for block_type, value in first_body)


def test_learning_paths_reference_existing_modules():
    module_slugs = {module["slug"] for module in MODULES}
    path_slugs = [path["slug"] for path in LEARNING_PATHS]
    assert path_slugs == ["new-technician-onboarding", "annual-compliance-refresher"]
    for path in LEARNING_PATHS:
        assert path["title"].strip() and path["summary"].strip()
        assert path["due_in_days"] > 0
        assert path["modules"]
        assert set(path["modules"]) <= module_slugs, path["slug"]
        assert len(path["modules"]) == len(set(path["modules"]))
