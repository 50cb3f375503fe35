"""The web pages in a real browser: Playwright drives Debian's Chromium against a live `summitry serve`.

The store is filled from the bundled samples by `summitry demo --no-serve`,
the server runs as a subprocess on a free loopback port, and the test clicks
list -> event -> timeline -> network -> map, checks what each page shows
against the JSON API and `summitry events`, and saves a screenshot of each
page in a temporary folder, or under docs/screenshots/ when
SUMMITRY_UPDATE_SCREENSHOTS=1 (so a test run leaves the work tree clean).
Skips cleanly without Chromium or playwright.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("SUMMITRY_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SCREENSHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("SUMMITRY_UPDATE_SCREENSHOTS")
               else Path(tempfile.gettempdir()) / "summitry-screenshots")
# The server starts in about 2 s; 30 s leaves room for a slow CI machine.
SERVER_START_TIMEOUT = 30

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _summitry(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "summitry", *args], capture_output=True, text=True, check=True)
    return done.stdout


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "demo.db"
    _summitry("demo", "--no-serve", "--db", str(path))
    return path


def _start(db: Path, *extra: str):
    """`summitry serve` on a free loopback port, once it answers: (process, base URL)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "summitry", "serve", "--db", str(db), "--port", str(port), *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        try:
            _get_json(base + "/api/stats")
            return process, base
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"summitry serve did not start: {process.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)


def _stop(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def server(demo_db):
    process, base = _start(demo_db)
    yield base
    _stop(process)


@pytest.fixture(scope="module")
def page():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        yield page
        browser.close()


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _total(page) -> int:
    return int(page.locator("#total").inner_text())


def test_browser_list_event_timeline_network_map(server, demo_db, page):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda response: errors.append(f"{response.status} {response.url}") if response.status >= 400 else None)

    # The events list: the count agrees with the API and with `summitry events`.
    page.goto(server + "/")
    cli_events = json.loads(_summitry("events", "--db", str(demo_db), "--format", "json"))
    assert _total(page) == _get_json(server + "/api/events")["total"] == len(cli_events)
    assert page.locator("table.events tbody tr").count() == min(len(cli_events), 50)
    _shot(page, "events")

    # Filter with the form, as a user would.
    page.fill("input[name=actor]", "Xi Jinping")
    page.fill("input[name=with]", "Joe Biden")
    page.click("form.filters button")
    page.wait_for_load_state()
    cli_pair = json.loads(_summitry("events", "--db", str(demo_db), "--actor", "Xi Jinping", "--with", "Joe Biden", "--format", "json"))
    assert _total(page) == len(cli_pair) >= 1

    # The event with most sources: evidence highlighted in each source article, status history listed.
    busiest = max(cli_pair, key=lambda event: event["sources"])
    page.click(f'tr[data-event-id="{busiest["id"]}"] a.event-link')
    page.wait_for_load_state()
    assert page.url.endswith(f"/events/{busiest['id']}")
    assert page.locator("#event-status").inner_text() == busiest["status"]
    assert int(page.locator("#event-sources").inner_text()) == busiest["sources"]
    assert page.locator("article.source").count() == busiest["sources"]
    assert page.locator("mark.evidence").count() >= 1
    assert page.locator("ol.history li").count() == len(busiest["status_history"])
    _shot(page, "event")

    # The pair's timeline.
    page.click("a.pair-link")
    page.wait_for_load_state()
    first, second = busiest["participants"][:2]
    assert page.locator("#timeline-title").inner_text() == f"{first} and {second}"
    pair = _get_json(server + "/api/pairs?" + urllib.parse.urlencode({"actor": first, "with": second}))
    assert _total(page) == pair["total"]
    assert page.locator("svg.timeline a.timeline-mark").count() >= 1
    _shot(page, "timeline")

    # The network: one node per actor; clicking a node opens that leader's timeline.
    page.click("header nav a[data-nav=network]")
    page.wait_for_load_state()
    actors = _get_json(server + "/api/actors")["actors"]
    assert page.locator("svg.network a.node").count() == int(page.locator("#leaders").inner_text()) == len(actors)
    assert page.locator("svg.network a.edge").count() == int(page.locator("#links").inner_text()) >= 1
    _shot(page, "network")
    node = page.locator("svg.network a.node").first
    name = node.get_attribute("data-name")
    node.locator("circle").click()
    page.wait_for_load_state()
    assert page.locator("#timeline-title").inner_text() == name
    assert _total(page) == _get_json(server + "/api/pairs?" + urllib.parse.urlencode({"actor": name}))["total"]

    # The map: a circle per place, countries drawn from the shipped outline.
    page.click("header nav a[data-nav=map]")
    page.wait_for_load_state()
    assert page.locator("svg.map path.land").count() > 150
    assert page.locator("svg.map a.place").count() == int(page.locator("#places").inner_text()) >= 1
    _shot(page, "map")

    assert errors == []


def test_browser_every_link_works(server, page):
    """Follow every same-site link of every page once: none may answer with an error."""
    seen: set[str] = set()
    queue = ["/", "/actors", "/timeline", "/network", "/map"]
    failures = []
    while queue and len(seen) < 300:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = page.goto(server + path)
        if response is None or response.status >= 400:
            failures.append(f"{path}: {response.status if response else 'no response'}")
            continue
        if "text/html" not in (response.headers.get("content-type") or ""):
            continue
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))"):
            if href.startswith("/") and not href.startswith("/docs") and href.split("#")[0] not in seen:
                queue.append(href.split("#")[0])
    assert failures == []
    assert len(seen) > 20
