"""Settings: defaults, and `SUMMITRY_*` variables read by `Settings.from_env`."""
from __future__ import annotations

import pytest

from summitry.errors import ConfigError
from summitry.settings import Settings


@pytest.mark.issue(10)
@pytest.mark.parametrize("raw,expected", [("1", True), ("true", True), ("Yes", True), ("on", True),
                                          ("0", False), ("false", False), ("no", False), ("", False)])
def test_settings_from_env_reads_a_boolean(raw, expected):
    assert Settings.from_env({"SUMMITRY_PARSE_ALL": raw}).parse_all is expected


@pytest.mark.issue(10)
def test_settings_from_env_refuses_a_word_that_is_no_boolean():
    with pytest.raises(ConfigError, match="SUMMITRY_PARSE_ALL='maybe': expected true or false"):
        Settings.from_env({"SUMMITRY_PARSE_ALL": "maybe"})


@pytest.mark.issue(10)
def test_settings_parse_only_candidate_sentences_by_default():
    assert Settings().parse_all is False
