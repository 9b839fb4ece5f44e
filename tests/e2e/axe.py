"""axe-core accessibility checks for browser tests (axe-playwright-python bundles axe-core)."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()

# Wagtail's user bar is the editors' tool, not part of the learner page.
EXCLUDE = {"exclude": [["wagtail-userbar"]]}


def serious_violations(page) -> list[dict]:
    results = _axe.run(page, context=EXCLUDE)
    return [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def assert_accessible(page) -> None:
    """Fail with a readable list when axe finds serious or critical violations on the page."""
    violations = serious_violations(page)
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in violations
    )
    assert not violations, f"axe found serious/critical violations on {page.url}:\n{report}"
