"""Progress bars and the input count behind their total (cli/progress.py)."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from summitry.cli import main
from summitry.cli.progress import count_inputs


@pytest.mark.issue(12)
@pytest.mark.parametrize("files, paths, expected", [
    ({"a.txt": "One.", "b.html": "<p>Two.</p>"}, ["."], 2),
    ({"feed.jsonl": '{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\nnot json\n'}, ["feed.jsonl"], 3),
    ({"empty.jsonl": ""}, ["empty.jsonl"], 1),  # read as one failure
    ({"sub/a.json": "{}", "sub/notes.md": "skipped"}, ["sub"], 2),  # the skipped file is reported too (issue 13)
    ({}, ["missing.txt"], 1),
])
def test_count_inputs_matches_what_read_paths_yields(tmp_path, files, paths, expected):
    from summitry.text import read_paths

    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    resolved = [tmp_path / path for path in paths]
    assert count_inputs(resolved) == expected == len(list(read_paths(resolved)))


@pytest.mark.issue(12)
def test_progress_bar_hidden_when_stderr_is_not_a_terminal(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text("Nothing diplomatic happened here.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(article), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0
    assert re.fullmatch(
        r"1 articles in \d+\.\d s \(\d+\.\d articles/s, 1 worker\(s\)\): 1 added, 0 updated, 0 unchanged, 0 duplicates; "
        r"0 failed; 0 encounters; 0 events in the store\n",
        result.stderr,
    )


@pytest.mark.issue(12)
def test_progress_bar_shows_total_and_eta_on_a_terminal(tmp_path, monkeypatch):
    import sys

    from summitry.cli import progress

    monkeypatch.setattr(progress, "shows_progress", lambda: True)
    captured = []
    monkeypatch.setattr(sys, "stderr", type("Terminal", (), {"write": lambda self, text: captured.append(text), "flush": lambda self: None,
                                                             "isatty": lambda self: True})())
    with progress.progress_bar(4, unit="article", desc="ingest") as bar:
        bar.update(2)
    output = "".join(captured)
    assert "ingest" in output and "/4" in output and "<" in output  # n/total [elapsed<remaining, rate]
