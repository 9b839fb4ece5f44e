"""Manager and educator pages under /manage/. Each view checks the organization first (404 for
anyone who is not its manager or educator), parses input, calls one service or selector."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from lms.selectors import organizations_visible_to
from quizzes.compliance import selectors, services
from quizzes.compliance.forms import AssignmentForm, MatrixFilterForm, TeamForm, TeamMemberForm
from quizzes.compliance.report import progress_report_learners, progress_report_modules


def _base(request, organization, **context):
    return {
        "organization": organization,
        "can_manage": selectors.can_manage(user=request.user, organization=organization),
        **context,
    }


@login_required
def index(request):
    organizations = list(organizations_visible_to(user=request.user))
    if not organizations:
        raise Http404("You do not manage or teach in any organization.")
    if len(organizations) == 1:
        return redirect("compliance:matrix", organizations[0].slug)
    return render(request, "compliance/index.html", {"organizations": organizations})


def _matrix(request, organization):
    form = MatrixFilterForm(request.GET or None, teams=selectors.teams_for(organization=organization))
    filters = form.filters()
    matrix = selectors.compliance_matrix(organization=organization, today=timezone.localdate(), **filters)
    return form, filters, matrix


@login_required
def matrix(request, slug):
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    form, filters, data = _matrix(request, organization)
    page = data.page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = _base(
        request,
        organization,
        form=form,
        matrix=data,
        page=page,
        rows=_page_rows(page),
        query=query.urlencode(),
        filters=filters,
    )
    return render(request, "compliance/matrix.html", context)


def _page_rows(rows) -> list[dict]:
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


@login_required
def matrix_csv(request, slug):
    """Every row the filters select (not just one page), with the statuses the screen shows."""
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    _form, _filters, data = _matrix(request, organization)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="compliance-{organization.slug}.csv"'
    writer = csv.writer(response)
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
    return response


def _safe(value: str) -> str:
    """Neutralise spreadsheet formulas in free text (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@login_required
def person(request, slug, user_id):
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    membership = selectors.member_or_404(organization=organization, user_id=user_id)
    detail = selectors.person_detail(membership=membership, today=timezone.localdate())
    return render(request, "compliance/person.html", _base(request, organization, detail=detail, member=membership))


@login_required
@require_http_methods(["GET", "POST"])
def teams(request, slug):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    form = TeamForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            team = services.team_create(organization=organization, name=form.cleaned_data["name"])
        except services.ComplianceError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, f"Team {team.name} created.")
            return redirect("compliance:team", organization.slug, team.pk)
    context = _base(request, organization, form=form, teams=selectors.teams_for(organization=organization))
    return render(request, "compliance/teams.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def team(request, slug, team_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    team = selectors.team_or_404(organization=organization, team_id=team_id)
    form = TeamMemberForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        membership = form.cleaned_data["membership"]
        services.team_add_member(team=team, membership=membership)
        messages.success(request, f"{membership.user} added to {team.name}.")
        return redirect("compliance:team", organization.slug, team.pk)
    context = _base(request, organization, team=team, form=form, members=selectors.team_members(team=team))
    return render(request, "compliance/team.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def assignments(request, slug):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    form = AssignmentForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        try:
            assignment = services.assignment_create(
                organization=organization, created_by=request.user, **form.service_kwargs()
            )
        except services.ComplianceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"{assignment.target.title} assigned to {assignment.assignee}.")
            return redirect("compliance:assignments", organization.slug)
    context = _base(request, organization, form=form, assignments=selectors.assignments_for(organization=organization))
    return render(request, "compliance/assignments.html", context)


@login_required
def report(request, slug):
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    modules = progress_report_modules(organization=organization)
    page, learners = progress_report_learners(organization=organization, page_number=request.GET.get("page"))
    context = _base(request, organization, modules=modules, page=page, learners=learners)
    return render(request, "compliance/report.html", context)
