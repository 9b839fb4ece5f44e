"""Replace Wagtail's default welcome page with Occupass's HomePage and point the site at it."""

from django.db import migrations

INTRO = (
    "<p>Occupass is open-source training and certification prep for occupational therapy "
    "technicians, aides and assistants: short modules on safe transfers, therapy equipment, "
    "infection control and ethics, practice questions with rationales, and a record of the "
    "continuing-education credit you earn.</p>"
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("courses.HomePage")

    if HomePage.objects.exists():
        return
    # Wagtail's initial migration made a placeholder page at /home/.
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="courses")
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title="Occupass",
        draft_title="Occupass",
        slug="home",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale_id=root.locale_id,
        intro=INTRO,
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page_id": homepage.id, "site_name": "Occupass"},
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("courses.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
