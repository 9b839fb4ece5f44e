"""Quiz state changes. Each function owns one change, in a transaction, with keyword-only args.

Split by seam: `attempts` (the attempt engine), `assembly` (which items an attempt delivers, in what
order), `grading` (rows to pure scoring rules), `knowledge` (inline knowledge checks).
"""

from quizzes.services.attempts import (
    AnswerRefused,
    AttemptClosed,
    AttemptError,
    AttemptExpired,
    StartRefused,
    attempt_answer,
    attempt_expire_if_due,
    attempt_flag,
    attempt_start,
    attempt_submit,
    attempts_expire_due,
    deadline_for,
)
from quizzes.services.knowledge import knowledge_check_option_order, knowledge_check_record

__all__ = [
    "AnswerRefused",
    "AttemptClosed",
    "AttemptError",
    "AttemptExpired",
    "StartRefused",
    "attempt_answer",
    "attempt_expire_if_due",
    "attempt_flag",
    "attempt_start",
    "attempt_submit",
    "attempts_expire_due",
    "deadline_for",
    "knowledge_check_option_order",
    "knowledge_check_record",
]
