from django.apps import AppConfig
from django.db.models.signals import post_migrate


def site_from_settings(*, using="default", **kwargs) -> None:
    """The Sites row allauth reads for its emails' site name and domain, from SITE_NAME and
    SITE_URL: set after every `migrate` (and test database set-up or flush), so a deployment
    never mails "example.com"."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.contrib.sites.models import Site

    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": urlsplit(settings.SITE_URL).netloc, "name": settings.SITE_NAME},
    )
    Site.objects.clear_cache()


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Occupass platform"

    def ready(self):
        post_migrate.connect(site_from_settings, sender=self, dispatch_uid="lms.site_from_settings")
