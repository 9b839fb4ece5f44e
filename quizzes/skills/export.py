"""Skills observations as CSV rows, for the transcript CSV and the audit packet: what was observed,
by whom with which credential, where, and every step's result."""

import csv
import io

from django.utils import timezone

from quizzes.skills import selectors

CSV_HEADER = [
    "observed_at", "skills_checklist", "result", "observer", "observer_credential", "observer_basis",
    "setting", "steps", "reasons", "voids", "void_reason", "voided",
]  # fmt: skip
STEP_RESULTS = {"done": "done", "not_done": "NOT DONE", "na": "n/a"}


def csv_row(observation) -> list:
    steps = "; ".join(
        f"{step['number']} {STEP_RESULTS.get(step['result'], step['result'])}"
        + (f" ({step['comment']})" if step.get("comment") else "")
        for step in observation.steps
    )
    return [
        timezone.localtime(observation.observed_at).isoformat(timespec="minutes"),
        observation.checklist_title,
        observation.result_label,
        observation.observer_name,
        observation.observer_credential,
        observation.observer_basis,
        observation.setting,
        steps,
        " ".join(observation.reasons),
        observation.voids_id or "",
        observation.void_reason,
        "yes" if selectors.is_voided(observation) else "",
    ]


def csv_text(observations, *, defuse) -> str:
    """A whole CSV file; `defuse` neutralises spreadsheet formulas in each cell."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for observation in observations:
        writer.writerow([defuse(value) for value in csv_row(observation)])
    return out.getvalue()
