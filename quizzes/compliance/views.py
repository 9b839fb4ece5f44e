"""Manager and educator pages under /manage/. Each view checks the organization first (404 for
anyone who is not its manager or educator), parses input, calls one service or selector."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_tasks import TaskResultStatus

from lms.selectors import organizations_visible_to
from quizzes.compliance import cached, selectors, services
from quizzes.compliance.forms import (
    AssignmentEditForm,
    AssignmentForm,
    MatrixFilterForm,
    RemindForm,
    TeamForm,
    TeamMemberForm,
)
from quizzes.compliance.report import progress_report_learners, progress_report_modules
from quizzes.compliance.tasks import send_reminders_now_task


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


def _filters(request, organization):
    form = MatrixFilterForm(request.GET or None, teams=cached.matrix_teams(organization=organization))
    return form, form.filters()


@login_required
def matrix(request, slug):
    """The permission check (and the organization's progress version) first; then the matrix's
    fragments, cached (`cached.matrix_view`), inside the filter and reminder forms rendered now."""
    organization, can_manage = selectors.organization_read_or_404(user=request.user, slug=slug)
    form, filters = _filters(request, organization)
    view = cached.matrix_view(
        organization=organization, filters=filters, page_number=request.GET.get("page"), can_manage=can_manage
    )
    context = {
        "organization": organization,
        "can_manage": can_manage,
        "form": form,
        "filter_fields": cached.filter_fields(organization=organization, form=form),
        "filters": filters,
        "matrix_view": view,
        "matrix": view.matrix,  # computed objects on a cache miss only (tests read them)
        "page": view.page,
        "last_reminder_at": view.last_reminder_at,
    }
    return render(request, "compliance/matrix.html", context)


@login_required
def matrix_csv(request, slug):
    """Every row the filters select (not just one page), with the statuses the screen shows."""
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    _form, filters = _filters(request, organization)
    response = HttpResponse(
        cached.matrix_csv(organization=organization, filters=filters), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="compliance-{organization.slug}.csv"'
    return response


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
            team = services.team_create(organization=organization, name=form.cleaned_data["name"], actor=request.user)
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
    action = request.POST.get("action", "add")
    form = TeamMemberForm(request.POST if action == "add" else None, organization=organization)
    rename = TeamForm(request.POST if action == "rename" else None, initial={"name": team.name}, prefix="rename")
    if request.method == "POST" and action == "add" and form.is_valid():
        membership = form.cleaned_data["membership"]
        services.team_add_member(team=team, membership=membership, actor=request.user)
        messages.success(request, f"{membership.user} added to {team.name}.")
        return redirect("compliance:team", organization.slug, team.pk)
    if request.method == "POST" and action == "rename" and rename.is_valid():
        try:
            services.team_rename(team=team, name=rename.cleaned_data["name"], actor=request.user)
        except services.ComplianceError as error:
            rename.add_error("name", str(error))
        else:
            messages.success(request, f"Team renamed to {team.name}.")
            return redirect("compliance:team", organization.slug, team.pk)
    context = _base(
        request, organization, team=team, form=form, rename=rename, members=selectors.team_members(team=team)
    )
    return render(request, "compliance/team.html", context)


@login_required
@require_POST
def team_remove_member(request, slug, team_id, user_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    team = selectors.team_or_404(organization=organization, team_id=team_id)
    membership = selectors.member_or_404(organization=organization, user_id=user_id)
    services.team_remove_member(team=team, membership=membership, actor=request.user)
    messages.success(request, f"{membership.user} removed from {team.name}.")
    return redirect("compliance:team", organization.slug, team.pk)


@login_required
@require_http_methods(["GET", "POST"])
def team_delete(request, slug, team_id):
    """GET asks; POST deletes (a team with members or assignments needs the confirmation box)."""
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    team = selectors.team_or_404(organization=organization, team_id=team_id)
    error = ""
    if request.method == "POST":
        try:
            services.team_delete(team=team, actor=request.user, confirmed=bool(request.POST.get("confirm")))
        except services.ComplianceError as refusal:
            error = str(refusal)
        else:
            messages.success(request, f"Team {team.name} deleted.")
            return redirect("compliance:teams", organization.slug)
    context = _base(
        request,
        organization,
        team=team,
        error=error,
        member_count=team.team_memberships.count(),
        assignment_count=team.assignments.count(),
    )
    return render(request, "compliance/team_delete.html", context, status=400 if error else 200)


def _assignment_saved(request, form, save):
    """Call `save()`; a refusal becomes a form error, a past due date also shows the confirmation."""
    try:
        return save()
    except services.PastDueDate as error:
        form.add_error("due_date", str(error))
        form.needs_confirmation = True
    except services.ComplianceError as error:
        form.add_error(None, str(error))
    return None


@login_required
@require_http_methods(["GET", "POST"])
def assignments(request, slug):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    form = AssignmentForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        assignment = _assignment_saved(
            request,
            form,
            lambda: services.assignment_create(
                organization=organization, created_by=request.user, **form.service_kwargs()
            ),
        )
        if assignment is not None:
            messages.success(request, f"{assignment.target.title} assigned to {assignment.assignee}.")
            return redirect("compliance:assignments", organization.slug)
    listing = selectors.assignments_listing(organization=organization)
    context = _base(request, organization, form=form, **listing)
    return render(request, "compliance/assignments.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def assignment_edit(request, slug, assignment_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    assignment = selectors.assignment_or_404(organization=organization, assignment_id=assignment_id)
    form = AssignmentEditForm.for_assignment(assignment, request.POST or None)
    if request.method == "POST" and form.is_valid():
        saved = _assignment_saved(
            request,
            form,
            lambda: services.assignment_update(assignment=assignment, actor=request.user, **form.due_kwargs()),
        )
        if saved is not None:
            messages.success(request, f"{assignment.target.title} for {assignment.assignee} updated.")
            return redirect("compliance:assignments", organization.slug)
    context = _base(request, organization, form=form, assignment=assignment)
    return render(request, "compliance/assignment_edit.html", context)


@login_required
@require_POST
def assignment_end(request, slug, assignment_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    assignment = selectors.assignment_or_404(organization=organization, assignment_id=assignment_id)
    services.assignment_end(assignment=assignment, actor=request.user)
    messages.success(request, f"{assignment.target.title} for {assignment.assignee} ended. It stays in the history.")
    return redirect("compliance:assignments", organization.slug)


@login_required
@require_http_methods(["GET", "POST"])
def assignment_delete(request, slug, assignment_id):
    """GET asks for confirmation (and says when only ending is possible); POST deletes."""
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    assignment = selectors.assignment_or_404(organization=organization, assignment_id=assignment_id)
    error = ""
    if request.method == "POST":
        try:
            services.assignment_delete(assignment=assignment, actor=request.user)
        except services.ComplianceError as refusal:
            error = str(refusal)
        else:
            messages.success(request, f"{assignment.target.title} for {assignment.assignee} deleted.")
            return redirect("compliance:assignments", organization.slug)
    has_progress = bool(error) or selectors.assignment_has_progress(assignment=assignment)
    context = _base(request, organization, assignment=assignment, error=error, has_progress=has_progress)
    return render(request, "compliance/assignment_delete.html", context, status=409 if error else 200)


@login_required
@require_POST
def remind(request, slug):
    """Send a reminder now: to one person for one assignment, or to everyone overdue."""
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    form = RemindForm(request.POST)
    if not form.is_valid():
        raise Http404("Nothing to remind.")
    ids = form.cleaned_data
    result = send_reminders_now_task.enqueue(
        organization_id=organization.pk,
        actor_id=request.user.pk,
        assignment_id=ids["assignment"],
        user_id=ids["user"],
    )
    sent = result.return_value if result.status == TaskResultStatus.SUCCESSFUL else None
    if sent is None:
        messages.success(request, "Reminders are being sent.")
    elif sent:
        messages.success(request, f"{sent} reminder{'s' if sent != 1 else ''} sent.")
    else:
        messages.info(request, "No reminder sent: nobody matching is due, or they were reminded today already.")
    back = ids["next"]
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("compliance:matrix", organization.slug)


@login_required
def report(request, slug):
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    modules = progress_report_modules(organization=organization)
    page, learners = progress_report_learners(organization=organization, page_number=request.GET.get("page"))
    context = _base(request, organization, modules=modules, page=page, learners=learners)
    return render(request, "compliance/report.html", context)
