from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self):
        # AppConfig.ready() is Django's seam for wiring signals: models are loaded now.
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from courses import structure_cache

        # Any change to the page tree starts a new structure-cache generation (see structure_cache).
        post_save.connect(structure_cache.bump_for_instance, dispatch_uid="courses-structure-save")
        post_delete.connect(structure_cache.bump_for_instance, dispatch_uid="courses-structure-delete")
        m2m_changed.connect(structure_cache.bump_for_instance, dispatch_uid="courses-structure-m2m")
        page_published.connect(structure_cache.bump, dispatch_uid="courses-structure-published")
        page_unpublished.connect(structure_cache.bump, dispatch_uid="courses-structure-unpublished")
        post_page_move.connect(structure_cache.bump, dispatch_uid="courses-structure-moved")

        # A learner's cached pages follow their lesson completions (lms.versions).
        from courses.models import LessonCompletion
        from lms import versions

        versions.watch(LessonCompletion, users=lambda completion: [completion.user_id])
