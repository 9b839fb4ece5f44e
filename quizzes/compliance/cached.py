"""The compliance matrix as the page and the CSV export show it, cached per organization.

Computing the matrix reads every member, team link, assignment and completion of the organization
and works out thousands of states (about 37 CPU ms for 500 people × 20 assignments), while what it
shows changes far less often than managers open it. So the rendered fragments (the head line, the
charts, one page of the table, the pagination) and the CSV text are cached, keyed by everything
they depend on:

- the organization's progress version (`lms.versions`): every save and delete of a membership,
  team, team link, assignment, lesson or module completion, observation, attempt, credit or
  certificate of one of its members, every edit of a member's name, email or credential, and every
  reminder sent (the page shows when the last one went out) bumps it in the writer's transaction.
  The organization row is loaded by the permission check anyway, so the version costs no query,
  and a reader that sees the new version sees the new rows;
- the course structure generation (module titles, a path's modules, URLs);
- today's date, the time zone and the language (statuses change with the date only: due soon,
  overdue, expired are whole days; dates are formatted per language);
- the filters, the page number and whether the reader may manage (the "Assign training" link).

Nothing per request is cached: no CSRF token, no query string other than the normalised filters
(the CSV link and the pagination are built from those), and the permission check runs before
any cache read, with the organization's id in the key. Forms (the filters, "send a reminder")
are rendered per request around the fragments. Entries expire after `TTL`; a changed version
simply stops asking for the old ones.
"""

import csv
import datetime
import hashlib
import io
from dataclasses import dataclass
from typing import NamedTuple

from django.core.cache import cache
from django.core.paginator import Page
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from courses import structure_cache
from lms.models import Organization
from quizzes.compliance import selectors

TTL = 300  # seconds


@dataclass(frozen=True)
class MatrixView:
    """What the matrix page prints of the matrix: HTML fragments without anything per request.

    `matrix` and `page` are the computed objects when this request computed them (a cache miss),
    None when the fragments came from the cache."""

    people: int
    late_people: int
    last_reminder_at: datetime.datetime | None
    head: SafeString
    body: SafeString
    matrix: selectors.Matrix | None = None
    page: Page | None = None


def query_string(filters: dict) -> str:
    """The filters as the query string of the CSV link and the pagination (defaults left out):
    built from the validated filters, never copied from the request, so the cached links hold
    nothing the reader typed."""
    params = {"team": filters.get("team_id"), "status": filters.get("status"), "sort": filters.get("sort")}
    if params["sort"] == "name":
        params["sort"] = None
    return urlencode({name: value for name, value in params.items() if value})


def _key(name: str, organization: Organization, today: datetime.date | None, *parts) -> str:
    state = (
        organization.progress_version,
        structure_cache.generation(),
        today,
        timezone.get_current_timezone_name(),
        get_language(),
        parts,
    )
    digest = hashlib.blake2b(repr(state).encode(), digest_size=16).hexdigest()
    return f"occupass:compliance:{name}:{organization.pk}:{digest}"


class TeamChoice(NamedTuple):
    pk: int
    name: str


def matrix_teams(*, organization: Organization) -> list[TeamChoice]:
    """The organization's teams for the filter form's choices (a team rename or delete bumps the
    organization's version)."""
    key = _key("teams", organization, None)
    teams = cache.get(key)
    if teams is None:
        teams = [TeamChoice(team.pk, team.name) for team in selectors.teams_for(organization=organization)]
        cache.set(key, teams, TTL)
    return teams


def filter_fields(*, organization: Organization, form) -> SafeString:
    """The filter form's fields as HTML. A valid or empty form shows only the team names and what
    was chosen, so it is cached by those; a form with errors is rendered each time."""
    template = "compliance/includes/matrix_filter_fields.html"
    if form.is_bound and not form.is_valid():
        return render_to_string(template, {"form": form})
    chosen = tuple(form.data.get(name) for name in form.fields) if form.is_bound else None
    key = _key("filters", organization, None, chosen)
    html = cache.get(key)
    if html is None:
        html = render_to_string(template, {"form": form})
        cache.set(key, str(html), TTL)
    return mark_safe(html)  # noqa: S308 - our rendered template


def _page_number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1  # as Paginator.get_page reads a missing or malformed number


