"""Reads for quiz pages, each in a constant number of queries.

Pages never receive the answer key before an item is graded: `Choice` objects built for an
ungraded item carry only the option text and the learner's own selection, so a template cannot
leak what it never has. `is_correct` and rationales are attached only when `reveal` is true.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, Count, Max, When
from django.shortcuts import get_object_or_404

from quizzes import scoring
from quizzes.models import Attempt, AttemptItem, QuestionVersion, Quiz, QuizItem, VersionOption
from quizzes.richtext import option_markup
from quizzes.services import deadline_for, knowledge_check_option_order
from quizzes.services.assembly import latest_versions

LEARNER_KINDS = [Quiz.Kind.ASSESSMENT, Quiz.Kind.PRACTICE, Quiz.Kind.REVIEW, Quiz.Kind.PRACTICE_SET]


@dataclass
class Choice:
    index: int  # 1-based display position; the only option reference sent to the browser
    text: str
    html: str = ""  # what the option shows (formatted form or plain text, as HTML; `option_markup`)
    selected: bool = False
    position: int | None = None  # ordering items: the position the learner gave this step
    is_correct: bool | None = None  # set only when revealed
    rationale: str = ""  # set only when revealed
    rationale_html: str = ""  # set only when revealed
    correct_position: int | None = None  # ordering items, only when revealed


@dataclass
class Question:
    item: AttemptItem
    version: QuestionVersion
    choices: list[Choice]
    revealed: bool
    answered: bool
    learner_answer: list[str] = field(default_factory=list)
    correct_answer: list[str] = field(default_factory=list)


# An option's face (its plain text and the markup learners see), per version, kept by each process.
# `option_markup` runs the sanitiser over every option, which was a tenth of a question page; a
# version is a snapshot, so its faces never change once built. The key holds the version's content
# hash as well as its id because a version that no attempt has used yet is updated in place
# (`bank.question_snapshot`), and then its hash changes with it. Only what any learner is shown
# before grading is kept here: never correctness or rationales.
_OPTION_FACES: dict[tuple[int, str], dict[int, tuple[str, str]]] = {}
_OPTION_FACES_LIMIT = 2048  # versions; a few hundred bytes each


def option_faces(version: QuestionVersion, *, options=None) -> dict[int, tuple[str, str]]:
    """{VersionOption id: (text, markup)} for `version`, from the process's memo when it has them.

    `options` are the version's options when the caller has loaded them already; otherwise they are
    read (the prefetched ones, or the text columns only) on the first request for this version."""
    key = (version.pk, version.content_hash)
    faces = _OPTION_FACES.get(key) if version.pk is not None else None
    if faces is None:
        if options is not None:
            rows = [(option.pk, option.text, option.text_html) for option in options]
        elif "options" in getattr(version, "_prefetched_objects_cache", {}):
            rows = [(option.pk, option.text, option.text_html) for option in version.options.all()]
        else:
            rows = VersionOption.objects.filter(version_id=version.pk).values_list("pk", "text", "text_html")
        faces = {pk: (text, option_markup(text=text, html=html)) for pk, text, html in rows}
        if version.pk is not None:
            if len(_OPTION_FACES) >= _OPTION_FACES_LIMIT:
                _OPTION_FACES.clear()
            _OPTION_FACES[key] = faces
    return faces


def question_for(*, item: AttemptItem, reveal: bool) -> Question:
    """Present one item; with `reveal`, attach correctness, rationales and the correct answer.

    Without `reveal` the version's options are not read at all when their faces are known
    (`option_faces`): the page gets their text and markup, and the item's `option_order` says which
    ids they are."""
    version = item.version
    by_id = {option.pk: option for option in version.options.all()} if reveal else {}
    faces = option_faces(version, options=by_id.values() if reveal else None)
    selected = list(item.selected or [])
    ordering = version.qtype == "ordering"
    choices = []
    for index, option_id in enumerate(item.option_order, start=1):
        text, markup = faces[option_id]
        choice = Choice(index=index, text=text, html=markup, selected=option_id in selected)
        if ordering and option_id in selected:
            choice.position = selected.index(option_id) + 1
        if reveal:
            option = by_id[option_id]
            choice.is_correct = option.is_correct
            choice.rationale = option.rationale
            choice.rationale_html = option_markup(text=option.rationale, html=option.rationale_html)
            choice.correct_position = option.position
        choices.append(choice)
    question = Question(item=item, version=version, choices=choices, revealed=reveal, answered=bool(selected))
    question.learner_answer = [faces[i][0] for i in selected if i in faces]
    if reveal:
        ordered = sorted(by_id.values(), key=lambda option: option.position)
        question.correct_answer = [o.text for o in ordered if ordering or o.is_correct]
    return question


# --------------------------------------------------------------------------------- quiz landing


def quiz_visible_or_404(*, slug: str) -> Quiz:
    return get_object_or_404(
        Quiz.objects.select_related("blueprint"), slug=slug, is_published=True, kind__in=LEARNER_KINDS
    )


@dataclass
class Landing:
    quiz: Quiz
    attempts: list[Attempt]
    open_attempt: Attempt | None
    item_count: int
    time_limit_minutes: int | None
    accommodated_minutes: int | None
    attempts_used: int
    attempts_left: int | None


def quiz_landing(*, quiz: Quiz, user) -> Landing:
    """What the learner needs before starting: their attempts, the size and the time they get."""
    attempts = list(
        Attempt.objects.filter(user=user, quiz=quiz).annotate(item_count=Count("items")).order_by("-number")
    )
    open_attempt = next((a for a in attempts if a.state == Attempt.State.IN_PROGRESS), None)
    if open_attempt is not None:
        item_count = open_attempt.item_count
    elif quiz.selection == Quiz.Selection.FIXED:
        item_count = QuizItem.objects.filter(quiz=quiz, question__status__in=["active", "field_test"]).count()
    else:
        item_count = (quiz.draw_count or 0) + quiz.field_test_count
    accommodated = None
    if quiz.time_limit_minutes:
        start = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        accommodated = int((deadline_for(user=user, quiz=quiz, started_at=start) - start).total_seconds() // 60)
    used = len(attempts)
    return Landing(
        quiz=quiz,
        attempts=attempts,
        open_attempt=open_attempt,
        item_count=item_count,
        time_limit_minutes=quiz.time_limit_minutes,
        accommodated_minutes=accommodated,
        attempts_used=used,
        attempts_left=None if quiz.attempts_allowed is None else max(quiz.attempts_allowed - used, 0),
    )


# ------------------------------------------------------------------------------------- attempts


def attempt_for_user_or_404(*, user, pk: int) -> Attempt:
    """The learner's own attempt; anyone else's is a 404, never a 403 that confirms it exists."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=pk, user=user, quiz__kind__in=LEARNER_KINDS)


