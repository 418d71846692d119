"""API fuzzing: whatever a client sends, the server answers JSON (or, for a good export
request, the file) and never a server error.

Schemathesis generates requests from the OpenAPI description, valid and invalid ones; a second
test sends every parameter of every API route hostile values (huge integers, control characters,
very long or many words) that a schema-driven generator rarely tries."""

from urllib.parse import quote

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

import chronik
from chronik.web import create_app
from chronik.web.api import EXPORTS


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory, demo_dir):
    db = tmp_path_factory.mktemp("fuzz") / "demo.db"
    assert chronik.run([demo_dir], db=db).ok
    return create_app(db)


def _operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def _is_json_without_server_error(response) -> None:
    assert response.status_code < 500, response.text[:500]
    kind = response.headers["content-type"]
    kind = kind[0] if isinstance(kind, list) else kind  # schemathesis lists a header's values
    download = response.headers.get("content-disposition")
    download = download[0] if isinstance(download, list) else download
    if response.status_code == 200 and download:
        assert download.startswith("attachment;")
        assert kind.split(";")[0] in {media for media, _ in EXPORTS.values()}
        return
    assert kind.startswith("application/json"), response.text[:200]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_generated_requests_never_get_a_server_error(demo_app, mode):
    operations = _operations(demo_app)
    assert len(operations) >= 10

    @given(case=st.one_of(*(op.as_strategy(generation_mode=mode) for op in operations)))
    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case):
        _is_json_without_server_error(case.call())

    check()


# Values a client can send: three of the longest stay within httpx's 65,536-character URLs.
HOSTILE = st.one_of(
    st.integers(min_value=-2**70, max_value=2**70).map(str),
    st.sampled_from(["99999999999999999999", "9223372036854775808", "-9223372036854775809",
                     "1e309", "NaN", "\x00", "%00", "'", '"', "\\", "*", "Ukrain*", "NEAR(a b)",
                     "a" * 15_000, " ".join(["Wort"] * 1000), "9999-12-31", "0001-01-01",
                     "2023-13-45"]),
    st.text(max_size=60),
    st.text(alphabet=st.characters(max_codepoint=0x1f), max_size=10),
)


@given(data=st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_hostile_values_in_any_parameter_are_refused_cleanly(demo_app, data):
    client = TestClient(demo_app)
    paths = client.get("/openapi.json").json()["paths"]
    path = data.draw(st.sampled_from(sorted(paths)))
    parameters = paths[path]["get"].get("parameters", [])
    url = path
    for param in (p for p in parameters if p["in"] == "path"):
        url = url.replace("{" + param["name"] + "}", quote(data.draw(HOSTILE), safe=""))
    names = [p["name"] for p in parameters if p["in"] == "query"]
    chosen = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=3)) if names else []
    _is_json_without_server_error(client.get(url, params={n: data.draw(HOSTILE) for n in chosen}))
