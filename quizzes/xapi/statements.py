"""Building xAPI 1.0.3 statements from learning events, with the ADL vocabulary.

What a statement says, and what it never says:

- The actor is an xAPI account `{homePage: SITE_URL, name: <random id>}` (see `XapiActor`): no
  email, no name, no database id.
- A question's activity lists its choices under opaque ids, sorted by that id (never in the
  authored order, which is the answer of an ordering question), with no `correctResponsesPattern`;
  the stem and the choices' text only when XAPI_QUESTION_TEXT is on.
  The result carries the learner's `response` only. `success` is added only when the item was
  already graded as it was answered (tutor mode, where the learner saw the check at once); in exam
  mode nothing about correctness leaves before the attempt is graded, and then only the attempt's
  score does, never per-question keys or rationales.
- The attempt's statements share a `registration` (derived from the attempt), so an LRS groups the
  answers with the score; questions have the quiz as parent and the module as grouping.

Statement ids are uuid5 over the site, the event kind and primary keys (`statement_id`), so a task
run again sends the same id and the LRS keeps one statement.
"""

import datetime
import uuid
from decimal import Decimal

from django.conf import settings
from django.utils.crypto import salted_hmac

XAPI_VERSION = "1.0.3"

VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed"
VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed"
VERB_NAMES = {
    VERB_ANSWERED: "answered",
    VERB_COMPLETED: "completed",
    VERB_PASSED: "passed",
    VERB_FAILED: "failed",
}

TYPE_LESSON = "http://adlnet.gov/expapi/activities/lesson"
TYPE_MODULE = "http://adlnet.gov/expapi/activities/module"
TYPE_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
TYPE_PERFORMANCE = "http://adlnet.gov/expapi/activities/performance"

LANGUAGE = "en-US"

# The event kinds, each one statement; an attempt sends two (completed with its score, then
# passed or failed), as cmi5 separates completion from success.
LESSON_COMPLETED = "lesson-completed"
QUESTION_ANSWERED = "question-answered"
ATTEMPT_COMPLETED = "attempt-completed"
ATTEMPT_RESULT = "attempt-result"
MODULE_COMPLETED = "module-completed"
CHECKOFF_OBSERVED = "checkoff-observed"
KINDS = (LESSON_COMPLETED, QUESTION_ANSWERED, ATTEMPT_COMPLETED, ATTEMPT_RESULT, MODULE_COMPLETED, CHECKOFF_OBSERVED)


def _namespace() -> uuid.UUID:
    # Per site, so two installations writing to one LRS never share a statement id.
    return uuid.uuid5(uuid.NAMESPACE_URL, settings.SITE_URL + "/xapi")


def statement_id(kind: str, *keys) -> str:
    """The deterministic id of the statement for one event: the same event always gets the same id."""
    return str(uuid.uuid5(_namespace(), ":".join([kind, *(str(key) for key in keys)])))


def registration(attempt_id: int) -> str:
    return statement_id("attempt-registration", attempt_id)


def activity_iri(kind: str, pk) -> str:
    """A stable activity id: our primary key under the site, not a page URL a slug change would move."""
    return f"{settings.SITE_URL}/xapi/activities/{kind}/{pk}"


def extension_iri(name: str) -> str:
    return f"{settings.SITE_URL}/xapi/extensions/{name}"


def choice_id(option_pk: int) -> str:
    """An option's id in a statement: keyed with SECRET_KEY, so neither its order nor its database
    id (both of which follow the authored, correct order of an ordering question) can be read off."""
    return salted_hmac("occupass.xapi.choice", str(option_pk)).hexdigest()[:16]


def agent(actor_name) -> dict:
    return {"objectType": "Agent", "account": {"homePage": settings.SITE_URL, "name": str(actor_name)}}


def verb(iri: str) -> dict:
    return {"id": iri, "display": {LANGUAGE: VERB_NAMES[iri]}}


def activity(kind: str, pk, *, type_iri: str, name: str, description: str = "", **definition) -> dict:
    body = {"type": type_iri, "name": {LANGUAGE: name or f"{kind} {pk}"}, **definition}
    if description:
        body["description"] = {LANGUAGE: description}
    return {"objectType": "Activity", "id": activity_iri(kind, pk), "definition": body}


def module_activity(module) -> dict:
    return activity("module", module.pk, type_iri=TYPE_MODULE, name=module.title)


def quiz_activity(quiz) -> dict:
    return activity("quiz", quiz.pk, type_iri=TYPE_ASSESSMENT, name=quiz.title)


def duration(start: datetime.datetime, end: datetime.datetime) -> str:
    """ISO 8601 duration in whole seconds, as xAPI wants it (`PT95S`)."""
    return f"PT{max(0, round((end - start).total_seconds()))}S"


def context(*, parent=(), grouping=(), registration_id: str | None = None, extensions=None, instructor=None) -> dict:
    body = {"platform": settings.SITE_NAME, "language": LANGUAGE}
    if registration_id:
        body["registration"] = registration_id
    activities = {}
    if parent:
        activities["parent"] = list(parent)
    if grouping:
        activities["grouping"] = list(grouping)
    if activities:
        body["contextActivities"] = activities
    if extensions:
        body["extensions"] = extensions
    if instructor:
        body["instructor"] = instructor
    return body


def statement(*, sid: str, actor: dict, verb_iri: str, obj: dict, timestamp: str, result=None, ctx=None) -> dict:
    body = {"id": sid, "actor": actor, "verb": verb(verb_iri), "object": obj}
    if result:
        body["result"] = result
    if ctx:
        body["context"] = ctx
    body["timestamp"] = timestamp
    return body


