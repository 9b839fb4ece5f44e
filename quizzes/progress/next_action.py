"""The dashboard's one next action and the order of its sections: pure, from what the dashboard
selector has already read (no queries here).

The next action is, in this order: an attempt in progress (resume it), an assignment that is not
complete (soonest due first, as the assignments selector sorts them), the next lesson of a
module or onboarding path under way, then questions due for spaced review.
"""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class NextAction:
    kind: str  # "resume", "assignment", "lesson", "review", "browse"
    title: str
    url: str
    label: str  # the button's words
    detail: str = ""


def next_action(*, open_attempt, assignments, steps, review_due_count: int, catalog_url: str | None) -> NextAction:
    if open_attempt is not None:
        quiz = open_attempt.quiz
        return NextAction(
            kind="resume",
            title=quiz.title,
            url=reverse("quizzes:attempt-detail", args=[open_attempt.pk]),
            label="Resume",
            detail=f"You started this on {open_attempt.started_at:%b %-d}. Your answers are saved.",
        )
    for item in assignments:
        if item.state.status != "complete":
            due = f"{'Was due' if item.state.late else 'Due'} {item.state.due_on:%b %-d, %Y}"
            return NextAction(
                kind="assignment", title=item.requirement.title, url=item.requirement.url, label="Open", detail=due
            )
    # A module already under way first (its next lesson), then the first onboarding or renewal module.
    for step in sorted(steps, key=lambda s: s.kind != "continue"):
        return NextAction(kind="lesson", title=step.title, url=step.url, label="Continue", detail=step.action)
    if review_due_count:
        plural = "s" if review_due_count != 1 else ""
        return NextAction(
            kind="review",
            title=f"Review {review_due_count} question{plural}",
            url=reverse("progress:review"),
            label="Start review",
            detail="Spaced review, due today",
        )
    return NextAction(
        kind="browse",
        title="Choose a module",
        url=catalog_url or "/catalog/",
        label="Open the catalog",
        detail="You are up to date.",
    )


def section_order(*, assignments, steps, review_due_count: int) -> list[str]:
    """Dashboard sections, what is due first: open assignments and overdue work, then review."""
    due_now = any(item.state.status != "complete" for item in assignments) or any(s.overdue for s in steps)
    first = ["assignments"] if due_now else []
    first += ["review"] if review_due_count else []
    rest = [s for s in ("modules", "assignments", "review") if s not in first]
    return [*first, *rest, "goals", "readiness", "certificates", "details", "organizations"]
