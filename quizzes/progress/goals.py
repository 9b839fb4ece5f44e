"""Goal arithmetic, pure: totals in, progress out. No ORM; `selectors` gathers the totals.

Each goal says how far along the learner is, what is missing in words ("4 more contact hours,
including 1 hour of ethics") and by when. Targets come from data (the learner's profile, the
`StateRequirement` table, the readiness settings), never from constants about NBCOT beyond the
36-unit renewal rule that domain.md §2 sources.
"""

import calendar
import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

NBCOT_RENEWAL_UNITS = Decimal("36")  # nbcot.org/certification/continuing-education (domain.md §2, H)
ZERO = Decimal("0")


def add_months(value, months: int):
    """The same day `months` later (clamped to the month's last day); works on dates and datetimes."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    day = min(value.day, calendar.monthrange(year, month)[1])
    return value.replace(year=year, month=month, day=day)


def number(value: Decimal) -> str:
    """4 → "4", 1.50 → "1.5", 0.25 → "0.25"."""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _plural(value: Decimal, singular: str, plural: str) -> str:
    return f"{number(value)} {singular if Decimal(value) == 1 else plural}"


@dataclass(frozen=True)
class Goal:
    key: str
    title: str
    value: Decimal
    target: Decimal
    unit: str
    met: bool
    missing: str
    deadline: datetime.date | None = None
    deadline_note: str = ""
    overdue: bool = False
    details: tuple[str, ...] = ()

    @property
    def percent(self) -> int:
        if not self.target:
            return 100 if self.met else 0
        return max(0, min(100, int(Decimal(100) * self.value / self.target)))

    @property
    def bar_value(self) -> Decimal:
        """The value for a `<progress>` bar: never negative, never past the target."""
        return max(ZERO, min(self.value, self.target))


# ------------------------------------------------------------------------------------- NBCOT


def nbcot_goal(
    *,
    earned_pdu: Decimal,
    cycle_start: datetime.date | None,
    cycle_end: datetime.date | None,
    today: datetime.date,
    target: Decimal = NBCOT_RENEWAL_UNITS,
) -> Goal:
    """NBCOT renewal: `target` units (PDUs) earned within the learner's cycle."""
    title = "NBCOT renewal"
    if cycle_start is None or cycle_end is None:
        return Goal(
            key="nbcot", title=title, value=ZERO, target=target, unit="PDUs", met=False,
            missing="Add your NBCOT cycle dates to your profile to track this goal.",
            deadline_note="Not set",
        )  # fmt: skip
    earned = max(earned_pdu, ZERO)
    short = max(target - earned, ZERO)
    met = short == 0
    return Goal(
        key="nbcot",
        title=title,
        value=earned,
        target=target,
        unit="PDUs",
        met=met,
        missing="" if met else f"{_plural(short, 'more PDU', 'more PDUs')} by {cycle_end:%B %-d, %Y}",
        deadline=cycle_end,
        overdue=not met and today > cycle_end,
        details=(f"Cycle {cycle_start:%b %-d, %Y} – {cycle_end:%b %-d, %Y}",),
    )


# ------------------------------------------------------------------------------------- state


@dataclass(frozen=True)
class CategoryRule:
    """At least `hours` from entries tagged with any of `categories` (e.g. Ohio: 1 hour of ethics,
    jurisprudence or cultural competence)."""

    categories: tuple[str, ...]
    hours: Decimal
    label: str

    @classmethod
    def from_json(cls, rows: Iterable[dict]) -> list["CategoryRule"]:
        return [
            cls(
                categories=tuple(row["categories"]),
                hours=Decimal(str(row["hours"])),
                label=row.get("label") or " or ".join(row["categories"]),
            )
            for row in rows or []
        ]


@dataclass(frozen=True)
class StatePeriod:
    start: datetime.date
    end: datetime.date
    deadline: datetime.date | None


def state_period(*, renews_on: datetime.date | None, period_months: int, today: datetime.date) -> StatePeriod:
    """The renewal period that ends on the learner's licence renewal date; without one, the last
    `period_months` up to today (and no deadline)."""
    if renews_on is not None:
        return StatePeriod(start=add_months(renews_on, -period_months), end=renews_on, deadline=renews_on)
    return StatePeriod(start=add_months(today, -period_months), end=today, deadline=None)


def state_goal(
    *,
    state_name: str,
    hours: Decimal,
    unit_label: str,
    rules: Sequence[CategoryRule],
    earned_hours: Decimal,
    rule_hours: Sequence[Decimal],
    period: StatePeriod,
    today: datetime.date,
    details: tuple[str, ...] = (),
) -> Goal:
    """A state licence goal: `hours` in the period, with each category rule's minimum.

    Category hours count toward the total too, so what is missing is the larger of the overall
    shortfall and the sum of the category shortfalls.
    """
    earned = max(earned_hours, ZERO)
    total_short = max(hours - earned, ZERO)
    shortfalls = [(rule, rule.hours - max(have, ZERO)) for rule, have in zip(rules, rule_hours, strict=True)]
    category_short = [(rule, short) for rule, short in shortfalls if short > 0]
    needed = max(total_short, sum((short for _, short in category_short), ZERO))
    met = needed == 0
    including = " and ".join(f"{_plural(short, 'hour', 'hours')} of {rule.label}" for rule, short in category_short)
    if met:
        missing = ""
    elif total_short == 0:
        missing = f"Still needed: {including}"
    else:
        unit = unit_label[:-1] if needed == 1 and unit_label.endswith("s") else unit_label
        missing = f"{number(needed)} more {unit}" + (f", including {including}" if including else "")
    rule_lines = tuple(
        f"{rule.label}: {number(max(have, ZERO))} of {number(rule.hours)} hours"
        for rule, have in zip(rules, rule_hours, strict=True)
    )
    return Goal(
        key="state",
        title=f"{state_name} licence",
        value=earned,
        target=hours,
        unit=unit_label,
        met=met,
        missing=missing,
        deadline=period.deadline,
        deadline_note="" if period.deadline else "Add your licence renewal date",
        overdue=not met and period.deadline is not None and today > period.deadline,
        details=rule_lines + details,
    )


