"""Registers the item-analysis report in the Wagtail admin, next to the "Question bank" menu."""

from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from quizzes.analysis.views import ItemAnalysisView, user_can_analyse_items


class ItemAnalysisMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_analyse_items(request.user)


class ItemAnalysisViewSet(ViewSet):
    name = "item_analysis"
    url_prefix = "question-bank/item-analysis"
    url_namespace = "question_bank_item_analysis"
    icon = "table"
    menu_label = "Item analysis"
    menu_order = 251  # right after the "Question bank" group (250)
    add_to_admin_menu = True
    menu_item_class = ItemAnalysisMenuItem

    def get_urlpatterns(self):
        return [path("", ItemAnalysisView.as_view(), name="index")]
