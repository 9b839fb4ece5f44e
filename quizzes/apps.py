from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = "Quizzes and progress"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from courses import structure_cache
        from quizzes.models import Blueprint, Question, Quiz

        # Quizzes, questions (their teaching lesson) and blueprints are authored content that cached
        # pages show (e.g. a submitted attempt's results): a change starts a new cache generation.
        for model in (Quiz, Question, Blueprint):
            for signal in (post_save, post_delete):
                signal.connect(
                    structure_cache.bump,
                    sender=model,
                    dispatch_uid=f"quizzes-structure-{model.__name__}-{signal is post_save}",
                )
