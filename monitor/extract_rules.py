"""The decision rules of extraction: regulator (R1-R3), stage (S1-S3), enforcement (E1-E4) and
model deletion (T2), each weighing the lexicon cues found in an entry's texts."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from monitor.extract_lexicon import Cue, default_lexicon

ENFORCING_PUBLISHERS: Final = {
    "ftc-press",
    "doj-press",
    "state-ag",
    "federal-register",
    "cnil",
    "ico",
    "oaic",
    "dpc",
    "opc-ca",
}
# Authorities whose cases are never about personal-data sourcing (E4, T5).
OFF_TOPIC_REGULATORS = {
    "SEC",
    "EEOC",
    "OSHA",
    "FDA",
    "Federal Reserve",
    "CMA",
    "KFTC",
    "JFTC",
    "AGCM",
    "ACCC",
    "CCI",
    "Competition Bureau",
    "Autorité de la concurrence",
    "Senacon",
    "Ofcom",
    "DGCCRF",
    "Ibama",
    "DOT",
    "Ofwat",
    "Ofgem",
    "NIST",
    "CADE",
    "Bundeskartellamt",
    "CNMC",
    "ACM",
    "SAMR",
}
# every country's competition authority in the lexicon's table, unless it also guards privacy
_BY_COUNTRY: Final = default_lexicon().countries_authorities
_COMPETITION: Final = {c for _, p, c in _BY_COUNTRY} - {p for _, p, c in _BY_COUNTRY}
OFF_TOPIC_REGULATORS |= _COMPETITION
# Of those, the competition and consumer authorities, which do act on data practices (T5)
MARKET_REGULATORS = {
    "CMA", "KFTC", "JFTC", "AGCM", "ACCC", "CCI", "Competition Bureau", "Senacon", "DGCCRF",
    "Autorité de la concurrence", "CADE", "Bundeskartellamt", "CNMC", "ACM", "SAMR",
}  # fmt: skip
MARKET_REGULATORS |= _COMPETITION
# Public bodies that study, measure, audit or advise but take no enforcement step against a
# company: what they "find" or "say" is a study's finding or an opinion (E3)
RESEARCH_BODIES: Final = frozenset({"NIST", "GAO", "NDG"})
PUBLISHER_REGULATOR: Final = {
    "ftc-press": "FTC",
    "ftc-blog": "FTC",
    "federal-register": "FTC",
    "doj-press": "DOJ",
    "ico": "ICO",
    "cnil": "CNIL",
    "oaic": "OAIC",
    "dpc": "DPC",
    "opc-ca": "OPC",
}
PROSECUTORS: Final = {"Paris prosecutor"}
STAGE_RANK: Final = (
    "proposed_order",
    "final_order",
    "settlement",
    "fine",
    "pay",
    "order",
    "complaint",
)
_SENTENCE_END: Final = re.compile(r"[.;:!?]\s")
_STOPS: Final = ".;:!?"  # the punctuation of _SENTENCE_END


def by_cat(cues: list[Cue]) -> dict[str, list[Cue]]:
    groups: dict[str, list[Cue]] = defaultdict(list)
    for c in cues:
        groups[c.cat].append(c)
    return groups


# authorities another country's authority shares an English name with: the place decides
_SHARED_NAMES: Final = {"PIPC": "PPC", "ODPC": "DPC"}


def _placed_in(g: dict[str, list[Cue]], authority: str) -> bool:
    """Whether the text names a place whose data protection authority is ``authority``."""
    return any(c.value.endswith("|" + authority) for c in g.get("place") or ())


def decide_regulator(
    g: dict[str, list[Cue]],
    publisher: str,
    off_topic: bool,
    headline: str = "",
    default: str | None = None,
) -> Cue | str | None:
    """R1-R2: the acting authority, first named (title first); FTC over DOJ when both appear.
    Where the text names none: ``default`` (the authority whose own listing the source is), else
    the publisher's own authority."""
    named = [c for c in g["reg"] + g["state"] if c.where != "body"]
    # the body is scanned only when the summary is thin: then it may name the authority
    named = named or g["reg"] + g["state"]
    if len(named) > 1 and "pay" in headline:
        # "Uber pays New Jersey $100 million after a Labor Department audit": the state paid
        # stands for its attorney general only when no authority is named
        paid = [c for c in named if c.where == "title" and headline.startswith("pay", c.start)]
        if paid and len(paid) < len(named):
            named = [c for c in named if c not in paid]
    # "France fines X" names no authority: only when the text names none more precisely
    for c in g["reg_country"] if not named else []:
        privacy, competition = c.value.split("|")
        named.append(c._replace(value=competition if off_topic else privacy))
    if g["reg_generic"] and g["place"] and not named:
        place = min(g["place"], key=lambda c: c.value)
        named.append(g["reg_generic"][0]._replace(value=place.value.split("|")[1]))
    if g["ag_generic"] and g["state_name"]:  # "Attorney General Doe" + "Texas ..."
        ag = g["ag_generic"][0]
        # R2: also where the headline opens with the attorney general, before any other
        # authority ("Attorney General Doe and FTC settle with X", "44 attorneys general warn")
        first = ag.where == "title" and not any(ch.isalpha() for ch in headline[: ag.start])
        if not named or (first and all(c.where != "title" or ag.start < c.start for c in named)):
            state = min(g["state_name"], key=lambda c: (c.where != "title", c.start))
            named.append(ag._replace(value=state.value))
    if not named:
        return default or PUBLISHER_REGULATOR.get(publisher)
    names = {c.value for c in named}
    if {"FTC", "DOJ"} <= names:
        return next(c for c in named if c.value == "FTC")
    # a prosecutor settling what an agency investigated: the agency leads
    named.sort(key=lambda c: (c.value in PROSECUTORS, c.where != "title", c.start))
    lead = named[0]
    shared = _SHARED_NAMES.get(lead.value)
    if shared and _placed_in(g, shared) and not _placed_in(g, lead.value):
        # the same English name, another country's authority ("Personal Information
        # Protection Commission" in Japan; Ireland's "Office of the Data Protection
        # Commissioner", as its DPC was once called, not Kenya's)
        return lead._replace(value=shared)
    return lead


