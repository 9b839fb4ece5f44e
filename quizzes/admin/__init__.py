"""Wagtail admin for the question bank; registered in `quizzes/wagtail_hooks.py`."""
