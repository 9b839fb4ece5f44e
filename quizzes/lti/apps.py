from django.apps import AppConfig


class LtiConfig(AppConfig):
    name = "quizzes.lti"
    label = "quizzes_lti"
    verbose_name = "LTI 1.3"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Grade passback reacts to the quiz layer's learning events (quizzes/events.py).
        from quizzes.lti import receivers

        receivers.connect()
