import gc
import warnings
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from courses.models import HomePage
from lms import roles
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory
from tests.factories import UserFactory

VIDEO_URL = "https://www.youtube.com/watch?v=occupass-ppe"
VIDEO_HTML = '<iframe title="Donning and doffing PPE" src="https://www.youtube-nocookie.com/embed/ppe"></iframe>'


@pytest.fixture(autouse=True)
def _empty_cache():
    # Wagtail caches site root paths; a clean cache keeps query counts independent of test order.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The home page the migrations create; the default site points at it."""
    return HomePage.objects.get()


@pytest.fixture
def catalog(home_page):
    return CatalogPageFactory(parent=home_page)


@pytest.fixture
def module(catalog):
    return ModulePageFactory(parent=catalog, title="Safe transfers", topic="transfers")


@pytest.fixture
def lessons(module):
    return [LessonPageFactory(parent=module, title=f"Transfers lesson {n}") for n in range(1, 4)]


@pytest.fixture
def reviewer(db):
    user = UserFactory(email="reviewer@riverside.test")
    user.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    return user


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def image(db, media_root):
    return Image.objects.create(title="Wheelchair brakes", file=get_test_image_file())


@pytest.fixture
def document(db, media_root):
    content = b"Brakes locked."
    return Document.objects.create(
        title="Transfer checklist", file=ContentFile(content, name="checklist.txt"), file_size=len(content)
    )


@pytest.fixture
def embed(db):
    """A cached embed stands in for the provider's oEmbed reply, so no test reaches the network."""
    return create_embed()


def create_embed():
    return Embed.objects.create(
        url=VIDEO_URL, hash=get_embed_hash(VIDEO_URL), type="video", html=VIDEO_HTML, provider_name="YouTube"
    )


@contextmanager
def image_renditions():
    """Wagtail renders each new image rendition into a SpooledTemporaryFile it never closes
    (wagtail/images/models.py, `generate_rendition_instance`); the ResourceWarning raised when
    that file is collected is not ours to fix, so it is silenced only around rendition work."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        yield
        gc.collect()