def matrix_view(
    *, organization: Organization, filters: dict, page_number, can_manage: bool, today: datetime.date | None = None
) -> MatrixView:
    """The matrix page's fragments for these filters and this page, from the cache or computed.

    Call it only after the reader's permission on `organization` is checked. An out-of-range page
    is computed and stored under the page actually shown (the last one), so junk page numbers never
    fill the cache."""
    today = today or timezone.localdate()
    parts = (filters.get("team_id"), filters.get("status"), filters.get("sort"), can_manage)
    cached = cache.get(_key("matrix", organization, today, *parts, _page_number(page_number)))
    if cached is not None:
        people, late_people, last_reminder_at, head, body = cached
        return MatrixView(
            people=people,
            late_people=late_people,
            last_reminder_at=last_reminder_at,
            head=mark_safe(head),  # noqa: S308 - our rendered templates
            body=mark_safe(body),  # noqa: S308
        )
    view = render_matrix(
        organization=organization, filters=filters, page_number=page_number, can_manage=can_manage, today=today
    )
    cache.set(
        _key("matrix", organization, today, *parts, view.page.number),
        (view.people, view.late_people, view.last_reminder_at, str(view.head), str(view.body)),
        TTL,
    )
    return view


def render_matrix(
    *, organization: Organization, filters: dict, page_number, can_manage: bool, today: datetime.date
) -> MatrixView:
    """The matrix page's fragments computed from the database (what a cache miss stores)."""
    matrix = selectors.compliance_matrix(organization=organization, today=today, **filters)
    page = matrix.page(page_number)
    context = {
        "organization": organization,
        "can_manage": can_manage,
        "filters": filters,
        "query": query_string(filters),
        "matrix": matrix,
        "page": page,
        "rows": page_rows(page),
        "shares": selectors.compliance_shares(matrix=matrix),
    }
    return MatrixView(
        people=page.paginator.count,
        late_people=matrix.late_people,
        # Sending a reminder bumps the organization's version (`services._send_reminder`).
        last_reminder_at=selectors.last_reminder_at(organization=organization) if matrix.late_people else None,
        head=render_to_string("compliance/includes/matrix_head.html", context),
        body=render_to_string("compliance/includes/matrix_body.html", context),
        matrix=matrix,
        page=page,
    )


def page_rows(rows) -> list[dict]:
    """The page's rows ready to print: name, teams, overdue count and the cells as HTML.

    A page has up to 50 × 20 cells but about a hundred distinct states (cells share them), so
    `status.html` is rendered once per distinct state rather than included once per cell. Plain
    dicts, because the template engine tries `row["name"]` before `row.name` and on an object
    that raises an exception each time."""
    template = get_template("compliance/includes/status.html")
    rendered = {}  # by id: the rows hold the states, and a frozen dataclass hashes in Python
    result = []
    for row in rows:
        cells = []
        for requirement, state in zip(row.requirements, row.states, strict=True):
            html = rendered.get(id(state))
            if html is None:
                cell = selectors.Cell(requirement, state)
                html = template.render({"status": cell.status, "label": cell.label, "note": cell.note})
                html = rendered[id(state)] = "<td>" + html + "</td>"
            cells.append(html)
        result.append(
            {
                "user_id": row.user_id,
                "name": row.name or row.email,
                "teams": ", ".join(team.name for team in row.teams),
                "late_count": row.late_count,
                "cells": mark_safe("".join(cells)),  # noqa: S308 - rendered, escaped templates
            }
        )
    return result


def matrix_csv(*, organization: Organization, filters: dict, today: datetime.date | None = None) -> str:
    """Every row the filters select (not just one page), with the statuses the screen shows, as
    CSV text; cached under the same key parts as the page."""
    today = today or timezone.localdate()
    key = _key("matrix-csv", organization, today, filters.get("team_id"), filters.get("status"), filters.get("sort"))
    text = cache.get(key)
    if text is None:
        text = render_csv(selectors.compliance_matrix(organization=organization, today=today, **filters))
        cache.set(key, text, TTL)
    return text


def render_csv(data: selectors.Matrix) -> str:
    """The CSV text of `data` (what a cache miss stores)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["Name", "Email", "Teams", "Overdue or expired"]
        + [f"{r.title} ({r.assigned_to})" for r in data.requirements]
        + [f"{r.title} ({r.assigned_to}) due" for r in data.requirements]
    )
    for row in data.rows:
        writer.writerow(
            [_safe(row.name), row.email, _safe("; ".join(team.name for team in row.teams)), row.late_count]
            + [state.label if state else "" for state in row.states]
            + [state.due_on.isoformat() if state else "" for state in row.states]
        )
    return out.getvalue()


def _safe(value: str) -> str:
    """Neutralise spreadsheet formulas in free text (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
