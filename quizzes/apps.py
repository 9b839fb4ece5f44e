from django.apps import AppConfig

PERSONAL_QUIZ_KINDS = ("practice_set", "review")


def _bump_for_quiz(sender, instance, **kwargs):
    """A learner's own practice set or review session is nobody else's content: starting one must
    not start a new structure generation (every learner's cached pages) but only its owner's."""
    # Seam: a signal receiver in apps.py, called after models load.
    from courses import structure_cache
    from lms import versions

    if instance.kind in PERSONAL_QUIZ_KINDS and instance.owner_id:
        versions.bump_users([instance.owner_id])
    else:
        structure_cache.bump()


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = "Quizzes and progress"

    def ready(self):
        # AppConfig.ready() is Django's seam for wiring: models and the apps below are loaded now.
        from django.db.models.signals import post_delete, post_save

        from courses import seams, structure_cache
        from quizzes import blocks, selectors
        from quizzes.models import Blueprint, Question, Quiz, ReadinessSettings, StateRequirement
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

        # A learner's cached pages and their organization's compliance matrix follow every row of
        # theirs those pages show (lms.versions); services that write with QuerySet.update() bump
        # themselves.
        from lms import versions
        from quizzes.models import (
            Assignment,
            Attempt,
            Certificate,
            CreditEntry,
            ExternalCredit,
            LicenceRenewal,
            ModuleCompletion,
            Observation,
            ReviewCard,
        )

        for model in (Attempt, Certificate, CreditEntry, ExternalCredit, LicenceRenewal, ModuleCompletion, ReviewCard):
            versions.watch(model, users=lambda row: [row.user_id])
        versions.watch(Observation, users=lambda row: [row.learner_id])
        versions.watch(Assignment, members_of=lambda row: [row.organization_id])

        # Quizzes, questions (their teaching lesson), blueprints and the goal settings (state CE
        # rules, readiness) are authored content that cached pages show (a submitted attempt's
        # results, the dashboard's goals): a change starts a new cache generation.
        for model in (Quiz, Question, Blueprint, StateRequirement, ReadinessSettings):
            for signal in (post_save, post_delete):
                signal.connect(
                    _bump_for_quiz if model is Quiz else structure_cache.bump,
                    sender=model,
                    dispatch_uid=f"quizzes-structure-{model.__name__}-{signal is post_save}",
                )
