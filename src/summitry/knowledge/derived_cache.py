"""A compact on-disk copy of an index derived from a knowledge data file, built at first use.

Reads: a data file (knowledge/data/cities.tsv) and the function that indexes
it. Adds: the index, from a `marshal` file in the user's cache folder
(`$XDG_CACHE_HOME/summitry`, else `~/.cache/summitry`) when one was built from
the same bytes of the same file by the same Python, else built and saved.

The city index is the reason: folding 34,000 GeoNames names and their
alternates costs 0.19 s of CPU in every process that resolves a place,
while reading the same index back with `marshal` costs 0.03 s. The cache
file's name carries a hash of the data file and the Python version
(marshal's format belongs to the interpreter), so an edited table or
another Python never reads a stale index; a folder that cannot be written
only means the index is built each time. Only plain values are stored
(str, int, float, None, tuples, dicts), which is what `marshal` can write.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where derived indexes are kept: $XDG_CACHE_HOME/summitry, else ~/.cache/summitry (read when asked)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summitry"


def cached_index(source: Path, build: Callable[[], dict], kind: str) -> dict:
    """The index `build()` makes from `source`, read from the cache when it was built from these bytes.

    `kind` names the index in the cache file's name ("cities"). The cache
    is written to a temporary file and renamed, so two processes starting
    together never read half a file.
    """
    digest = hashlib.blake2b(source.read_bytes(), digest_size=12).hexdigest()
    path = cache_dir() / f"{kind}-{digest}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    try:
        # Read whole, then decoded: `marshal.load` on a file reads it object by object, ten times slower.
        return marshal.loads(path.read_bytes())
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError) as error:
        logger.debug("rebuilding %s: the cached copy %s is unreadable (%s)", kind, path, error)
    index = build()
    _save(path, index)
    return index


def _save(path: Path, index: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(index))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError) as error:
        # A read-only home or a full disk costs the build each time, nothing else.
        logger.debug("could not cache %s in %s: %s", path.name, path.parent, error)