def has(g: dict[str, list[Cue]], cat: str, where: str | None = None) -> list[Cue]:
    """The cues of ``cat`` (found in ``where`` only, when given); callers must not mutate it."""
    cues = g.get(cat) or _NONE
    return cues if where is None else [c for c in cues if c.where == where]


_NONE: list[Cue] = []
# category names built once: f-strings per call showed in the profile
_STAGE_CATS: Final = tuple(f"stage:{k}" for k in STAGE_RANK)
_ORDER_CATS: Final = tuple(c for c in _STAGE_CATS if c != "stage:complaint")  # steps beyond a suit
_STAGE_NAMES: Final = tuple(
    {"pay": "settlement", "order": "final_order"}.get(k, k) for k in STAGE_RANK
)


def _any_in(g: dict[str, list[Cue]], cats: tuple[str, ...], where: str) -> bool:
    return any(c.where == where for cat in cats for c in g.get(cat) or _NONE)


_ORDERS_PROBE: Final = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:(?:detailed|formal|full|fresh|new|further|wider)\s+)?"
    r"(?:probe|investigation|inquiry|enquiry)\b"
)
_COURT_FINED: Final = frozenset(("court fined", "court fines"))
# a complaint cue that names the suit or the charges themselves, not an allegation
_SUIT_WORDS: Final = frozenset(
    (
        "lawsuit",
        "lawsuit against",
        "suit",
        "suit against",
        "sues",
        "sued",
        "charges",
        "charges against",
    )
)


