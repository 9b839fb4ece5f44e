"""Skills check-off pages: the learner's own checklists with their QR code, the observer's
people search, the observation form (signed by re-authenticating) and an observation record.

Views parse input, call one service or selector, and render or redirect. Another clinic's
people and observations answer 404, never 403, so they are not even confirmed to exist.
"""

import time

import segno
from allauth.account import app_settings as account_settings
from allauth.account.authentication import get_authentication_records
from allauth.core.exceptions import ReauthenticationRequired
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from courses.models import SkillsChecklistPage
from lms.models import Membership
from quizzes.compliance import selectors as compliance_selectors
from quizzes.models import Observation
from quizzes.skills import selectors, services
from quizzes.skills.forms import ObservationForm, PeopleSearchForm

# The reauthentication record a signature used; the next signature needs a newer one.
SIGNATURE_SESSION_KEY = "skills_signature_at"


@login_required
def mine(request):
    """The learner's checklists: status, missed steps with the lesson that teaches each, history,
    and a QR code per clinic for an observer to scan."""
    now = timezone.now()
    standings = selectors.standings_for(user=request.user, checklists=selectors.live_checklists(), now=now)
    memberships = list(request.user.memberships.select_related("organization"))
    codes = [
        {
            "membership": membership,
            "url": url,
            "svg": mark_safe(segno.make(url, error="m").svg_inline(scale=5, title="QR code")),  # noqa: S308 - segno's own SVG
        }
        for membership in memberships
        for url in [request.build_absolute_uri(reverse("skills:observe-person", args=[membership.pk]))]
    ]
    can_observe = selectors.observer_memberships(user=request.user).exists()
    return render(
        request,
        "skills/mine.html",
        {"standings": standings, "codes": codes, "can_observe": can_observe},
    )


@login_required
def observe_search(request):
    """Find a person of the observer's clinics by name or email (404 for non-observers)."""
    if not selectors.observer_memberships(user=request.user).exists():
        raise Http404("You do not observe anyone.")
    form = PeopleSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    people = selectors.people_search(observer=request.user, query=query)
    return render(request, "skills/observe_search.html", {"form": form, "query": query, "people": people})


@login_required
def observe_person(request, membership_id):
    """One person's checklists, with what the observer may sign (the QR code lands here)."""
    learner, own = selectors.observed_member_or_404(observer=request.user, membership_id=membership_id)
    checklists = selectors.live_checklists()
    standings = selectors.standings_for(user=learner.user, checklists=checklists, now=timezone.now())
    rows = [
        {"standing": standing, "basis": selectors.observer_basis(membership=own, checklist=standing.checklist)}
        for standing in standings
    ]
    return render(request, "skills/observe_person.html", {"learner": learner, "rows": rows})


def _signature(request) -> str:
    """How the observer just re-authenticated, for this one signature; raise
    ReauthenticationRequired (allauth keeps the POST and replays it afterwards) when they have
    not done so since their last signature or within allauth's reauthentication timeout."""
    records = [r for r in get_authentication_records(request, request.user) if r.get("reauthenticated")]
    if records:
        latest = records[-1]
        fresh = time.time() - latest["at"] < account_settings.REAUTHENTICATION_TIMEOUT
        if fresh and request.session.get(SIGNATURE_SESSION_KEY) != latest["at"]:
            request.session[SIGNATURE_SESSION_KEY] = latest["at"]
            method = latest.get("method", "password")
            return f"{method}:{latest['type']}" if latest.get("type") else method
    raise ReauthenticationRequired()


@login_required
@require_http_methods(["GET", "POST"])
def observe_form(request, membership_id, checklist_id):
    learner, own = selectors.observed_member_or_404(observer=request.user, membership_id=membership_id)
    checklist = get_object_or_404(SkillsChecklistPage.objects.live(), pk=checklist_id)
    basis = selectors.observer_basis(membership=own, checklist=checklist)
    if not basis:
        raise Http404("You may not sign this checklist.")
    voids = None
    # From the query on GET, from a hidden field on POST: allauth replays a POST after the
    # password only when its path (without query) is the one it returns to.
    voids_id = request.POST.get("voids") if request.method == "POST" else request.GET.get("voids")
    if voids_id:
        voids = get_object_or_404(
            Observation.objects.not_voided(),
            pk=_int(voids_id),
            learner=learner.user,
            checklist=checklist,
            organization=learner.organization,
        )
    steps = checklist.step_list()
    form = ObservationForm(request.POST or None, steps=steps, correcting=voids is not None)
    if request.method == "POST" and form.is_valid():
        key = form.cleaned_data["idempotency_key"]
        done = Observation.objects.filter(idempotency_key=key, observer=request.user).first()
        if done is not None:  # a second tap of "Sign": show what the first recorded
            return redirect("skills:observation", pk=done.pk)
        try:
            observation, _ = services.observation_record(
                checklist=checklist,
                learner=learner.user,
                observer=request.user,
                organization_id=learner.organization_id,
                results=form.results(),
                setting=form.cleaned_data["setting"],
                idempotency_key=key,
                signed_with=_signature(request),
                now=timezone.now(),
                voids=voids,
                void_reason=form.cleaned_data.get("void_reason", ""),
            )
        except services.ObservationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Signed: {observation.result_label.lower()} for {learner.user}.")
            draft = f"observation-{learner.pk}-{checklist.pk}-{voids.pk if voids else 0}"
            return redirect(reverse("skills:observation", args=[observation.pk]) + f"?draft={draft}")
    return render(
        request,
        "skills/observe_form.html",
        {
            "learner": learner,
            "checklist": checklist,
            "basis": basis,
            "form": form,
            "voids": voids,
            "draft_key": f"observation-{learner.pk}-{checklist.pk}-{voids.pk if voids else 0}",
        },
    )


@login_required
def observation_detail(request, pk):
    observation = selectors.observation_for_viewer_or_404(viewer=request.user, pk=pk)
    correctable = False
    if not selectors.is_voided(observation) and request.user.pk != observation.learner_id:
        own = selectors.observer_memberships(user=request.user).filter(organization=observation.organization)
        own = own.select_related("user").first()
        correctable = bool(own and selectors.observer_basis(membership=own, checklist=observation.checklist))
    membership_id = (
        observation.learner.memberships.filter(organization=observation.organization).values_list("pk", flat=True)
    ).first()
    return render(
        request,
        "skills/observation.html",
        {
            "observation": observation,
            "voided_by": observation.voided_by if selectors.is_voided(observation) else None,
            "correctable": correctable and membership_id is not None,
            "membership_id": membership_id,
            "draft_key": request.GET.get("draft", "")[:60],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def preceptors(request, slug):
    """Managers designate which of their people may sign check-offs as preceptors."""
    organization = compliance_selectors.organization_managed_or_404(user=request.user, slug=slug)
    if request.method == "POST":
        membership = get_object_or_404(
            Membership.objects.select_related("user"),
            organization=organization,
            pk=_int(request.POST.get("membership")),
        )
        designated = request.POST.get("designated") == "1"
        services.preceptor_set(membership=membership, designated=designated)
        verb = "is now a designated preceptor" if designated else "is no longer a designated preceptor"
        messages.success(request, f"{membership.user} {verb}.")
        return redirect("skills:preceptors", organization.slug)
    members = Membership.objects.filter(organization=organization).select_related("user").order_by("user__name")
    return render(request, "skills/preceptors.html", {"organization": organization, "members": members})


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404("No such observation.") from None
