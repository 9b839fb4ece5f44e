"""Database helpers shared by the services of every app."""

import functools
import time

from django.db import OperationalError, connection

SQLITE_LOCK_RETRIES = 50


def retry_when_sqlite_locked(function):
    """Re-run a whole transaction that SQLite refused because another writer held the lock.

    SQLite allows one writer at a time. On a database file, IMMEDIATE transactions (settings) wait
    for the lock up to the busy timeout, so production needs no retry. The in-memory database of the
    test suite is shared-cache, where a second writer fails at once ("database table is locked")
    whatever the timeout; this retry keeps the concurrency tests meaningful there (a file test
    database would not survive --reuse-db after transactional tests flush it). The transaction
    rolled back completely, so running it again is safe. Only the outermost transaction can be retried; inside
    another atomic block the error propagates. PostgreSQL blocks on row locks instead and never
    reaches the retry.
    """

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        for attempt in range(SQLITE_LOCK_RETRIES):
            try:
                return function(*args, **kwargs)
            except OperationalError as error:
                retryable = connection.vendor == "sqlite" and "locked" in str(error) and not connection.in_atomic_block
                if not retryable or attempt == SQLITE_LOCK_RETRIES - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    return wrapper