def decide_stage(
    g: dict[str, list[Cue]], texts: dict[str, str] | None = None
) -> tuple[str, list[Cue]]:
    """S1/S3: the latest step reported, the one carrying the remedy in a mixed announcement.
    ``texts`` (by where) lets a headline's fine outweigh the word "settled" in the summary."""
    blocked = g.get("stage:no_fine")
    if blocked:
        g["stage:fine"] = [
            c for c in g.get("stage:fine") or _NONE
            if not any(b.where == c.where and b.start <= c.start < b.end for b in blocked)
        ]  # fmt: skip
    if texts is not None and g.get("stage:fine"):  # "seeking a DKK 10 million fine": asked for
        g["stage:fine"] = [c for c in g["stage:fine"] if not _sought(c, texts[c.where])]
    prelim = g.get("stage:preliminary")
    if prelim:
        return "settlement", prelim[:1]
    provisional = g.get("stage:provisional")
    # "provisionally intends to fine X"; but a headline's charges are the complaint, whatever
    # "preliminary view" they state ("Commission charges Microsoft over Teams tying")
    if provisional and not g.get("stage:court") and not has(g, "stage:complaint", "title"):
        return "investigation", provisional[:1]
    ordered = _ordered_by_court(texts) if texts is not None else None
    if ordered:  # "ordered to pay ... in the Federal Court": the court's judgment
        return "court_order", [ordered]
    if texts is not None and ("ourt" in texts["title"] or "ribunal" in texts["title"]):
        m = _TO_COURT.search(texts["title"])  # the substring test skips most titles
        # "ACCC takes X to court", "regulator goes to High Court to stop X": the authority
        # files its case (the court is named after; what it asks the court for comes after)
        if m and not any(
            c.where == "title" and c.start < m.start()
            for cat in _ORDER_CATS
            for c in g.get(cat) or ()
        ):
            return "complaint", [Cue(m.start(), m.end(), "title", "stage:complaint", "complaint")]
    court = g.get("stage:court")
    if court and (any(c.where == "title" for c in court) or not _any_in(g, _STAGE_CATS, "title")):
        return "court_order", court[:1]
    if court and texts is not None:
        # "Russia fines Google ...": "A Moscow court fined Google": the fine is the court's
        fined = [c for c in court if texts[c.where][c.start : c.end].lower() in _COURT_FINED]
        if fined and not _any_in(g, _STAGE_CATS[:3] + _STAGE_CATS[4:], "title"):
            return "court_order", fined[:1]
    # "opens probe into X" in the headline: what the summary says may follow is not this step
    probe = has(g, "stage:investigation", "title")
    if probe and texts is not None and g.get("stage:order"):
        # "CCI orders probe into Apple's App Store rules": what is ordered is the inquiry
        title = texts["title"]
        g["stage:order"] = [
            c
            for c in g["stage:order"]
            if not (c.where == "title" and _ORDERS_PROBE.match(title, c.end))
        ]
    sued = has(g, "stage:complaint", "title")
    # "Investigation Leads to Lawsuit Against X", "after probe, sues X": the suit it led to
    led = (
        bool(probe)
        and texts is not None
        and any(
            c.start > probe[0].end and texts["title"][c.start : c.end].lower() in _SUIT_WORDS
            for c in sued
        )
    )
    if probe and not led and not _any_in(g, _ORDER_CATS, "title"):
        return "investigation", probe[:1]
    if sued and not any(g.get(cat) for cat in _STAGE_CATS[:5]):
        return "complaint", sued[:1]  # "sues X" with a ban or halt it seeks: still the complaint
    if sued and texts is not None and _sought_money_only(g, texts):
        return "complaint", sued[:1]  # "FTC sues X", "seeks refunds": what the suit asks for
    # "X, who paid insiders to unlock phones, sentenced to 12 years": the headline's sentence
    # outweighs a payment it tells of
    ruling = has(g, "stage:criminal_ruling", "title")
    if ruling and not _any_in(g, _STAGE_CATS[:4], "title"):
        return "court_order", ruling[:1]
    for cat, stage in zip(_STAGE_CATS, _STAGE_NAMES, strict=True):
        cues = g.get(cat)
        if cues:
            if texts is not None and cat == "stage:pay" and _penalty_imposed(cues[0], texts):
                return "fine", cues[:1]
            if texts is not None and cat == "stage:proposed_order" and _court_filed(texts):
                return "settlement", cues[:1]  # S1: a stipulated order filed in court by the DOJ
            if texts is not None and cat == "stage:order" and _non_binding(cues, texts):
                return "investigation", cues[:1]  # S1: a warning letter, guidance: no order
            if (
                texts is not None
                and cat == "stage:settlement"
                and cues[0].where != "title"
                and texts[cues[0].where][cues[0].start : cues[0].end].lower().startswith("settle")
            ):
                # "FCA fines X ...; X settled at an early stage": the authority's own penalty
                # decision, the settlement only its discount procedure (a consent decree, a
                # resolution agreement or redress would be the instrument itself)
                fined = has(g, "stage:fine", "title")
                if fined and not _any_in(g, ("stage:settlement",), "title"):
                    return "fine", fined[:1]
            return stage, cues[:1]
    if g.get("stage:criminal_ruling"):
        return "court_order", g["stage:criminal_ruling"][:1]  # convicted, sentenced
    criminal = g.get("stage:criminal")
    if criminal:
        if texts is not None and _held_uncharged(criminal, texts):
            return "investigation", criminal[:1]  # S1: arrested or detained, no charge yet
        return "complaint", criminal[:1]  # charged, indicted
    inv = g.get("stage:investigation") or g.get("stage:finding")
    if inv:
        return "investigation", inv[:1]
    return "none", []


