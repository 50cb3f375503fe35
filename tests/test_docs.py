"""Docs tests (sqlite-utils, datasette): every command has help and a section in docs/cli.md,
every setting is documented in docs/settings.md, and both generated pages are current."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import click
import pytest

from summitry.cli import main
from summitry.settings import Settings, describe_settings

PROJECT = Path(__file__).resolve().parents[1]
CLI_DOC = PROJECT / "docs" / "cli.md"
SETTINGS_DOC = PROJECT / "docs" / "settings.md"

_spec = importlib.util.spec_from_file_location("summitry_gen_cli_docs", PROJECT / "scripts" / "gen_cli_docs.py")
gen_cli_docs = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = gen_cli_docs
_spec.loader.exec_module(gen_cli_docs)

COMMANDS = [path for path, _ in gen_cli_docs.iter_commands(main)]


def _command(path: str) -> click.Command:
    command: click.Command = main
    for word in path.split()[1:]:
        command = command.commands[word]  # type: ignore[attr-defined]
    return command


def test_commands_found():
    # The walk sees the verbs the style guide promises, nested groups included.
    for path in ("summitry extract", "summitry evaluate", "summitry ingest", "summitry events", "summitry serve", "summitry knowledge check"):
        assert path in COMMANDS


@pytest.mark.parametrize("path", COMMANDS)
def test_command_has_help(path):
    command = _command(path)
    assert command.help and command.help.strip(), f"{path} has no help text"
    assert command.get_short_help_str().strip()


@pytest.mark.parametrize("path", [p for p in COMMANDS if not isinstance(_command(p), click.Group)])
def test_command_help_has_example(path):
    # The style guide: each verb has an example in its help.
    assert "Example" in _command(path).help, f"{path} --help has no example"


@pytest.mark.parametrize("path", COMMANDS)
def test_command_has_section_in_cli_doc(path):
    text = CLI_DOC.read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(path)}$", text, re.MULTILINE), f"docs/cli.md has no '## {path}' section"
    assert f"$ {path} --help\nUsage: {path} " in text


def test_cli_doc_is_current():
    assert CLI_DOC.read_text(encoding="utf-8") == gen_cli_docs.render_cli(), "docs/cli.md is stale: run python scripts/gen_cli_docs.py"


@pytest.mark.parametrize("name,default,help", describe_settings())
def test_setting_is_documented(name, default, help):
    assert help.strip(), f"Settings.{name} has no help text"
    text = SETTINGS_DOC.read_text(encoding="utf-8")
    row = next((line for line in text.splitlines() if line.startswith(f"| `{name}` |")), None)
    assert row is not None, f"docs/settings.md has no row for {name}"
    assert f"`SUMMITRY_{name.upper()}`" in row
    assert help.replace("|", "\\|") in row


def test_settings_doc_covers_exactly_the_fields():
    from dataclasses import fields

    text = SETTINGS_DOC.read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", text, re.MULTILINE)
    assert documented == [spec.name for spec in fields(Settings)]


def test_settings_doc_is_current():
    assert SETTINGS_DOC.read_text(encoding="utf-8") == gen_cli_docs.render_settings(), "docs/settings.md is stale: run python scripts/gen_cli_docs.py"
