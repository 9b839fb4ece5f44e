"""Assignments, the compliance matrix, reminders and the learner progress report."""
