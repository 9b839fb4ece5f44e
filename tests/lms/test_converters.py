"""The `<id:…>` path converter: ids too large for a database column are a 404, not a 500."""

import pytest
from django.urls import reverse

from lms.converters import MAX_ID, IdConverter, parse_id

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0), ("42", 42), (str(MAX_ID), MAX_ID), (str(MAX_ID + 1), None), (HUGE, None), ("²", None), ("٣", None),
     ("", None), ("-1", None), (" 1", None), ("1\x00", None), ("1" * 5000, None)],
)  # fmt: skip
def test_parse_id_takes_ascii_digits_up_to_the_largest_bigint(value, expected):
    assert parse_id(value) == expected


def test_id_converter_raises_value_error_so_django_answers_404():
    with pytest.raises(ValueError):
        IdConverter().to_python(HUGE)
    assert IdConverter().to_python("7") == 7
    assert IdConverter().to_url(7) == "7"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        f"/progress/people/{HUGE}/transcript/",
        f"/manage/riverside/people/{HUGE}/",
        f"/manage/riverside/teams/{HUGE}/",
        f"/learn/lessons/{HUGE}/complete/",
        f"/progress/external/{HUGE}/evidence/",
        f"/quiz/attempt/{HUGE}/q/{HUGE}/",
    ],
)
def test_huge_ids_in_urls_are_not_found(client, manager, url):
    client.force_login(manager)

    assert client.get(url).status_code == 404
    assert client.post(url).status_code in (404, 405)


def test_urls_still_reverse_with_ids():
    assert reverse("progress:learner-transcript", args=[12]) == "/progress/people/12/transcript/"
