from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("attempt/<id:pk>/", views.attempt_detail, name="attempt-detail"),
    path("attempt/<id:pk>/q/<id:position>/", views.attempt_question, name="attempt-question"),
    path("attempt/<id:pk>/q/<id:position>/flag/", views.attempt_flag, name="attempt-flag"),
    path("attempt/<id:pk>/review/", views.attempt_review, name="attempt-review"),
    path("attempt/<id:pk>/submit/", views.attempt_submit, name="attempt-submit"),
    path("attempt/<id:pk>/results/", views.attempt_results, name="attempt-results"),
    path("check/<slug:slug>/", views.knowledge_check, name="knowledge-check"),
    path("<slug:slug>/", views.quiz_detail, name="quiz-detail"),
    path("<slug:slug>/start/", views.quiz_start, name="quiz-start"),
]
