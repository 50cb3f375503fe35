"""The `summitry` click group; each command module adds its verbs to it."""
from __future__ import annotations

import logging
import os

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bars.")
@click.version_option(package_name="summitry")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """summitry: who met whom, when, where: diplomatic encounters from news articles.

    \b
    Examples:
      summitry extract article.txt --published 2023-11-10
      summitry ingest articles/*.html
      summitry events --actor "Xi Jinping" --since 2023
      summitry serve
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # Dask sets up its own INFO handler when imported; its start/stop chatter shows only with -vv.
    dask_level = level if verbose >= 2 else max(level, logging.WARNING)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", logging.getLevelName(dask_level).lower())
    logging.getLogger("distributed").setLevel(dask_level)
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