def _penalty_imposed(cue: Cue, texts: dict[str, str]) -> bool:
    """S1: a payment cue that is a "penalty for/over ..." with no agreement before it ("Garante
    sanctions X with €1m penalty for ...") is an authority's own money penalty, a fine; "agrees
    record A$1.3 billion penalty" is agreed, a settlement."""
    text = texts[cue.where]
    return text.startswith("penalt", cue.start) and "gree" not in text[: cue.start]


_HELD: Final = frozenset(
    ("detain", "detains", "detained", "police arrest", "arrest", "arrested", "police detain",
     "police detained", "police detains")
)  # fmt: skip
# a charge brought with the arrest: the criminal case is filed
_CHARGED: Final = re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|indict\w*|criminal complaint|wanted by|extradit\w*|prosecuted|"
    r"on trial|stand trial|warrant)\b",
    re.I,
)


def _held_uncharged(criminal: list[Cue], texts: dict[str, str]) -> bool:
    """S1: the criminal step is an arrest or detention with no charge named anywhere ("police
    arrest four over ..."): an investigation, not yet a complaint."""
    if any(texts[c.where][c.start : c.end].lower() not in _HELD for c in criminal):
        return False
    return not any(_CHARGED.search(texts[w]) for w in ("title", "summary"))


# a fine sought, possible, declined or ordered of someone else, not imposed
_SEEK: Final = re.compile(
    r"\b(?:seek|seeks|seeking|sought|could lead to|may lead to|decided not to|chose not to|"
    r"did not allow|does not allow|would have|rather than|instead of|"
    r"(?:orders|ordered|tells|told|instructs|instructed)\s+[\w'’ -]{1,30}?\s+to)\b[^.;]*$"
)


_SEEK_STEMS: Final = (
    "seek", "sought", "lead to", "not to", "allow", "would have", "rather than", "instead of",
    "order", "tell", "told", "instruct",
)  # fmt: skip


def _sought(cue: Cue, text: str) -> bool:
    """Whether a fine is sought, hypothetical, declined or ordered of another authority ("seeking
    a fine", "would have fined", "rather than fines", "orders Ireland to fine"): the sentence
    says so within 40 characters before it."""
    lo = max(0, cue.start - 40)
    window = text[lo : cue.start]
    if not any(w in window for w in _SEEK_STEMS):  # most fines: no regex search at all
        return False
    return bool(_SEEK.search(text, lo, cue.start))


