from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("lessons/<id:lesson_id>/complete/", views.lesson_complete, name="lesson-complete"),
    path("search/", views.search, name="search"),
]