def attempt_item_for_user(*, user, pk: int, position: int) -> AttemptItem | None:
    """The item at `position` of the learner's own attempt `pk`, with its attempt, quiz and version,
    in one query; None when there is no such item among the learner's attempts.

    The same ownership rule as `attempt_for_user_or_404`, so a page can load what it shows in one
    query instead of two; on None the caller falls back to that and `attempt_item_or_404`, which
    tell a 404 from a submitted attempt. The version's options are not loaded: see `question_for`.
    """
    try:
        return AttemptItem.objects.select_related("attempt__quiz", "version").get(
            attempt_id=pk, attempt__user=user, attempt__quiz__kind__in=LEARNER_KINDS, position=position
        )
    except AttemptItem.DoesNotExist:
        return None


def attempt_item_or_404(*, attempt: Attempt, position: int) -> AttemptItem:
    return get_object_or_404(AttemptItem.objects.select_related("version"), attempt=attempt, position=position)


@dataclass(frozen=True)
class NavEntry:
    position: int
    answered: bool
    flagged: bool


def attempt_navigator(*, attempt: Attempt) -> list[NavEntry]:
    """Every item's answered/flagged state, one query, no question content."""
    rows = (
        AttemptItem.objects.filter(attempt=attempt).order_by("position").values_list("position", "selected", "flagged")
    )
    return [NavEntry(position=p, answered=bool(selected), flagged=flagged) for p, selected, flagged in rows]


def first_open_position(entries: list[NavEntry]) -> int:
    """Where to resume: the first unanswered item, else the first."""
    return next((entry.position for entry in entries if not entry.answered), entries[0].position if entries else 1)


RESULT_FILTERS = {"all": "All questions", "incorrect": "Incorrect only", "flagged": "Flagged only"}


@dataclass
class Results:
    attempt: Attempt
    questions: list[Question]
    show_answers: bool
    domains: list[dict]
    has_domains: bool
    answered: int
    scored_items: int
    correct_items: int
    total_questions: int
    low: int
    high: int
    verdict: str
    is_review: bool
    show: str = "all"
    filters: dict = field(default_factory=lambda: RESULT_FILTERS)


def _verdict(low: int, high: int, pass_mark: int) -> str:
    """Where the pass mark lies against the score's 95% range."""
    if low >= pass_mark:
        return "above"
    if high < pass_mark:
        return "below"
    return "uncertain"


