"""LTI 1.3 tool (LTI Advantage): a school's LMS launches modules, quizzes and practice exams here.

Built on django-lti (`lti_tool`: registrations, deployments, keys, launch records) and pylti1p3
(OIDC login, id_token validation against the platform's JWKS, deep linking, AGS and NRPS calls).
This package adds what is ours: accounts for launched people, the organization and course team a
platform's courses join, the launch targets, grade passback and roster sync.
"""
