"""The knowledge commands through click's CliRunner."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from summitry.cli import main
from summitry.knowledge.tables import DATA_DIR


@pytest.mark.skipif(not (DATA_DIR / "leaders_americas.csv").exists(), reason="leaders_americas.csv is absent")
@pytest.mark.parametrize(
    "args, expected",
    [
        (["who", "US president", "--on", "2023-11-15", "--format", "csv"],
         "name,title,office,country,start,end\nJoe Biden,President,head_of_state_and_government,USA,2021-01-20,2025-01-20\n"),
        (["who", "US president", "--on", "2025-10-30", "--format", "csv"],
         "name,title,office,country,start,end\nDonald Trump,President,head_of_state_and_government,USA,2025-01-20,\n"),
    ],
)
def test_who_command(args, expected):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output == expected


@pytest.mark.parametrize(
    "args, expected",
    [
        (["summit", "APEC", "2024", "--format", "csv"],
         "occasion,name,city,country,start,end\nAPEC 2024,APEC Economic Leaders' Meeting,Lima,PER,2024-11-15,2024-11-16\n"),
        (["who", "NATO Secretary General", "--on", "2025-01-01", "--format", "csv"],
         "name,title,office,country,start,end\nMark Rutte,NATO Secretary General,secretary_general,NATO,2024-10-01,\n"),
    ],
)
def test_knowledge_commands_output(args, expected):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output == expected


@pytest.mark.parametrize("args", [["who", "Nobody Atall"], ["summit", "Bilderberg"], ["summit", "APEC", "1990"]])
def test_knowledge_commands_not_found_exit_1(args):
    assert CliRunner().invoke(main, args).exit_code == 1


def test_knowledge_check_passes():
    result = CliRunner().invoke(main, ["knowledge", "check", "--errors-only", "--format", "csv"])
    assert result.exit_code == 0, result.output


def test_knowledge_check_fails_on_bad_table(tmp_path):
    (tmp_path / "countries.csv").write_text("# t\niso3,name,aliases,demonyms,capital,metonyms,latitude,longitude\nZZZ,Nowhere,,,,,,\n")
    result = CliRunner().invoke(main, ["knowledge", "check", "--data-dir", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 1
    assert "ZZZ" in result.output


def test_knowledge_stats():
    result = CliRunner().invoke(main, ["knowledge", "stats", "--format", "csv"])
    assert result.exit_code == 0
    assert "summits APEC" in result.output
