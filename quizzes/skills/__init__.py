"""Observed skills check-offs: observers sign learners off against skills checklists."""
