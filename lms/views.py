from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lms import selectors, services
from lms.forms import ProfileForm


@require_GET
def healthz(request):
    """Liveness probe and the benchmark's framework floor: no database, no template."""
    return HttpResponse(b"ok", content_type="text/plain")


@login_required
@never_cache
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, data={f: form.cleaned_data[f] for f in form.fields})
        messages.success(request, "Your profile was saved.")
        return redirect("lms:profile")
    return render(request, "lms/profile.html", {"form": form})


@login_required
def organization_members(request, slug):
    organization = selectors.organization_visible_or_404(user=request.user, slug=slug)
    members = selectors.organization_members(organization=organization)
    return render(request, "lms/organization_members.html", {"organization": organization, "members": members})


@login_required
def organization_list(request):
    organizations = selectors.organizations_visible_to(user=request.user)
    return render(request, "lms/organization_list.html", {"organizations": organizations})


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the static file."""
    return redirect(static("favicon.ico"), permanent=True)