_TS: Final = ("title", "summary")
_ORDERED_TO_PAY: Final = re.compile(r"\bordered to pay\b|\bunder (?:a )?court order\b")
_COURT_WORD: Final = re.compile(r"\b(?:[Cc]ourt|judge|tribunal|jury)\b")


def _ordered_by_court(texts: dict[str, str]) -> Cue | None:
    """ "X ordered to pay ..." where the item names a court, judge, tribunal or jury: a
    judgment (the labelled sets: 10 of 10), as a cue on the phrase."""
    if not any("ordered to pay" in texts[w] or "court order" in texts[w] for w in _TS):
        return None
    if not any(_COURT_WORD.search(texts[w]) for w in _TS):
        return None
    for where in _TS:
        m = _ORDERED_TO_PAY.search(texts[where])
        if m:
            return Cue(m.start(), m.end(), where, "stage:court", "court")
    return None


# "takes X to court", "goes to High Court to stop ...": a case filed, not a court's ruling
_TO_COURT: Final = re.compile(
    r"\b(?:takes|took|taking|goes|went|go|hauls|hauled)\b[^.;:]{0,60}?\bto (?:the )?"
    r"(?:[A-Z]?[a-z]+ )?(?:[Cc]ourt|[Tt]ribunal)\b|"
    # "asks Federal Court to order", "files application in Federal Court against"
    r"\b(?:asks|asked|petitions|petitioned)\s+(?:the\s+|a\s+)?(?:[A-Z]?[a-z]+\s+){0,2}?"
    r"[Cc]ourt\s+to\b|"
    r"\bfiles?\s+(?:an?\s+)?application\s+(?:in|with|before|to)\s+(?:the\s+)?"
    r"(?:[A-Z]?[a-z]+\s+){0,2}?[Cc]ourt\b"
)


# a proposed order filed in a federal court (by the DOJ for the FTC) is a stipulated court order;
# "court records" are data a broker sells, no court the order is filed in
_COURT_FILED: Final = re.compile(
    r"\b(?:Justice Department|Department of Justice|DOJ|court)\b(?!\s+records)"
)


def _court_filed(texts: dict[str, str]) -> bool:
    # every match holds "Justice", "DOJ" or "court": the substring tests skip most searches
    return any(
        ("Justice" in texts[w] or "DOJ" in texts[w] or "court" in texts[w])
        and _COURT_FILED.search(texts[w])
        for w in _TS
    )


# an authority's non-binding step: what it thinks, not what it orders
_NON_BINDING: Final = frozenset(
    {"warning letter", "written warning", "administrative guidance", "tells"}
)


def _non_binding(cues: list[Cue], texts: dict[str, str]) -> bool:
    return all(texts[c.where][c.start : c.end].lower() in _NON_BINDING for c in cues)


# money words that, after a suit in the headline, say what is alleged or sought, not agreed
_SOUGHT_MONEY: Final = frozenset({"paid", "to pay", "refunds", "redress", "pay"})


def _sought_money_only(g: dict[str, list[Cue]], texts: dict[str, str]) -> bool:
    """Whether every later-step cue is a money word in the summary with no agreement there."""
    later = [c for cat in _STAGE_CATS[:5] for c in g.get(cat) or _NONE]
    if not later or any(c.where != "summary" for c in later):
        return False
    summary = texts["summary"]
    low = summary.lower()
    if "agree" in low or "settle" in low:
        return False
    return all(summary[c.start : c.end].lower() in _SOUGHT_MONEY for c in later)


