"""The server as clients meet it: a real uvicorn over a real database, many clients at once."""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import chronik
from chronik.web import create_app

from .conftest import serving

ROUTES = ["/api/events?limit=20", "/api/events?q=Gipfel", "/api/timeline", "/api/network",
          "/api/articles", "/api/articles/1", "/api/stories", "/api/actors", "/api/search?q=Gipfel",
          "/timeline", "/articles/1", "/network", "/events/1", "/api/events/999999"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_dir):
    db = tmp_path_factory.mktemp("serve") / "demo.db"
    assert chronik.run([demo_dir], db=db).ok
    return db


@pytest.fixture(scope="module")
def live(demo_db):
    with serving(create_app(demo_db)) as url:
        yield url


def _client_session(base: str, rounds: int) -> list[str]:
    """One keep-alive client requesting every route `rounds` times; the failures it saw."""
    failures = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(rounds):
            for route in ROUTES:
                try:
                    response = client.get(route)
                except httpx.HTTPError as error:
                    failures.append(f"{route}: {error!r}")
                    continue
                if response.status_code >= 500:
                    failures.append(f"{route}: {response.status_code}")
    return failures


@pytest.mark.parametrize("clients", [1, 16])
def test_concurrent_keep_alive_clients_get_no_server_error(live, clients):
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda _: _client_session(live, 3), range(clients)))
    assert [f for found in results for f in found] == []


def test_every_answer_carries_the_security_headers(live):
    for route in ("/timeline", "/api/events", "/static/chronik.css", "/api/events/999999"):
        headers = httpx.get(live + route).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"


def test_the_favicon_and_the_api_description_need_no_inline_script(live):
    icon = httpx.get(live + "/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/svg+xml"
    docs = httpx.get(live + "/docs").text
    assert "/static/docs.js" in docs and "<script>" not in docs


@pytest.mark.parametrize("params, words", [
    ({"q": "\x00"}, "pattern"), ({"q": "a" * 50_000}, "at most 500 characters"),
    ({"q": " ".join(["Wort"] * 21)}, "at most 20"), ({"offset": str(10**20)}, "less than"),
])
def test_oversized_or_control_queries_are_422(live, params, words):
    for route in ("/api/events", "/api/search"):
        response = httpx.get(live + route, params={"q": "Gipfel", **params})
        assert response.status_code == 422 and words in response.text


def test_ids_beyond_sqlite_integers_are_422_not_500(live):
    for route in ("/api/events/", "/api/articles/", "/api/stories/", "/events/"):
        assert httpx.get(f"{live}{route}{2**63}").status_code == 422
    assert httpx.get(f"{live}/articles?page={10**18}").status_code == 422
