"""Give educators and clinical reviewers the question-bank permissions.

Wagtail shows the Question bank menu (questions, blueprints, quizzes) to users holding any of
these model permissions; learners and managers hold none, so the admin stays closed to them.
"""

from django.db import migrations

GROUPS = ("Educators", "Clinical reviewers")
MODELS = ("question", "blueprint", "quiz")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    permissions = []
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(permission)
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="quizzes", content_type__model__in=MODELS,
        codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0002_question_nbcot_style"),
        ("lms", "0002_role_groups"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
