"""Every StreamField block renders its template, and the default curriculum loads into them."""

import pytest
from django.core.exceptions import ValidationError

from courses import blocks
from courses.curriculum import MODULES
from tests.courses.conftest import VIDEO_URL, image_renditions


def render(block, raw):
    return block.render(block.to_python(raw))


def test_heading_block_renders_chosen_level_with_anchor():
    html = render(blocks.HeadingBlock(), {"text": "Before the transfer", "level": "h3"})

    assert html.strip() == '<h3 class="block-heading" id="before-the-transfer">Before the transfer</h3>'


def test_rich_text_block_renders_html():
    html = render(blocks.RichTextBlock(), "<p>Lock <strong>both</strong> brakes.</p>")

    assert html.strip() == '<div class="rich-text"><p>Lock <strong>both</strong> brakes.</p></div>'


@pytest.mark.parametrize(
    ("kind", "label"), [("safety", "Safety alert"), ("caution", "Caution"), ("tip", "Tip"), ("ethics", "Ethics")]
)
def test_callout_block_renders_kind_as_text(kind, label):
    html = render(blocks.CalloutBlock(), {"kind": kind, "title": "Lock the brakes", "body": "<p>Both sides.</p>"})

    assert f'class="callout callout--{kind}" role="note"' in html
    assert f'<span class="callout__kind">{label}:</span> Lock the brakes' in html
    assert "<p>Both sides.</p>" in html


def test_procedure_block_renders_numbered_steps_with_safety_points_and_errors():
    value = {
        "title": "Stand-pivot transfer",
        "steps": [
            {
                "instruction": "Lock both brakes.",
                "safety_points": "<p>Push the chair to check.</p>",
                "common_errors": "<p>Locking one side.</p>",
            },
            {"instruction": "Count to three.", "safety_points": "", "common_errors": ""},
        ],
    }

    html = render(blocks.ProcedureBlock(), value)

    assert '<h2 class="procedure__title">Stand-pivot transfer</h2>' in html
    assert html.count('<li class="procedure__step">') == 2
    assert '<p class="procedure__instruction">Lock both brakes.</p>' in html
    assert html.count("Key safety points") == 1
    assert html.count("Common errors") == 1
    assert "<p>Locking one side.</p>" in html


def test_checklist_block_renders_items():
    html = render(blocks.ChecklistBlock(), {"title": "Before every transfer", "items": ["Brakes", "Footrests"]})

    assert '<h2 class="checklist__title">Before every transfer</h2>' in html
    assert "<li>Brakes</li>" in html
    assert "<li>Footrests</li>" in html


def test_key_terms_block_renders_definition_list():
    html = render(blocks.KeyTermsBlock(), {"terms": [{"term": "Gait belt", "definition": "A guarding belt."}]})

    assert "<dt>Gait belt</dt><dd>A guarding belt.</dd>" in html


def test_references_block_links_urls_and_omits_missing_ones():
    value = {
        "items": [
            {"citation": "Waters TR. 2007.", "url": "https://pubmed.ncbi.nlm.nih.gov/17667392/"},
            {"citation": "VHA SPHM algorithms.", "url": ""},
        ]
    }

    html = render(blocks.ReferencesBlock(), value)

    assert '<h2 class="references__title">References</h2>' in html
    assert (
        '<li class="reference">Waters TR. 2007. <a href="https://pubmed.ncbi.nlm.nih.gov/17667392/">'
        "https://pubmed.ncbi.nlm.nih.gov/17667392/</a></li>"
    ) in html
    assert '<li class="reference">VHA SPHM algorithms.</li>' in html


def test_figure_block_renders_image_with_alt_text_and_caption(image):
    with image_renditions():
        html = render(
            blocks.FigureBlock(), {"image": image.pk, "alt_text": "Both brakes locked.", "caption": "Brakes"}
        )

    assert 'alt="Both brakes locked."' in html
    assert "<img " in html
    assert "<figcaption>Brakes</figcaption>" in html


def test_figure_block_requires_alt_text(image):
    block = blocks.FigureBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))


def test_video_block_renders_embed_and_transcript(embed):
    value = {"video": VIDEO_URL, "title": "Donning PPE", "transcript": "<p>Gown first.</p>"}

    html = render(blocks.VideoBlock(), value)

    assert 'title="Donning and doffing PPE"' in html
    assert "<summary>Transcript of “Donning PPE”</summary>" in html
    assert "<p>Gown first.</p>" in html


def test_video_block_requires_transcript(embed):
    block = blocks.VideoBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"video": VIDEO_URL, "title": "Donning PPE", "transcript": ""}))


def test_document_block_renders_download_link(document):
    html = render(blocks.DocumentBlock(), {"document": document.pk, "description": "Post it by the mat table."})

    assert f'<a href="{document.url}">Download: Transfer checklist</a>' in html
    assert "(TXT, 14\xa0bytes)" in html
    assert "Post it by the mat table." in html


# The blocks this app defines; blocks other apps contribute (the quiz app's knowledge check) test themselves.
COURSE_BLOCKS = [
    "heading",
    "rich_text",
    "callout",
    "procedure",
    "checklist",
    "key_terms",
    "image",
    "video",
    "document",
    "references",
]


@pytest.mark.parametrize("name", COURSE_BLOCKS)
def test_every_lesson_block_has_template_icon_description_and_preview(name):
    block = blocks.LessonStreamBlock().child_blocks[name]

    assert block.meta.template.startswith("courses/blocks/")
    assert block.meta.icon
    assert block.meta.description
    assert block.meta.preview_value


@pytest.mark.parametrize("name", [name for name in COURSE_BLOCKS if name != "video"])
def test_block_previews_render_without_chosen_media(name):
    # (the video preview would ask the video site for an embed)
    block = blocks.LessonStreamBlock().child_blocks[name]

    assert block.render(block.normalize(block.meta.preview_value)).strip()


LESSONS = [(module["slug"], lesson) for module in MODULES for lesson in module["lessons"]]


@pytest.mark.parametrize(("module_slug", "lesson"), LESSONS, ids=[f"{m}/{lesson['slug']}" for m, lesson in LESSONS])
def test_curriculum_lesson_bodies_load_validate_and_render(module_slug, lesson):
    stream_block = blocks.LessonStreamBlock()
    raw = [{"type": block_type, "value": value} for block_type, value in lesson["body"]]

    value = stream_block.clean(stream_block.to_python(raw))
    html = stream_block.render(value)

    assert [child.block_type for child in value] == [block_type for block_type, _ in lesson["body"]]
    assert '<h2 class="references__title">References</h2>' in html
