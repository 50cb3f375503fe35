"""Issue 3: the tagger's scores on TempEval-3 platinum and MEANTIME stay above pinned floors.

Floors sit a little under the scores measured when they were pinned (TE3
span F1 0.942, value F1 0.874; MEANTIME span F1 0.917, value F1 0.852; see
benchmarks/temporal.py); raise them when the tagger improves, never lower
them to make a change pass.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "temporal.py"
FLOORS = {  # corpus: (span F1, value F1)
    "te3": (0.92, 0.86),  # measured 0.942 / 0.874; a margin for harmless drift
    "meantime": (0.90, 0.84),  # measured 0.917 / 0.852
}


def _benchmark():
    spec = importlib.util.spec_from_file_location("temporal_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.mark.issue(3)
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_temporal_scores_stay_above_floor(shared_dir, corpus):
    benchmark = _benchmark()
    loader = {"te3": benchmark.load_te3, "meantime": benchmark.load_meantime}[corpus]
    documents = loader(shared_dir / "benchmarks")
    score = benchmark.evaluate("summitry", documents)
    row = score.row("summitry")
    span_f1, value_f1 = float(row[3]), float(row[5])
    assert span_f1 >= FLOORS[corpus][0] and value_f1 >= FLOORS[corpus][1], row
