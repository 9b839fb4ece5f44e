"""Progress URLs: the learner's records under /progress/, the public check under /verify/.

Records of another learner (for their managers) live under /progress/people/<id>/.
"""

from django.urls import include, path

from quizzes.progress import views

app_name = "progress"

records = [
    path("transcript/", views.transcript, name="transcript"),
    path("transcript.csv", views.transcript_csv, name="transcript-csv"),
    path("transcript.pdf", views.transcript_pdf, name="transcript-pdf"),
    path("audit-packet.zip", views.audit_packet, name="audit-packet"),
]

urlpatterns = [
    path("progress/", include(records)),
    path("progress/people/<id:user_id>/", include([
        path("transcript/", views.transcript, name="learner-transcript"),
        path("transcript.csv", views.transcript_csv, name="learner-transcript-csv"),
        path("transcript.pdf", views.transcript_pdf, name="learner-transcript-pdf"),
        path("audit-packet.zip", views.audit_packet, name="learner-audit-packet"),
    ])),
    path("progress/certificates/<slug:code>.pdf", views.certificate_pdf, name="certificate-pdf"),
    path("progress/certificates/<slug:code>/revoke/", views.certificate_revoke, name="certificate-revoke"),
    path("progress/external/", views.external_credits, name="external"),
    path("progress/external/<id:pk>/evidence/", views.external_evidence, name="external-evidence"),
    path("progress/licence/", views.licence, name="licence"),
    path("progress/review/", views.review, name="review"),
    path("progress/review/start/", views.review_start, name="review-start"),
    path("verify/", views.verify_lookup, name="verify-lookup"),
    path("verify/<slug:code>/", views.verify, name="verify"),
]  # fmt: skip
