"""Watchlist matching and watchlist files, with invented vendors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import InputError
from monitor.models import Action, Entry, Vendor
from monitor.watchlist import (
    Matcher,
    dump_watchlist_csv,
    dump_watchlist_toml,
    load_watchlist,
    normalise,
    parse_watchlist_csv,
    parse_watchlist_toml,
)

VENDORS = [
    Vendor("Zentrix Analytics", aliases=["Zentrix Analytics, Inc.", "ZNX"], related=["Pollbook"]),
    Vendor("Lumora", aliases=["Lumora Labs"], related=["Pollbook", "Crestline Data"]),
    Vendor("Orbit", aliases=["Orbit Corp."], related=["Beacon"]),  # two common words
    Vendor("Harbor Minds", related=[]),
    Vendor("Quillo", match="strict"),
    Vendor("Spark", match="loose"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(VENDORS)


def hits(matcher: Matcher, title: str, summary: str = "", targets: list[str] | None = None):
    action = None if targets is None else Action(is_enforcement=True, targets=targets)
    return {h.vendor: h for h in matcher.match(Entry("t", title, summary=summary), action)}


@pytest.mark.parametrize(
    "name",
    [
        "Zentrix Analytics, Inc.",
        "ZENTRIX ANALYTICS LLC",
        "zentrix-analytics",
        "Zentrix Analytics' ",
        "The Zentrix Analytics Ltd.",
        "Zentrix  Analytics GmbH",
        "Zentrix Analytics S.A.",
    ],
)
def test_normalise_drops_case_punctuation_suffixes(name: str) -> None:
    assert normalise(name) == "zentrix analytics"


def test_normalise_possessive_and_keeps_meaningful_words() -> None:
    assert normalise("Lumora's") == "lumora"
    assert normalise("Lumora\u2019s") == "lumora"
    assert normalise("Acme Group") == "acme group"  # "Group" names a different entity
    assert normalise("Inc.") == "inc"  # never empty


def test_name_alias_and_spans(matcher: Matcher) -> None:
    title = "Regulator fines Zentrix Analytics, Inc. over scraped photos"
    found = hits(matcher, title, targets=["Zentrix Analytics, Inc."])
    hit = found["Zentrix Analytics"]
    assert hit.role == "target" and hit.field == "title"
    assert title[hit.start : hit.end] == hit.matched == "Zentrix Analytics, Inc."[:17]
    assert hit.why in ("name", "alias")


def test_hyphenated_and_possessive_text(matcher: Matcher) -> None:
    found = hits(matcher, "Zentrix-Analytics's app fined", targets=["Zentrix-Analytics"])
    assert found["Zentrix Analytics"].role == "target"


def test_whole_words_only(matcher: Matcher) -> None:
    assert not hits(matcher, "Lumoras and preLumora and Lumora2 are not it", targets=[])
    assert "Lumora" in hits(matcher, "Lumora sued", targets=["Lumora"])


def test_short_key_needs_its_case(matcher: Matcher) -> None:
    assert "Zentrix Analytics" in hits(matcher, "ZNX fined by regulator", targets=["ZNX"])
    assert "Zentrix Analytics" not in hits(matcher, "a znx file", targets=["znx"])


def test_a_capital_inside_the_word_is_another_brand(matcher: Matcher) -> None:
    # "Lumora" is written with no inner capital: "LumoRa Life" is another firm's brand, while
    # an all-capitals headline still names the vendor
    assert "Lumora" not in hits(matcher, "LumoRa to refund customers", targets=["LumoRa"])
    assert "Lumora" in hits(matcher, "LUMORA FINED OVER DATA", targets=["LUMORA"])
    assert "Lumora" in hits(matcher, "Lumora fined over data", targets=["Lumora"])


def test_common_word_needs_evidence(matcher: Matcher) -> None:
    negatives = [
        "The orbit of the moon shifted",  # lower case
        "Satellites in Orbit of Mars",  # "X of Y"
        "Orbit Grasso wins the title",  # a person's name
        "Fires in the Orbit region",  # a place
        "the beacon on the hill",
    ]
    for title in negatives:
        assert "Orbit" not in hits(matcher, title), title
    assert "Orbit" in hits(matcher, "Orbit Corp. settles data case")  # legal suffix
    assert "Orbit" in hits(matcher, "Regulators say Orbit collected faces")  # capitalised
    assert "Orbit" in hits(matcher, "Orbit app scraped photos")  # product word


@pytest.mark.parametrize("unit", ["Logistics", "Transport", "Payments", "Retail", "Marketplace"])
def test_a_business_line_after_a_common_word_name_is_its_unit(matcher: Matcher, unit: str):
    # "Amazon Logistics": the vendor's subsidiary, as "Orbit France" is; not another name
    name = f"Orbit {unit}"
    got = hits(matcher, f"Regulator fines {name}", f"The regulator fined {name}.", [name])
    assert got["Orbit"].role == "target"


def test_common_word_guard_inside_targets(matcher: Matcher) -> None:
    assert hits(matcher, "Fine", targets=["Orbit LLC"])["Orbit"].role == "target"
    assert "Orbit" not in hits(matcher, "Fine", targets=["orbit"])
    # A bare target the text shows to be a place is not the company.
    assert "Orbit" not in hits(matcher, "Orbit lake dries", "in the Orbit region", ["Orbit"])
    # A launch verb after the name says the company acts, beside its product's own names.
    launch = "Orbit unveils Orbit One palm reader", "Orbit introduced it at two Orbit Go shops."
    assert hits(matcher, *launch, ["Orbit"])["Orbit"].role == "target"


def test_title_case_needs_more_than_capitals(matcher: Matcher) -> None:
    assert "Orbit" not in hits(matcher, "How To Survive In Orbit Next Year")
    found = hits(matcher, "How To Survive In Orbit Next Year", "Orbit Corp. said so.")
    assert "Orbit" in found


def test_strict_and_loose_modes(matcher: Matcher) -> None:
    assert "Quillo" not in hits(matcher, "Regulators say Quillo was here")
    assert "Quillo" in hits(matcher, "Regulators say Quillo Inc. collected faces")
    assert "Spark" in hits(matcher, "a spark of hope")


def test_roles_from_targets(matcher: Matcher) -> None:
    found = hits(
        matcher,
        "Agency orders Harbor Minds to delete models; Lumora named as partner",
        targets=["Harbor Minds, Inc."],
    )
    assert found["Harbor Minds"].role == "target"
    assert found["Lumora"].role == "mention" and not found["Lumora"].alerts


def test_related_name_and_multiple_vendors(matcher: Matcher) -> None:
    found = hits(matcher, "Pollbook must destroy face templates", targets=["Pollbook, Inc."])
    assert {found["Zentrix Analytics"].role, found["Lumora"].role} == {"related"}
    assert found["Lumora"].why == "related" and found["Lumora"].matched == "Pollbook"


def test_related_only_mentioned_is_not_a_hit(matcher: Matcher) -> None:
    found = hits(matcher, "Court tosses suit over Harbor Minds use of Pollbook photos")
    assert found["Harbor Minds"].role == "target"
    assert found["Lumora"].role == "mention"


def test_longer_name_wins(matcher: Matcher) -> None:
    v = Matcher([Vendor("Gravel"), Vendor("Gravel Analytics")])
    names = v.vendors_named("Gravel Analytics sold data")
    assert names == {"Gravel Analytics"}


def test_vendors_named(matcher: Matcher) -> None:
    assert matcher.vendors_named("Crestline Data and ZNX") == {"Lumora", "Zentrix Analytics"}
    assert matcher.vendors_named("nothing here") == set()


def test_names_do_not_run_across_fields() -> None:
    # ("Zentrix" alone would be "Zentrix Analytics" without its qualifying word: a second word
    # of its own keeps this about fields)
    matcher = Matcher([Vendor("Zentrix Quorra"), Vendor("Lumora")])
    entry = Entry("t", "Regulator fines Zentrix", summary="Quorra firms wait", body="Lumora")
    assert {h.vendor for h in matcher.match(entry, Action(is_enforcement=True))} == {"Lumora"}
    found = matcher.match(entry, Action(is_enforcement=True, targets=["Lumora"]))
    assert [(h.vendor, h.field, h.start, h.end) for h in found] == [("Lumora", "body", 0, 6)]


def test_first_occurrence_is_shown_and_later_fields_count(matcher: Matcher) -> None:
    entry = Entry("t", "Quarterly notes", summary="Lumora grew. Lumora hired.", body="Lumora Labs")
    found = matcher.match(entry, Action(is_enforcement=True, targets=["Lumora"]))
    hit = found[0]
    assert (hit.vendor, hit.field, hit.start, hit.role) == ("Lumora", "summary", 0, "target")


def test_spans_after_other_scripts_and_quotes(matcher: Matcher) -> None:
    title = "Caf\u00e9 \u00dcberflu\u00df \u2014 \u201cZentrix Analytics\u2019s\u201d app fined"
    hit = hits(matcher, title, targets=["Zentrix Analytics"])["Zentrix Analytics"]
    assert title[hit.start : hit.end] == hit.matched == "Zentrix Analytics"
    assert not hits(matcher, "\u00e9Zentrix Analytics and Lumora\u00e9 fined", targets=[])
    accented = Matcher([Vendor("Soci\u00e9t\u00e9 Nouvelle")])
    assert accented.vendors_named("La Soci\u00e9t\u00e9 Nouvelle fined") == {
        "Soci\u00e9t\u00e9 Nouvelle"
    }
    assert not accented.vendors_named("La Soci t\u00e9 Nouvelle fined")


def test_phrase_names_need_capitals() -> None:
    m = Matcher([Vendor("Quiet Harvest", related=["Tools for Humans"])])
    assert not m.vendors_named("a quiet harvest of tools for humans")
    assert m.vendors_named("Tools for Humans fined") == {"Quiet Harvest"}


TOML = """
[[vendor]]
name = "Zentrix Analytics"
aliases = ["ZNX"]
related = ["Pollbook"]

