"""Names of the permission groups that memberships map onto.

The groups and their Wagtail permissions are created by the data migration
`lms/migrations/0002_role_groups.py`; services keep a user's groups in step with their roles.
"""

EDUCATORS = "Educators"
CLINICAL_REVIEWERS = "Clinical reviewers"
MANAGERS = "Managers"