def _near(a: Cue, b: Cue, text: str, span: int) -> bool:
    """a precedes b in the same sentence within ``span`` characters."""
    return (
        a.where == b.where
        and 0 <= b.start - a.end <= span
        and not _SENTENCE_END.search(text[a.end : b.start])
    )


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the sentence around ``pos``."""
    end = _SENTENCE_END.search(text, pos)
    return _after_last_stop(text, pos), (end.start() if end else len(text))


def _after_last_stop(text: str, pos: int) -> int:
    """Where the last _SENTENCE_END before ``pos`` (its space included) ends, or 0: found
    backwards by rfind, where a greedy regex ran through the text up to ``pos`` first."""
    hi = pos - 1  # the punctuation stands before the space, which stands before pos
    while hi > 0:
        p = -1
        for stop in _STOPS:
            p = max(p, text.rfind(stop, 0, hi))
        if p < 0:
            return 0
        if text[p + 1].isspace():
            return p + 2
        hi = p  # "U.S.", "3.5": a stop inside a word; look before it
    return 0


DELETION_CATS: Final = frozenset(
    f"topic:{k}"
    for k in (
        "deletion_block",
        "deletion_hedge",
        "biometric_context",
        "deletion_verb",
        "derived_object",
    )
)  # what find_model_deletion reads


def find_model_deletion(g: dict[str, list[Cue]], texts: dict[str, str]) -> list[Cue]:
    """T2: an ordered deletion of a derived form (models, algorithms, templates...), or of a
    face or biometric database's data."""
    blocks, hedges = g["topic:deletion_block"], g["topic:deletion_hedge"]
    biometric = [c for c in g["topic:biometric_context"] if c.where != "body"]
    for verb in g["topic:deletion_verb"]:
        text = texts[verb.where]
        # "for users to delete", "retention and destruction policy": no ordered deletion
        if any(b.where == verb.where and b.start <= verb.start <= b.end + 12 for b in blocks):
            continue
        lo, hi = _sentence(text, verb.start)
        if any(h.where == verb.where and lo <= h.start < hi for h in hedges):
            continue
        for obj in g["topic:derived_object"]:
            if _near(verb, obj, text, 140) or _near(obj, verb, text, 60):
                return [verb, obj]
        # the deleted data is biometric when the headline, its sentence or the one before
        # speaks of biometric data
        first = _sentence(text, lo - 2)[0] if lo > 1 else lo
        near = [
            c for c in biometric
            if c.where == "title" or c.where == verb.where and first <= c.start < hi
        ]  # fmt: skip
        if near and verb.where != "body":
            return [verb, near[0]]
    return []


_STEP_CATS: Final = (
    *_STAGE_CATS,
    "stage:court",
    "stage:investigation",
    "stage:criminal",
    "stage:criminal_ruling",
)
_VOTE_CATS: Final = tuple(
    f"stage:{k}"
    for k in ("court", "settlement", "fine", "proposed_order", "final_order", "order", "complaint")
)
# the steps of a private suit: filed, ruled on, settled
_PRIVATE_STEPS: Final = ("stage:complaint", "stage:court", "stage:settlement")
# studies, policy and declined action weigh anywhere; business news only as the headline
_AGAINST: Final = tuple(
    (f"not_enforcement:{kind}", kind in ("business", "voluntary"), w)
    for kind, w in (
        ("study", 5.0), ("rulemaking", 4.0), ("policy", 2.0), ("declined", 4.0), ("business", 2.5),
        ("voluntary", 2.0), ("request", 4.0), ("concerns", 4.0), ("internal", 4.0),
        ("no_violation", 4.0), ("point_of_law", 6.0), ("own_act", 6.0), ("approval", 4.0),
        ("hearing", 4.0),
    )
)  # fmt: skip


# a court acting on a law, not on a party ("Judge blocks California's design code")
_LAW_RULED: Final = re.compile(
    r"\b(?:blocks?|halts?|strikes? down|struck down|enjoins?|suspends?|upholds?|upheld)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:law|act|code|rules?|statute|ordinance|bill|measure)\b"
)


