"""CAMEO / PLOVER flavoured export rows."""
from __future__ import annotations

import pytest

from summitry.resolve import merge_encounters
from summitry.store.export import cameo_rows, plover_rows

from conftest import make_encounter


@pytest.mark.parametrize("encounter, code, mode", [
    (make_encounter("a", ["Joe Biden", "Xi Jinping"], "2024-04-02", kind="call"), "041", "phone"),
    (make_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA"), "042", "visit"),
    (make_encounter("a", ["Joe Biden", "Xi Jinping"], "2022-11-14", city="Bali", country="IDN"), "044", "third-party"),
    (make_encounter("a", ["Joe Biden", "Xi Jinping"], "2022-11-14"), "040", ""),
    (make_encounter("a", ["Joe Biden", "Xi Jinping"], "2025-11-14", status="planned"), "036", ""),
    (make_encounter("a", ["Narendra Modi"], "2023-07-14", kind="visit", city="Paris", country="FRA", countries=("IND", "FRA")), "042", "visit"),
])
def test_export_cameo_and_plover_codes(encounter, code, mode):
    [event] = merge_encounters([encounter])
    [cameo] = list(cameo_rows([event]))
    [plover] = list(plover_rows([event]))
    assert cameo["EventCode"] == code and cameo["EventRootCode"] == code[:2]
    assert (plover["event_type"], plover["event_mode"]) == ("CONSULT", mode)


def test_export_visit_is_oriented_from_visitor_to_host():
    [event] = merge_encounters([make_encounter("a", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA")])
    [row] = list(cameo_rows([event]))
    assert (row["Actor1Name"], row["Actor2CountryCode"]) == ("XI JINPING", "USA")


def test_export_three_parties_give_three_dyads():
    [event] = merge_encounters([make_encounter("a", ["Joe Biden", "Xi Jinping", "Narendra Modi"], "2023-09-09")])
    assert len(list(plover_rows([event]))) == 3
