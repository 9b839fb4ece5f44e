"""LTI 1.3 endpoints: OIDC login initiation, launch, deep linking, the new-window handoff, JWKS.

Cookies inside the platform's iframe (README "LTI 1.3"): the launch is a cross-site POST into a
frame, where browsers withhold or refuse our SameSite=Lax session cookie and our pages refuse to be
framed (X-Frame-Options DENY, frame-ancestors 'none'). We keep both as they are and never need a
session inside the frame:

- login initiation answers with a page that checks whether the frame may keep pylti1p3's
  short-lived state cookie (SameSite=None; Secure); if not, the person opens the launch in a new
  window, where the whole OIDC round trip runs first-party;
- the launch itself is authenticated by the platform's signed id_token, so it is CSRF-exempt; it
  answers a framed launch with a page (framable by that platform only) whose link opens the quiz or
  module in a new window through a one-time, five-minute handoff link that signs the person in;
  a launch into a window (`document_target` "window") signs in and redirects at once;
- the deep-linking picker lives in the frame without a session: the teacher's choice is posted
  back with a signed, one-time token (CSRF-exempt for that reason) and answered with the signed
  deep-linking response, posted to the platform.
"""

import uuid
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db import transaction
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from lti_tool.models import LtiRegistration
from lti_tool.utils import DjangoToolConfig, get_launch_from_request, sync_data_from_launch
from lti_tool.views import OIDCLoginInitView
from lti_tool.views import jwks as lti_jwks
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoOIDCLogin
from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.exception import LtiException, OIDCException
from pylti1p3.lineitem import LineItem

from quizzes.lti import registration as dynamic_registration
from quizzes.lti import selectors, services, tasks

HANDOFF_SALT = "quizzes.lti.handoff"
HANDOFF_MAX_AGE = 5 * 60
DEEP_LINK_SALT = "quizzes.lti.deep-link"
DEEP_LINK_MAX_AGE = 60 * 60
TARGET_PARAM = "occupass_target"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


def _origin(url: str) -> str | None:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def _framable_by(response, registration: LtiRegistration | None, *, frame_urls=(), form_urls=()):
    """Let the platform (and only it) frame this response; let its forms post to `form_urls`.

    The page holding the frame is often on another origin than the issuer (a school's own Canvas
    domain, not canvas.instructure.com), so the launch's own platform URLs count too: its return
    URL, its `tool_platform` URL, its deep-linking return URL."""
    urls = [registration.issuer, registration.auth_url] if registration is not None else []
    origins = sorted({o for o in map(_origin, [*urls, *frame_urls, *form_urls]) if o})
    replace = {"frame-ancestors": origins or ["'none'"]}
    if form_urls:
        replace["form-action"] = ["'self'", *sorted({o for o in map(_origin, form_urls) if o})]
    response._csp_replace = replace
    response.xframe_options_exempt = True
    return response


def _platform_urls(lti_launch) -> list[str]:
    """The platform's own URLs a launch names, whose origins may frame our answer."""
    presentation = lti_launch.launch_presentation_claim or {}
    platform = lti_launch.platform_instance_claim or {}
    deep_linking = lti_launch.get_claim(DEEP_LINKING_SETTINGS) or {}
    return [presentation.get("return_url"), platform.get("url"), deep_linking.get("deep_link_return_url")]


def _refuse(request, message: str, *, status: int = 403, registration=None, frame_urls=()):
    """An explanation, shown in whatever frame the launch came in: before the launch is verified
    we do not know the platform, and a page with nothing to click is safe to frame anywhere."""
    response = render(request, "lti/refused.html", {"message": message}, status=status)
    if registration is None:
        response._csp_replace = {"frame-ancestors": ["*"]}
        response.xframe_options_exempt = True
        return response
    return _framable_by(response, registration, frame_urls=frame_urls)


def _picker(request, *, token, settings_claim, registration, error=None):
    """The deep-linking picker: every placeable item, one or many as the platform accepts."""
    context = {
        "token": token,
        "choices": selectors.deep_link_choices(),
        "multiple": str(settings_claim.get("accept_multiple", True)).lower() != "false",
        "error": error,
    }
    response = render(request, "lti/deep_link.html", context, status=400 if error else 200)
    return _framable_by(response, registration, frame_urls=[settings_claim.get("deep_link_return_url")])


class _FramedOIDCLogin(DjangoOIDCLogin):
    """pylti1p3's login initiation with its cookie check rendered by our template and script
    (its own page is an inline script, which our Content-Security-Policy refuses)."""

    def get_cookies_allowed_js_check(self) -> str:
        django_request = self._request._request
        params = {"lti1p3_new_window": "1"}
        for key in ("iss", "login_hint", "target_link_uri", "lti_message_hint", "lti_deployment_id", "client_id"):
            value = self._get_request_param(key)
            if value:
                params[key] = value
        continue_url = f"{django_request.path}?{urlencode(params)}"
        return render(django_request, "lti/login_check.html", {"continue_url": continue_url}).content.decode()


