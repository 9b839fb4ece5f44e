"""Run service calls at the same moment from several threads (each with its own DB connection)."""

import threading

from django.db import connection


def run_concurrently(count, act, prepare=lambda i: None):
    """Run `act(i, prepare(i))` in `count` threads, each released at once after its preparation.

    Reads needed by a caller are done in `prepare`, before the barrier: that is what two browser
    tabs holding the page already have. Returns (results, errors).
    """
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(i):
        try:
            prepared = prepare(i)
            barrier.wait()
            results.append(act(i, prepared))
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors
