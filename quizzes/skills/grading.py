"""Pass or fail of an observation and how long passes count, pure: data in, a result out. No ORM.

The rule accreditors expect: missing a critical step fails, whatever else went well. A step that
does not apply (e.g. no footrests on this chair) is neither done nor missed. An observation with
nothing done at all is not evidence of anything and fails too.
"""

import datetime
from dataclasses import dataclass

DONE, NOT_DONE, NOT_APPLICABLE = "done", "not_done", "na"
RESULTS = (DONE, NOT_DONE, NOT_APPLICABLE)


class GradingError(ValueError):
    """The results do not fit the checklist; `str(error)` says which step."""


@dataclass(frozen=True)
class Graded:
    passed: bool
    reasons: list[str]
    steps: list[dict]


def grade(*, steps: list[dict], results: dict[str, tuple[str, str]]) -> Graded:
    """Combine the checklist's steps with the observer's result and comment for each step.

    `steps` come from `SkillsChecklistPage.step_list()`; `results` maps a step id to
    (result, comment). Every step needs a result.
    """
    rows, reasons = [], []
    for step in steps:
        result, comment = results.get(step["id"], ("", ""))
        if result not in RESULTS:
            raise GradingError(f"Step {step['number']} needs a result: done, not done or not applicable.")
        rows.append({**step, "result": result, "comment": (comment or "").strip()[:500]})
        if step["critical"] and result == NOT_DONE:
            reasons.append(f"Critical step {step['number']} not done: {step['text']}")
    if not any(row["result"] == DONE for row in rows):
        reasons.append("No step was observed done.")
    return Graded(passed=not reasons, reasons=reasons, steps=rows)


@dataclass(frozen=True)
class Qualification:
    """Where a learner stands on one checklist: passes that count now, and until when."""

    required: int
    counting: int
    qualified_on: datetime.datetime | None
    expires_at: datetime.datetime | None
    lapsed: int
    """How many valid passes have expired."""

    @property
    def qualified(self) -> bool:
        return self.qualified_on is not None

    @property
    def expired(self) -> bool:
        """Not qualified now, and passes that counted have expired: renewal is due."""
        return not self.qualified and self.lapsed > 0


def qualification(
    *, passes: list[tuple[datetime.datetime, datetime.datetime | None]], required: int, now: datetime.datetime
) -> Qualification:
    """From the learner's valid (signed, passed, not voided) observations as (observed_at,
    expires_at): qualified while at least `required` of them have not expired.

    Qualified since the day the `required`-th counting pass was observed; it lapses when the
    `required`-th longest-lasting pass expires.
    """
    counting = [(observed, expires) for observed, expires in passes if expires is None or expires > now]
    if len(counting) < required:
        return Qualification(required, len(counting), None, None, len(passes) - len(counting))
    by_observed = sorted((observed for observed, _ in counting), reverse=True)
    lasting = sorted(counting, key=lambda row: (row[1] is None, row[1] or row[0]), reverse=True)
    return Qualification(
        required=required,
        counting=len(counting),
        qualified_on=by_observed[required - 1],
        expires_at=lasting[required - 1][1],
        lapsed=len(passes) - len(counting),
    )
