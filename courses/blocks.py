"""StreamField blocks for lessons and modules.

Each block is small, has its own template under ``templates/courses/blocks/`` and a preview for
the editor's block picker. Block names in ``LessonStreamBlock`` are part of the data format that
course packages are written in (docs/course-package.md): rename one and existing packages no longer load.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from courses import seams

# Rich text stays plain: paragraphs, lists, emphasis and links. Headings are their own block so
# that the document outline stays under the editor's control.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

WATERS_2007 = {
    "citation": "Waters TR. When is it safe to manually lift a patient? Am J Nurs. 2007;107(8):53-58.",
    "url": "https://pubmed.ncbi.nlm.nih.gov/17667392/",
}


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (H2)"), ("h3", "Subheading (H3)"), ("h4", "Minor heading (H4)")],
        default="h2",
        help_text="Use H2 for main sections and H3 inside them; do not skip levels.",
    )

    class Meta:
        template = "courses/blocks/heading_block.html"
        icon = "title"
        label = "Heading"
        description = "A section heading that appears in the page outline."
        preview_value = {"text": "Before the transfer", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "courses/blocks/rich_text_block.html"
        icon = "pilcrow"
        label = "Text"
        description = "Paragraphs and lists in plain language."
        preview_value = (
            "<p>In a safe transfer the client does most of the work. You <strong>cue, guide and "
            "guard</strong>; you do not carry.</p>"
        )


class CalloutBlock(blocks.StructBlock):
    KINDS = [
        ("safety", "Safety alert"),
        ("caution", "Caution"),
        ("tip", "Tip"),
        ("ethics", "Ethics"),
    ]

    kind = blocks.ChoiceBlock(choices=KINDS, default="safety")
    title = blocks.CharBlock(max_length=200)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        template = "courses/blocks/callout_block.html"
        icon = "warning"
        label = "Callout"
        description = "A boxed safety alert, caution, tip or ethics note that stands out from the text."
        preview_value = {
            "kind": "safety",
            "title": "Lock the brakes",
            "body": "<p>Lock both wheelchair brakes before the client stands up or sits down.</p>",
        }


class ProcedureStepBlock(blocks.StructBlock):
    instruction = blocks.TextBlock(help_text="One action, written as an instruction.")
    safety_points = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False, label="Key safety points")
    common_errors = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "tick-inverse"
        label = "Step"


class ProcedureBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    steps = blocks.ListBlock(ProcedureStepBlock(), min_num=1)

    class Meta:
        template = "courses/blocks/procedure_block.html"
        icon = "list-ol"
        label = "Procedure"
        description = "Numbered steps, each with its key safety points and common errors. Prints cleanly."
        preview_value = {
            "title": "Stand-pivot transfer, bed to wheelchair",
            "steps": [
                {
                    "instruction": "Place the chair at about 30 to 45 degrees to the bed, on the stronger side.",
                    "safety_points": "<p>Lock both brakes and swing the footrests away.</p>",
                    "common_errors": "<p>Setting up on the weaker side.</p>",
                },
                {
                    "instruction": "Count to three; the client stands and reaches for the far armrest.",
                    "safety_points": "<p>Guard from slightly behind, on the weaker side.</p>",
                    "common_errors": "",
                },
            ],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300, label="Item"), min_num=1)

    class Meta:
        template = "courses/blocks/checklist_block.html"
        icon = "tasks"
        label = "Checklist"
        description = "A list of things to check, with tick boxes when printed."
        preview_value = {
            "title": "Before every transfer",
            "items": ["Brakes locked", "Footrests swung away", "Non-skid footwear on"],
        }


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(max_length=120)
    definition = blocks.TextBlock()

    class Meta:
        icon = "tag"
        label = "Term"


class KeyTermsBlock(blocks.StructBlock):
    terms = blocks.ListBlock(KeyTermBlock(), min_num=1)

    class Meta:
        template = "courses/blocks/key_terms_block.html"
        icon = "tag"
        label = "Key terms"
        description = "Terms and their definitions, shown as a glossary."
        preview_value = {
            "terms": [
                {"term": "Gait belt", "definition": "A sturdy belt worn around the client's waist for guarding."},
                {"term": "Contact time", "definition": "How long a disinfectant must stay wet to work."},
            ]
        }


class ReferenceBlock(blocks.StructBlock):
    citation = blocks.TextBlock(help_text="Author, title, source, year.")
    url = blocks.URLBlock(required=False, label="URL")

    class Meta:
        template = "courses/blocks/reference_block.html"
        icon = "openquote"
        label = "Reference"
        description = "One source: a citation and, where it exists, a link."
        preview_value = WATERS_2007


class ReferencesBlock(blocks.StructBlock):
    items = blocks.ListBlock(ReferenceBlock(), min_num=1, label="References")

    class Meta:
        template = "courses/blocks/references_block.html"
        icon = "openquote"
        label = "References"
        description = "The sources this lesson is based on. Every lesson should end with one."
        preview_value = {"items": [WATERS_2007]}


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=(
            "Describe what the image shows for someone who cannot see it. Never use photos that "
            "identify a client: faces, names and records are protected health information."
        ),
    )
    caption = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        template = "courses/blocks/figure_block.html"
        icon = "image"
        label = "Image"
        description = "A picture with required alternative text and an optional caption."
        preview_value = {"alt_text": "A wheelchair with both brakes locked.", "caption": "Brakes locked."}


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="A link to the video on YouTube, Vimeo or another supported site.")
    title = blocks.CharBlock(max_length=200, help_text="Names the video for screen readers.")
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="Required: a full transcript for learners who cannot hear or watch the video.",
    )

    class Meta:
        template = "courses/blocks/video_block.html"
        icon = "media"
        label = "Video"
        description = "An embedded video with its transcript."
        preview_value = {
            "title": "Donning and doffing PPE",
            "transcript": "<p>Put on the gown first, then the mask, then eye protection, then gloves.</p>",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.TextBlock(required=False, help_text="What the file is and when to use it.")

    class Meta:
        template = "courses/blocks/document_block.html"
        icon = "download"
        label = "Download"
        description = "A file to download, such as a printable checklist."
        preview_value = {"description": "A one-page checklist to post beside the mat table."}


def knowledge_check_choices():
    """Published knowledge-check quizzes for the editor's dropdown, from the quiz layer through a
    seam (evaluated when the form renders, never at import)."""
    return seams.call("knowledge_check_choices")


class KnowledgeCheckBlock(blocks.StructBlock):
    """A few bank questions inside a lesson, with immediate feedback and rationales.

    The block stores only a heading and the quiz's slug; the quiz layer supplies the choices and the
    questions through `courses.seams`, and its template (`quizzes/blocks/knowledge_check.html`)
    renders them. Answers are checked by `quizzes:knowledge-check`, recorded as an ungraded
    attempt, and count toward nothing. The page carries no answer key.
    """

    heading = blocks.CharBlock(required=False, default="Check your understanding", max_length=120)
    quiz = blocks.ChoiceBlock(
        choices=knowledge_check_choices,
        help_text="A quiz of kind “Inline knowledge check”. Its questions appear here in its order.",
    )

    class Meta:
        icon = "help"
        label = "Knowledge check"
        template = "quizzes/blocks/knowledge_check.html"
        description = "Questions from the bank with immediate feedback (not graded)"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(seams.call("knowledge_check_context", slug=value.get("quiz") or ""))
        return context


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson body can hold."""

    heading = HeadingBlock()
    rich_text = RichTextBlock()
    callout = CalloutBlock()
    procedure = ProcedureBlock()
    checklist = ChecklistBlock()
    key_terms = KeyTermsBlock()
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    knowledge_check = KnowledgeCheckBlock()
    references = ReferencesBlock()


class ObjectiveBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 300)
        kwargs.setdefault("help_text", "Start with a verb: 'Explain…', 'Set up…', 'Choose…'.")
        super().__init__(**kwargs)

    class Meta:
        icon = "tick-inverse"
        label = "Objective"
        description = "One thing the learner will be able to do after this module."
        preview_value = "Explain why a full manual lift of an adult is never routine."
