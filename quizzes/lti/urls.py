from django.urls import path

from quizzes.lti import views

app_name = "lti"

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("login/<uuid:registration_uuid>/", views.LoginView.as_view(), name="login-registration"),
    path("launch/", views.LaunchView.as_view(), name="launch"),
    path("deep-link/choose/", views.deep_link_choose, name="deep-link-choose"),
    path("continue/<str:token>/", views.handoff, name="continue"),
    path("jwks/", views.jwks, name="jwks"),
    path("register/<str:token>/", views.register, name="register"),
    path("course/<id:context_id>/results/", views.course_results, name="course-results"),
]
