"""A manager's people pages under /manage/<org>/people/ (members, invitations, CSV import, roles,
deactivation, the audit log) and the invitee's page that accepts an invitation. Each manager view
checks the organization first (404 for anyone who is not its manager), parses input, calls one
service, redirects."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from lms import invitations, selectors, services
from lms.forms import InvitationAcceptForm, InviteForm, MemberRoleForm, PeopleImportForm
from lms.models import Invitation, Membership, User
from lms.sso import selectors as sso_selectors


def _context(request, organization, **context):
    return {"organization": organization, "can_manage": True, **context}


@login_required
@require_http_methods(["GET", "POST"])
def people(request, slug):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    form = InviteForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = invitations.invitation_create(
                organization=organization, invited_by=request.user, now=timezone.now(), **form.cleaned_data
            )
        except invitations.InvitationError as error:
            form.add_error("email", str(error))
        else:
            messages.success(request, f"Invitation sent to {invitation.email}.")
            return redirect("lms:people", organization.slug)
    context = _context(
        request,
        organization,
        form=form,
        import_form=PeopleImportForm(),
        members=selectors.people_list(organization=organization),
        invitations=selectors.invitations_pending(organization=organization),
        now=timezone.now(),
        roles=Membership.Role.choices,
    )
    return render(request, "lms/people.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def people_import(request, slug):
    """Upload a CSV: with any bad row nothing is imported and every error is listed with its line;
    the page then offers to import the valid rows (the file's text comes back in a hidden field)."""
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    form = PeopleImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = invitations.people_csv_import(
            organization=organization,
            text=form.cleaned_data["text"],
            invited_by=request.user,
            now=timezone.now(),
            skip_errors=form.cleaned_data["skip_errors"],
        )
        if result.imported:
            skipped = f" {len(result.errors)} rows with errors were skipped." if result.errors else ""
            messages.success(request, f"{len(result.invited)} invitations sent.{skipped}")
            return redirect("lms:people", organization.slug)
    context = _context(
        request,
        organization,
        form=form,
        result=result,
        retry=PeopleImportForm(initial={"text": form.cleaned_data.get("text", ""), "skip_errors": True})
        if result and result.rows
        else None,
    )
    return render(request, "lms/people_import.html", context, status=400 if result and result.errors else 200)


def _invitation(organization, invitation_id) -> Invitation:
    return get_object_or_404(Invitation, organization=organization, pk=invitation_id)


@login_required
@require_POST
def invitation_resend(request, slug, invitation_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    invitation = _invitation(organization, invitation_id)
    try:
        invitations.invitation_resend(invitation=invitation, actor=request.user, now=timezone.now())
    except invitations.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Invitation resent to {invitation.email}.")
    return redirect("lms:people", organization.slug)


@login_required
@require_POST
def invitation_revoke(request, slug, invitation_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    invitation = _invitation(organization, invitation_id)
    try:
        invitations.invitation_revoke(invitation=invitation, actor=request.user, now=timezone.now())
    except invitations.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Invitation to {invitation.email} revoked.")
    return redirect("lms:people", organization.slug)


def _member(organization, user_id) -> Membership:
    return get_object_or_404(
        Membership.objects.select_related("user", "organization"), organization=organization, user_id=user_id
    )


@login_required
@require_POST
def member_role(request, slug, user_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    membership = _member(organization, user_id)
    form = MemberRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a role from the list.")
    elif membership.user_id == request.user.pk and form.cleaned_data["role"] != Membership.Role.MANAGER:
        messages.error(request, "You cannot take away your own manager role; ask another manager.")
    else:
        services.membership_set_role(membership=membership, role=form.cleaned_data["role"], actor=request.user)
        messages.success(request, f"{membership.user} is now {membership.get_role_display().lower()}.")
    return redirect("lms:people", organization.slug)


@login_required
@require_POST
def member_deactivate(request, slug, user_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    membership = _member(organization, user_id)
    try:
        services.membership_deactivate(membership=membership, actor=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{membership.user} deactivated. Their records are kept.")
    return redirect("lms:people", organization.slug)


@login_required
@require_POST
def member_reactivate(request, slug, user_id):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    membership = _member(organization, user_id)
    services.membership_reactivate(membership=membership, actor=request.user)
    messages.success(request, f"{membership.user} reactivated.")
    return redirect("lms:people", organization.slug)


@login_required
def audit_log(request, slug):
    organization = selectors.organization_managed_or_404(user=request.user, slug=slug)
    page = selectors.audit_log_page(organization=organization, page_number=request.GET.get("page"))
    return render(request, "lms/audit_log.html", _context(request, organization, page=page))


# ------------------------------------------------------------------------------------ invitee


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    """The emailed link. Expired, revoked, accepted or unknown links say so; an expired one offers
    to send a new link to the invited address."""
    invitation = selectors.invitation_by_token(token=token)
    if invitation is None:
        raise Http404("This invitation link is not valid. It may have been replaced by a newer one.")
    now = timezone.now()
    state = "pending"
    if invitation.accepted_at:
        state = "accepted"
    elif invitation.revoked_at:
        state = "revoked"
    elif invitation.is_expired(now):
        state = "expired"
    existing = User.objects.filter(email__iexact=invitation.email).first()
    # An address at an organization that signs its people in through its identity provider gets
    # no password here: the invitee joins, then signs in with the organization (lms/sso).
    identity_provider = sso_selectors.password_sign_in_refused(invitation.email) if state == "pending" else None
    form = None
    if state == "pending" and existing is None and identity_provider is None:
        form = InvitationAcceptForm(request.POST or None, email=invitation.email, initial={"name": invitation.name})
    if request.method == "POST" and state == "pending" and (form is None or form.is_valid()):
        user = invitations.invitation_accept(
            invitation=invitation,
            now=now,
            password=form.cleaned_data["password1"] if form else None,
            name=form.cleaned_data["name"] if form else "",
            single_sign_on=identity_provider is not None,
        )
        if identity_provider is not None:
            messages.success(
                request,
                f"Welcome to {invitation.organization}. Sign in with {invitation.email}: "
                f"you will continue to {identity_provider.social_app.name}.",
            )
            return redirect("account_login")
        messages.success(request, f"Welcome to {invitation.organization}.")
        if form is not None or (request.user.is_authenticated and request.user.pk == user.pk):
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("lms:dashboard")
        return redirect("account_login")
    context = {
        "invitation": invitation,
        "state": state,
        "form": form,
        "existing": existing,
        "identity_provider": identity_provider,
    }
    return render(request, "lms/invitation.html", context, status=200 if state == "pending" else 410)


@require_POST
def invitation_request_new(request, token):
    """From an expired link: a new link goes to the invited address (never anywhere else)."""
    invitation = selectors.invitation_by_token(token=token)
    if invitation is None or not invitation.is_pending or not invitation.is_expired(timezone.now()):
        raise Http404("Nothing to resend.")
    invitations.invitation_resend(invitation=invitation, actor=None, now=timezone.now())
    return render(request, "lms/invitation_resent.html", {"invitation": invitation})
