"""The rules every question in the bank keeps, as plain Python (no ORM).

The admin form, the importer and the demo seeder all check drafts with `question_problems`, so
the bank never holds a question its own editor would refuse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

# How many options each type takes (inclusive); None = no upper bound.
OPTION_COUNTS = {
    "single": (3, 6),
    "multi": (3, 6),
    "truefalse": (2, 2),
    "ordering": (3, None),
}
NBCOT_MULTI_OPTIONS = (5, 6)
# Items graded by Moodle's weights follow Moodle's looser rules: a single-answer item may have
# 2 options, and a multi-response item may have just one correct option.
WEIGHTED_MIN_OPTIONS = 2
MISSING_RATIONALE = "No rationale provided in the imported file."


@dataclass
class OptionDraft:
    text: str
    is_correct: bool
    rationale: str
    fraction: Decimal | None = None  # Moodle's weight, -1..1; None: right or wrong only
    text_html: str = ""  # formatted form of `text` (sanitised HTML), when it has formatting
    rationale_html: str = ""  # formatted form of `rationale`


@dataclass
class QuestionDraft:
    """Everything needed to create a question, before it touches the database."""

    name: str
    qtype: str
    stem: str
    options: list[OptionDraft]
    rationale: str
    choose_n: int | None = None
    references: str = ""
    difficulty: int = 2
    domain_code: str = ""
    nbcot_style: bool = False
    tags: list[str] = field(default_factory=list)
    key: str | None = None
    idnumber: str = ""


@dataclass(frozen=True)
class Problem:
    """`target` is "choose_n", "options" (the option list as a whole), or ("options", index, field)."""

    target: str | tuple
    message: str


def _count_range(low: int, high: int | None) -> str:
    if high is None:
        return f"at least {low}"
    return f"exactly {low}" if low == high else f"{low}–{high}"


def is_weighted(options: list[OptionDraft]) -> bool:
    """True when the options carry Moodle weights (an imported item)."""
    return any(option.fraction is not None for option in options)


def question_problems(
    *, qtype: str, choose_n: int | None, options: list[OptionDraft], nbcot_style: bool = False
) -> list[Problem]:
    """Why a question with these options cannot be saved; empty when it can.

    single and true/false: exactly one correct option; multi: exactly `choose_n` correct, 3–6
    options (5–6 for NBCOT-style items); ordering: at least 3 steps, whose authoring order is the
    answer; every option has text and its own rationale. Items with Moodle weights (see
    `is_weighted`) may, as in Moodle, be single-answer with 2 options or multi with 1 correct.
    """
    problems: list[Problem] = []
    if qtype not in OPTION_COUNTS:
        return [Problem("qtype", f"Unknown question type {qtype!r}.")]
    low, high = OPTION_COUNTS[qtype]
    weighted = is_weighted(options)
    if weighted and qtype in ("single", "multi"):
        low = WEIGHTED_MIN_OPTIONS
    label = "NBCOT-style multi-select" if qtype == "multi" and nbcot_style else _TYPE_LABELS[qtype]
    if qtype == "multi" and nbcot_style:
        low, high = NBCOT_MULTI_OPTIONS
    count = len(options)
    if count < low or (high is not None and count > high):
        problems.append(
            Problem("options", f"{label} questions need {_count_range(low, high)} options; this one has {count}.")
        )

    correct = sum(1 for option in options if option.is_correct)
    if qtype in ("single", "truefalse") and correct != 1:
        problems.append(
            Problem("options", f"{label} questions need exactly one correct option; {correct} marked correct.")
        )
    if qtype == "multi":
        if not choose_n:
            problems.append(Problem("choose_n", "Say how many options the learner must choose."))
        elif choose_n < 2 and not weighted:
            problems.append(Problem("choose_n", "A multi-select question asks for at least 2 options."))
        elif choose_n >= count >= low:
            problems.append(
                Problem("choose_n", f"Choose {choose_n} needs more than {choose_n} options; this one has {count}.")
            )
        elif correct != choose_n:
            problems.append(
                Problem(
                    "options", f"Exactly {choose_n} options must be marked correct (choose {choose_n}); {correct} are."
                )
            )
    elif choose_n:
        problems.append(Problem("choose_n", "Only multi-select questions have a number to choose; leave it empty."))

    for index, option in enumerate(options):
        if not option.text.strip():
            problems.append(Problem(("options", index, "text"), f"Option {index + 1} has no text."))
        if not option.rationale.strip():
            problems.append(Problem(("options", index, "rationale"), f"Option {index + 1} has no rationale."))
    return problems


_TYPE_LABELS = {
    "single": "Single-best-answer",
    "multi": "Multi-select",
    "truefalse": "True/false",
    "ordering": "Ordering",
}


# ------------------------------------------------------------------------------ answer cues


@dataclass(frozen=True)
class CueItem:
    """What the cue check needs from one question: its type and, per option, length and key."""

    key: str
    qtype: str
    lengths: tuple[int, ...]
    correct: tuple[bool, ...]


# How far above chance a count may rise before it is a cue: 2 standard deviations (about a 1 in 40
# chance of a false alarm for one test).
CUE_Z = 2.0


def _chance(probabilities: list[float]) -> tuple[float, float]:
    """Mean and standard deviation of a count of independent events with these probabilities."""
    mean = sum(probabilities)
    return mean, math.sqrt(sum(p * (1 - p) for p in probabilities))


def bank_cue_problems(items: list[CueItem], *, label: str = "This bank") -> list[str]:
    """Test-wise cues in a bank: answers a learner could pick without knowing the content.

    - the key is the longest option (strictly) in more single-answer items than chance allows;
    - stored key positions are skewed: some position holds the key of single-answer items, or one
      of the keys of multi-select items, more often than chance allows (e.g. every key stored first,
      every pick-3 key at A, B and C).

    Chance: a single-answer item with n options has its key longest, or at a given position, with
    probability 1/n; a multi-select item choosing k of n has a key at a given position with
    probability k/n. A count more than `CUE_Z` standard deviations above its chance mean is flagged.
    True/false and ordering items are left out: their stored order is fixed by their format.
    """
    problems = []
    singles = [item for item in items if item.qtype == "single" and len(item.lengths) >= 3]
    if singles:
        longest = [
            item.key
            for item in singles
            if sum(item.correct) == 1
            and (key_length := item.lengths[item.correct.index(True)]) > 0
            and all(
                length < key_length for length, correct in zip(item.lengths, item.correct, strict=True) if not correct
            )
        ]
        mean, sd = _chance([1 / len(item.lengths) for item in singles])
        if len(longest) > mean + CUE_Z * sd:
            problems.append(
                f"{label}: the key is the longest option in {len(longest)} of {len(singles)} single-answer items; "
                f"chance would give about {mean:.0f} (flagged above {mean + CUE_Z * sd:.0f}). "
                f"Items: {', '.join(longest)}."
            )
    for qtype, noun in (("single", "single-answer"), ("multi", "multi-select")):
        group = [item for item in items if item.qtype == qtype and item.lengths]
        if not group:
            continue
        width = max(len(item.lengths) for item in group)
        for position in range(width):
            having = [item for item in group if position < len(item.lengths)]
            count = sum(item.correct[position] for item in having)
            mean, sd = _chance([sum(item.correct) / len(item.lengths) for item in having])
            if count > mean + CUE_Z * sd:
                problems.append(
                    f"{label}: option {chr(ord('A') + position)} is stored as a key in {count} of {len(having)} "
                    f"{noun} items; chance would give about {mean:.0f} (flagged above {mean + CUE_Z * sd:.0f}). "
                    "Shuffle where the keys are stored."
                )
    return problems


def cue_item_from_bank(item: dict) -> CueItem:
    """A `quizzes.question_bank` dict as a CueItem."""
    return CueItem(
        key=item["key"],
        qtype=item["type"],
        lengths=tuple(len(option["text"]) for option in item["options"]),
        correct=tuple(bool(option["correct"]) for option in item["options"]),
    )
