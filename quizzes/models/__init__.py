"""Quiz app models, split along their seams: the bank, blueprints, quizzes and attempts."""

from quizzes.models.assignments import Assignment, AssignmentReminder, ManagerDigest
from quizzes.models.attempts import Attempt, AttemptItem
from quizzes.models.blueprints import Blueprint, BlueprintDomain
from quizzes.models.credits import (
    AppendOnlyError,
    Certificate,
    CreditEntry,
    ExternalCredit,
    LicenceRenewal,
    ModuleCompletion,
    ReadinessSettings,
    ReviewCard,
    StateRequirement,
)
from quizzes.models.questions import Option, Question, QuestionTag, QuestionVersion, VersionOption
from quizzes.models.quizzes import Quiz, QuizItem
from quizzes.models.skills import Observation
from quizzes.models.tallies import ItemTally, OptionTally, QuizTally
from quizzes.xapi.models import XapiActor, XapiStatement

__all__ = [
    "Assignment",
    "AssignmentReminder",
    "ManagerDigest",
    "AppendOnlyError",
    "Certificate",
    "CreditEntry",
    "ExternalCredit",
    "LicenceRenewal",
    "ModuleCompletion",
    "Observation",
    "ReadinessSettings",
    "ReviewCard",
    "StateRequirement",
    "Attempt",
    "AttemptItem",
    "Blueprint",
    "BlueprintDomain",
    "Option",
    "Question",
    "QuestionTag",
    "QuestionVersion",
    "Quiz",
    "QuizItem",
    "ItemTally",
    "OptionTally",
    "QuizTally",
    "VersionOption",
    "XapiActor",
    "XapiStatement",
]
