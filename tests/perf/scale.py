"""A large, reproducible data set for benchmarks (`python -m tests.perf.seed_scale`).

Everything is drawn from one `random.Random(seed)` and stamped relative to a fixed anchor date, so
the same arguments give the same rows (ids aside) on any database. Rows are written with
`bulk_create` in batches; per-row services (grading, credit award, question snapshots) are not
called, so their side effects (Wagtail search index, audit log) are skipped on purpose. The rules
are not copied: grading goes through `quizzes.scoring`, completion expiry and credit through the
pure builders of `quizzes.progress.services`, the same functions the services call.

Everything it creates is namespaced (`scale-…` slugs and keys, `@scale.occupass.test` emails), and
it refuses to run twice on one database.
"""

import datetime
import hashlib
import math
import random
import time
from dataclasses import dataclass, field
from decimal import Decimal

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, transaction

from courses.models import LessonCompletion, LessonPage, ModulePage
from lms.models import Membership, Organization, User
from lms.roles import MANAGERS
from quizzes import scoring
from quizzes.models import (
    Attempt,
    AttemptItem,
    Blueprint,
    BlueprintDomain,
    Certificate,
    CreditEntry,
    ModuleCompletion,
    Option,
    Question,
    QuestionVersion,
    Quiz,
    VersionOption,
)
from quizzes.progress.services import completion_expires_at, module_credit_entry
from quizzes.services.grading import domain_rows

ANCHOR = datetime.datetime(2026, 1, 5, 14, 0, tzinfo=datetime.UTC)
EMAIL_DOMAIN = "scale.occupass.test"
QUIZ_SLUG = "scale-practice-exam"
BLUEPRINT_NAME = "Scale benchmark blueprint (seed_scale)"
ORG_SIZE = 500
ITEMS_PER_ATTEMPT = 20
OPTIONS_PER_QUESTION = 4
PASS_MARK = 70
DOMAINS = [
    ("S1", "Domain 1: gather information", 25),
    ("S2", "Domain 2: select interventions", 35),
    ("S3", "Domain 3: implement interventions", 30),
    ("S4", "Domain 4: professional practice", 10),
]
BATCH = 2000
PASSWORD = "occupass-scale"  # noqa: S105 - benchmark accounts on a throwaway database
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


class AlreadySeeded(Exception):
    pass


@dataclass
class ScaleReport:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    heavy_learner: str = ""
    quiz_slug: str = QUIZ_SLUG


def learner_email(number: int) -> str:
    return f"learner{number:05d}@{EMAIL_DOMAIN}"


def manager_email(number: int) -> str:
    return f"manager{number:03d}@{EMAIL_DOMAIN}"


def seed_scale(*, learners: int, questions: int, attempts: int, seed: int, stdout=None) -> ScaleReport:
    """Build the data set; return counts and timings. Raises AlreadySeeded on a second run."""
    if Quiz.objects.filter(slug=QUIZ_SLUG).exists():
        raise AlreadySeeded(f"This database already holds seed_scale data (quiz {QUIZ_SLUG!r}).")
    rng = random.Random(seed)
    report = ScaleReport(heavy_learner=learner_email(1))

    def step(name, function, *args):
        started = time.perf_counter()
        result = function(*args)
        report.seconds[name] = time.perf_counter() - started
        if stdout is not None:
            stdout.write(f"  {name}: {report.seconds[name]:.1f} s")
        return result

    users = step("people", _people, rng, learners, report)
    bank = step("question bank", _bank, rng, questions, report)
    quiz = step("quiz", _quiz, bank, report)
    step("attempts", _attempts, rng, users, bank, quiz, attempts, report)
    step("progress", _progress, rng, users, report)
    step("teams and assignments", _teams_and_assignments, rng, report)
    return report


# ------------------------------------------------------------------------------------- people