def _number(value: Decimal | float | int) -> float | int:
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def attempt_score(attempt) -> dict | None:
    """scaled (0–1), raw points, min 0 and max points; None when nothing was scored."""
    if attempt.max_points is None or attempt.max_points <= 0 or attempt.points is None:
        return None
    scaled = Decimal(attempt.points) / Decimal(attempt.max_points)
    return {
        "scaled": _number(round(scaled, 4)),
        "raw": _number(attempt.points),
        "min": 0,
        "max": _number(attempt.max_points),
    }


# --- One builder per kind: plain functions of loaded objects, so they test without an LRS. ---


def lesson_completed(*, actor: dict, completion_id: int, lesson, module, timestamp: str) -> dict:
    return statement(
        sid=statement_id(LESSON_COMPLETED, completion_id),
        actor=actor,
        verb_iri=VERB_COMPLETED,
        obj=activity("lesson", lesson.pk, type_iri=TYPE_LESSON, name=lesson.title),
        result={"completion": True},
        ctx=context(parent=[module_activity(module)] if module is not None else ()),
        timestamp=timestamp,
    )


def question_answered(*, actor: dict, item, attempt, version, options, selected, graded: bool, timestamp: str) -> dict:
    """`options` are the version's options; `selected` the option ids the learner chose, in order.

    The stem and the options' text go out only with XAPI_QUESTION_TEXT on: the bank is the secured
    part of an exam, and an LRS is read by people who are not its authors.
    """
    with_text = settings.XAPI_QUESTION_TEXT
    choices = sorted(
        (
            {"id": choice_id(option.pk), **({"description": {LANGUAGE: option.text}} if with_text else {})}
            for option in options
        ),
        key=lambda c: c["id"],
    )
    interaction = "sequencing" if version.qtype == "ordering" else "choice"
    result = {"response": "[,]".join(choice_id(pk) for pk in selected)}
    if graded and item.is_correct is not None:
        result["success"] = bool(item.is_correct)
    quiz = attempt.quiz
    return statement(
        sid=statement_id(QUESTION_ANSWERED, item.pk, ",".join(str(pk) for pk in selected)),
        actor=actor,
        verb_iri=VERB_ANSWERED,
        obj=activity(
            "question",
            version.question_id,
            type_iri=TYPE_INTERACTION,
            name=f"Question {version.question_id}",
            description=version.stem if with_text else "",
            interactionType=interaction,
            choices=choices,
        ),
        result=result,
        ctx=context(
            registration_id=registration(attempt.pk),
            parent=[quiz_activity(quiz)],
            grouping=[module_activity(quiz.module)] if quiz.module_id else (),
            extensions={
                extension_iri("question-version"): version.number,
                extension_iri("attempt-position"): item.position,
                extension_iri("feedback-mode"): "tutor" if attempt.tutor else "exam",
            },
        ),
        timestamp=timestamp,
    )


def _attempt_context(attempt) -> dict:
    quiz = attempt.quiz
    return context(
        registration_id=registration(attempt.pk),
        grouping=[module_activity(quiz.module)] if quiz.module_id else (),
        extensions={extension_iri("attempt-number"): attempt.number, extension_iri("quiz-kind"): quiz.kind},
    )


def _attempt_result(attempt) -> dict:
    result = {"completion": True}
    score = attempt_score(attempt)
    if score:
        result["score"] = score
    if attempt.passed is not None:
        result["success"] = bool(attempt.passed)
    if attempt.submitted_at and attempt.started_at:
        result["duration"] = duration(attempt.started_at, attempt.submitted_at)
    return result


def attempt_completed(*, actor: dict, attempt, timestamp: str) -> dict:
    return statement(
        sid=statement_id(ATTEMPT_COMPLETED, attempt.pk),
        actor=actor,
        verb_iri=VERB_COMPLETED,
        obj=quiz_activity(attempt.quiz),
        result=_attempt_result(attempt),
        ctx=_attempt_context(attempt),
        timestamp=timestamp,
    )


def attempt_result(*, actor: dict, attempt, timestamp: str) -> dict | None:
    """passed or failed against the quiz's pass mark; None for an attempt without a verdict."""
    if attempt.passed is None:
        return None
    return statement(
        sid=statement_id(ATTEMPT_RESULT, attempt.pk),
        actor=actor,
        verb_iri=VERB_PASSED if attempt.passed else VERB_FAILED,
        obj=quiz_activity(attempt.quiz),
        result=_attempt_result(attempt),
        ctx=_attempt_context(attempt),
        timestamp=timestamp,
    )


def module_completed(*, actor: dict, completion, module, timestamp: str) -> dict:
    return statement(
        sid=statement_id(MODULE_COMPLETED, completion.pk),
        actor=actor,
        verb_iri=VERB_COMPLETED,
        obj=module_activity(module),
        result={"completion": True},
        ctx=context(),
        timestamp=timestamp,
    )


def checkoff_observed(*, actor: dict, observation, module, instructor: dict | None, timestamp: str) -> dict:
    """A skills check-off: passed or failed as the observer signed it; the observer is the instructor."""
    steps = observation.steps or []
    missed = observation.missed_steps()
    return statement(
        sid=statement_id(CHECKOFF_OBSERVED, observation.pk),
        actor=actor,
        verb_iri=VERB_PASSED if observation.passed else VERB_FAILED,
        obj=activity(
            "checklist", observation.checklist_id, type_iri=TYPE_PERFORMANCE, name=observation.checklist_title
        ),
        result={
            "success": bool(observation.passed),
            "completion": True,
            "extensions": {
                extension_iri("steps"): len(steps),
                extension_iri("steps-missed"): len(missed),
                extension_iri("critical-steps-missed"): sum(1 for step in missed if step.get("critical")),
            },
        },
        ctx=context(grouping=[module_activity(module)] if module is not None else (), instructor=instructor),
        timestamp=timestamp,
    )
