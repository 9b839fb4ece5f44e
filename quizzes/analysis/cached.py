"""The item-analysis report's table, cached per quiz and page.

The report reads a few tally rows per question (`selectors`), but turning a page of 50 versions
with their options into statistics and HTML (option markup, the choices tables) costs tens of
milliseconds, and the numbers change only when an attempt of the quiz is graded. So the rendered
fragment (summary, table) is cached, keyed by:

- the quiz's totals row (`QuizTally`: count, sum and sum of squares of the attempt totals, and
  when it was last rebuilt). Grading adds every attempt to it in the same transaction as the item
  and option totals (`tallies.item_tallies_add`, always one more attempt), and a rebuild recreates
  it with a new `rebuilt_at`: so the row is a version of every total the page shows. It comes
  with the quiz the chooser already loads (`quizzes_with_responses` selects it), so it costs no
  query;
- the structure generation: a quiz or question edit (title, name) starts a new one. A question
  version and its options never change once an attempt used them (`quizzes.bank`), and only used
  versions have totals;
- the page number, the time zone and the language (the "last recomputed" date).

The Wagtail chrome around it (menus, the CSRF token) and the pagination links (they copy the query
string) are rendered per request. The permission check runs before any cache read.
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.admin.paginator import WagtailPaginator

from courses import structure_cache
from quizzes.analysis.report import item_line, summary_lines
from quizzes.analysis.selectors import quiz_item_rows, quiz_item_summary
from quizzes.models import Quiz

TTL = 600  # seconds
PER_PAGE = 50


@dataclass(frozen=True)
class ReportPage:
    """One page of a quiz's report: the HTML and the paginator's page (over version numbers)."""

    html: SafeString
    page: object  # a WagtailPaginator page
    paginator: WagtailPaginator


def _tally_version(quiz: Quiz) -> tuple:
    """The quiz's totals row as loaded with the quiz (no query), or () before any attempt."""
    try:
        tally = quiz.tally
    except Quiz.tally.RelatedObjectDoesNotExist:
        return ()
    return (tally.n, tally.total, tally.total_sq, tally.rebuilt_at)


def _key(quiz: Quiz, page_number: int) -> str:
    state = (
        _tally_version(quiz),
        structure_cache.generation(),
        timezone.get_current_timezone_name(),
        get_language(),
        PER_PAGE,
        page_number,
    )
    digest = hashlib.blake2b(repr(state).encode(), digest_size=16).hexdigest()
    return f"occupass:item-analysis:{quiz.pk}:{digest}"


def _page_number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1  # as Paginator.get_page reads a missing or malformed number


def report_page(*, quiz: Quiz, page_number) -> ReportPage:
    """The report of `quiz` for one page, from the cache or computed (and then stored under the page
    actually shown, so out-of-range numbers never fill the cache)."""
    cached = cache.get(_key(quiz, _page_number(page_number)))
    if cached is not None:
        count, html = cached
        paginator = WagtailPaginator(range(count), per_page=PER_PAGE)
        return ReportPage(html=mark_safe(html), page=paginator.get_page(page_number), paginator=paginator)  # noqa: S308 - our rendered template
    report = render_report(quiz=quiz, page_number=page_number)
    cache.set(_key(quiz, report.page.number), (report.paginator.count, str(report.html)), TTL)
    return report


def render_report(*, quiz: Quiz, page_number) -> ReportPage:
    """One page of the report computed from the totals (what a cache miss stores).

    A bank-drawn exam can have a thousand versions: the page shows them in pages, so its cost
    follows the page size; the summary covers them all."""
    analysis = quiz_item_summary(quiz=quiz)
    paginator = WagtailPaginator(analysis.versions, per_page=PER_PAGE)
    page = paginator.get_page(page_number)
    rows = quiz_item_rows(quiz=quiz, versions=list(page.object_list))
    html = render_to_string(
        "quizzes/admin/analysis/report_body.html",
        {"analysis": analysis, "summary": summary_lines(analysis.summary), "items": [item_line(r) for r in rows]},
    )
    return ReportPage(html=html, page=page, paginator=paginator)
