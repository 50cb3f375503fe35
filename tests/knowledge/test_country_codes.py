"""knowledge/data/country_codes.csv: every ISO code valid, FIPS and CAMEO codes as published."""
from __future__ import annotations

import pytest

from summitry.knowledge.check import is_valid_code
from summitry.knowledge.country_codes import load_country_codes


def test_country_codes_are_iso_3166():
    pycountry = pytest.importorskip("pycountry")
    codes = load_country_codes()
    assert len(codes) > 240
    invalid = [
        code for code in codes
        if code != "XKX" and not pycountry.countries.get(alpha_3=code) and not pycountry.historic_countries.get(alpha_3=code)
    ]
    assert not invalid
    assert all(len(entry.fips) in (0, 2) and (not entry.cameo or len(entry.cameo) == 3) for entry in codes.values())


@pytest.mark.parametrize("code, valid", [("CHN", True), ("XKX", True), ("SCG", True), ("EUU", True), ("XYZ", False), ("chn", False)])
def test_is_valid_code_without_pycountry(code, valid):
    assert is_valid_code(code) is valid
