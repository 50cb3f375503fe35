"""Issue 13: no regular expression in summitry takes time growing faster than its input.

Every pattern the package compiles is collected by introspection: module
globals, what the package's cached loaders build (the temporal grammar, the
cue prefilter, the boilerplate lines, ...), the knowledge base's compiled
indexes, and the literal patterns passed to `re.search(...)` and friends in
the source (found with `ast`). Each is run with `finditer` over adversarial
strings (runs of capitalised words, of letters, digits, dots, spaces, with
a prefix that satisfies look-behinds and a tail that makes the match fail)
of growing length.

The test compares growth, not time: between a string of length n and one of
8n, a linear scan takes about 8 times as long; a quadratic one 64 times and
an exponential one never returns. It fails when the ratio passes
MAX_GROWTH (three times linear), confirmed over repeated measurements.
Lengths double from 16 characters so an exponential pattern shows itself
(a doubling that multiplies the time by more than MAX_STEP_GROWTH) before it
can hang the run.
"""
from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pkgutil
import re
import time
from functools import lru_cache
from pathlib import Path

import pytest

import summitry

SOURCE = Path(summitry.__file__).resolve().parent
# Lengths of the adversarial strings: SHORT and LONG = 8 x SHORT are compared.
SHORT, LONG = 512, 4096
# Growth of time from SHORT to LONG; linear is 8 (less, with fixed costs).
MAX_GROWTH = 24
# On the way up from 16 characters, a doubling that multiplies the time by
# more than this (once past 1 ms, below which timer noise dominates) is
# exponential backtracking; the measurement stops there.
MAX_STEP_GROWTH = 10
STEP_NOISE_FLOOR = 1e-3
REPEATS = 3

# The prefix satisfies look-behinds ("(?<=[.)])"); the units are what the
# patterns repeat (letters, capitals, digits, spaces, punctuation, words,
# tags); the tail makes a match that ran to the end fail, which is when a
# backtracking engine tries every other way.
PREFIXES = ("", "Caption. ")
UNITS = (
    "A", "a", "1", " ", ".", "-", "/", ",",
    "ABC ", "abc ", "Abc ", "A. ", "12 ", "a-", "<a ", "Jan 1 ",
)
SUFFIXES = ("", "!\x00")


def _modules():
    for info in pkgutil.walk_packages(summitry.__path__, "summitry."):
        if not info.name.endswith("__main__"):  # importing it would run the CLI
            yield importlib.import_module(info.name)


def _walk(value, found: dict, depth: int = 0, seen: set | None = None) -> None:
    """Collect every compiled pattern reachable from `value` through summitry's own objects."""
    seen = set() if seen is None else seen
    if depth > 4 or id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), value)
        return
    if isinstance(value, (str, bytes, int, float, type(None))):
        return
    if isinstance(value, dict):
        if len(value) <= 5000:
            for item in value.values():
                _walk(item, found, depth + 1, seen)
        return
    if isinstance(value, (list, tuple, set, frozenset)):
        if len(value) <= 5000:
            for item in value:
                _walk(item, found, depth + 1, seen)
        return
    module = getattr(type(value), "__module__", "") or ""
    if not module.startswith("summitry"):
        return
    if dataclasses.is_dataclass(value):
        for spec in dataclasses.fields(value):
            _walk(getattr(value, spec.name, None), found, depth + 1, seen)
    for item in getattr(value, "__dict__", {}).values():
        _walk(item, found, depth + 1, seen)


_ANCHORED = {"match", "fullmatch"}


def _source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SOURCE.rglob("*.py")))


def _is_anchored(name: str, source: str) -> bool:
    """Whether the pattern held in `name` is only ever used with .match/.fullmatch (one position, not a scan)."""
    methods = set(re.findall(rf"\b{re.escape(name)}(?:\(\))?\.(\w+)\(", source))
    return bool(methods) and methods <= _ANCHORED


def _flags(node: ast.AST) -> int:
    if isinstance(node, ast.Attribute):
        return int(getattr(re, node.attr, 0))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


def _literal_patterns() -> dict:
    """Patterns written inline: re.search(r"...", text) and the like, found in the source."""
    found = {}
    functions = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in functions
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                position = {"compile": 1, "sub": 4, "subn": 4, "split": 3}.get(node.func.attr, 2)
                flags = _flags(node.args[position]) if len(node.args) > position else 0
                for keyword in node.keywords:
                    if keyword.arg == "flags":
                        flags |= _flags(keyword.value)
                pattern = re.compile(node.args[0].value, flags)
                key = (pattern.pattern, pattern.flags)
                anchored = node.func.attr in _ANCHORED and found.get(key, (None, True))[1]
                found[key] = (pattern, anchored)
    return found