@method_decorator(xframe_options_exempt, name="dispatch")
class LoginView(OIDCLoginInitView):
    """OIDC third-party login initiation (the platform's first request)."""

    def get_oidc_response(self, request, registration_uuid, params):
        services.tool_key_ensure()
        target_link_uri = params.get("target_link_uri")
        if not target_link_uri:
            return HttpResponseBadRequest("Missing target_link_uri parameter.")
        login_flow = _FramedOIDCLogin(
            request, DjangoToolConfig(registration_uuid), launch_data_storage=DjangoCacheDataStorage()
        )
        try:
            response = login_flow.enable_check_cookies().redirect(target_link_uri)
        except (LtiException, OIDCException) as error:
            return _refuse(request, f"This sign-in from your learning platform was not accepted: {error}", status=400)
        response.xframe_options_exempt = True
        response._csp_replace = {"frame-ancestors": ["*"]}  # any platform may start a login
        return response


def jwks(request):
    """Our public keys, for platforms to verify what we sign (deep linking, service tokens)."""
    services.tool_key_ensure()
    return lti_jwks(request)


def _handoff_url(request, *, user_id: int, next_url: str) -> str:
    token = signing.dumps({"u": user_id, "n": next_url, "j": uuid.uuid4().hex}, salt=HANDOFF_SALT)
    return request.build_absolute_uri(reverse("lti:continue", kwargs={"token": token}))


@method_decorator(csrf_exempt, name="dispatch")  # the signed id_token is the launch's proof, not a cookie
@method_decorator(xframe_options_exempt, name="dispatch")
class LaunchView(View):
    """The platform's launch (resource link or deep linking request), an auto-posted id_token."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        now = timezone.now()
        try:
            lti_launch = get_launch_from_request(request)
        except LtiException as error:
            return _refuse(request, f"This launch could not be verified: {error}")
        registration = lti_launch.registration
        nonce = lti_launch.get_claim("nonce") or ""
        if not services.token_spend(issuer=lti_launch.get_claim("iss"), value=f"nonce:{nonce}", now=now):
            return _refuse(request, "This launch was already used. Open the link again from your course.")
        sync_data_from_launch(lti_launch)
        if not lti_launch.deployment.is_active:
            return _refuse(
                request,
                "This deployment is not switched on yet. Ask the Occupass staff to activate it.",
                registration=registration,
                frame_urls=_platform_urls(lti_launch),
            )
        try:
            admission = services.launch_admit(
                lti_user=lti_launch.user, context=lti_launch.context, roles=lti_launch.roles_claim
            )
        except services.LaunchRefused as error:
            return _refuse(request, str(error), registration=registration, frame_urls=_platform_urls(lti_launch))
        if admission.teaching and lti_launch.nrps_claim:
            context_id = lti_launch.context.pk
            transaction.on_commit(lambda: tasks.roster_sync_task.enqueue(context_id))
        if lti_launch.is_deep_link_launch:
            return self.deep_linking(request, lti_launch, admission)
        if lti_launch.is_resource_launch:
            return self.resource(request, lti_launch, admission, now)
        return _refuse(
            request,
            "Occupass does not handle this kind of launch.",
            registration=registration,
            frame_urls=_platform_urls(lti_launch),
        )

    def resource(self, request, lti_launch, admission, now):
        registration = lti_launch.registration
        target = selectors.launch_target(request=request, value=lti_launch.get_custom_claim(TARGET_PARAM))
        if target is None:
            return _refuse(
                request,
                "This link does not say which module or quiz to open. Your instructor can place one "
                "through Occupass's content picker (deep linking).",
                status=404,
                registration=registration,
                frame_urls=_platform_urls(lti_launch),
            )
        if target.quiz is not None:
            services.quiz_launch_record(
                user=admission.user,
                lti_user=lti_launch.user,
                quiz=target.quiz,
                resource_link=lti_launch.resource_link,
                ags=lti_launch.ags_claim,
                now=now,
            )
        if lti_launch.document_target == "window":
            login(request, admission.user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(target.url)
        handoff = _handoff_url(request, user_id=admission.user.pk, next_url=target.url)
        results = None
        if admission.teaching:
            # Teaching staff see their own course's results (CourseInstructor), nothing wider.
            course = reverse("lti:course-results", kwargs={"context_id": lti_launch.context.pk})
            results = _handoff_url(request, user_id=admission.user.pk, next_url=course)
        response = render(
            request, "lti/launch.html", {"target": target, "handoff_url": handoff, "results_url": results}
        )
        return _framable_by(response, registration, frame_urls=_platform_urls(lti_launch))

    def deep_linking(self, request, lti_launch, admission):
        registration = lti_launch.registration
        if not admission.teaching:
            return _refuse(
                request,
                "Only instructors can place Occupass content.",
                registration=registration,
                frame_urls=_platform_urls(lti_launch),
            )
        settings_claim = lti_launch.get_claim(DEEP_LINKING_SETTINGS)
        token = signing.dumps(
            {
                "r": registration.pk,
                "d": lti_launch.deployment.deployment_id,
                "s": settings_claim,
                "j": uuid.uuid4().hex,
            },
            salt=DEEP_LINK_SALT,
        )
        return _picker(request, token=token, settings_claim=settings_claim, registration=registration)


def _launch_url(request) -> str:
    return request.build_absolute_uri(reverse("lti:launch"))


@csrf_exempt  # authorised by the signed one-time token the launch put in the form, not by a cookie
@xframe_options_exempt
@require_POST
def deep_link_choose(request):
    """The teacher's picks become a signed deep-linking response, posted back to the platform."""
    try:
        data = signing.loads(request.POST.get("token", ""), salt=DEEP_LINK_SALT, max_age=DEEP_LINK_MAX_AGE)
    except signing.BadSignature:
        return _refuse(request, "This content picker has expired. Open it again from your course.")
    registration = LtiRegistration.objects.active().filter(pk=data["r"]).first()
    if registration is None:
        return _refuse(request, "This platform's registration is switched off.")
    settings_claim = data["s"]
    return_url = settings_claim["deep_link_return_url"]
    picked = selectors.deep_link_picked(request.POST.getlist("item"))
    if not picked:
        return _picker(
            request,
            token=request.POST["token"],
            settings_claim=settings_claim,
            registration=registration,
            error="Pick at least one item.",
        )
    if not services.token_spend(issuer="deep-link", value=data["j"], now=timezone.now()):
        return _refuse(request, "These choices were already sent.", registration=registration, frame_urls=[return_url])
    resources = []
    for choice in picked:
        resource = (
            DeepLinkResource()
            .set_url(_launch_url(request))
            .set_title(choice.title)
            .set_custom_params({TARGET_PARAM: choice.value})
        )
        if choice.graded:
            resource.set_lineitem(
                LineItem().set_label(choice.title).set_score_maximum(100).set_resource_id(choice.value)
            )
        resources.append(resource)
    deep_link = DeepLink(registration.to_registration(), data["d"], settings_claim)
    response = render(
        request,
        "lti/deep_link_return.html",
        {"return_url": return_url, "jwt": deep_link.get_response_jwt(resources), "picked": picked},
    )
    return _framable_by(response, registration, form_urls=[return_url])


