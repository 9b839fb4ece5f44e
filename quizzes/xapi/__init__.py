"""xAPI statements out: learning events become statements in a Learning Record Store.

`receivers` listens to `quizzes.events` and only enqueues `tasks.send_statement_task` with
primitive arguments; the task builds the statement (`statements`) and PUTs it to the LRS (`lrs`)
under a deterministic id, recording each send in `models.XapiStatement` (the outbox) so that a
failure is retried with backoff and shown to staff. Off while `XAPI_LRS_URL` is unset.
"""
