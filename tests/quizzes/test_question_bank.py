"""Schema, coverage and content-safety checks for the default question bank (no database needed).

The bank is read from the default course package (courses/content/default, one questions.toml per
module). One file for all four modules: the checks the two older per-module files repeated are
written once. The rules the importer enforces (`quizzes.validation.question_problems`) are checked
for the whole package in tests/quizzes/test_coursepackage.py; these are the authoring standards on
top of them.
"""

import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from courses.content import default_package

# Key prefix -> module slug.
BANKS = {
    "transfers": "safe-patient-transfers",
    "equipment": "therapy-equipment-use",
    "infection": "hygiene-and-infection-control",
    "ethics": "ethics-scope-and-confidentiality",
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
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Every transfers and equipment item must cite at least one of the primary sources collected in
# /work/shared/domain.md (the ethics and infection items cite rules and guidance outside this list).
PRIMARY_SOURCE_BANKS = {"transfers", "equipment"}
PRIMARY_SOURCE_MARKERS = (
    "Waters TR",
    "NIOSH",
    "VHA",
    "Veterans",
    "CDC",
    "Centers for Disease Control",
    "HICPAC",
    "Environmental Protection Agency",
    "American Occupational Therapy Association",
    "NCAC",
    "NAC",
    "Wisconsin",
    "NHS",
    "manufacturer",
)

QUESTIONS = default_package().questions
ALL_ITEMS = [
    pytest.param(prefix, module, question, id=question["key"])
    for prefix, module in BANKS.items()
    for question in QUESTIONS
    if question["module"] == module
]


def _questions(prefix):
    return [question for question in QUESTIONS if question["module"] == BANKS[prefix]]


def _is_nbcot_pick3(question):
    return (
        question["nbcot_style"]
        and question["type"] == "multi"
        and len(question["options"]) == 6
        and question["choose_n"] == 3
        and sum(option["correct"] for option in question["options"]) == 3
    )


def _all_text(question):
    parts = [question["stem"], question["rationale"]]
    for option in question["options"]:
        parts += [option["text"], option["rationale"]]
    return " ".join(parts)


class _TagChecker(HTMLParser):
    """Collects tag names and checks that tags are properly nested and closed."""

    def __init__(self):
        super().__init__()
        self.tags = set()
        self.stack = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if attrs:
            self.balanced = False
        self.stack.append(tag)

    def handle_endtag(self, tag):
        self.tags.add(tag)
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False


# --- file-level checks -------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", list(BANKS))
def test_bank_is_read_from_its_module_folder(prefix):
    package = default_package()

    assert _questions(prefix)
    assert {package.file_of("question", q["key"]) for q in _questions(prefix)} == {
        next(path for item, path in package.files.items() if item == ("module", BANKS[prefix])).replace(
            "module.toml", "questions.toml"
        )
    }


@pytest.mark.parametrize("prefix", list(BANKS))
def test_bank_has_required_counts(prefix):
    questions = _questions(prefix)
    types = Counter(q["type"] for q in questions)
    nbcot = [q for q in questions if q["nbcot_style"]]
    nbcot_domains = Counter(q["domain"] for q in nbcot)

    assert len(questions) >= 32
    assert len(nbcot) >= 12
    assert set(nbcot_domains) == DOMAINS
    assert all(count >= 3 for count in nbcot_domains.values()), nbcot_domains
    assert sum(_is_nbcot_pick3(q) for q in questions) >= 4
    assert types["truefalse"] >= 3
    assert types["ordering"] >= 2
    assert set(types) <= TYPES


@pytest.mark.parametrize("prefix", list(BANKS))
def test_single_best_answer_items_mostly_have_four_options(prefix):
    singles = [q for q in _questions(prefix) if q["type"] == "single"]

    assert singles
    assert sum(len(q["options"]) == 4 for q in singles) > len(singles) / 2


def test_keys_are_unique_across_the_bank():
    keys = [q["key"] for prefix in BANKS for q in _questions(prefix)]

    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("prefix", list(BANKS))
def test_keys_are_numbered_in_order(prefix):
    numbers = [int(q["key"].rsplit("-", 1)[1]) for q in _questions(prefix)]

    assert numbers == list(range(1, len(numbers) + 1))


# --- per-item checks ---------------------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_question_has_exact_schema(prefix, module, question):
    assert set(question) == KEYS
    assert re.fullmatch(rf"{prefix}-\d{{3}}", question["key"])
    assert question["module"] == module
    assert question["type"] in TYPES
    assert question["difficulty"] in {1, 2, 3}
    assert isinstance(question["difficulty"], int)
    assert isinstance(question["nbcot_style"], bool)
    assert isinstance(question["options"], list)
    for option in question["options"]:
        assert set(option) == OPTION_KEYS
        assert isinstance(option["correct"], bool)
        assert isinstance(option["text"], str) and option["text"].strip()
        assert isinstance(option["rationale"], str) and option["rationale"].strip()
        assert "<" not in option["text"], "option text must be plain text"


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_stem_uses_only_allowed_html(prefix, module, question):
    checker = _TagChecker()
    checker.feed(question["stem"])
    checker.close()

    assert question["stem"].strip().startswith("<p>")
    assert question["stem"].strip().endswith("</p>")
    assert checker.tags <= ALLOWED_TAGS
    assert checker.balanced and not checker.stack


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_rationale_references_and_tags(prefix, module, question):
    assert isinstance(question["rationale"], str) and question["rationale"].strip()
    assert isinstance(question["references"], list) and question["references"]
    assert all(isinstance(ref, str) and ref.strip() for ref in question["references"])
    if prefix in PRIMARY_SOURCE_BANKS:
        assert any(
            marker.lower() in ref.lower() for ref in question["references"] for marker in PRIMARY_SOURCE_MARKERS
        )
    assert isinstance(question["tags"], list) and question["tags"]
    assert all(SLUG_RE.match(tag) for tag in question["tags"])
    assert len(question["tags"]) == len(set(question["tags"]))


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_audience_is_tagged_and_nbcot_style_items_are_for_cotas(prefix, module, question):
    assert question["audience"] in AUDIENCES
    if question["nbcot_style"]:
        assert question["audience"] == "cota"


@pytest.mark.parametrize(("prefix", "module", "question"), ALL_ITEMS)
def test_domain_is_set_if_and_only_if_nbcot_style(prefix, module, question):
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
def test_nbcot_multi_items_are_six_option_choose_three(prefix, module, question):
    if question["nbcot_style"] and question["type"] == "multi":
        assert _is_nbcot_pick3(question)


# --- content-safety checks ---------------------------------------------------------------------


def test_hip_precaution_items_state_no_angles_and_defer_to_the_plan():
    # domain.md marks specific hip-precaution angles UNVERIFIED: items must not state them as fact.
    items = [q for prefix in BANKS for q in _questions(prefix) if "hip-precautions" in q["tags"]]

    assert items
    for question in items:
        text = _all_text(question).lower()
        assert "°" not in text
        assert not re.search(r"\d+\s*(degree|deg\b)", text)
        correct = " ".join(o["text"].lower() for o in question["options"] if o["correct"])
        assert "plan" in correct or "otr" in correct


def test_no_item_claims_putty_can_be_disinfected_and_shared():
    # Putty handling is L/UNVERIFIED in domain.md: no correct answer may send used putty back to a shared bin.
    for prefix in BANKS:
        for question in _questions(prefix):
            for option in question["options"]:
                text = option["text"].lower()
                if option["correct"] and "putty" in text:
                    assert "shared" not in text and "bin" not in text


def test_putty_items_only_point_to_facility_policy():
    # domain.md marks putty handling L/UNVERIFIED: the only right answer is "follow facility policy".
    putty = [q for q in _questions("infection") if "putty" in q["tags"]]

    assert putty
    for question in putty:
        answers = [o["text"].lower() for o in question["options"] if o["correct"]]
        assert all("policy" in answer for answer in answers)
