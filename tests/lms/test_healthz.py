import pytest


@pytest.mark.django_db
def test_healthz_returns_ok_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain"


def test_healthz_rejects_post(client):
    assert client.post("/healthz").status_code == 405


def test_favicon_ico_redirects_to_the_static_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("favicon.ico")
    assert response["Location"].startswith("/static/")
