"""Progress versions: a counter on each learner and each organization that every change to what
their pages show increases, so those pages can be cached without ever showing a stale state.

Why a column and not a cache key: the learner's row is read on every request anyway (the
authentication middleware loads it), so `request.user.progress_version` costs no query, and a
counter in the database is shared by every process and rolled back with the write that bumped it.
A generation kept in a per-process cache (locmem, as development and single-machine deployments
use) would be invisible to the other workers: one of them could serve yesterday's dashboard.

Who bumps: every model whose rows a learner's pages or the compliance matrix show registers with
`watch()` (see each app's `ready()`), and the few services that write those rows with
`QuerySet.update()` (which sends no signal) call `bump_users()` themselves. The bump runs in the
writer's transaction, so a reader that sees the new version also sees the new rows. A cached
fragment is then keyed by the version (`fragment_key()`): after a change the old entry is simply
never asked for again and expires.

A request that bumped its own user (a POST that completes a lesson and renders in the same
response) still holds the old number in `request.user`: `fragment_key()` returns None for such a
user until the request ends, and the page renders fresh.
"""

import contextvars
import hashlib
from collections.abc import Callable, Iterable
from contextlib import contextmanager

from django.core.signals import request_started
from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save

from lms.models import Membership, Organization, User

_bumped: contextvars.ContextVar[frozenset] = contextvars.ContextVar("occupass_bumped_users", default=frozenset())
_batched: contextvars.ContextVar[frozenset] = contextvars.ContextVar("occupass_batched_users", default=frozenset())
_EVERYONE = "*"


def _forget_bumps(**_kwargs) -> None:
    _bumped.set(frozenset())


request_started.connect(_forget_bumps, dispatch_uid="lms-versions-forget-bumps")


def bump_users(
    user_ids: Iterable[int | None] = (),
    *,
    organizations: Iterable[int | None] = (),
    members_of: Iterable[int | None] = (),
) -> None:
    """Start a new version for these learners and the organizations they belong to, for
    `organizations` (a membership ended: the matrix changes, no one else's pages do), and for
    `members_of` with every one of their members (an assignment or a team changed)."""
    users = {pk for pk in user_ids if pk}
    everyone_in = {pk for pk in members_of if pk}
    orgs = {pk for pk in organizations if pk} | everyone_in
    if not users and not orgs:
        return
    who = Q(pk__in=users)
    if everyone_in:
        who |= Q(pk__in=Membership.objects.filter(organization__in=everyone_in).values("user_id"))
    User.objects.filter(who).update(progress_version=F("progress_version") + 1)
    Organization.objects.filter(
        Q(pk__in=orgs) | Q(pk__in=Membership.objects.filter(user__in=users).values("organization_id"))
    ).update(progress_version=F("progress_version") + 1)
    _bumped.set(_bumped.get() | users | ({_EVERYONE} if everyone_in else set()))


def watch(
    model,
    *,
    users: Callable = lambda instance: (),
    organizations: Callable = lambda instance: (),
    members_of: Callable = lambda instance: (),
) -> None:
    """After every save and delete of `model`, bump what `bump_users()` is given for the instance."""

    def receiver(sender, instance, **kwargs):
        batched = _batched.get()
        learners = [pk for pk in users(instance) if pk not in batched]
        bump_users(learners, organizations=organizations(instance), members_of=members_of(instance))

    label = model._meta.label_lower
    post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"lms-versions-save-{label}")
    post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"lms-versions-delete-{label}")


@contextmanager
def batch(user_ids: Iterable[int]):
    """Inside the block, saves of these learners' rows do not bump one by one; the block bumps them
    once at its end. For services that write many rows of one learner in one transaction (grading
    writes review cards per missed question, a completion, a credit and a certificate): one bump
    (two UPDATEs) instead of one per row. Use it inside the service's transaction, and read nothing
    cached inside the block."""
    users = frozenset(pk for pk in user_ids if pk)
    token = _batched.set(_batched.get() | users)
    try:
        yield
    finally:
        _batched.reset(token)
    bump_users(users)


def fragment_key(name: str, user, *parts) -> str | None:
    """The cache key of fragment `name` of `user`'s page, for this version of everything it shows,
    or None when it must not be cached (anonymous, or the user's rows changed in this request).

    `parts` are what else the fragment depends on (the structure generation, today's date, the
    page). The user's own fields that pages show (name, credential, licence state, NBCOT cycle) are
    part of the key, so a profile edit needs no bump.
    """
    if not getattr(user, "is_authenticated", False):
        return None
    bumped = _bumped.get()
    if user.pk in bumped or _EVERYONE in bumped:
        return None
    own = (
        user.pk,
        user.progress_version,
        user.name,
        user.credential,
        user.licence_state,
        user.nbcot_cycle_start,
        user.nbcot_cycle_end,
    )
    digest = hashlib.blake2b(repr((own, parts)).encode(), digest_size=16).hexdigest()
    return f"occupass:fragment:{name}:{user.pk}:{digest}"
