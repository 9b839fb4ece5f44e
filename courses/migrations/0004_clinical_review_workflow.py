"""The "Clinical review" moderation workflow and the course tree's page permissions.

Educators add and edit pages under the home page but cannot publish; their changes go to the
"Clinical review" task, which members of "Clinical reviewers" approve (publishing the page) or
send back with comments. Reviewers may also add, edit and publish directly.
"""

from django.db import migrations

EDUCATORS = "Educators"
CLINICAL_REVIEWERS = "Clinical reviewers"
WORKFLOW_NAME = "Clinical review"

PAGE_PERMISSIONS = {
    EDUCATORS: ["add_page", "change_page"],
    CLINICAL_REVIEWERS: ["add_page", "change_page", "publish_page"],
}


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    HomePage = apps.get_model("courses", "HomePage")

    home = HomePage.objects.order_by("path").first()
    if home is None:
        return
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}

    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=page_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            GroupPagePermission.objects.get_or_create(group=groups[name], page_id=home.pk, permission=permission)

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME, content_type=task_type, active=True)
    task.groups.set([groups[CLINICAL_REVIEWERS]])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    WorkflowPage.objects.update_or_create(page_id=home.pk, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name=WORKFLOW_NAME).delete()
    GroupPagePermission.objects.filter(
        group__name__in=list(PAGE_PERMISSIONS), page__content_type__app_label="courses"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_course_pages"),
        ("lms", "0002_role_groups"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