def _people(rng: random.Random, learners: int, report: ScaleReport) -> list[User]:
    password = make_password(PASSWORD, salt="scaleseed")  # one hash for all: hashing 5,000 takes minutes
    org_count = max(1, math.ceil(learners / ORG_SIZE))
    with transaction.atomic():
        organizations = Organization.objects.bulk_create(
            Organization(name=f"Scale Clinic {n:03d}", slug=f"scale-clinic-{n:03d}") for n in range(1, org_count + 1)
        )
        credentials = User.Credential.values
        states = ["OH", "NY", "CA", "TX", "FL", "PA", ""]
        people = []
        for n in range(1, learners + 1):
            start = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(700))
            people.append(
                User(
                    email=learner_email(n),
                    password=password,
                    name=f"Learner {n:05d}",
                    credential=rng.choice(credentials),
                    licence_state=rng.choice(states),
                    nbcot_cycle_start=start,
                    nbcot_cycle_end=start + datetime.timedelta(days=3 * 365),
                    is_active=True,
                )
            )
        managers = [
            User(email=manager_email(n), password=password, name=f"Manager {n:03d}") for n in range(1, org_count + 1)
        ]
        User.objects.bulk_create(people + managers, batch_size=BATCH)
        memberships = [
            Membership(
                user=user,
                organization=organizations[(n - 1) // ORG_SIZE],
                role=Membership.Role.LEARNER,
                joined_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(900)),
            )
            for n, user in enumerate(people, start=1)
        ]
        memberships += [
            Membership(user=user, organization=org, role=Membership.Role.MANAGER, joined_on=datetime.date(2023, 1, 1))
            for user, org in zip(managers, organizations, strict=True)
        ]
        Membership.objects.bulk_create(memberships, batch_size=BATCH)
        group = Group.objects.filter(name=MANAGERS).first()
        if group is not None:
            User.groups.through.objects.bulk_create(
                User.groups.through(user_id=user.pk, group_id=group.pk) for user in managers
            )
    report.counts.update(organizations=org_count, learners=learners, managers=org_count, memberships=len(memberships))
    return people


# -------------------------------------------------------------------------------- question bank


@dataclass
class BankItem:
    question_id: int
    version_id: int
    domain: str
    difficulty: int
    option_ids: list[int]
    correct_id: int


