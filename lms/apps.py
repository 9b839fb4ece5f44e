from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Occupass platform"

    def ready(self):
        # Registers the `<id:…>` path converter before any urls.py is read.
        from lms import converters  # noqa: F401
