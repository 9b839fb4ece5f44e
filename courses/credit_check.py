"""Does a module's content support the time and CE credit it claims?

A CE auditor asks how a module's contact hours were arrived at. The answer here is a measurement,
at rates stated up front, of what a learner actually has to do:

- reading: every word of the lesson bodies at `READING_WORDS_PER_MINUTE`;
- assessment: each item the learner answers (module assessment and knowledge checks) at
  `MINUTES_PER_ITEM`;
- video: its stated duration, or, when no duration is stored, its transcript at
  `SPEAKING_WORDS_PER_MINUTE` (a transcript is required for every video block).

One contact hour is 60 minutes of such activity, and credit is claimed in quarter hours, rounded
down. Pure Python: it measures the plain curriculum dicts (tests) and the Wagtail pages' raw
StreamField data (the admin warning) alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

READING_WORDS_PER_MINUTE = 150  # careful reading of clinical text
SPEAKING_WORDS_PER_MINUTE = 150  # a narrated video's transcript, when no duration is stored
MINUTES_PER_ITEM = Decimal("1.5")  # answer one item and read its feedback; NBCOT's COTA pace is ~1.3
MINUTES_PER_CONTACT_HOUR = 60
CREDIT_STEP = Decimal("0.25")  # contact hours are claimed in quarter hours
# A claimed time may round the measured time up to the next 5 minutes, no further.
MINUTES_ROUNDING = 5

_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class ContentTime:
    """Measured minutes of learner activity, by kind."""

    reading: Decimal
    assessment: Decimal
    video: Decimal

    @property
    def total(self) -> Decimal:
        return self.reading + self.assessment + self.video

    @property
    def supported_contact_hours(self) -> Decimal:
        """Whole quarter hours of measured activity (rounded down)."""
        hours = self.total / MINUTES_PER_CONTACT_HOUR
        return (hours / CREDIT_STEP).to_integral_value(rounding=ROUND_FLOOR) * CREDIT_STEP

    @property
    def supported_minutes(self) -> int:
        """The most minutes a module may claim: the measured total, rounded up to the next 5."""
        return int(math.ceil(self.total / MINUTES_ROUNDING) * MINUTES_ROUNDING)


def content_time(*, words: int, items: int, video_minutes: Decimal | int = 0) -> ContentTime:
    """Minutes for `words` of reading, `items` assessment items and `video_minutes` of video."""
    return ContentTime(
        reading=(Decimal(words) / READING_WORDS_PER_MINUTE).quantize(Decimal("0.1")),
        assessment=MINUTES_PER_ITEM * items,
        video=Decimal(video_minutes),
    )


def text_words(html: str) -> int:
    return len(_TAG.sub(" ", html).split())


def value_words(value) -> int:
    """Words in a stored block value (strings found anywhere in it, tags removed)."""
    return sum(text_words(text) for text in _strings(value))


def _strings(value) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@dataclass(frozen=True)
class BodyMeasure:
    words: int
    video_minutes: Decimal
    knowledge_check_quizzes: tuple[str, ...]


def body_measure(blocks: Iterable) -> BodyMeasure:
    """Words to read, video minutes and the knowledge-check quiz slugs of one lesson body.

    `blocks` are (type, value) pairs (the curriculum dicts) or {"type", "value"} dicts (Wagtail's
    raw StreamField data). Video blocks count as video, not reading; a "duration_minutes" in the
    block value wins over the transcript estimate. Knowledge checks are returned for the caller to
    count, since their items live in the database.
    """
    words, video, checks = 0, Decimal(0), []
    for block in blocks:
        block_type, value = (block["type"], block["value"]) if isinstance(block, dict) else block
        if block_type == "video":
            value = value or {}
            if value.get("duration_minutes"):
                video += Decimal(str(value["duration_minutes"]))
            else:
                spoken = text_words(value.get("transcript") or "")
                video += (Decimal(spoken) / SPEAKING_WORDS_PER_MINUTE).quantize(Decimal("0.1"))
        elif block_type == "knowledge_check":
            if isinstance(value, dict) and value.get("quiz"):
                checks.append(str(value["quiz"]))
        elif block_type in ("image", "document"):
            # Alt text is not read by sighted learners; a caption or description is.
            value = value or {}
            words += text_words(value.get("caption") or "") + text_words(value.get("description") or "")
        else:
            words += sum(text_words(text) for text in _strings(value))
    return BodyMeasure(words=words, video_minutes=video, knowledge_check_quizzes=tuple(checks))


def curriculum_module_time(module: dict, *, items: int, lessons: Iterable[str] | None = None) -> ContentTime:
    """Measured time of a `courses.curriculum` module dict whose assessment has `items` items.

    With `lessons` (slugs), only those lessons are measured, and the assessment is counted in
    proportion to their share of the module's reading: the time behind a category claim.
    """
    measures = {lesson["slug"]: body_measure(lesson["body"]) for lesson in module["lessons"]}
    chosen = [measures[slug] for slug in lessons] if lessons is not None else list(measures.values())
    words = sum(m.words for m in chosen)
    all_words = sum(m.words for m in measures.values()) or 1
    share = Decimal(words) / Decimal(all_words)
    time = content_time(words=words, items=0, video_minutes=sum((m.video_minutes for m in chosen), Decimal(0)))
    return ContentTime(reading=time.reading, assessment=MINUTES_PER_ITEM * items * share, video=time.video)


def claim_problems(*, claimed_minutes: int, claimed_contact_hours: Decimal, content: ContentTime) -> list[str]:
    """Why the claim is more than the content supports; empty when it is honest."""
    problems = []
    measured = f"{content.total:.0f} minutes of measured activity ({_breakdown(content)})"
    if claimed_minutes > content.supported_minutes:
        problems.append(
            f"It claims {claimed_minutes} minutes, but has {measured}; claim at most {content.supported_minutes}."
        )
    if Decimal(claimed_contact_hours) > content.supported_contact_hours:
        problems.append(
            f"It claims {Decimal(claimed_contact_hours).normalize()} contact hours, but has {measured}, which "
            f"supports {content.supported_contact_hours} (60 minutes per contact hour, in quarter hours)."
        )
    return problems


def _breakdown(content: ContentTime) -> str:
    parts = [
        f"{content.reading:.0f} min reading at {READING_WORDS_PER_MINUTE} words a minute",
        f"{content.assessment:.0f} min of assessment items at {MINUTES_PER_ITEM} min each",
    ]
    if content.video:
        parts.append(f"{content.video:.0f} min of video")
    return ", ".join(parts)