def _bank(rng: random.Random, count: int, report: ScaleReport) -> list[BankItem]:
    codes = [code for code, _name, _weight in DOMAINS]
    with transaction.atomic():
        questions = [
            Question(
                key=f"scale-q-{n:05d}",
                name=f"Scale item {n:05d}",
                qtype=Question.QType.SINGLE,
                status=Question.Status.ACTIVE,
                stem=f"<p>Scale item {n}: a client recovering from hip surgery asks about step {rng.randrange(1, 9)}. "
                "What should the aide do first?</p>",
                rationale="<p>Follow the plan of care and the supervising therapist's direction.</p>",
                difficulty=rng.randint(1, 3),
                domain_code=codes[n % len(codes)],
                nbcot_style=True,
            )
            for n in range(1, count + 1)
        ]
        Question.objects.bulk_create(questions, batch_size=BATCH)
        options, correct_index = [], []
        for question in questions:
            right = rng.randrange(OPTIONS_PER_QUESTION)
            correct_index.append(right)
            options += [
                Option(
                    question=question,
                    sort_order=position,
                    text=f"Option {'ABCD'[position]} for {question.key}",
                    is_correct=position == right,
                    rationale="Correct: it follows the plan of care." if position == right else "Not first.",
                )
                for position in range(OPTIONS_PER_QUESTION)
            ]
        Option.objects.bulk_create(options, batch_size=BATCH)
        versions = [
            QuestionVersion(
                question=question,
                number=1,
                content_hash=hashlib.sha256(question.key.encode()).hexdigest(),
                qtype=question.qtype,
                stem=question.stem,
                rationale=question.rationale,
            )
            for question in questions
        ]
        QuestionVersion.objects.bulk_create(versions, batch_size=BATCH)
        version_options = [
            VersionOption(
                version=versions[index // OPTIONS_PER_QUESTION],
                source=option,
                position=option.sort_order + 1,
                text=option.text,
                is_correct=option.is_correct,
                rationale=option.rationale,
            )
            for index, option in enumerate(options)
        ]
        VersionOption.objects.bulk_create(version_options, batch_size=BATCH)
    bank = []
    for index, (question, version) in enumerate(zip(questions, versions, strict=True)):
        ids = [vo.pk for vo in version_options[index * OPTIONS_PER_QUESTION : (index + 1) * OPTIONS_PER_QUESTION]]
        bank.append(
            BankItem(
                question.pk, version.pk, question.domain_code, question.difficulty, ids, ids[correct_index[index]]
            )
        )
    report.counts.update(
        questions=count, options=len(options), versions=len(versions), version_options=len(version_options)
    )
    return bank


def _quiz(bank: list[BankItem], report: ScaleReport) -> Quiz:
    blueprint = Blueprint(name=BLUEPRINT_NAME, is_demo=True, notes="Benchmark data; not an official outline.")
    blueprint.domains = [
        BlueprintDomain(sort_order=index, code=code, name=name, weight=Decimal(weight))
        for index, (code, name, weight) in enumerate(DOMAINS)
    ]
    blueprint.save()
    quiz = Quiz.objects.create(
        title="Scale practice exam",
        slug=QUIZ_SLUG,
        kind=Quiz.Kind.PRACTICE,
        selection=Quiz.Selection.BLUEPRINT,
        blueprint=blueprint,
        draw_count=ITEMS_PER_ATTEMPT,
        pass_mark=PASS_MARK,
        time_limit_minutes=30,
        feedback_mode=Quiz.Feedback.EXAM,
    )
    report.counts["quizzes"] = 1
    return quiz


# ------------------------------------------------------------------------------------- attempts


def _attempt_owners(rng: random.Random, users: list[User], total: int) -> list[User]:
    """Who took each attempt: the first learner has a long history, the rest are spread at random."""
    heavy = min(total, max(1, total // 200), 250) if users else 0
    owners = [users[0]] * heavy
    owners += [users[rng.randrange(len(users))] for _ in range(total - heavy)]
    return owners


def _attempts(rng, users: list[User], bank: list[BankItem], quiz: Quiz, total: int, report: ScaleReport) -> None:
    names = {code: name for code, name, _weight in DOMAINS}
    ability = {user.pk: rng.uniform(0.45, 0.92) for user in users}
    numbers: dict[int, int] = {}
    item_count = 0
    owners = _attempt_owners(rng, users, total)
    for start in range(0, total, BATCH // 4):
        rows, item_rows = [], []
        for n, user in enumerate(owners[start : start + BATCH // 4], start=start):
            numbers[user.pk] = numbers.get(user.pk, 0) + 1
            started = ANCHOR - datetime.timedelta(minutes=(total - n) * 7 + rng.randrange(5))
            picks = rng.sample(bank, min(ITEMS_PER_ATTEMPT, len(bank)))
            items, results = [], []
            for position, pick in enumerate(picks, start=1):
                order = pick.option_ids[:]
                rng.shuffle(order)
                chance = ability[user.pk] - (pick.difficulty - 2) * 0.1
                answered = rng.random() < 0.97
                chosen = (pick.correct_id if rng.random() < chance else rng.choice(order)) if answered else None
                key = scoring.ItemKey(
                    qtype="single", option_ids=pick.option_ids, correct_ids=[pick.correct_id], domain=pick.domain
                )
                result = scoring.score_item(key, [chosen] if chosen else None)
                results.append((key, result))
                items.append(
                    AttemptItem(
                        position=position,
                        version_id=pick.version_id,
                        option_order=order,
                        scored=True,
                        domain_code=pick.domain,
                        selected=[chosen] if chosen else None,
                        answered_at=started + datetime.timedelta(seconds=40 * position) if chosen else None,
                        points=result.points,
                        is_correct=result.correct,
                    )
                )
            score = scoring.score_attempt(results)
            attempt = Attempt(
                user=user,
                quiz=quiz,
                number=numbers[user.pk],
                state=Attempt.State.SUBMITTED,
                seed=rng.getrandbits(62),
                started_at=started,
                deadline=started + datetime.timedelta(minutes=30),
                submitted_at=started + datetime.timedelta(minutes=rng.randrange(8, 30)),
                submit_reason=Attempt.SubmitReason.LEARNER,
                points=score.points,
                max_points=score.max_points,
                percent=score.percent,
                passed=scoring.passed(score, PASS_MARK),
                domain_scores=domain_rows(score=score, names=names),
            )
            rows.append(attempt)
            item_rows.append(items)
        with transaction.atomic():
            Attempt.objects.bulk_create(rows, batch_size=BATCH)
            flat = []
            for attempt, items in zip(rows, item_rows, strict=True):
                for item in items:
                    item.attempt_id = attempt.pk
                flat += items
            AttemptItem.objects.bulk_create(flat, batch_size=BATCH)
        item_count += len(flat)
    report.counts.update(attempts=total, attempt_items=item_count)


# ------------------------------------------------------------------------------------- progress


def _progress(rng: random.Random, users: list[User], report: ScaleReport) -> None:
    """Lesson completions for about half the learners (everything for the first one), and for each
    module finished: a completion, and when it carries CE hours a ledger entry and a certificate."""
    modules = list(ModulePage.objects.live().order_by("path"))
    lessons = {
        module.pk: list(LessonPage.objects.live().child_of(module).order_by("path").values_list("pk", flat=True))
        for module in modules
    }
    assessed = set(
        Quiz.objects.filter(kind=Quiz.Kind.ASSESSMENT, module__in=modules).values_list("module_id", flat=True)
    )
    codes: set[str] = set()
    lesson_rows, completions, finished = [], [], []
    for index, user in enumerate(users):
        if index and rng.random() >= 0.5:
            continue
        for module in modules:
            module_lessons = lessons[module.pk]
            done = len(module_lessons) if index == 0 else rng.randint(0, len(module_lessons))
            when = ANCHOR - datetime.timedelta(days=rng.randrange(1, 400), minutes=rng.randrange(600))
            lesson_rows += [
                LessonCompletion(user=user, lesson_id=pk, completed_at=when + datetime.timedelta(minutes=12 * n))
                for n, pk in enumerate(module_lessons[:done])
            ]
            if module_lessons and done == len(module_lessons):
                completed = when + datetime.timedelta(minutes=12 * done)
                completions.append(
                    ModuleCompletion(
                        user=user,
                        module=module,
                        completed_at=completed,
                        completed_on=completed.date(),
                        expires_at=completion_expires_at(module=module, completed_at=completed),
                    )
                )
                finished.append(module)
            if done < len(module_lessons):
                break  # learners work through modules in order
    entries, certificates = [], []
    with transaction.atomic():
        LessonCompletion.objects.bulk_create(lesson_rows, batch_size=BATCH)
        ModuleCompletion.objects.bulk_create(completions, batch_size=BATCH)
        for completion, module in zip(completions, finished, strict=True):
            if module.ce_contact_hours <= 0:
                continue
            entries.append(module_credit_entry(completion=completion, module=module, assessed=module.pk in assessed))
            code = "".join(rng.choices(_CODE_ALPHABET, k=12))
            while code in codes:
                code = "".join(rng.choices(_CODE_ALPHABET, k=12))
            codes.add(code)
            certificates.append(
                Certificate(
                    user_id=completion.user_id, completion=completion, code=code, issued_at=completion.completed_at
                )
            )
        CreditEntry.objects.bulk_create(entries, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
    report.counts.update(
        lesson_completions=len(lesson_rows),
        module_completions=len(completions),
        credit_entries=len(entries),
        certificates=len(certificates),
    )


# -------------------------------------------------------------------------------- assignments

TEAMS_PER_ORG = 5
EVERYONE = "All staff"
INDIVIDUAL_ASSIGNMENTS = 4


def _compliance_tables_exist() -> bool:
    try:
        models = [apps.get_model("lms", "Team"), apps.get_model("quizzes", "Assignment")]
    except LookupError:
        return False
    return {model._meta.db_table for model in models} <= set(connection.introspection.table_names())


def _teams_and_assignments(rng: random.Random, report: ScaleReport) -> None:
    """Each clinic's learners in one of five teams and in an all-staff team, and the clinic's
    assignments (`_clinic_assignments`: 20 with the demo curriculum). Skipped (with zero counts) on
    a code base that has no teams and assignments yet."""
    if not _compliance_tables_exist():
        report.counts.update(teams=0, assignments=0)
        return
    from courses.models import LearningPathPage

    team_model = apps.get_model("lms", "Team")
    team_membership_model = apps.get_model("lms", "TeamMembership")
    modules = list(ModulePage.objects.live().order_by("path"))
    paths = list(LearningPathPage.objects.live().order_by("path"))
    organizations = list(Organization.objects.filter(slug__startswith="scale-clinic-").order_by("slug"))
    with transaction.atomic():
        teams = team_model.objects.bulk_create(
            team_model(organization=org, name=name)
            for org in organizations
            for name in [*(f"Team {n}" for n in range(1, TEAMS_PER_ORG + 1)), EVERYONE]
        )
        by_org, everyone = {}, {}
        for team in teams:
            if team.name == EVERYONE:
                everyone[team.organization_id] = team
            else:
                by_org.setdefault(team.organization_id, []).append(team)
        learners = list(
            Membership.objects.filter(organization__in=organizations, role=Membership.Role.LEARNER).order_by(
                "organization_id", "user__email"
            )
        )
        links = []
        for membership in learners:
            links.append(
                team_membership_model(team=rng.choice(by_org[membership.organization_id]), membership=membership)
            )
            links.append(team_membership_model(team=everyone[membership.organization_id], membership=membership))
        team_membership_model.objects.bulk_create(links, batch_size=BATCH)
        learner_ids = {}
        for membership in learners:
            learner_ids.setdefault(membership.organization_id, []).append(membership.user_id)
        assignments = []
        for org in organizations:
            assignments += _clinic_assignments(
                rng,
                organization=org,
                everyone=everyone[org.pk],
                teams=by_org[org.pk],
                modules=modules,
                paths=paths,
                learner_ids=learner_ids.get(org.pk, []),
            )
        apps.get_model("quizzes", "Assignment").objects.bulk_create(assignments, batch_size=BATCH)
    report.counts.update(teams=len(teams), team_memberships=len(links), assignments=len(assignments))


def _clinic_assignments(rng: random.Random, *, organization, everyone, teams, modules, paths, learner_ids) -> list:
    """One clinic's assignments (the compliance matrix's columns), unsaved, set up the way a clinic
    would: the whole curriculum for all staff (onboarding due days after joining, the rest by a
    clinic-wide date, every other one yearly), two targets per team with the team's own deadline,
    and a module for a few people to redo. 6 + 2 × 5 + 4 = 20 with the demo curriculum."""
    assignment_model = apps.get_model("quizzes", "Assignment")
    targets = [*modules, *paths]

    def assign(target, *, team=None, user_id=None, after_days=None, recurrence=None):
        is_module = isinstance(target, ModulePage)
        return assignment_model(
            organization=organization,
            team=team,
            user_id=user_id,
            audience="team" if team is not None else "person",
            module=target if is_module else None,
            path=None if is_module else target,
            due_mode="after_joining" if after_days else "fixed",
            due_days=after_days,
            due_date=None if after_days else ANCHOR.date() + datetime.timedelta(days=rng.randrange(-60, 90)),
            recurrence_months=recurrence,
        )

    onboarding = paths[:1]
    rows = [
        assign(
            target,
            team=everyone,
            after_days=rng.choice([30, 60, 90]) if target in onboarding else None,
            recurrence=12 if n % 2 else None,
        )
        for n, target in enumerate(targets)
    ]
    if not modules:
        return rows
    for n, team in enumerate(teams):
        recurring = 12 if rng.random() < 0.3 else None
        rows.append(
            assign(modules[n % len(modules)], team=team, after_days=rng.choice([14, 60, 120]), recurrence=recurring)
        )
        rows.append(assign(targets[(n + 1) % len(targets)], team=team, recurrence=12 if rng.random() < 0.3 else None))
    for n, user_id in enumerate(rng.sample(learner_ids, min(INDIVIDUAL_ASSIGNMENTS, len(learner_ids)))):
        rows.append(assign(modules[n % len(modules)], user_id=user_id))
    return rows


# ---------------------------------------------------------------------------------- fingerprint


def fingerprint() -> str:
    """A digest of the seeded rows by natural keys (emails, slugs, positions), not database ids, so
    two runs with the same seed compare equal on any database."""
    digest = hashlib.sha256()
    emails = dict(User.objects.filter(email__endswith=EMAIL_DOMAIN).values_list("pk", "email"))
    keys = dict(
        QuestionVersion.objects.filter(question__key__startswith="scale-q-").values_list("pk", "question__key")
    )
    positions = dict(VersionOption.objects.filter(version_id__in=keys).values_list("pk", "position"))

    def feed(rows):
        for row in rows:
            digest.update(repr(row).encode())

    feed(
        User.objects.filter(pk__in=emails)
        .order_by("email")
        .values_list("email", "name", "credential", "licence_state", "nbcot_cycle_start")
    )
    feed(
        Membership.objects.filter(user_id__in=emails)
        .order_by("user__email")
        .values_list("user__email", "organization__slug", "role", "joined_on")
    )
    feed(
        Option.objects.filter(question__key__startswith="scale-q-")
        .order_by("question__key", "sort_order")
        .values_list("question__key", "question__difficulty", "question__domain_code", "text", "is_correct")
    )
    attempts = Attempt.objects.filter(quiz__slug=QUIZ_SLUG).order_by("user__email", "number")
    feed(attempts.values_list("user__email", "number", "started_at", "submitted_at", "percent", "passed", "seed"))
    items = AttemptItem.objects.filter(attempt__quiz__slug=QUIZ_SLUG).order_by(
        "attempt__user__email", "attempt__number", "position"
    )
    for attempt_user, number, position, version, order, selected, correct in items.values_list(
        "attempt__user_id", "attempt__number", "position", "version_id", "option_order", "selected", "is_correct"
    ).iterator(chunk_size=5000):
        feed(
            [
                (
                    emails[attempt_user],
                    number,
                    position,
                    keys[version],
                    [positions[i] for i in order],
                    [positions[i] for i in selected or []],
                    correct,
                )
            ]
        )
    feed(
        LessonCompletion.objects.filter(user_id__in=emails)
        .order_by("user__email", "lesson__path")
        .values_list("user__email", "lesson__slug", "completed_at")
    )
    feed(
        CreditEntry.objects.filter(user_id__in=emails)
        .order_by("user__email", "earned_on", "title")
        .values_list("user__email", "earned_on", "title", "contact_hours", "pdu")
    )
    feed(Certificate.objects.filter(user_id__in=emails).order_by("code").values_list("code", "user__email"))
    if _compliance_tables_exist():
        _feed_assignments(feed)
    return digest.hexdigest()


def _feed_assignments(feed) -> None:
    """Team links and assignments by natural keys, sorted in Python: the databases order NULLs
    differently."""
    team_membership_model = apps.get_model("lms", "TeamMembership")
    assignment_model = apps.get_model("quizzes", "Assignment")
    links = team_membership_model.objects.filter(team__organization__slug__startswith="scale-clinic-")
    feed(sorted(links.values_list("team__organization__slug", "team__name", "membership__user__email")))
    assignments = assignment_model.objects.filter(organization__slug__startswith="scale-clinic-").values_list(
        "organization__slug",
        "team__name",
        "user__email",
        "module__slug",
        "path__slug",
        "due_mode",
        "due_date",
        "due_days",
        "recurrence_months",
    )
    feed(sorted(assignments, key=repr))