# --------------------------------------------------------------------------------- readiness


@dataclass(frozen=True)
class DomainReadiness:
    code: str
    name: str
    points: Decimal
    max_points: Decimal
    items: int
    target: int

    @property
    def percent(self) -> int:
        return int((Decimal(100) * self.points / self.max_points).to_integral_value()) if self.max_points else 0

    @property
    def met(self) -> bool:
        return self.percent >= self.target


CHART_LABEL_WIDTH = 40
CHART_BAR_WIDTH = 240
CHART_ROW_HEIGHT = 24


@dataclass(frozen=True)
class Bar:
    domain: DomainReadiness
    y: int
    width: float


@dataclass(frozen=True)
class Readiness:
    domains: tuple[DomainReadiness, ...]
    attempts_counted: int
    target: int
    goal: Goal = field(compare=False)

    # SVG geometry for the bar chart (the template only places what is computed here).
    @property
    def bars(self) -> list[Bar]:
        return [
            Bar(domain=d, y=i * CHART_ROW_HEIGHT, width=round(CHART_BAR_WIDTH * min(d.percent, 100) / 100, 1))
            for i, d in enumerate(self.domains)
        ]

    @property
    def chart_height(self) -> int:
        return len(self.domains) * CHART_ROW_HEIGHT

    @property
    def target_x(self) -> float:
        return CHART_LABEL_WIDTH + round(CHART_BAR_WIDTH * self.target / 100, 1)


def readiness(*, attempts: Sequence[Sequence[dict]], target: int) -> Readiness:
    """Pool the per-domain scores of recent practice attempts (`Attempt.domain_scores` rows).

    Points are pooled, not percentages averaged, so a 3-item domain in one exam does not weigh as
    much as a 40-item domain in another. Items without a domain code are left out.
    """
    pooled: dict[str, list] = {}
    for rows in attempts:
        for row in rows:
            code = row.get("code") or ""
            if not code:
                continue
            entry = pooled.setdefault(code, [row.get("name") or "", ZERO, ZERO, 0])
            entry[0] = entry[0] or row.get("name") or ""
            entry[1] += Decimal(str(row["points"]))
            entry[2] += Decimal(str(row["max_points"]))
            entry[3] += int(row.get("items") or 0)
    domains = tuple(
        DomainReadiness(code=code, name=name, points=points, max_points=max_points, items=items, target=target)
        for code, (name, points, max_points, items) in sorted(pooled.items())
    )
    met_count = sum(1 for domain in domains if domain.met)
    if not domains:
        missing = "Take a practice exam to measure your readiness."
    else:
        below = [domain for domain in domains if not domain.met]
        missing = "; ".join(f"raise {d.code} from {d.percent}% to {target}%" for d in below)
        missing = missing[:1].upper() + missing[1:]
    goal = Goal(
        key="readiness",
        title="Practice readiness",
        value=Decimal(met_count),
        target=Decimal(len(domains)),
        unit="domains at target",
        met=bool(domains) and met_count == len(domains),
        missing=missing,
        deadline_note="No deadline",
        details=(f"Target {target}% in every domain, over your last {len(attempts)} practice exam(s)",)
        if attempts
        else (),
    )
    return Readiness(domains=domains, attempts_counted=len(attempts), target=target, goal=goal)


# -------------------------------------------------------------------------------- onboarding


def onboarding_goal(
    *, title: str, modules_total: int, modules_done: int, due_on: datetime.date | None, today: datetime.date
) -> Goal:
    """An onboarding path: every module done by the due date (joined + the path's due_in_days)."""
    short = max(modules_total - modules_done, 0)
    met = modules_total > 0 and short == 0
    return Goal(
        key="onboarding",
        title=title,
        value=Decimal(min(modules_done, modules_total)),
        target=Decimal(modules_total),
        unit="modules",
        met=met,
        missing="" if met else _plural(Decimal(short), "more module", "more modules"),
        deadline=due_on,
        overdue=not met and due_on is not None and today > due_on,
    )


# -------------------------------------------------------------------------------------- trend


@dataclass(frozen=True)
class TrendPoint:
    x: float
    y: float
    percent: Decimal
    label: str


def trend_points(values: Sequence[tuple[str, Decimal]], *, width: int = 300, height: int = 120, pad: int = 10):
    """SVG coordinates for a score line (0–100% on the y axis), oldest first."""
    if not values:
        return []
    step = (width - 2 * pad) / max(len(values) - 1, 1)
    return [
        TrendPoint(
            x=round(pad + i * step, 1),
            y=round(pad + (height - 2 * pad) * (1 - float(percent) / 100), 1),
            percent=percent,
            label=label,
        )
        for i, (label, percent) in enumerate(values)
    ]
