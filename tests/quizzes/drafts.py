"""Question drafts for tests: valid by default, every field overridable."""

from quizzes.bank import question_create
from quizzes.validation import OptionDraft, QuestionDraft

_OPTIONS = {
    "single": [("Lock the brakes", True), ("Lift the client", False), ("Pull on the arm", False)],
    "multi": [("A", True), ("B", True), ("C", True), ("D", False), ("E", False), ("F", False)],
    "truefalse": [("True", True), ("False", False)],
    "ordering": [("Lock brakes", True), ("Stand", True), ("Pivot", True), ("Sit", True)],
}


def options(pairs):
    return [OptionDraft(text, correct, f"Why {text}.") for text, correct in pairs]


def draft(qtype="single", **overrides) -> QuestionDraft:
    values = {
        "name": f"A {qtype} question",
        "qtype": qtype,
        "stem": f"<p>Stem of the {qtype} question</p>",
        "options": options(_OPTIONS[qtype]),
        "rationale": "<p>Overall rationale.</p>",
        "choose_n": 3 if qtype == "multi" else None,
        "tags": ["transfers"],
    }
    values.update(overrides)
    return QuestionDraft(**values)


def make_question(qtype="single", *, status="active", **overrides):
    return question_create(draft=draft(qtype, **overrides), status=status)
