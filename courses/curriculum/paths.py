"""Default learning paths built from the curriculum modules.

Pure data; no Django imports. Module slugs must match ``MODULE["slug"]`` in
the module files.
"""

LEARNING_PATHS = [
    {
        "slug": "new-technician-onboarding",
        "title": "New technician onboarding",
        "summary": (
            "The four core modules for new OT aides and technicians: safe "
            "transfers, therapy equipment, infection control, and ethics, "
            "scope and confidentiality. Complete them within your first "
            "month, alongside your facility's own orientation and competency "
            "checks."
        ),
        "due_in_days": 30,
        "modules": [
            "safe-patient-transfers",
            "therapy-equipment-use",
            "hygiene-and-infection-control",
            "ethics-scope-and-confidentiality",
        ],
    },
    {
        "slug": "annual-compliance-refresher",
        "title": "Annual compliance refresher",
        "summary": (
            "A yearly refresher on hand hygiene, PPE and equipment cleaning, "
            "and on scope of practice, ethics and HIPAA. Assigned every 12 "
            "months."
        ),
        "due_in_days": 30,
        "renewal_months": 12,
        "modules": [
            "hygiene-and-infection-control",
            "ethics-scope-and-confidentiality",
        ],
    },
]
