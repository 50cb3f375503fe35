"""Fuzz the HTTP API against its own OpenAPI with schemathesis: no request may cause a 5xx.

The app runs in-process (ASGI), with POST /api/articles on, over a SQLite
store and (when SUMMITRY_TEST_PG_URL is set) a PostgreSQL one, each filled
from the bundled sample articles. Each operation gets its own Hypothesis run, both
with valid and with invalid inputs, capped so the test stays well under two
minutes in CI. (Operations are driven by hand through `as_strategy` rather
than `schemathesis.pytest.from_fixture`, which breaks on pytest 9.)
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402

from summitry.settings import Settings  # noqa: E402

# 60 examples per operation and mode: about 30 s for the whole API; more found nothing new.
EXAMPLES_PER_OPERATION = 60


TOKEN = "sesame"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def api_schema(request, tmp_path_factory, fresh_store_url):
    """The API of a server with ingest on (POST /api/articles is fuzzed too), over each back end (issue 13)."""
    from summitry.cli.web_commands import ingest_samples
    from summitry.store import open_store
    from summitry.web import create_app

    with fresh_store_url(request.param, tmp_path_factory.mktemp("fuzz")) as url:
        store = open_store(url)
        ingest_samples(store)
        app = create_app(Settings(db=store.url, ingest_token=TOKEN), store, allow_ingest=True)
        yield schemathesis.openapi.from_asgi("/openapi.json", app)
        store.close()


def _fuzz(operation, mode) -> None:
    from schemathesis.checks import not_a_server_error, response_schema_conformance

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.status_code}"
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

    try:
        run()
    except Unsatisfiable:
        # An operation without parameters (GET /api/stats) has no invalid input to generate.
        assert mode.value == "negative", operation.label


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_api_fuzz_no_server_errors(api_schema, mode):
    from schemathesis import GenerationMode

    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.label for op in operations} >= {"GET /api/events", "GET /api/events/{event_id}", "GET /api/stats", "POST /api/articles"}
    for operation in operations:
        _fuzz(operation, GenerationMode(mode))