def _private_suit(
    g: dict[str, list[Cue]], title: set[str], off_topic: bool, headline: str = ""
) -> tuple[bool, bool]:
    """E2: whether a suit no authority brings enforces privacy law, and whether it is a dispute
    between companies (copyright, contract...) instead."""
    law = g.get("private:privacy_law") or _NONE
    if not off_topic:  # a consumers' body sues over privacy, unless the matter's law is another
        law = [*law, *(g.get("private:consumer_body") or _NONE)]
    # "a securities class action": the dispute's own words name the class, investors, not the
    # people whose data was taken
    disputes = g.get("private:company_dispute") or _NONE
    classes = [
        c
        for c in g.get("private:class_action") or _NONE
        if not any(d.where == c.where and d.start <= c.start < d.end for d in disputes)
    ]
    # a consumers' class action over how their data was taken, or a court finding data taken or
    # used unlawfully, enforces their privacy too; a suit under an unrelated law does not (E4)
    # (or a court in the headline that orders or finds something about the data: "Supreme
    # Court orders Emotiv to delete a user's brain data" taken "without adequate consent")
    data = g.get("topic:data_sourcing") and (
        classes
        or g.get("private:unlawful")
        or "stage:court" in title
        and bool(g.get("stage:order") or g.get("stage:finding"))
        and not _LAW_RULED.search(headline)
    )
    # people suing over a breach of their data enforce its protection (E2), with no topic (T5)
    # (or a settlement over the breach: "Judge approves Equifax consumer breach settlement")
    breach = bool(g.get("private:security_failure") and (classes or g.get("stage:settlement")))
    privacy = bool(law) or (bool(data) and not off_topic) or breach
    # a privacy class action may plead computer fraud too: the law named more often decides,
    # and a dispute word in the headline ("... to pay publishers") decides alone
    dispute = len(disputes)
    # a consumers' class action over their data counts as one mention of a privacy law
    consumers = bool(data) and bool(classes)
    dispute_wins = dispute > len(law) + consumers or "private:company_dispute" in title
    return privacy and not dispute_wins, dispute_wins


def _only_orders(g: dict[str, list[Cue]], headline: str) -> bool:
    """Whether a headline order told in the passive ("drivers told to consent") is the only
    legal step the text names."""
    orders = g.get("stage:order")
    if not orders or g.get("stage:finding"):
        return False
    if any(c.where != "title" or headline[c.start : c.end].lower() != "told to" for c in orders):
        return False
    return not any(g.get(cat) for cat in _STEP_CATS if cat != "stage:order")


# the steps that sanction a party outright
_SANCTION_CATS: Final = ("stage:fine", "stage:order", "stage:settlement", "stage:complaint")


def _after_step(g: dict[str, list[Cue]], cat: str, steps_of: tuple[str, ...] = _STEP_CATS) -> bool:
    """Whether every headline cue of ``cat`` comes after the headline's first legal step (of
    the categories ``steps_of``)."""
    steps = [c.end for k in steps_of for c in g.get(k) or _NONE if c.where == "title"]
    if not steps:
        return False
    first = min(steps)
    return all(c.start >= first for c in g.get(cat) or _NONE if c.where == "title")


