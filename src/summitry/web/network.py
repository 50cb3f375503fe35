"""Who met whom: the leader network drawn on the network page.

Reads events (participants); adds nodes (one per participant, sized by
events) and weighted edges (weight = number of events the pair shares), laid
out server-side with a small deterministic force layout so the page needs no
JavaScript library.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

# Beyond this many leaders the picture is a hairball; the page says how many were left out.
MAX_NODES = 80
# 300 iterations settle 80 nodes (checked by eye on the dev corpus); more changes nothing visible.
LAYOUT_ITERATIONS = 300
WIDTH = 900
HEIGHT = 640
MARGIN = 60


@dataclass(frozen=True)
class Node:
    name: str
    country: str | None
    events: int
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    width: float


@dataclass(frozen=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]
    hidden: int  # leaders left out beyond MAX_NODES
    width: int = WIDTH
    height: int = HEIGHT


def build_network(events: Iterable, max_nodes: int = MAX_NODES) -> Network:
    """Count encounters per leader and per pair, and lay the graph out."""
    degree: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    countries: dict[str, str | None] = {}
    for event in events:
        names = sorted(set(event.participants))
        for name in names:
            degree[name] += 1
        for a, b in combinations(names, 2):
            pairs[(a, b)] += 1
        for encounter in event.encounters[:1]:
            for participant in encounter.participants:
                countries.setdefault(participant.name, participant.country)
    kept = [name for name, _ in sorted(degree.items(), key=lambda item: (-item[1], item[0]))[:max_nodes]]
    kept_set = set(kept)
    edge_counts = {pair: weight for pair, weight in pairs.items() if pair[0] in kept_set and pair[1] in kept_set}
    positions = _layout(kept, edge_counts)
    heaviest = max(edge_counts.values(), default=1)
    busiest = max(degree.values(), default=1)
    nodes = [
        Node(name, countries.get(name), degree[name], *positions[name], radius=6 + 10 * math.sqrt(degree[name] / busiest))
        for name in kept
    ]
    edges = [
        Edge(a, b, weight, *positions[a], *positions[b], width=1 + 7 * weight / heaviest)
        for (a, b), weight in sorted(edge_counts.items())
    ]
    return Network(nodes=nodes, edges=edges, hidden=len(degree) - len(kept))


def _layout(names: list[str], edges: dict[tuple[str, str], int]) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold, started from a circle so the result is the same on every run."""
    count = len(names)
    if count == 0:
        return {}
    if count == 1:
        return {names[0]: (WIDTH / 2, HEIGHT / 2)}
    area_w, area_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
    # 1.6 x the textbook ideal distance leaves room for the name labels (checked on the dev corpus).
    k = 1.6 * math.sqrt(area_w * area_h / count)
    pos = {
        name: [math.cos(2 * math.pi * i / count) * area_w / 3, math.sin(2 * math.pi * i / count) * area_h / 3]
        for i, name in enumerate(names)
    }
    temperature = area_w / 10
    for _ in range(LAYOUT_ITERATIONS):
        shift = {name: [0.0, 0.0] for name in names}
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                distance = max(math.hypot(dx, dy), 0.01)
                force = k * k / distance
                shift[a][0] += dx / distance * force
                shift[a][1] += dy / distance * force
                shift[b][0] -= dx / distance * force
                shift[b][1] -= dy / distance * force
        for (a, b), weight in edges.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            distance = max(math.hypot(dx, dy), 0.01)
            force = distance * distance / k * (1 + math.log(weight))
            shift[a][0] -= dx / distance * force
            shift[a][1] -= dy / distance * force
            shift[b][0] += dx / distance * force
            shift[b][1] += dy / distance * force
        for name in names:
            # A weak pull to the centre keeps unconnected pairs on the canvas.
            shift[name][0] -= pos[name][0] * 0.05 * k / 10
            shift[name][1] -= pos[name][1] * 0.05 * k / 10
            length = max(math.hypot(*shift[name]), 0.01)
            step = min(length, temperature)
            pos[name][0] += shift[name][0] / length * step
            pos[name][1] += shift[name][1] / length * step
        temperature *= 0.985
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1
    span_y = (max(ys) - min(ys)) or 1
    return {
        name: (
            round(MARGIN + (p[0] - min(xs)) / span_x * area_w, 1),
            round(MARGIN + (p[1] - min(ys)) / span_y * area_h, 1),
        )
        for name, p in pos.items()
    }
