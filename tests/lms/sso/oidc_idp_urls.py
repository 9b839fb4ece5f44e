"""The test OpenID Provider's pages: its own sign-in form, DOT's endpoints, test-only user admin."""

import json
import os

from django.contrib.auth import authenticate, login
from django.contrib.auth.models import Group, User
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import include, path
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from oauth2_provider.exceptions import OAuthToolkitError
from oauth2_provider.models import get_application_model
from oauth2_provider.views import AuthorizationView

# People in this group exist at the IdP but are not assigned to our application (Entra's
# "assignment required", Okta's app assignment): the IdP answers access_denied.
UNASSIGNED = "unassigned-from-occupass"


class AssignedOnlyAuthorizationView(AuthorizationView):
    def get(self, request, *args, **kwargs):
        if request.user.groups.filter(name=UNASSIGNED).exists():
            scopes, credentials = self.validate_authorization_request(request)
            application = get_application_model().objects.get(client_id=credentials["client_id"])
            try:
                self.create_authorization_response(
                    request=request, scopes=" ".join(scopes), credentials=credentials, allow=False
                )
            except OAuthToolkitError as error:
                return self.error_response(error, application)
        return super().get(request, *args, **kwargs)


@csrf_exempt
def login_view(request):
    """The IdP's own sign-in page (a test IdP: no CSRF, plain HTML)."""
    next_url = request.GET.get("next") or request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts=None):
        next_url = "/"
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is not None:
            login(request, user)
            return HttpResponseRedirect(next_url)
        return HttpResponse("<p>Sign-in refused.</p>", status=200)
    return HttpResponse(
        '<!DOCTYPE html><html lang="en"><title>Test IdP</title><main><h1>Test IdP sign-in</h1>'
        '<form method="post"><label>Username <input name="username"></label>'
        '<label>Password <input name="password" type="password"></label>'
        "<button>Continue</button></form></main></html>"
    )


@csrf_exempt
def users_view(request):
    """Test-only user administration: {"username", "password", "email", "groups", "is_active"}."""
    if request.headers.get("X-Test-Token") != os.environ["IDP_ADMIN_TOKEN"]:
        return HttpResponse(status=403)
    data = json.loads(request.body)
    user, _ = User.objects.get_or_create(username=data["username"])
    for field in ("email", "first_name", "last_name", "is_active"):
        if field in data:
            setattr(user, field, data[field])
    if "password" in data:
        user.set_password(data["password"])
    user.save()
    if "groups" in data:
        user.groups.set([Group.objects.get_or_create(name=name)[0] for name in data["groups"]])
    return JsonResponse({"username": user.username, "is_active": user.is_active})


@csrf_exempt
def redirect_uris_view(request):
    """Test-only: register one more redirect URI (a live server's port is known only at run time)."""
    if request.headers.get("X-Test-Token") != os.environ["IDP_ADMIN_TOKEN"]:
        return HttpResponse(status=403)
    application = get_application_model().objects.get(client_id=os.environ["IDP_CLIENT_ID"])
    uri = json.loads(request.body)["redirect_uri"]
    if uri not in application.redirect_uris.split():
        application.redirect_uris = f"{application.redirect_uris} {uri}".strip()
        application.save(update_fields=["redirect_uris"])
    return JsonResponse({"redirect_uris": application.redirect_uris.split()})


urlpatterns = [
    path("_test/redirect-uris/", redirect_uris_view),
    path("login/", login_view),
    path("_test/users/", users_view),
    path("o/authorize/", AssignedOnlyAuthorizationView.as_view()),
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
]
