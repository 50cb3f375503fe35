"""CAMEO/PLOVER coding of hand-made events: code, orientation, actor codes and the coded date."""
from __future__ import annotations

from datetime import date

import pytest

from summitry.export.coding import code_event, quad_class


@pytest.mark.parametrize("people, kwargs, code, plover, modes", [
    (["Joe Biden", "Xi Jinping"], dict(kind="call"), "041", "CONSULT", ("phone",)),
    (["Joe Biden", "Xi Jinping"], dict(city="Woodside", country="USA"), "042", "CONSULT", ("visit",)),
    (["Joe Biden", "Xi Jinping"], dict(city="Bali", country="IDN"), "044", "CONSULT", ("third-party",)),
    (["Joe Biden", "Xi Jinping"], dict(city="Bali", country="IDN", occasion="G20 2022"), "044", "CONSULT", ("third-party", "multilateral")),
    (["Joe Biden", "Xi Jinping"], {}, "040", "CONSULT", ()),
    (["Joe Biden", "Xi Jinping"], dict(status="planned"), "036", "AGREE", ()),
    (["Joe Biden", "Xi Jinping"], dict(status="cancelled"), "036", "AGREE", ()),
    (["Narendra Modi"], dict(kind="visit", city="Paris", country="FRA", countries=("IND", "FRA")), "042", "CONSULT", ("visit",)),
    (["Joe Biden", "Xi Jinping"], dict(sentence="Biden and Xi held negotiations on trade."), "046", "CONSULT", ()),
    (["Joe Biden", "Xi Jinping"], dict(sentence="Qatar mediated talks between Biden and Xi.", city="Doha", country="QAT"), "045", "CONSULT", ()),
    (["Joe Biden", "Xi Jinping"], dict(kind="call", sentence="Biden and Xi discussed the negotiations by phone."), "041", "CONSULT", ("phone",)),
    (["Fumio Kishida", "Yoon Suk-yeol", "Joe Biden"], {}, "040", "CONSULT", ("multilateral",)),
])
def test_code_event_codes(make_encounter, make_event, people, kwargs, code, plover, modes):
    coding = code_event(make_event(make_encounter("a1", people, "2023-11-15", **kwargs)))
    assert (coding.cameo_code, coding.plover_event, coding.plover_modes) == (code, plover, modes)
    assert coding.cameo_root == code[:2] and coding.quad_class == 1


def test_code_event_visit_goes_from_guest_to_host(make_encounter, make_event):
    coding = code_event(make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", city="Woodside", country="USA")))
    assert [a.name for a in coding.actors] == ["Xi Jinping"]
    assert [(r.name, r.cameo_code, r.plover_code) for r in coding.recipients] == [("Joe Biden", "USAGOV", "USA")]
    assert [a.cameo_code for a in coding.dyad()] == ["CHNGOV", "USAGOV"]


def test_code_event_reciprocal_meeting_lists_every_party(make_encounter, make_event):
    coding = code_event(make_event(make_encounter("a1", ["Fumio Kishida", "Yoon Suk-yeol", "Joe Biden"], "2023-08-18",
                                                  city="Bali", country="IDN")))
    assert coding.reciprocal and [a.cameo_code for a in coding.actors] == ["JPNGOV", "KORGOV", "USAGOV"]


def test_code_event_lone_traveller_visits_the_bare_country(make_encounter, make_event):
    coding = code_event(make_event(make_encounter("a1", ["Narendra Modi"], "2023-07-14", kind="visit", city="Paris",
                                                  country="FRA", countries=("IND", "FRA"))))
    [host] = coding.recipients
    assert (host.name, host.cameo_code, host.cameo_type, host.plover_code, host.sector) == ("France", "FRA", "", "FRA", None)


@pytest.mark.issue(12)
@pytest.mark.parametrize("countries", [("GBR",), ("GBR", "GBR")])
def test_code_event_traveller_of_unknown_country_borrows_no_code(make_encounter, make_event, countries):
    # Previously a South African president of unknown country was exported as GBR visiting GBR.
    encounter = make_encounter("a1", ["Thabo Mbeki"], "2001-06-12", kind="visit", city="London", country="GBR",
                               countries=countries, known={})
    coding = code_event(make_event(encounter))
    [traveller] = coding.actors
    assert (traveller.cameo_code, traveller.cameo_country, traveller.plover_code) == ("", "", "")
    assert [r.cameo_code for r in coding.recipients] == ["GBR"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("status", ["planned", "cancelled"])
def test_code_event_intent_is_dated_by_the_statement(make_encounter, make_event, status):
    event = make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11-15", status=status, published="2023-11-09"))
    coding = code_event(event)
    assert (coding.date_first, coding.date_last, coding.dated_by) == (date(2023, 11, 9), date(2023, 11, 9), "statement")


def test_code_event_held_meeting_keeps_its_own_span(make_encounter, make_event):
    coding = code_event(make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], "2023-11")))
    assert (coding.date_first, coding.date_last, coding.dated_by) == (date(2023, 11, 1), date(2023, 11, 30), "event")


def test_code_event_undated_meeting_has_no_date(make_encounter, make_event):
    coding = code_event(make_event(make_encounter("a1", ["Joe Biden", "Xi Jinping"], None)))
    assert (coding.date_first, coding.dated_by) == (None, "unknown")


def test_code_event_organisation_leader_is_an_igo(make_encounter, make_event):
    coding = code_event(make_event(make_encounter("a1", ["Jens Stoltenberg", "Justin Trudeau"], "2019-07-10",
                                                  city="Ottawa", country="CAN")))
    [guest] = coding.actors
    assert (guest.cameo_code, guest.known_group, guest.cameo_type, guest.plover_code) == ("IGOWSTNAT", "NAT", "IGO", "IGO")


@pytest.mark.parametrize("role, code", [
    ("President", "CHNGOV"), ("Foreign Minister", "CHNGOV"), ("General", "CHNMIL"),
    ("Opposition Leader", "CHNOPP"), ("Minister of Justice", "CHNGOV"), ("Chief Justice", "CHNJUD"),
])
def test_code_event_sector_comes_from_the_title(make_encounter, make_event, role, code):
    encounter = make_encounter("a1", ["Li Qiang", "Joe Biden"], "2023-11-15", known={"Li Qiang": "CHN", "Joe Biden": "USA"},
                               roles={"Li Qiang": role})
    assert code_event(make_event(encounter)).actors[0].cameo_code == code


@pytest.mark.parametrize("code, quad", [("036", 1), ("042", 1), ("057", 1), ("061", 2), ("112", 3), ("145", 3), ("190", 4)])
def test_quad_class_from_root_code(code, quad):
    assert quad_class(code) == quad
