"""Exit codes shared by the commands that read inputs (`ingest`, `extract`).

    0  every input was read and processed
    1  some inputs failed (each named on stderr); the others were processed and stored
    2  usage error: a bad option or argument (click's own code)
    3  the run failed: the store could not be used, or an unexpected error stopped the run;
       what was committed before it stays stored
"""
from __future__ import annotations

import click

OK = 0
SOME_INPUTS_FAILED = 1
USAGE = 2
RUN_FAILED = 3


class RunFailed(click.ClickException):
    """The run itself failed (not one input): exit code 3."""

    exit_code = RUN_FAILED
