from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = "Quizzes and progress"

    def ready(self):
        # AppConfig.ready() is Django's seam for wiring: models and the apps below are loaded now.
        from django.db.models.signals import post_delete, post_save

        from courses import seams, structure_cache
        from quizzes import blocks, selectors
        from quizzes.models import Blueprint, Question, Quiz
        from quizzes.progress import selectors as progress_selectors
        from quizzes.progress import services as progress_services
        from quizzes.xapi import receivers as xapi_receivers

        # The course layer asks these questions through named seams instead of importing us.
        seams.provide("modules_completed", progress_selectors.modules_completed_for)
        seams.provide("module_assessments", selectors.module_assessments)
        seams.provide("module_standing", progress_selectors.module_standing)
        seams.provide("module_item_count", selectors.module_item_count)
        seams.provide("lesson_completed", progress_services.lesson_completed)
        seams.provide("knowledge_check_choices", blocks.knowledge_check_choices)
        seams.provide("knowledge_check_context", blocks.knowledge_check_context)

        # xAPI statements out: receivers of the learning events enqueue a send (quizzes/xapi).
        xapi_receivers.connect()

        # Quizzes, questions (their teaching lesson) and blueprints are authored content that cached
        # pages show (e.g. a submitted attempt's results): a change starts a new cache generation.
        for model in (Quiz, Question, Blueprint):
            for signal in (post_save, post_delete):
                signal.connect(
                    structure_cache.bump,
                    sender=model,
                    dispatch_uid=f"quizzes-structure-{model.__name__}-{signal is post_save}",
                )
