"""CLI commands of the extraction core: `extract` and `evaluate`."""
from __future__ import annotations

import json
import logging
import sys
from datetime import date

import click

from ..errors import SummitryError
from ..model import ArticleResult, Failure
from .app import main
from .output import write_rows


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--published", help="Publication date YYYY-MM-DD for articles that do not state one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
def extract(paths: tuple[str, ...], published: str | None, fmt: str, strict: bool) -> None:
    """Print the diplomatic encounters each article reports, one JSON object per article.

    PATHS are .txt, .html, .json or .jsonl files, or folders of them. A file,
    line or folder entry that cannot be used is named on stderr once and the
    run goes on.

    Exit status: 0 all read; 1 some inputs failed, the others printed;
    2 bad usage; 3 the run failed (an unexpected error).

    \b
    Example:
      summitry extract article.txt --published 2023-11-10
      summitry extract ../shared/corpus/seeds/articles --format table
    """
    from dataclasses import replace

    from ..limits import run_within_limits
    from ..serialize import result_to_dict
    from ..settings import Settings
    from ..text import read_paths
    from .exit_codes import SOME_INPUTS_FAILED, RunFailed

    default_day = _parse_day(published)
    settings = Settings.from_env()

    def articles():
        for item in read_paths(paths, settings.max_article_size):
            if default_day is not None and not isinstance(item, Failure) and item.published is None:
                item = replace(item, published=default_day, published_source="metadata")
            yield item

    failures = 0
    try:
        for result in run_within_limits(articles(), settings):
            if isinstance(result, Failure):
                failures += 1
                click.echo(f"error: {result.source}: {result.message}", err=True)
                if strict:
                    sys.exit(SOME_INPUTS_FAILED)
                continue
            record = result_to_dict(result)
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                _print_table(result)
    except SummitryError as error:
        raise RunFailed(str(error)) from error
    except Exception as error:  # noqa: BLE001 - a message and exit code 3, not a traceback
        logging.getLogger(__name__).debug("extract stopped", exc_info=True)
        raise RunFailed(f"extract stopped by an unexpected error: {error.__class__.__name__}: {error} (run with -vv for the traceback)") from error
    if failures:
        click.echo(f"{failures} input(s) failed", err=True)
        sys.exit(SOME_INPUTS_FAILED)


def _print_table(result: ArticleResult) -> None:
    article = result.article
    click.echo(f"{article.id}  published {article.published or '?'} ({article.published_source})")
    rows = [
        {
            "kind": e.kind,
            "participants": ", ".join(p.name for p in e.participants),
            "date": e.date or "",
            "status": e.status,
            "place": ", ".join(x for x in (e.location.city, e.location.country) if x) if e.location else "",
            "occasion": e.occasion or "",
        }
        for e in result.encounters
    ]
    if rows:
        write_rows(rows, "table")
    click.echo("")


@main.command()
@click.argument("gold", required=False, type=click.Path())
@click.argument("predictions", required=False, type=click.Path())
@click.option("--corpus", type=click.Path(file_okay=False), help="A corpus folder (articles/ + gold/): extract and score in one go.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format.")
@click.option("--per-article", is_flag=True, help="Also list matches per article.")
@click.option("--spellings", is_flag=True, help="Count two spellings of one office holder that the tables list (Zelensky, Zelenskyy) as one name.")
def evaluate(gold: str | None, predictions: str | None, corpus: str | None, fmt: str, per_article: bool, spellings: bool) -> None:
    """Score predictions against gold records (strict and loose P/R/F1, slot accuracies).

    \b
    Examples:
      summitry evaluate ../shared/corpus/dev/gold predictions.jsonl
      summitry evaluate --corpus ../shared/corpus/dev
    """
    from ..evaluate import evaluate_corpus, read_gold, read_records, score

    try:
        if corpus:
            report, _ = evaluate_corpus(corpus, spellings=spellings)
        elif gold and predictions:
            report = score(read_gold(gold), read_records(predictions), spellings=spellings)
        else:
            raise click.UsageError("give GOLD and PREDICTIONS, or --corpus FOLDER")
    except SummitryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    if fmt == "json":
        summary = report.summary()
        if per_article:
            summary["articles"] = report.articles
        click.echo(json.dumps(summary, indent=2))
        return
    rows = [{"match": name, **{k: v for k, v in values.items()}} for name, values in (("strict", report.strict), ("loose", report.loose))]
    write_rows(rows, "table", ["match", "precision", "recall", "f1", "true_positives", "predicted", "gold"])
    click.echo("")
    write_rows([{"slot": name, "accuracy": "n/a" if value is None else value} for name, value in report.slots.items()], "table")
    if per_article:
        click.echo("")
        write_rows(report.articles, "table")
