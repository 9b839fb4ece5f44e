from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import auth, people_views, views
from lms.converters import guard_third_party_ids
from lms.sso import views as sso_views

# Every sign-in goes through allauth (second factor, rate limits): see lms/auth.py.
admin.site.login = auth.django_admin_login

app_patterns = (
    [
        # The learner dashboard composes every layer, so it lives in the top one (quizzes).
        path("", include("quizzes.progress.dashboard")),
        path("profile/", views.profile, name="profile"),
        path("organizations/", views.organization_list, name="organization-list"),
        path("organizations/<slug:slug>/members/", views.organization_members, name="organization-members"),
        path("manage/<slug:slug>/people/", people_views.people, name="people"),
        path("manage/<slug:slug>/people/import/", people_views.people_import, name="people-import"),
        path("manage/<slug:slug>/people/<id:user_id>/role/", people_views.member_role, name="member-role"),
        path(
            "manage/<slug:slug>/people/<id:user_id>/deactivate/",
            people_views.member_deactivate,
            name="member-deactivate",
        ),
        path(
            "manage/<slug:slug>/people/<id:user_id>/reactivate/",
            people_views.member_reactivate,
            name="member-reactivate",
        ),
        path(
            "manage/<slug:slug>/invitations/<id:invitation_id>/resend/",
            people_views.invitation_resend,
            name="invitation-resend",
        ),
        path(
            "manage/<slug:slug>/invitations/<id:invitation_id>/revoke/",
            people_views.invitation_revoke,
            name="invitation-revoke",
        ),
        path("manage/<slug:slug>/audit/", people_views.audit_log, name="audit-log"),
        path("invitations/<str:token>/", people_views.invitation_accept, name="invitation"),
        path("invitations/<str:token>/new-link/", people_views.invitation_request_new, name="invitation-new-link"),
    ],  # fmt: skip
    "lms",
)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/login/", auth.wagtail_admin_login),
    path("_util/login/", auth.frontend_login),
    path("favicon.ico", views.favicon, name="favicon"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(guard_third_party_ids(wagtaildocs_urls))),
    # People who sign in through their organization re-authenticate there (lms/sso/views.py).
    path("accounts/reauthenticate/", sso_views.reauthenticate, name="account_reauthenticate"),
    path("accounts/sso/reauthenticated/", sso_views.reauthenticated, name="sso_reauthenticated"),
    path("accounts/", include("allauth.urls")),
    path("", include(app_patterns)),
    path("learn/", include("courses.urls")),
    path("quiz/", include("quizzes.urls")),
    path("practice/", include("quizzes.practice.urls")),
    path("", include("quizzes.progress.urls")),  # /progress/… and the public /verify/<code>/
    path("manage/", include("quizzes.compliance.urls")),
    path("skills/", include("quizzes.skills.urls")),
    path("lti/", include("quizzes.lti.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other path from the page tree; it must stay last.
urlpatterns += [path("", include(guard_third_party_ids(wagtail_urls)))]
