"""gunicorn settings for production (`gunicorn -c python:lms.gunicorn lms.wsgi:application`, with
the bind address, workers and logs on the command line: see the Procfile and docs/deploy.md).

`preload_app`: the master imports Django, Wagtail and the apps once, then forks the workers, which
share those pages copy-on-write. Measured on the benchmark data (docs/performance.md): per worker,
resident memory 153 -> 131 MB and private (unshared) memory 110 -> 78 MB. Nothing opens a database
connection or a file at import time, so there is nothing for the forked workers to share by
mistake; `--reload` in development does not use this file.
"""

preload_app = True
control_socket_disable = True  # no control socket in ~/.gunicorn: several instances may share a host
