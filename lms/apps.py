from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


def _forget_member_roles(sender, instance, **kwargs):
    from lms.selectors import nav_roles_forget

    nav_roles_forget(user_pk=instance.user_id)


def _forget_group_roles(sender, instance, action, reverse, pk_set, **kwargs):
    """User.groups changed from either side: drop the cached roles of every user involved."""
    from lms.models import User
    from lms.selectors import nav_roles_forget

    if not reverse:
        if action.startswith("post_"):
            nav_roles_forget(user_pk=instance.pk)
    elif action in ("post_add", "post_remove"):
        for user_pk in pk_set:
            nav_roles_forget(user_pk=user_pk)
    elif action == "pre_clear":  # afterwards the group no longer knows its users
        for user_pk in User.objects.filter(groups=instance).values_list("pk", flat=True):
            nav_roles_forget(user_pk=user_pk)


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Occupass platform"

    def ready(self):
        # Registers the `<id:…>` path converter before any urls.py is read.
        from lms import converters  # noqa: F401

        # The navigation's cached roles (`lms.selectors.nav_roles`) follow memberships and groups.
        from lms.models import Membership, User

        post_save.connect(_forget_member_roles, sender=Membership, dispatch_uid="lms-nav-roles-save")
        post_delete.connect(_forget_member_roles, sender=Membership, dispatch_uid="lms-nav-roles-delete")
        m2m_changed.connect(_forget_group_roles, sender=User.groups.through, dispatch_uid="lms-nav-roles-groups")