@require_GET
def handoff(request, token):
    """The new-window link from a framed launch: sign the person in (once) and open the target."""
    try:
        data = signing.loads(token, salt=HANDOFF_SALT, max_age=HANDOFF_MAX_AGE)
    except signing.BadSignature:
        return render(
            request,
            "lti/refused.html",
            {"message": "This link has expired. Open it again from your course."},
            status=403,
        )
    if not services.token_spend(issuer="handoff", value=data["j"], now=timezone.now()):
        return render(
            request,
            "lti/refused.html",
            {"message": "This link was already used. Open it again from your course."},
            status=403,
        )
    user = selectors.active_user(user_id=data["u"])
    next_url = data["n"]
    if user is None or not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return _refuse(request, "This link cannot be used.")
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect(next_url)


@xframe_options_exempt
@require_GET
def register(request, token):
    """LTI Dynamic Registration, opened by the platform from the link our staff gave its admin."""
    openid_configuration = request.GET.get("openid_configuration", "")
    try:
        registration = dynamic_registration.register(
            token=token,
            openid_configuration=openid_configuration,
            registration_token=request.GET.get("registration_token", ""),
            base_url=request.build_absolute_uri("/"),
            site_name=settings.SITE_NAME,
        )
    except dynamic_registration.RegistrationFailed as error:
        response = _refuse(request, str(error), status=400)
    else:
        organization = registration.occupass_link.organization
        response = render(request, "lti/registered.html", {"registration": registration, "organization": organization})
    # The platform shows this page in its own frame or window.
    origin = _origin(openid_configuration)
    response._csp_replace = {"frame-ancestors": [origin] if origin else ["'none'"]}
    response.xframe_options_exempt = True
    return response


@login_required
def course_results(request, context_id):
    """An instructor's view of their course: its learners' graded attempts at the quizzes linked
    from it (404 for anyone who does not teach it)."""
    context = selectors.course_taught_or_404(user=request.user, context_id=context_id)
    results = selectors.course_results(context=context)
    return render(request, "lti/course_results.html", {"results": results})