@lru_cache(maxsize=1)
def collect_patterns() -> dict:
    """{(pattern text, flags): (compiled pattern, used only anchored)} for every pattern summitry uses."""
    found: dict = {}
    source = _source()
    anchored: set = set()
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                _walk(value, found)
                if _is_anchored(name, source):
                    anchored.add((value.pattern, value.flags))
            elif getattr(value, "__module__", None) != module.__name__:
                continue  # imported from elsewhere: looked at in its own module
            elif callable(value) and hasattr(value, "cache_info"):
                # A cached loader without required arguments builds its patterns once: call it and look inside.
                try:
                    parameters = inspect.signature(value).parameters.values()
                except (TypeError, ValueError):
                    continue
                if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
                    _walk(value(), found)
            elif inspect.isclass(value):
                for item in vars(value).values():
                    if isinstance(item, re.Pattern):
                        _walk(item, found)
    from summitry.knowledge import load_knowledge

    _walk(load_knowledge(), found)
    patterns = {key: (pattern, key in anchored) for key, pattern in found.items()}
    for key, (pattern, only_anchored) in _literal_patterns().items():
        if key not in patterns:  # re.compile(...) of a name already looked at says nothing of its use
            patterns[key] = (pattern, only_anchored)
    return patterns


def _seconds(pattern: re.Pattern, text: str, anchored: bool) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        if anchored:
            pattern.match(text)
        else:
            for _match in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
    return best


def _text(prefix: str, unit: str, suffix: str, length: int) -> str:
    return prefix + unit * (length // len(unit)) + suffix


def growth(pattern: re.Pattern, prefix: str, unit: str, suffix: str, anchored: bool = False) -> float:
    """How many times longer the scan of 8n characters takes than that of n (about 8 when linear).

    A pattern the code only uses with .match/.fullmatch is timed at one
    position; any other is scanned with finditer, as search, sub and
    findall do.
    """
    length, previous = 16, None
    while length < SHORT:
        took = _seconds(pattern, _text(prefix, unit, suffix, length), anchored)
        if previous is not None and took > STEP_NOISE_FLOOR and took / previous > MAX_STEP_GROWTH:
            return float("inf")  # exponential: stop before it hangs the run
        previous = max(took, 1e-7)
        length *= 2
    short = _seconds(pattern, _text(prefix, unit, suffix, SHORT), anchored)
    long = _seconds(pattern, _text(prefix, unit, suffix, LONG), anchored)
    return long / max(short, 1e-7)


def _label(key) -> str:
    text, flags = key
    return (text if len(text) <= 70 else text[:67] + "...") + (f" /{flags}" if flags & ~re.UNICODE else "")


def test_regex_audit_finds_the_package_patterns():
    patterns = collect_patterns()
    texts = {text for text, _ in patterns}
    # One of each kind of source: a module constant, a cached loader's output, a knowledge index, an inline literal.
    from summitry.text.clean import _CREDIT

    assert _CREDIT.pattern in texts
    assert any("(?:\\b(?=\\w)|(?='))" in text for text in texts), "temporal grammar rules not collected"
    assert len(patterns) >= 60, len(patterns)


def _cases():
    return sorted(collect_patterns())


@pytest.mark.issue(13)
@pytest.mark.parametrize("key", _cases(), ids=_label)
def test_regex_time_grows_linearly(key):
    pattern, anchored = collect_patterns()[key]
    worst = []
    for prefix in PREFIXES:
        for unit in UNITS:
            for suffix in SUFFIXES:
                ratio = growth(pattern, prefix, unit, suffix, anchored)
                if ratio > MAX_GROWTH:
                    # Confirm: timer noise or another process can spoil one measurement, not three.
                    again = min(growth(pattern, prefix, unit, suffix, anchored) for _ in range(2))
                    if again > MAX_GROWTH:
                        worst.append((min(ratio, again), prefix + unit * 3 + "..." + suffix))
    assert not worst, f"time grows faster than length (x{MAX_GROWTH} allowed for 8x the length): {sorted(worst)[-3:]}"