def decide_enforcement(
    g: dict[str, list[Cue]],
    publisher: str,
    regulator: str | None,
    stage: str,
    named: bool = True,
    off_topic: bool = False,
    headline: str = "",
) -> tuple[bool, float]:
    """E1-E4 as a weighed vote: legal steps for, studies, policy and business news against.
    ``named``: the text names an organisation; a step is against a named party (E1);
    ``off_topic``: the text is about an unrelated law (E4); ``headline``: the title's text."""
    title = {c.cat for cues in g.values() for c in cues if c.where == "title"}
    score = 0.0 if named else -1.5
    title_step = any(cat in title for cat in _STEP_CATS)
    for cat in _VOTE_CATS:
        if g.get(cat):
            score += 2.0 if cat in title else 1.0
    if regulator and g.get("stage:pay"):  # paying an authority ("pays $2.4 million to OCR")
        score += 2.0 if "stage:pay" in title else 1.0
    if g.get("stage:finding"):
        score += 2.0
    if g.get("stage:investigation"):
        score += 2.0 if "stage:investigation" in title else 1.0
    elif regulator and g.get("stage:provisional"):
        # an authority's preliminary view that the party broke the law: findings (E1)
        score += 2.0 if "stage:provisional" in title else 1.0
    if title_step and ("reg" in title or "reg_country" in title or "state" in title):
        score += 1.0  # "<authority> orders/fines/sues X" in the headline
    if regulator:
        score += 1.0
    if publisher in ENFORCING_PUBLISHERS:
        score += 1.0
    elif publisher in ("commentary", "ftc-blog"):
        score -= 1.0
    if g.get("not_enforcement:industry_orders") or g.get("not_enforcement:sector_inquiry"):
        # 6(b) orders, an inquiry into a sector or market: a study wherever it is named (E3)
        score -= 5.0
    # "<authority> fines X ... over leaks, one via a public survey": a study word after the
    # authority's own headline step names what the step is about, not a study
    named_step = any(cat in title for cat in _SANCTION_CATS) and (
        "reg" in title or "reg_country" in title or "state" in title
    )
    for cat, headline_only, w in _AGAINST:
        if cat == "not_enforcement:study" and named_step and _after_step(g, cat, _SANCTION_CATS):
            continue
        if cat in title:
            # "orders X to shut down": the business word is the remedy; "X barred from
            # launching a pilot": wholly inside it when it follows the step
            closed = "not_enforcement:declined" in title  # "closes its investigation of"
            if headline_only and title_step and not closed and _after_step(g, cat):
                continue
            score -= w / 2 if headline_only and title_step else w
        elif not headline_only and g.get(cat):
            score -= w * 0.5
    private_ok, dispute_wins = _private_suit(g, title, off_topic, headline)
    step = (
        title_step
        or any(g.get(cat) for cat in _STEP_CATS)
        or g.get("stage:finding")
        or (regulator and g.get("stage:provisional"))
    )
    if (
        not title_step
        and regulator is None
        and private_ok
        and not dispute_wins
        and "topic:data_sourcing" in title
        and g.get("private:privacy_law")
        and any(c.where == "summary" for cat in _PRIVATE_STEPS for c in g.get(cat) or _NONE)
        and not any(g.get(cat) for cat, _, _ in _AGAINST)
    ):
        # E2: a headline about data taken, over a summary telling a privacy suit's step under a
        # privacy law: the suit is the news, however the headline words it
        score += 1.0
    if not step:
        score = min(score, 1.0)  # E1: no legal step named, whoever publishes it
    if "stage:court" in title and ("stage:fine" in title or "penalt" in headline.lower()):
        # "Judge fines ...": the court's own penalty; "tribunal keeps penalty on X": an
        # authority's penalty before the court; neither is a private suit
        private_ok = True
    criminal = g.get("stage:criminal") or g.get("stage:criminal_ruling")
    if criminal:
        score += 2.0 if any(c.where == "title" for c in criminal) else 1.0
        private_ok = True  # a prosecution: the state acts, not a private party
    authority = g.get("authority") or _NONE
    if g.get("ag_generic") and g.get("stage:court"):
        # a court ruling on an attorney general named without the state ("the Attorney
        # General's request for an early win"): a public authority's case all the same
        authority = [*authority, *g["ag_generic"]]
    headline_authority = "private:company_dispute" not in title and any(
        c.where == "title" for c in authority
    )
    if headline_authority or (not dispute_wins and any(c.where != "body" for c in authority)):
        # a public authority the lexicon does not name acts: no private suit (a headline's
        # "Fair Trade Commission fines X" even where the summary speaks of licences)
        private_ok = True
        dispute_wins = False
    elif private_ok and regulator is None and not criminal and _only_orders(g, headline):
        private_ok = False  # "drivers told to consent": no authority or court to order anything
    if regulator is None and stage != "none" and not private_ok:
        score -= 4.0
        if dispute_wins:
            score -= 4.0  # between companies: never, however many legal steps it reports
    if regulator in RESEARCH_BODIES:
        score = min(score, 1.0)  # "NIST finds face-recognition software errs": a study
    if "not_enforcement:hearing" in title:
        # "FTC chair faces House Republicans over probe": lawmakers question an authority;
        # the steps named are its record under discussion, none taken now (E3)
        score = min(score, 1.0)
    return score >= 2.0, score
