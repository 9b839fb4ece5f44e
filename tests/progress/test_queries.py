"""The dashboard and the transcript run the same number of queries for a learner with 1 ledger
entry and one with 200 entries and 50 practice attempts."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms import versions
from quizzes.compliance import services as compliance_services
from quizzes.models import Attempt, CreditEntry, ExternalCredit, Quiz, ReviewCard
from quizzes.progress import services
from tests.courses.factories import LearningPathPageFactory
from tests.progress.conftest import NOW, complete_lessons, complete_module, make_module
from tests.quizzes.factories import QuestionFactory, QuizFactory

pytestmark = pytest.mark.django_db

DOMAINS = [
    {"code": "D1", "name": "Collaborate", "points": "7", "max_points": "10", "percent": "70.0", "items": 10},
    {"code": "D2", "name": "Intervene", "points": "8", "max_points": "10", "percent": "80.0", "items": 10},
]
# Every page: the user (the session is cached) and the header's roles; no Wagtail user bar off the
# page tree.
PAGE_QUERIES = 2
# After a first request the header's roles come from the cache (`lms.selectors.nav_roles`).
WARM_PAGE_QUERIES = 1
# Dashboard, as listed in `learner_dashboard`: state requirement, licence renewal, ledger aggregate,
# readiness settings, practice attempts, review count, review items, certificates, memberships (with
# whether any assignment applies), the assignments (4: assignments, path modules, latest
# completions, started modules), the onboarding assignment's modules and their current completions,
# modules due again, started modules (2: completed lesson paths, completions); then the view's
# memberships. The started modules' lessons and the site the catalog URL is relative to are course
# structure, read from the structure cache (warmed by the first request). Then the open attempt
# the "continue where you left off" action resumes.
DASHBOARD_QUERIES = WARM_PAGE_QUERIES + 20
# Transcript: the ledger entries, with certificates and external credits joined; skills observations.
TRANSCRIPT_QUERIES = PAGE_QUERIES + 2


def history(user, *, entries: int, attempts: int):
    externals = ExternalCredit.objects.bulk_create(
        ExternalCredit(
            user=user, title=f"Course {n}", provider="Board", completed_on=datetime.date(2026, 1, 1),
            hours=Decimal("1"), evidence=f"evidence/{user.pk}/{n}.pdf", evidence_name="c.pdf",
            evidence_type="application/pdf",
        )
        for n in range(entries)
    )  # fmt: skip
    CreditEntry.objects.bulk_create(
        CreditEntry(
            user=user, kind="external", external=external, earned_on=datetime.date(2026, 1, 1),
            contact_hours=Decimal("1"), pdu=Decimal("1"), pdu_eligible=True,
            categories=["ethics"] if n % 2 else [], title=external.title,
        )
        for n, external in enumerate(externals)
    )  # fmt: skip
    quiz = QuizFactory(kind=Quiz.Kind.PRACTICE)
    Attempt.objects.bulk_create(
        Attempt(
            user=user, quiz=quiz, number=n + 1, state="submitted", seed=n, started_at=NOW,
            submitted_at=NOW + datetime.timedelta(minutes=n), percent=Decimal("75.0"), domain_scores=DOMAINS,
        )
        for n in range(attempts)
    )  # fmt: skip


@pytest.fixture
def learner_with_goals(learner, catalog, organization):
    learner.licence_state = "OH"
    learner.nbcot_cycle_start, learner.nbcot_cycle_end = datetime.date(2025, 1, 1), datetime.date(2027, 12, 31)
    learner.save()
    services.licence_renewal_set(user=learner, renews_on=datetime.date(2026, 6, 30))
    done = make_module(catalog, title="Done", renewal_months=1)
    started = make_module(catalog, title="Started")
    complete_module(learner, done, now=NOW - datetime.timedelta(days=60))  # expired: due again
    complete_lessons(learner, started)
    onboarding = LearningPathPageFactory(parent=catalog, modules=[done, started], required_for_onboarding=True)
    compliance_services.assignment_create(
        organization=organization, created_by=None, path=onboarding, credential="", purpose="onboarding",
        due_mode="after_joining", due_days=30,
    )  # fmt: skip
    services.review_record(user=learner, question=QuestionFactory(), correct=False, now=NOW)
    return learner


def main_of(response) -> str:
    """The page's <main>: the shell around it carries per-request tokens (CSP nonce, CSRF)."""
    html = response.content.decode()
    return html[html.index('<main id="main"') : html.index("</main>")]


@pytest.mark.parametrize(("entries", "attempts"), [(1, 1), (200, 200)], ids=["small", "large"])
def test_dashboard_query_count_is_constant(client, learner_with_goals, entries, attempts):
    history(learner_with_goals, entries=entries, attempts=attempts)
    client.force_login(learner_with_goals)
    ReviewCard.objects.update(due=NOW)
    client.get("/dashboard/")  # warm the course-structure cache
    versions.bump_users([learner_with_goals.pk])  # that request cached the body: count a miss's work

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/dashboard/")

    assert response.status_code == 200
    assert "NBCOT renewal" in response.content.decode()
    assert len(queries) == DASHBOARD_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)

    # Unchanged progress: the cached body, and only the signed-in user's row is read.
    with CaptureQueriesContext(connection) as cached:
        again = client.get("/dashboard/")
    assert main_of(again) == main_of(response)
    assert len(cached) == 1, "\n".join(q["sql"][:150] for q in cached.captured_queries)


@pytest.mark.parametrize(("entries", "attempts"), [(1, 1), (200, 50)], ids=["small", "large"])
def test_transcript_query_count_is_constant(client, learner_with_goals, entries, attempts):
    history(learner_with_goals, entries=entries, attempts=attempts)
    client.force_login(learner_with_goals)

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/progress/transcript/")

    assert response.status_code == 200
    assert len(queries) == TRANSCRIPT_QUERIES, "\n".join(q["sql"][:150] for q in queries.captured_queries)
