"""A mail server that accepts a message and then hangs: the worker-kill test kills the worker
while it waits here, after the message went out and before the task could finish."""

import os
import time

from django.core.mail.backends.filebased import EmailBackend


class SlowFileBackend(EmailBackend):
    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        time.sleep(float(os.environ.get("SLOW_MAIL_SECONDS", "30")))
        return sent
