"""Skills check-off URLs, under /skills/."""

from django.urls import path

from quizzes.skills import views

app_name = "skills"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("observe/", views.observe_search, name="observe"),
    path("observe/<id:membership_id>/", views.observe_person, name="observe-person"),
    path("observe/<id:membership_id>/<id:checklist_id>/", views.observe_form, name="observe-form"),
    path("observations/<id:pk>/", views.observation_detail, name="observation"),
    path("preceptors/<slug:slug>/", views.preceptors, name="preceptors"),
]
