from django.urls import path

from quizzes.practice import views

app_name = "practice"

urlpatterns = [
    path("", views.index, name="index"),
    path("exams/<slug:slug>/start/", views.exam_start, name="exam-start"),
    path("sets/", views.set_create, name="set-create"),
]