def attempt_results(*, attempt: Attempt, show: str = "all") -> Results:
    """A submitted attempt with every item; answers and rationales per the quiz's review policy.

    Every percent compared with the pass mark comes with its 95% range from the number of items
    (see `scoring.percent_range`). `show` narrows the questions listed: "incorrect" (scored and
    not fully right) or "flagged".
    """
    show = show if show in RESULT_FILTERS else "all"
    reveal = attempt.quiz.show_correct_answers
    pass_mark = attempt.quiz.pass_mark
    items = (
        AttemptItem.objects.filter(attempt=attempt)
        .select_related("version__question__lesson")
        .prefetch_related("version__options")
    )
    questions = [question_for(item=item, reveal=reveal) for item in items]
    domains = []
    for row in attempt.domain_scores:
        max_points = float(row["max_points"]) or 1.0
        low, high = scoring.percent_range(float(row["points"]) / max_points, int(row["items"]))
        domains.append(
            dict(
                row,
                label=row.get("name") or row["code"] or "Not in a blueprint domain",
                width=round(float(row["percent"])),
                low=low,
                high=high,
                verdict=_verdict(low, high, pass_mark),
            )
        )
    scored = [q for q in questions if q.item.scored]
    fraction = float(attempt.points / attempt.max_points) if attempt.max_points else 0.0
    low, high = scoring.percent_range(fraction, len(scored))
    if show == "incorrect":
        shown = [q for q in scored if not q.item.is_correct]
    elif show == "flagged":
        shown = [q for q in questions if q.item.flagged]
    else:
        shown = questions
    return Results(
        attempt=attempt,
        questions=shown,
        show_answers=reveal,
        domains=domains,
        has_domains=any(row["code"] for row in domains),
        answered=sum(q.answered for q in questions),
        scored_items=len(scored),
        correct_items=sum(bool(q.item.is_correct) for q in scored),
        total_questions=len(questions),
        low=low,
        high=high,
        verdict=_verdict(low, high, pass_mark),
        is_review=attempt.quiz.kind == Quiz.Kind.REVIEW,
        show=show,
    )


# ----------------------------------------------------------------------------- knowledge checks


def knowledge_check_quiz(*, slug: str) -> Quiz | None:
    return Quiz.objects.filter(slug=slug, kind=Quiz.Kind.KNOWLEDGE_CHECK, is_published=True).first()


def knowledge_check_questions(*, quiz: Quiz) -> list[Question]:
    """The current version of each question in the check, presented without any answer key."""
    question_ids = list(
        QuizItem.objects.filter(quiz=quiz, question__status="active")
        .order_by("sort_order", "pk")
        .values_list("question_id", flat=True)
    )
    versions = latest_versions(question_ids)
    questions = []
    for position, question_id in enumerate(question_ids, start=1):
        version = versions[question_id]
        item = AttemptItem(
            position=position, version=version, option_order=knowledge_check_option_order(quiz=quiz, version=version)
        )
        questions.append(question_for(item=item, reveal=False))
    return questions


def knowledge_check_versions(*, quiz: Quiz, version_ids: list[int]) -> dict[int, QuestionVersion]:
    """Versions the learner was shown (from the form), limited to questions of this check."""
    question_ids = QuizItem.objects.filter(quiz=quiz).values_list("question_id", flat=True)
    return {
        version.pk: version
        for version in QuestionVersion.objects.filter(
            pk__in=version_ids, question_id__in=question_ids
        ).prefetch_related("options")
    }


def attempt_item_exists(*, attempt: Attempt, position: int) -> bool:
    return AttemptItem.objects.filter(attempt=attempt, position=position).exists()


# ------------------------------------------------------------------------------ module assessments


@dataclass(frozen=True)
class AssessmentStanding:
    quiz: Quiz
    best_percent: Decimal | None
    passed: bool
    in_progress: bool


def module_assessments(*, user, module) -> list[AssessmentStanding]:
    """The module's published assessments with this learner's best score (two queries)."""
    quizzes = list(Quiz.objects.filter(module=module, kind=Quiz.Kind.ASSESSMENT, is_published=True).order_by("title"))
    standing = {}
    if quizzes and user.is_authenticated:
        standing = {
            row["quiz_id"]: row
            for row in Attempt.objects.filter(user=user, quiz__in=quizzes)
            .values("quiz_id")
            .annotate(
                best=Max("percent"),
                any_passed=Max(Case(When(passed=True, then=1), default=0)),
                any_open=Max(Case(When(state=Attempt.State.IN_PROGRESS, then=1), default=0)),
            )
        }
    return [
        AssessmentStanding(
            quiz=quiz,
            best_percent=standing.get(quiz.pk, {}).get("best"),
            passed=bool(standing.get(quiz.pk, {}).get("any_passed")),
            in_progress=bool(standing.get(quiz.pk, {}).get("any_open")),
        )
        for quiz in quizzes
    ]


def module_item_count(*, module, knowledge_check_slugs) -> int:
    """How many items a learner answers in a module: its published assessments (a drawn quiz counts
    its draw) and the knowledge checks its lessons embed. Two queries; for the credit check."""
    items = 0
    for quiz in Quiz.objects.filter(module=module, kind=Quiz.Kind.ASSESSMENT, is_published=True).annotate(
        n=Count("items")
    ):
        items += quiz.n if quiz.selection == Quiz.Selection.FIXED else (quiz.draw_count or 0)
    if knowledge_check_slugs:
        items += sum(
            Quiz.objects.filter(slug__in=knowledge_check_slugs).annotate(n=Count("items")).values_list("n", flat=True)
        )
    return items