[[vendor]]
name = "Orbit"
aliases = []
related = []
match = "strict"
domains = ["orbit.example"]
"""


def test_toml_and_csv_round_trip(tmp_path) -> None:
    vendors = parse_watchlist_toml(TOML, "w.toml")
    assert vendors[1] == Vendor("Orbit", domains=["orbit.example"], match="strict")
    assert parse_watchlist_toml(dump_watchlist_toml(vendors), "x") == vendors
    assert parse_watchlist_csv(dump_watchlist_csv(vendors), "x") == vendors
    path = tmp_path / "w.csv"
    path.write_text('name,aliases,related\nLumora,"Lumora Labs; LL",Pollbook\n', encoding="utf-8")
    assert load_watchlist(path) == [Vendor("Lumora", ["Lumora Labs", "LL"], ["Pollbook"])]
    (tmp_path / "w.toml").write_text(TOML, encoding="utf-8")
    assert load_watchlist(tmp_path / "w.toml") == vendors


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[[vendor]]\nname = "A"\n\n[[vendor]]\nname = "a, Inc."\n', "w.toml:4:"),
        ('[[vendor]]\nname = "A"\n[[vendor]]\nname = "  "\n', "w.toml:3:"),
        ('[[vendor]]\nname = "A"\nalias = ["B"]\n', "w.toml:1:"),
        ('[[vendor]]\nname = "A\n', "w.toml:2:"),
    ],
)
def test_bad_toml_names_file_and_line(text: str, where: str) -> None:
    with pytest.raises(InputError) as err:
        parse_watchlist_toml(text, "w.toml")
    assert str(err.value).startswith(f"input: {where}")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("name,aliases,related\nA,,\nB,,\nA,,\n", "w.csv:4:"),
        ("name,aliases,related\nA,,\n ,B,\n", "w.csv:3:"),
        ("name,aliases,related\nA,,\nB,C\n", "w.csv:3:"),
        ("vendor,aliases\nA,\n", "w.csv:1:"),
        ('name,aliases,related\nA,"B,\n', "w.csv:"),
    ],
)
def test_bad_csv_names_file_and_line(text: str, where: str, tmp_path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_watchlist(path)
    assert f"w.csv:{where.split(':')[1]}" in str(err.value)
    assert str(path) in str(err.value)


def test_unknown_extension(tmp_path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="w.txt"):
        load_watchlist(path)


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10)


@settings(max_examples=60, deadline=None)
@given(
    name=st.builds(lambda a, b: f"{a.capitalize()}x {b.capitalize()}q", _words, _words),
    before=st.text(max_size=60),
    after=st.text(max_size=60),
)
def test_property_spans_inside_text_and_name_found(name: str, before: str, after: str) -> None:
    m = Matcher([Vendor(name), Vendor("Orbit", related=["Beacon"])])
    title = f"{before} {name} {after}"
    for hit in m.match(Entry("t", title, summary=after), None):
        text = {"title": title, "summary": after}[hit.field]
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.matched
    assert name in m.vendors_named(f"{before} {name} {after}")


def test_common_word_name_before_of_and_a_verb_is_the_company() -> None:
    from monitor.watchlist_text import grade

    text = "The class action accusing Meta of collecting tax data goes on."
    start = text.index("Meta")
    assert grade(text, text.lower(), start, start + 4, False, set()) == "cap"
    ring = "They walked the Ring of Fire trail."
    at = ring.index("Ring")
    assert grade(ring, ring.lower(), at, at + 4, False, set()) == "neg"
    # a plain noun after "of" makes a phrase too, not the company: "'Ring of fire' eclipse"
    for phrase in ("'Ring of fire' eclipse rises over Canada", "Ring of steel around the summit"):
        at = phrase.index("Ring")
        assert grade(phrase, phrase.lower(), at, at + 4, False, set()) == "neg", phrase
    fined = "Regulators fined Ring of the smart-home maker"
    at = fined.index("Ring")
    assert grade(fined, fined.lower(), at, at + 4, False, set()) != "neg"


def test_a_title_naming_a_vendor_as_recipient_or_source_is_no_subject(matcher: Matcher) -> None:
    # no targets found: a title naming the vendor outright is about it, but not where data went
    h = hits(matcher, "Court orders website to pay €100 for sending IP addresses to Lumora", "", [])
    assert "Lumora" in h and h["Lumora"].role == "mention"
    h = hits(matcher, "Lumora pauses its face search after complaints", "", [])
    assert h["Lumora"].role == "target"


def test_common_word_name_before_a_word_of_nature_or_produce_is_not_the_company() -> None:
    # "Orbit" is two common words' vendor here; the fruit, the forest, the pirate's cry are not it
    from monitor.watchlist_text import grade

    for text in (
        "Orbit growers brace for a record harvest",
        "Orbit deforestation hits its highest level since 2006",
        "Orbit ye: the pirate festival returns",
    ):
        assert grade(text, text.lower(), 0, 5, False, set()) == "neg", text
    text = "Orbit shares rise after results"
    assert grade(text, text.lower(), 0, 5, False, set()) != "neg"


def test_a_national_unit_named_with_its_country_is_the_vendor(matcher: Matcher) -> None:
    for unit in ("Orbit Turkey", "Orbit Nigeria", "Orbit Indonesia"):
        found = hits(matcher, f"Data protection board rules against {unit}", targets=[unit])
        assert found["Orbit"].role == "target", unit


def test_a_target_stands_when_the_text_names_the_vendor_for_sure_elsewhere() -> None:
    matcher = Matcher([Vendor("Orbit", aliases=["Orbit Platforms"])])
    title = "Orbit quietly buys 3% of Tessaro"
    # "Zed Orbit glasses": the bare word glued to another name, so alone the target would fall
    glued = "The companies sell the Zed Orbit glasses together."
    assert "Orbit" not in hits(matcher, title, glued, targets=["Orbit", "Tessaro"])
    # the vendor's other own name in the summary says the company is meant
    sure = "Orbit Platforms has taken a stake in Tessaro. " + glued
    assert hits(matcher, title, sure, targets=["Orbit", "Tessaro"])["Orbit"].role == "target"


def test_a_name_without_its_qualifying_last_word_is_the_vendor() -> None:
    from monitor.watchlist_text import short_form

    # the news writes "Tessaro Fresh" for the watchlist's "Tessaro Fresh Market"
    matcher = Matcher([Vendor("Quorra", related=["Tessaro Fresh Market"]), Vendor("Zorbix AI")])
    found = hits(matcher, "FTC fines Tessaro Fresh over shoppers' data", targets=["Tessaro Fresh"])
    assert found["Quorra"].role == "related" and found["Quorra"].matched == "Tessaro Fresh"
    assert hits(matcher, "FTC fines Zorbix", targets=["Zorbix"])["Zorbix AI"].role == "target"
    # only capitalised, and never a bare ordinary word ("Harbour" of "Harbour AI")
    assert not matcher.vendors_named("tessaro fresh produce")
    assert short_form("harbour ai") is None and short_form("world network") is None
    assert short_form("scale ai") is None and short_form("data group") is None
    assert short_form("tessaro fresh market") == "tessaro fresh"
    loose = Matcher([Vendor("Zorbix AI", match="loose")])
    assert not loose.vendors_named("Zorbix fined")  # a loose vendor matches as written


def test_a_vendor_suing_in_a_headline_without_targets_is_no_subject() -> None:
    matcher = Matcher([Vendor("Quorra"), Vendor("Palvex")])
    found = hits(
        matcher, "Quorra sues administrators of Palvex groups over fake reviews", targets=[]
    )
    assert "Quorra" not in found or found["Quorra"].role == "mention"
    assert hits(matcher, "Quorra fined over fake reviews", targets=[])["Quorra"].role == "target"


def test_a_platform_named_before_what_it_carries_is_no_subject() -> None:
    matcher = Matcher([Vendor("Quorra")])
    found = hits(matcher, "DPA fines school for sitting in on teacher's Quorra lessons", targets=[])
    assert found["Quorra"].role == "mention"
    assert hits(matcher, "DPA fines Quorra over lessons", targets=[])["Quorra"].role == "target"
