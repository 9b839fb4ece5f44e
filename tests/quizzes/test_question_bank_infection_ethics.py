"""Schema and coverage checks for the infection-control and ethics question banks (no Django needed)."""

import re
from collections import Counter

import pytest

from quizzes.question_bank import ethics, infection_control

BANKS = {
    "infection": (infection_control, "hygiene-and-infection-control"),
    "ethics": (ethics, "ethics-scope-and-confidentiality"),
}
KEYS = {
    "key",
    "module",
    "type",
    "stem",
    "options",
    "choose_n",
    "rationale",
    "references",
    "tags",
    "difficulty",
    "domain",
    "nbcot_style",
    "audience",
}
AUDIENCES = {"aide", "cota"}
OPTION_KEYS = {"text", "correct", "rationale"}
TYPES = {"single", "multi", "truefalse", "ordering"}
DOMAINS = {"D1", "D2", "D3"}
ALLOWED_TAGS = {"p", "strong", "em", "ul", "li"}
TAG_RE = re.compile(r"</?\s*([a-zA-Z0-9]+)[^>]*>")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

ALL_ITEMS = [
    pytest.param(prefix, module, question, id=question["key"])
    for prefix, (bank, module) in BANKS.items()
    for question in bank.QUESTIONS
]


def _questions(prefix):
    return BANKS[prefix][0].QUESTIONS


def _is_nbcot_pick3(question):
    return (
        question["nbcot_style"]
        and question["type"] == "multi"
        and len(question["options"]) == 6
        and question["choose_n"] == 3
    )


@pytest.mark.parametrize("prefix", list(BANKS))
def test_bank_has_required_counts(prefix):
    questions = _questions(prefix)
    types = Counter(q["type"] for q in questions)
    nbcot = [q for q in questions if q["nbcot_style"]]

    assert len(questions) >= 32
    assert len(nbcot) >= 12
    assert {q["domain"] for q in nbcot} == DOMAINS
    assert sum(_is_nbcot_pick3(q) for q in questions) >= 4
    assert types["truefalse"] >= 3
    assert types["ordering"] >= 2
    assert set(types) <= TYPES


def test_keys_are_unique_across_both_banks():
    keys = [q["key"] for prefix in BANKS for q in _questions(prefix)]

    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_question_has_exact_schema(prefix, module, question):
    assert set(question) == KEYS
    assert re.fullmatch(rf"{prefix}-\d{{3}}", question["key"])
    assert question["module"] == module
    assert question["type"] in TYPES
    assert question["difficulty"] in {1, 2, 3}
    assert isinstance(question["nbcot_style"], bool)
    for option in question["options"]:
        assert set(option) == OPTION_KEYS
        assert isinstance(option["correct"], bool)
        assert option["text"].strip()
        assert option["rationale"].strip()


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_question_text_rationale_references_and_tags(prefix, module, question):
    stem_tags = {tag.lower() for tag in TAG_RE.findall(question["stem"])}

    assert question["stem"].strip().startswith("<p>")
    assert stem_tags <= ALLOWED_TAGS
    assert question["rationale"].strip()
    assert question["references"]
    assert all(isinstance(ref, str) and ref.strip() for ref in question["references"])
    assert question["tags"]
    assert all(SLUG_RE.match(tag) for tag in question["tags"])
    assert len(question["tags"]) == len(set(question["tags"]))


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_audience_is_tagged_and_nbcot_style_items_are_for_cotas(prefix, module, question):
    assert question["audience"] in AUDIENCES
    if question["nbcot_style"]:
        assert question["audience"] == "cota"


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_domain_is_set_only_for_nbcot_style_items(prefix, module, question):
    if question["nbcot_style"]:
        assert question["domain"] in DOMAINS
        assert question["type"] in {"single", "multi"}
    else:
        assert question["domain"] is None


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_options_match_question_type(prefix, module, question):
    options = question["options"]
    correct = sum(option["correct"] for option in options)
    texts = [option["text"] for option in options]

    assert len(texts) == len(set(texts))
    if question["type"] == "single":
        assert 3 <= len(options) <= 4
        assert correct == 1
        assert question["choose_n"] is None
    elif question["type"] == "multi":
        assert 5 <= len(options) <= 6
        assert isinstance(question["choose_n"], int)
        assert 1 < question["choose_n"] < len(options)
        assert correct == question["choose_n"]
    elif question["type"] == "truefalse":
        assert texts == ["True", "False"]
        assert correct == 1
        assert question["choose_n"] is None
    else:
        assert 4 <= len(options) <= 6
        assert correct == len(options)
        assert question["choose_n"] is None


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_nbcot_multi_items_are_six_option_pick_three(prefix, module, question):
    if question["nbcot_style"] and question["type"] == "multi":
        assert _is_nbcot_pick3(question)


def test_putty_items_only_point_to_facility_policy():
    # domain.md marks putty handling L/UNVERIFIED: the only right answer is "follow facility policy".
    putty = [q for q in infection_control.QUESTIONS if "putty" in q["tags"]]

    assert putty
    for question in putty:
        answers = [o["text"].lower() for o in question["options"] if o["correct"]]
        assert all("policy" in answer for answer in answers)
