"""The HTML pages: events list, event, leaders, timeline, network and map.

Server-rendered with Jinja2 (autoescape on for every template). Pages read
their filters leniently from the query string, because HTML forms send empty
fields, and show a bad value as a message rather than an error page.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader

from ...model import KINDS, STATUSES
from ..deps import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_TEXT_PARAM, EventFilters, StoreDep, normalise_date
from ..highlight import evidence_matches, split_at_evidence
from ..leaders import find_leader, leader_rows, offices_of
from ..network import build_network
from ..timeline import build_timeline
from ..worldmap import build_map

router = APIRouter(include_in_schema=False)

# The network and map are drawn from at most this many events (the newest),
# so both pages stay quick on a large store; the page says when it is capped.
MAX_DRAWN_EVENTS = 20_000


def make_environment() -> Environment:
    """The template environment; autoescape is on for every template, whatever its name."""
    environment = Environment(loader=PackageLoader("summitry.web", "templates"), autoescape=True)
    environment.globals["KINDS"] = KINDS
    environment.globals["STATUSES"] = STATUSES
    environment.filters["query"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})
    environment.filters["safe_url"] = _safe_url
    return environment


def _safe_url(url: str | None) -> str | None:
    # Article URLs are untrusted: only http(s) links are drawn, never javascript: or data:.
    if url and re.match(r"^https?://", url, re.IGNORECASE):
        return url
    return None


def _render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    template = request.app.state.templates.get_template(name)
    return HTMLResponse(template.render(request=request, **context), status_code=status_code)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status_code=status, status=status, message=message, title=f"Error {status}")


def render_api_docs(request: Request, openapi: dict) -> HTMLResponse:
    """A plain list of the API's endpoints, for when Swagger UI's files are not installed."""
    endpoints = [
        {"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
         "parameters": [parameter["name"] for parameter in operation.get("parameters", [])]}
        for path, methods in openapi.get("paths", {}).items()
        for method, operation in methods.items()
    ]
    return _render(request, "api_docs.html", title="HTTP API", endpoints=endpoints)


def _filters_from_query(request: Request) -> tuple[EventFilters, list[str]]:
    params = request.query_params
    problems = []

    def text(name: str) -> str | None:
        value = (params.get(name) or "").strip()
        if len(value) > MAX_TEXT_PARAM:
            problems.append(f"{name}: longer than {MAX_TEXT_PARAM} characters, ignored")
            return None
        return value or None

    def choice(name: str, pattern: str, hint: str) -> str | None:
        value = text(name)
        if value and not re.match(pattern, value):
            problems.append(f"{name}: {value!r} is not {hint}; ignored")
            return None
        return value

    def _date(name: str) -> str | None:
        value = text(name)
        if value and normalise_date(value) is None:
            problems.append(f"{name}: {value!r} is not a date like 2023, 2023-11 or 2023-11-15; ignored")
            return None
        return normalise_date(value) if value else None

    country = text("country")
    filters = EventFilters(
        actor=text("actor"),
        with_=text("with"),
        country=country.upper() if country else None,
        since=_date("since"),
        until=_date("until"),
        kind=choice("kind", "^(" + "|".join(KINDS) + ")$", "one of " + ", ".join(KINDS)),
        status=choice("status", "^(" + "|".join(STATUSES) + ")$", "one of " + ", ".join(STATUSES)),
        search=text("q"),
    )
    return filters, problems


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(request.query_params.get(name, default)), low), high)
    except ValueError:
        return default


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep) -> HTMLResponse:
    filters, problems = _filters_from_query(request)
    limit = _int_param(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = _int_param(request, "offset", 0, 0, MAX_OFFSET)
    kwargs = filters.as_store_kwargs()
    total = store.count_events(**kwargs)
    events = store.events(**kwargs, limit=limit, offset=offset)
    query = filters.as_query()
    previous_offset = max(offset - limit, 0) if offset > 0 else None
    next_offset = offset + limit if offset + limit < total else None
    return _render(
        request,
        "events.html",
        title="Events",
        events=events,
        total=total,
        limit=limit,
        offset=offset,
        filters=query,
        problems=problems,
        previous_query={**query, "offset": previous_offset, "limit": limit} if previous_offset is not None else None,
        next_query={**query, "offset": next_offset, "limit": limit} if next_offset is not None else None,
        api_query=query,
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    by_article: dict[str, list] = defaultdict(list)
    for encounter in event.encounters:
        by_article[encounter.article_id].append(encounter)
    sources = []
    for article_id, encounters in by_article.items():
        article = store.article(article_id)
        spans = []
        unplaced = []
        for encounter in encounters:
            evidence = encounter.evidence
            if article is not None and evidence_matches(article.text, evidence.start, evidence.end, evidence.sentence):
                spans.append((evidence.start, evidence.end))
            else:
                unplaced.append(evidence.sentence)
        pieces = split_at_evidence(article.text, spans) if article is not None else []
        sources.append({"article_id": article_id, "article": article, "encounters": encounters, "pieces": pieces, "unplaced": unplaced})
    return _render(request, "event.html", title=" and ".join(event.participants) or event.id, event=event, sources=sources)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: StoreDep) -> HTMLResponse:
    rows = leader_rows(store)
    needle = (request.query_params.get("q") or "").strip()
    if needle:
        rows = [row for row in rows if needle.casefold() in row["name"].casefold()]
    return _render(request, "actors.html", title="Leaders", leaders=rows, q=needle)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep) -> HTMLResponse:
    actor = (request.query_params.get("actor") or "").strip()[:MAX_TEXT_PARAM]
    other = (request.query_params.get("with") or "").strip()[:MAX_TEXT_PARAM] or None
    if not actor:
        return _render(request, "timeline.html", title="Timeline", actor="", other=None, leader=None, events=[],
                       chart=None, partners=[], offices=[], leaders=leader_rows(store)[:200])
    events = store.timeline(actor, with_=other)
    partners: Counter[str] = Counter()
    for event in events:
        for name in event.participants:
            if name != actor:
                partners[name] += 1
    leader = find_leader(store, actor)
    return _render(
        request,
        "timeline.html",
        title=f"{actor} and {other}" if other else actor,
        actor=actor,
        other=other,
        leader=leader,
        events=events,
        chart=build_timeline(events),
        partners=sorted(partners.items(), key=lambda item: (-item[1], item[0])) if not other else [],
        offices=offices_of(actor),
        leaders=[],
    )


def _drawn(request: Request, store, name: str, build):
    """`build(newest events)`, remembered until the store changes (the counts in its stats move)."""
    stats = store.stats()
    key = (name, stats.get("articles"), stats.get("encounters"), stats.get("events"))
    cache = request.app.state.drawings
    if key not in cache:
        events = store.events(limit=MAX_DRAWN_EVENTS)
        for old in [k for k in cache if k[0] == name]:
            del cache[old]
        cache[key] = (build(events), len(events), stats["events"])
    return cache[key]


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep) -> HTMLResponse:
    network, drawn, total = _drawn(request, store, "network", build_network)
    return _render(request, "network.html", title="Network", network=network, drawn=drawn, total=total)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: StoreDep) -> HTMLResponse:
    world, drawn, total = _drawn(request, store, "map", build_map)
    return _render(request, "map.html", title="Map", world=world, drawn=drawn, total=total)
