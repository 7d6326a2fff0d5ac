"""An acting authority the lexicon does not know, named by its own abbreviation (R: "others: the
authority's own English abbreviation"): "FCA fines X" in a headline, or "the Financial Conduct
Authority (FCA)" in the text.
"""

from __future__ import annotations

import re
from typing import Final

from monitor.extract_lexicon import Cue

# verbs only an authority uses on a company, so "<ACRONYM> fines" is never a company's news
_HEADLINE: Final = re.compile(
    r"^(?!(?:US|UK|EU|UN|USA|GDPR|CCPA|BIPA|COPPA|HIPAA|DMA|DSA)\b)"  # places and laws
    r"(?P<abbr>[A-Z][A-Z]{1,6}(?:-[A-Z]{2,3})?)(?:['’]s)?\s+"
    r"(?:fines|reprimands|penalises|penalizes|sanctions|probes|investigates|"
    r"opens\s+(?:an?\s+)?(?:formal\s+)?"
    r"(?:investigation|probe|inquiry|case|proceedings))\b"
)
_BODY_WORDS: Final = (
    "Authority", "Commission", "Agency", "Office", "Directorate", "Ministry", "Board", "Council",
    "Service", "Inspectorate", "Bureau", "Regulator", "Commissioner", "Secretariat", "Institute",
    "Superintendency", "Department",
)  # fmt: skip
# an authority's spelled-out name: capitalised words (small words between) up to its noun
_BODY_NAME: Final = (
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the|de|du|des|la)\s+)*){0,6}"
    rf"(?:{'|'.join(_BODY_WORDS)})\b"
)
# "the Financial Conduct Authority (FCA)": the name, then its abbreviation in brackets
_EXPANDED: Final = re.compile(
    rf"\b{_BODY_NAME}(?:\s+(?:of|for|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"\s+\((?P<abbr>[A-Z][A-Za-z&]{1,7}(?:-[A-Z]{2,3})?)\)"
)
# the other way round: "the DCI (Directorate of Criminal Investigations)"
_ABBR_FIRST: Final = re.compile(
    rf"\b(?P<abbr>[A-Z][A-Z&]{{1,6}})\s+\((?:the\s+)?{_BODY_NAME}[^()]{{0,60}}\)"
)


def unnamed_authority(texts: dict[str, str]) -> Cue | None:
    """The abbreviation of an authority that acts in the headline or is spelled out in the
    title or summary ("the Financial Conduct Authority (FCA)", "the DCI (Directorate of
    Criminal Investigations)"), as a regulator cue; None when there is none."""
    m = _HEADLINE.match(texts["title"])
    if m:
        return Cue(m.start("abbr"), m.end("abbr"), "title", "reg", m.group("abbr"))
    for where in ("title", "summary"):
        text = texts[where]
        if "(" not in text:
            continue
        m = _EXPANDED.search(text) or _ABBR_FIRST.search(text)
        if m:
            return Cue(m.start("abbr"), m.end("abbr"), where, "reg", m.group("abbr"))
    return None


# Local authorities are named by their place (R: "Seoul prosecutors", "Los Angeles City
# Attorney"): a place of one to three capitalised words, before the office or after "in"
_OFFICE: Final = (
    r"(?:[Cc]ity|[Dd]istrict)\s+[Aa]ttorney(?:['’]s\s+[Oo]ffice)?|State['’]s\s+Attorney|"
    r"[Pp]rosecutors?"
)  # not police: a court's order against "Paris police" makes them the party
_PLACE: Final = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_PLACED: Final = re.compile(rf"(?<![\w.'’-])(?P<place>{_PLACE})\s+(?P<office>{_OFFICE})\b")
_OFFICE_IN: Final = re.compile(rf"\b(?P<office>[Pp]rosecutors)\s+in\s+(?P<place>{_PLACE})\b")
# "the State's Attorney for Cook County", "District Attorney of Manhattan"
_OFFICE_FOR: Final = re.compile(
    rf"\b(?P<office>State['’]s Attorney|District Attorney|City Attorney)\s+(?:for|of)\s+"
    rf"(?:the\s+)?(?P<place>{_PLACE})\b"
)
_TITLED_OFFICES: Final = frozenset({"State's Attorney", "District Attorney", "City Attorney"})
# capitalised words that open a phrase without naming a place
_NOT_PLACES: Final = frozenset({
    "The", "A", "An", "Federal", "State", "National", "Local", "Top", "Senior", "Chief", "Former",
    "Public", "Military", "Special", "Some", "Many", "Two", "Three", "Several", "Other", "Its",
    "Their", "His", "Her", "US", "American", "Government", "Police", "Prosecutors", "Court",
    "Judge", "Justice", "Attorney", "General", "Acting", "Assistant", "Deputy", "County", "City",
    "Province", "Provincial", "District", "Regional", "Municipal",
})  # fmt: skip


_PLACE_ACTS: Final = re.compile(
    rf"(?P<place>{_PLACE})\s+(?:sues|sued|settles|settled|wins|reaches)\b"
)


def placed_authority(texts: dict[str, str], office: str | None = None) -> Cue | None:
    """A local authority named by its place ("Seoul prosecutors", "prosecutors in Munich",
    "San Francisco city attorney"), title first, as a regulator cue; None when there is none.
    ``office``: the office the text names without its place ("City Attorney"), which takes the
    place acting in the headline ("Los Angeles sues ...")."""
    for where in ("title", "summary"):
        text = texts[where]
        if "rosecutor" not in text and "ttorney" not in text:  # every office holds one
            continue
        for pattern in (_PLACED, _OFFICE_IN, _OFFICE_FOR):
            for m in pattern.finditer(text):
                place = m.group("place")
                if place.split()[0] in _NOT_PLACES:
                    continue
                named = m.group("office").replace("’", "'")
                if named not in _TITLED_OFFICES:  # "Seoul prosecutors"; "Cook County State's
                    named = named.lower()  # Attorney" as the office writes itself
                named = named.removesuffix("'s office")
                return Cue(m.start(), m.end(), where, "reg", f"{place} {named}")
    acts = _PLACE_ACTS.match(texts["title"]) if office else None
    if acts and acts.group("place").split()[0] not in _NOT_PLACES:
        place = acts.group("place")
        return Cue(acts.start(), acts.end("place"), "title", "reg", f"{place} {office}")
    return None
