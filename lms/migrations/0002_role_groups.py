"""Create the role groups and give them their Wagtail permissions.

Educators and clinical reviewers may enter the Wagtail admin and use images and documents;
page permissions on the course tree are granted in courses' migrations, question-bank
permissions in quizzes'. Managers get no admin access: they use Occupass's own pages.
"""

from django.db import migrations

EDUCATORS = "Educators"
CLINICAL_REVIEWERS = "Clinical reviewers"
MANAGERS = "Managers"

COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    root_collection = Collection.objects.filter(depth=1).first()

    for name in (EDUCATORS, CLINICAL_REVIEWERS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        if root_collection is None:
            continue
        for app_label, model, codenames in COLLECTION_PERMISSIONS:
            ct, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            for codename in codenames:
                perm, _ = Permission.objects.get_or_create(
                    content_type=ct, codename=codename, defaults={"name": codename.replace("_", " ")}
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )
    Group.objects.get_or_create(name=MANAGERS)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDUCATORS, CLINICAL_REVIEWERS, MANAGERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
