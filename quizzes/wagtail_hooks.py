from wagtail import hooks

from quizzes.admin.bulk_actions import SetQuestionStatusBulkAction
from quizzes.admin.questions import QuestionChooserViewSet
from quizzes.admin.viewsets import QuestionBankGroup


@hooks.register("register_admin_viewset")
def register_question_bank():
    return QuestionBankGroup()


@hooks.register("register_admin_viewset")
def register_question_chooser():
    return QuestionChooserViewSet("question_chooser")


hooks.register("register_bulk_action", SetQuestionStatusBulkAction)


@hooks.register("register_admin_viewset")
def register_item_analysis():
    # Seam: a Wagtail hook, called once the admin's URLs load; the viewset imports the admin's views.
    from quizzes.analysis.viewsets import ItemAnalysisViewSet

    return ItemAnalysisViewSet()
