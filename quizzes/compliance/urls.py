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
    path("<slug:slug>/teams/<id:team_id>/delete/", views.team_delete, name="team-delete"),
    path(
        "<slug:slug>/teams/<id:team_id>/members/<id:user_id>/remove/",
        views.team_remove_member,
        name="team-remove-member",
    ),
    path("<slug:slug>/assignments/", views.assignments, name="assignments"),
    path("<slug:slug>/assignments/<id:assignment_id>/", views.assignment_edit, name="assignment-edit"),
    path("<slug:slug>/assignments/<id:assignment_id>/end/", views.assignment_end, name="assignment-end"),
    path("<slug:slug>/assignments/<id:assignment_id>/delete/", views.assignment_delete, name="assignment-delete"),
    path("<slug:slug>/remind/", views.remind, name="remind"),
    path("<slug:slug>/report/", views.report, name="report"),
]
