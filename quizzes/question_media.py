"""Files that come with imported questions: stored as Wagtail images and documents, linked
from the stem and rationale the way Wagtail's editor links them, and read back for export.

The parsers (`quizzes.importers`) leave embedded files as ``@@PLUGINFILE@@/<name>`` links plus
their bytes; this module is the database side of that.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from quizzes.importers.media import drop_broken, plugin_url

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
_IMG = re.compile(r'<img\b[^>]*\bsrc="@@PLUGINFILE@@/([^"]+)"[^>]*>')
_LINK_OPEN = re.compile(r'<a\b[^>]*\bhref="@@PLUGINFILE@@/([^"]+)"[^>]*>')
_ATTRIBUTE = re.compile(r'\b([a-z-]+)="([^"]*)"')
_EMBED = re.compile(r"<embed\b[^>]*>")
_DOCUMENT_LINK = re.compile(r'<a\b[^>]*\blinktype="document"[^>]*>')


def is_image(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in IMAGE_EXTENSIONS


def unreadable_images(files: dict[str, bytes]) -> list[str]:
    """Names of the files that claim to be images but that Pillow cannot read."""
    bad = []
    for name, data in files.items():
        if not is_image(name):
            continue
        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                picture.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            bad.append(name)
    return bad


def without_files(markup: str, names) -> str:
    """``markup`` with its links to ``names`` removed (an image becomes its alt text)."""
    present = {unquote(match) for match in re.findall(r'@@PLUGINFILE@@/([^"]+)"', markup)} - set(names)
    return drop_broken(markup, present)[0]


def _attributes(tag: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(tag)}


def _stored(name: str, data: bytes, *, alt: str, user):
    """The image or document holding ``data``: an existing one with the same content, else new."""
    # Wagtail's own file_hash (a content fingerprint for de-duplication, not security).
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    if is_image(name):
        model = get_image_model()
        existing = model.objects.filter(file_hash=digest).order_by("pk").first()
        if existing:
            return existing
        return model.objects.create(
            title=(alt or PurePosixPath(name).stem)[:255],
            file=ImageFile(io.BytesIO(data), name=name),
            file_hash=digest,
            file_size=len(data),
            uploaded_by_user=user,
        )
    model = get_document_model()
    existing = model.objects.filter(file_hash=digest).order_by("pk").first()
    if existing:
        return existing
    return model.objects.create(
        title=PurePosixPath(name).name[:255],
        file=ContentFile(data, name=name),
        file_hash=digest,
        file_size=len(data),
        uploaded_by_user=user,
    )


def files_store(*, markup: str, files: dict[str, bytes], user=None) -> str:
    """``markup`` with its ``@@PLUGINFILE@@`` links pointing at stored Wagtail images (as the
    editor's ``<embed embedtype="image">``, alt text kept) and documents (``linktype="document"``)."""

    def image(match):
        name = unquote(html.unescape(match.group(1)))
        if name not in files:
            return match.group(0)
        alt = _attributes(match.group(0)).get("alt", "")
        stored = _stored(name, files[name], alt=alt, user=user)
        if not is_image(name):
            return f'<a linktype="document" id="{stored.pk}">{html.escape(alt or name)}</a>'
        return f'<embed embedtype="image" id="{stored.pk}" format="fullwidth" alt="{html.escape(alt)}"/>'

    def link(match):
        name = unquote(html.unescape(match.group(1)))
        if name not in files:
            return match.group(0)
        return f'<a linktype="document" id="{_stored(name, files[name], alt="", user=user).pk}">'

    return _LINK_OPEN.sub(link, _IMG.sub(image, markup))


def files_embed(markup: str, *, embed: bool) -> tuple[str, dict[str, bytes]]:
    """Stored ``markup`` for a file: Wagtail image embeds and document links become
    ``@@PLUGINFILE@@`` links with the files' bytes (``embed``), or links to the files' URLs."""
    files: dict[str, bytes] = {}
    images = get_image_model().objects.in_bulk(
        [int(a["id"]) for tag in _EMBED.findall(markup) if (a := _attributes(tag)).get("id", "").isdigit()]
    )
    documents = get_document_model().objects.in_bulk(
        [int(a["id"]) for tag in _DOCUMENT_LINK.findall(markup) if (a := _attributes(tag)).get("id", "").isdigit()]
    )

    def source(stored) -> str:
        if not embed:
            # A file that cannot carry files links to ours by full URL, which `own_media_store`
            # turns back into the stored image or document when the file is imported here.
            return urljoin(settings.WAGTAILADMIN_BASE_URL or "", stored.file.url)
        name = PurePosixPath(stored.file.name).name
        if name not in files:
            with stored.open_file() as handle:
                files[name] = handle.read()
        return plugin_url(name)

    def image(match):
        attributes = _attributes(match.group(0))
        stored = images.get(int(attributes["id"])) if attributes.get("id", "").isdigit() else None
        if attributes.get("embedtype") != "image" or stored is None:
            return ""
        return f'<img src="{html.escape(source(stored))}" alt="{html.escape(attributes.get("alt", ""))}">'

    def document(match):
        attributes = _attributes(match.group(0))
        stored = documents.get(int(attributes["id"])) if attributes.get("id", "").isdigit() else None
        return f'<a href="{html.escape(source(stored))}">' if stored else "<a>"

    return _DOCUMENT_LINK.sub(document, _EMBED.sub(image, markup)), files


def stored_file_count(markup: str) -> int:
    """How many stored pictures and documents ``markup`` shows or links to."""
    return len(_EMBED.findall(markup)) + len(_DOCUMENT_LINK.findall(markup))


_OWN_IMG = re.compile(r'<img\b[^>]*\bsrc="([^"]+)"[^>]*>')
_OWN_LINK = re.compile(r'<a\b[^>]*\bhref="([^"]+)"[^>]*>')


def _media_name(url: str) -> str | None:
    """The stored file name a URL of this site's media points at, or None."""
    parts, base = urlsplit(html.unescape(url)), urlsplit(settings.WAGTAILADMIN_BASE_URL or "")
    if parts.scheme and (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
        return None
    path = unquote(parts.path)
    return path[len(settings.MEDIA_URL) :] if path.startswith(settings.MEDIA_URL) else None


def own_media_store(markup: str) -> str:
    """``markup`` with pictures and links that point at this site's own stored images and
    documents (as a GIFT, Aiken or CSV export writes them) turned back into the editor's image
    embeds and document links, so a round trip through such a file keeps them."""
    if "<img" not in markup and "<a" not in markup:
        return markup

    def image(match):
        name = _media_name(match.group(1))
        stored = get_image_model().objects.filter(file=name).order_by("pk").first() if name else None
        if stored is None:
            return match.group(0)
        alt = _attributes(match.group(0)).get("alt", "")
        return f'<embed embedtype="image" id="{stored.pk}" format="fullwidth" alt="{html.escape(alt)}"/>'

    def link(match):
        name = _media_name(match.group(1))
        stored = get_document_model().objects.filter(file=name).order_by("pk").first() if name else None
        return f'<a linktype="document" id="{stored.pk}">' if stored else match.group(0)

    return _OWN_LINK.sub(link, _OWN_IMG.sub(image, markup))
