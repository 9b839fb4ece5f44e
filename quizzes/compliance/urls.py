from django.urls import path

from quizzes.compliance import views

app_name = "compliance"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.matrix, name="matrix"),
    path("<slug:slug>/matrix.csv", views.matrix_csv, name="matrix-csv"),
    path("<slug:slug>/people/<id:user_id>/", views.person, name="person"),
    path("<slug:slug>/teams/", views.teams, name="teams"),
    path("<slug:slug>/teams/<id:team_id>/", views.team, name="team"),
    path("<slug:slug>/assignments/", views.assignments, name="assignments"),
    path("<slug:slug>/report/", views.report, name="report"),
]
