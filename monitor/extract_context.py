"""Cues read from the context of the lexicon's phrases, which a phrase alone cannot give:
requests and threats (no step yet), a regulator's pressure behind a deletion, neutral words
inside legal phrases, sourcing phrases with words inside them, the EU Court of Justice's points
of law, unrelated laws, a company's own ban, commentary headlines. Pure; used by
``monitor/extract.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from monitor.extract_lexicon import Cue, default_lexicon, sentence_end, sentence_start
from monitor.extract_rules import MARKET_REGULATORS, OFF_TOPIC_REGULATORS, STAGE_RANK, has
from monitor.extract_titlecase import title_case

_COUNTRIES: Final = default_lexicon().countries
_COUNTRY_FIRST_WORDS: Final = frozenset(name.split()[0] for name in _COUNTRIES)

# "the group asked the regulator to order ...", "EPIC urges FTC to investigate ..."
_ASKS: Final = re.compile(
    r"\b(?:asks?|asked|asking|urges?|urged|urging|calls? on|called on|petitions?|petitioned)\s+"
    r"(?!(?:the\s+|a\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:court|Court|judge|Judge|jury|tribunal|"
    r"Tribunal|justices|Justices)\b)[^.;]{0,80}?\bto\s+"
    r"(?:investigate|open|order|fine|impose|probe|act|take action|pursue|ban|stop|halt|look into|"
    r"examine|sanction|block)\b|"
    # "Senators ... urge FTC probe", "group calls for an investigation into X"
    r"\b(?:urges?|urged|urging|calls? for|called for|calling for)\s+(?:an?\s+|the\s+)?"
    r"(?:[A-Z][\w.&-]*\s+|federal\s+|regulatory\s+|antitrust\s+|criminal\s+|data\s+|"
    r"protection\s+|privacy\s+|consumer\s+|competition\s+){0,3}(?:probe|investigation|inquiry)\b|"
    # "watchdog calls for police facial recognition to be suspended": a call, no order
    r"\b(?:calls? for|called for|calling for|urges?|urged|urging)\s+(?:[\w'’-]+\s+){1,5}?to\s+be\s+"
    r"(?:suspended|banned|halted|stopped|paused|scrapped|withdrawn)\b"
)


_ASK_STEMS: Final = ("ask", "urg", "call", "petition")
_THREAT_STEMS: Final = ("threat",)
# a threat to sue is no suit yet: "noyb threatens Meta with class action"
_THREAT: Final = re.compile(
    r"\bthreat(?:ens|ened|ening)\s+(?:to\s+(?:sue|file|bring|take)\b|(?:[\w'’-]+\s+){0,3}?"
    r"with\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:class action|lawsuit|legal action|suit|"
    r"court action|injunction|complaint)s?\b)"
)


def request_to_act(texts: dict[str, str]) -> Cue | None:
    """The first request to an authority to act, in the title or summary."""
    for where in ("title", "summary"):
        text = texts[where]
        # every match opens with a word that starts with one of these: the searches, which try
        # every position, start at the first such word, and most texts have none
        m = _first_anchored(_ASKS, text, _ASK_STEMS)
        if m is None:
            m = _first_anchored(_THREAT, text, _THREAT_STEMS)
        if m:
            return Cue(m.start(), m.end(), where, "not_enforcement:request", "request")
    return None


def _stem_starts(text: str, stems: tuple[str, ...], shift: int = 0) -> list[int]:
    """Every place one of ``stems`` occurs in ``text`` (str.find), plus ``shift``, in order."""
    starts = []
    for stem in stems:
        i = text.find(stem)
        while i >= 0:
            starts.append(i + shift)
            i = text.find(stem, i + 1)
    starts.sort()
    return starts


def _first_anchored(
    pattern: re.Pattern[str], text: str, stems: tuple[str, ...]
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern whose every match starts with one of ``stems``:
    one anchored match at each place a stem occurs, leftmost first, not a search trying every
    position."""
    for at in _stem_starts(text, stems):
        m = pattern.match(text, at)
        if m:
            return m
    return None


# a court ordering a named service blocked or suspended: the state sanctions it (E1), whoever
# asked ("Brazilian judge orders WhatsApp blocked nationwide")
_BLOCKED: Final = re.compile(
    r"\border(?:s|ed)?\s+(?:[\w'’-]+\s+){1,3}?(?:blocked|suspended)\b|"
    r"\border(?:s|ed)?\s+(?:a\s+)?(?:ban|block)\s+on\b"
)


def court_block(g: dict[str, list[Cue]], title: str) -> None:
    """E1: a court's order in the headline that blocks, suspends or bans a service is a public
    authority acting, not a private suit: adds an authority cue to ``g``."""
    if not g.get("stage:court") or not ("block" in title or "suspended" in title or "ban" in title):
        return
    m = _BLOCKED.search(title)
    if m:
        add_cue(g, Cue(m.start(), m.end(), "title", "authority", ""))


_SUES: Final = re.compile(
    r"\b(?:sues|sued|suing|challenges|takes on|(?:suit|lawsuit|complaint|action)\s+against)\s+"
    r"(?:the\s+)?$"
)
# "noyb sues Hamburg regulator for ...": an authority named by its place and kind
_SUES_PLACED: Final = re.compile(
    r"\b(?:sues?|sued|suing|challenges|takes on)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:data\s+protection\s+|privacy\s+|data\s+|consumer\s+)?(?:regulator|watchdog|authority|"
    r"commissioner)\b"
)


# "former US attorney general Eric Holder": a person who once held the office, not it acting
_FORMER: Final = re.compile(
    r"\b(?:[Ff]ormer\s+|[Ee]x-|[Rr]etired\s+|[Oo]ne-?time\s+)(?:[A-Z][\w.]*\s+){0,2}$"
)
_FORMER_STEMS: Final = ("ormer", "x-", "etired", "ne-time", "netime")
_OFFICE_CATS: Final = ("reg", "ag_generic", "reg_generic", "state", "authority", "reg_country")


def authorities_not_acting(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drops from ``g`` the authorities named as a person's former office, and (R1) those named
    only for the rules a court or another authority applies."""
    for cat in _OFFICE_CATS:
        cues = g.get(cat)
        if cues:
            kept = [c for c in cues if not _not_acting(texts[c.where], c)]
            if len(kept) != len(cues):
                g[cat] = kept


def _not_acting(text: str, c: Cue) -> bool:
    before = text[max(0, c.start - 30) : c.start]
    if any(w in before for w in _FORMER_STEMS) and _FORMER.search(before):
        return True
    # "Smith, who directed the FTC's consumer bureau": the office a person held or holds
    if "who " in before and _LED_BY.search(before):
        return True
    # "under FTC guidance", "under the FTC's rule": its rules, cited as the standard applied
    return (
        c.cat == "reg"
        and before.endswith(("under ", "under the "))
        and bool(_CITED_RULES.match(text, c.end))
    )


_LED_BY: Final = re.compile(
    r"\bwho\s+(?:(?:has|had|once|also|previously|formerly)\s+)?(?:directed|led|headed|ran|"
    r"chaired|oversaw|directs|leads|heads|runs|chairs|oversees)\s+(?:the\s+)?$"
)
_CITED_RULES: Final = re.compile(
    r"(?:['’]s)?\s+(?:guidance|guidelines|rules?|regulations?|standards?|policy|policies)\b"
)


def separate_matters(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """T1/C2: data-sourcing words in a sentence about a separate matter ("The order is
    separate from Epic's settlement of children's privacy claims") describe that matter, not
    this one: they are dropped from ``g``."""
    cues = g.get("topic:data_sourcing")
    if not cues or not any("separate" in texts[w] for w in ("title", "summary")):
        return
    kept = []
    for c in cues:
        text = texts[c.where]
        lo, hi = sentence_start(text, c.start), sentence_end(text, c.end)
        if not _SEPARATE_MATTER.search(text, lo, hi):
            kept.append(c)
    g["topic:data_sourcing"] = kept


# "is separate from Epic's settlement", "in a separate case": another matter (not "a separate
# setting kept gathering data", "keeps health data separate from advertising")
_SEPARATE_MATTER: Final = re.compile(
    r"\b(?:is|was|are|were)\s+separate\s+from\b|\bin\s+a\s+separate\b|\bseparate\s+(?:case|"
    r"matter|settlement|action|complaint|investigation|probe|lawsuit|suit|order)\b"
)


# who else criticises: "Environmental groups criticised the decision" is no authority's finding
_CRITICS: Final = re.compile(
    r"\b(?:groups?|advocates|critics|campaigners|activists|lawmakers|politicians|NGOs|unions|"
    r"opposition|residents|scientists|experts|researchers)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# a news outlet ends the name before "finds": "..., MIT Technology Review finds", "Wall Street
# Journal investigation found"
_OUTLET_BEFORE: Final = re.compile(
    r"\b(?:Review|Times|Journal|Post|Guardian|Reuters|Bloomberg|News|Magazine|Wired|Verge|"
    r"Gazette|Herald|Tribune|Telegraph|Economist|Intercept|ProPublica|Markup|BBC|CNN|NBC|CBS|"
    r"AP|Chronicle|Insider|Axios|Politico|TechCrunch|Forbes|Vice|Mirror)"
    r"(?:\s+(?:investigation|analysis|report|review|probe|reporting))?\s+$"
)


def outlet_findings(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3: what a news outlet's reporting "finds" ("..., MIT Technology Review finds") is
    journalism, no authority's finding: such headline finding cues are dropped from ``g``."""
    title = texts["title"]
    _drop_cues(
        g,
        "stage:finding",
        lambda c: (
            c.where == "title"
            and _OUTLET_BEFORE.search(title, max(0, c.start - 40), c.start) is not None
        ),
    )


def others_criticise(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drops from ``g`` the findings that are criticism voiced by groups, critics or
    lawmakers ("Environmental groups criticised the decision"): their opinion, not an
    authority's finding (E3)."""
    cues = g.get("stage:finding")
    if not cues:
        return
    kept = [
        c
        for c in cues
        if not (
            texts[c.where].startswith("critici", c.start)
            and _CRITICS.search(texts[c.where], max(0, c.start - 40), c.start)
        )
    ]
    if len(kept) != len(cues):
        g["stage:finding"] = kept


def words_in_names(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drops from ``g`` a study word that ends a capitalised name in running text ("sites such
    as Build-A-Bear Workshop"): part of a name, not a workshop. (A policy word keeps its weight:
    "the First Amendment" names a law.)"""
    cues = g.get("not_enforcement:study")
    if cues:
        kept = [c for c in cues if not _inside_name(texts[c.where], c)]
        if len(kept) != len(cues):
            g["not_enforcement:study"] = kept


def product_names(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: a company's-own-act word capitalised inside running text ("privacy protections in
    Recall", "has unveiled Recall, a function for PCs") names a product, not a recall: such
    cues are dropped from ``g`` (a Title Case headline capitalises every word)."""
    _drop_cues(
        g,
        "not_enforcement:voluntary",
        lambda c: (
            (c.where != "title" or not title_case(texts["title"]))
            and _inside_name(texts[c.where], c, True)
        ),
    )


def _inside_name(text: str, c: Cue, lone: bool = False) -> bool:
    """Whether the capitalised cue ``c`` stands inside running text after a capitalised word
    (``lone``: after any word; the title is then running text too)."""
    if c.where == "title" and not lone or not text[c.start : c.start + 1].isupper():
        return False  # a headline capitalises every word
    before = text[max(0, c.start - 30) : c.start].rstrip()
    if not before or before[-1] in ".!?:\"'“‘(":
        return False  # a sentence or a quotation opens here
    word = before.rsplit(" ", 1)[-1]
    return lone or word[:1].isupper()


# "tells X to stop", "told the company to delete": an order; "tells Google its terms ...": a
# finding; "tells investors it is on track", "tells employers they can be liable": a statement
_TO_VERB: Final = re.compile(r"[^.;:!?]{0,80}?\bto\s+[a-z]")
_NAMED_NEXT: Final = re.compile(r"\s+(?:the\s+)?[A-Z]")


def statements_not_orders(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drops from ``g`` a "tells" that neither a name nor "to" and a verb follow: telling
    people something ("tells investors it is on track"), not ordering or finding."""
    cues = g.get("stage:order")
    if not cues:
        return
    kept = [
        c
        for c in cues
        if texts[c.where][c.start : c.end].lower() != "tells"
        or _TO_VERB.match(texts[c.where], c.end)
        or _NAMED_NEXT.match(texts[c.where], c.end)
    ]
    if len(kept) != len(cues):
        g["stage:order"] = kept


# "Albania to block TikTok", "Nepal bans Telegram": a state acting on a service itself
_STATE_BLOCKS: Final = re.compile(
    r"\s+(?:to\s+)?(?:temporarily\s+|briefly\s+)?(?:blocks?|bans?|suspends?|shuts?\s+(?:off|down)|"
    r"cuts?\s+off|restricts?)\s+(?:access\s+to\s+)?[A-Z]"
)


def state_block(g: dict[str, list[Cue]], title: str) -> None:
    """E1: a country opening the headline that blocks, bans or suspends a named service is the
    state acting as an authority: adds an authority and an order cue to ``g``."""
    space = title.find(" ")
    if title[:space] not in _COUNTRY_FIRST_WORDS:  # most headlines: one set lookup
        return
    for name in _COUNTRIES:
        if title.startswith(name):
            m = _STATE_BLOCKS.match(title, len(name))
            if m:  # the state as the authority, its block as the order
                add_cue(g, Cue(0, len(name), "title", "authority", ""))
                add_cue(g, Cue(m.start(), m.end() - 1, "title", "stage:order", "order"))
            return


# "Oregon bans the sale of precise location data": a state that bans an activity, not a party
_STATE_LAW: Final = re.compile(
    r"\s+(?:to\s+)?(?:bans?|bars?|outlaws?|prohibits?|restricts?|limits?|curbs?)\s+(?:the\s+)?"
    r"(?:sales?|selling|use|sharing|collection|purchase|processing)\s+of\s+(?:[a-z\d]|the\s+[a-z])"
)


def state_law(g: dict[str, list[Cue]], title: str) -> None:
    """E3: a headline opening with a state or country (no authority of it) that bans or limits
    an activity ("the sale of location data") reports a law: adds a rulemaking cue to ``g``."""
    for cat in ("state_name", "place"):
        for c in g.get(cat) or ():
            if c.where == "title" and c.start == 0:
                m = _STATE_LAW.match(title, c.end)
                if m:
                    law = Cue(m.start(), m.end(), "title", "not_enforcement:rulemaking", "law")
                    add_cue(g, law)
                return


# "High Court issues notice on PIL challenging ...", "Delhi High Court summons OpenAI in ...
# suit": a court asks the other side to answer a petition just filed
_COURT_NOTICE: Final = re.compile(
    r"\b(?:[Cc]ourt|judge|tribunal)\s+(?:issues|issued|serves|served|sends|sent)\s+(?:a\s+)?"
    r"notices?\b|\b[Cc]ourt\s+summons\b"
)


def court_notice(g: dict[str, list[Cue]], title: str) -> None:
    """S1: a court's notice or summons on a petition in the headline reports the suit filed, not
    a ruling: the headline's court cues give way to a complaint cue in ``g``."""
    if "otice" not in title and "summons" not in title:
        return
    m = _COURT_NOTICE.search(title)
    if m is None:
        return
    notice = Cue(m.start(), m.end(), "title", "stage:complaint", "complaint")
    g["stage:court"] = [c for c in g.get("stage:court") or () if c.where != "title"]
    # the notice or summons is no probe here
    g["stage:investigation"] = _outside(g.get("stage:investigation"), [notice])
    add_cue(g, notice)


def grand_jury(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: a grand jury indicts, it does not try: its 'jury' is no court ruling, and the
    indictment is the complaint step (the court cues inside "grand jury" are dropped)."""
    court = g.get("stage:court")
    if not court:
        return
    g["stage:court"] = [
        c
        for c in court
        if not texts[c.where][max(0, c.start - 6) : c.start].lower().endswith("grand ")
    ]


def sues_authority(g: dict[str, list[Cue]], title: str) -> Cue | None:
    """A company suing the authority in the headline ("Kochava sues the FTC"): the company is
    the plaintiff and the authority has taken no step against it."""
    for c in g["reg"]:
        if c.where == "title" and _SUES.search(title, max(0, c.start - 20), c.start):
            return Cue(c.start, c.end, "title", "not_enforcement:request", "sues the authority")
    if "sue" in title or "suing" in title or "challenge" in title or "takes on" in title:
        m = _SUES_PLACED.search(title)
        if m:
            return Cue(m.start(), m.end(), "title", "not_enforcement:request", "sues the authority")
    return None


def pressured_deletion(g: dict[str, list[Cue]]) -> list[Cue]:
    """A deletion reported beside an authority's audit, investigation or pressure (E1)."""
    press = [c for c in has(g, "stage:pressure") if c.where != "body"]
    blocks = has(g, "topic:deletion_block")  # "lets users delete": a feature, not a deletion
    deleted = [
        c for c in has(g, "topic:deletion_verb")
        if c.where != "body"
        and not any(b.where == c.where and 0 <= c.start - b.end <= 40 for b in blocks)
    ]  # fmt: skip
    return [press[0], deleted[0]] if press and deleted else []


_TO_NAME: Final = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
# "sent Meta a formal request for information": the named recipient before the phrase
_NAME_SENT: Final = re.compile(
    r"\bsent\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:a|an)\s+(?:formal\s+|new\s+)?$"
)


# "Evolv says SEC has opened an inquiry", "X discloses FTC request for information": a company
# opening the headline tells of an authority's step (the verb then the authority, few words in)
_DISCLOSES: Final = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,4}?(?:says|said|discloses|disclosed|confirms|confirmed|"
    r"reveals|revealed)\s+(?:that\s+|the\s+|an?\s+)?$"
)


# "Live Nation confirms Ticketmaster data breach", "X says hackers stole ...": a company's own
# report of an attack on it
_OWN_BREACH: Final = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,4}?(?:says|said|confirms|confirmed|discloses|disclosed|reports|"
    r"reported|reveals|revealed|notifies|warns)\s+(?:that\s+|the\s+|an?\s+|its\s+)?"
    r"(?:[A-Z][\w.&'’-]*\s+){0,2}(?:(?:data|security|cyber)\s+)?(?:breach|hack|hackers|"
    r"cyberattack|cyber-attack|cyber attack|ransomware|attackers|intrusion)\b"
)


# "... as regulators inspect the company": the headline names a step too
_STEP_AFTER: Final = re.compile(
    r"\b(?:regulators?|authorit\w+|watchdogs?|prosecutors?|police|inspect\w*|investigat\w+|"
    r"probes?|fine[sd]?|sue[sd]?|lawsuits?|suits?|charge[sd])\b",
    re.I,
)


def own_breach_report(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3: a headline in which a company reports an attack on itself ("X confirms data breach
    after hackers claim ...") reports no authority's step, whatever authority it notified: a
    business cue is added to ``g``, unless the headline names an authority."""
    title = texts["title"]
    if any(c.where == "title" for cat in _AUTHORITY_CATS for c in g.get(cat) or ()):
        return
    m = _OWN_BREACH.match(title)
    if m and not _STEP_AFTER.search(title, m.end()):
        add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:business", "own report"))


def addressed_requests(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: "sent a request for information to X", "sent X a formal request for information" is
    a formal inquiry into a named party, not an industry-wide study, though the phrase is both:
    its study cue goes. A company that discloses an authority's inquiry or request for
    information into it ("Evolv discloses FTC request for information") reports the same: all
    the study cues go."""
    study, inquiry = g.get("not_enforcement:study"), g.get("stage:investigation")
    if not study or not inquiry:
        return
    title = texts["title"]
    regs = [c.start for c in g.get("reg") or () if c.where == "title"]
    if regs and any(c.where == "title" for c in inquiry) and _DISCLOSES.match(title[: min(regs)]):
        g["not_enforcement:study"] = []
        return
    spans = {(i.where, i.start, i.end) for i in inquiry}
    g["not_enforcement:study"] = [
        c
        for c in study
        if (c.where, c.start, c.end) not in spans
        or not (
            _TO_NAME.match(texts[c.where], c.end)
            or _NAME_SENT.search(texts[c.where], max(0, c.start - 80), c.start)
        )
    ]


_TELLING: Final = frozenset(("tells", "told", "telling", "informs", "informed"))
_AUTHORITY_CATS: Final = ("reg", "reg_country", "reg_generic")


def told_authority(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3: "noyb tells Austrian regulator", "X told the FTC": someone tells an authority (a
    complaint or a report to it), the authority orders nothing: the order cue of the telling
    verb becomes a request to act."""
    orders = g.get("stage:order")
    if not orders:
        return
    told = []
    for c in orders:
        text = texts[c.where]
        if text[c.start : c.end].lower() not in _TELLING:
            continue
        at = c.end + 1 if text.startswith(" ", c.end) else c.end
        if text.startswith("the ", at):
            at += 4
        if any(
            a.where == c.where and a.start == at for cat in _AUTHORITY_CATS for a in g.get(cat, ())
        ):
            told.append(c)
    if told:
        g["stage:order"] = [c for c in orders if c not in told]
        for c in told:
            add_cue(g, c._replace(cat="not_enforcement:request", value="request"))


# "SIC to TikTok: show parental authorisation ...": an authority's demand put as a headline
# addressed to the party, the demand in the imperative after the colon
_ADDRESSED: Final = re.compile(
    r"\s+to\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}:\s+(?:show|stop|delete|explain|comply|"
    r"fix|end|remove|hand|give|provide|change|halt|suspend|pay|answer|justify|erase|disclose)\b"
)


def addressed_demand(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: a headline opening with an authority "to X:" and an imperative ("SIC to TikTok:
    show ...", "Brussels to Apple: open up") is its order to X: adds an order cue to ``g``."""
    title = texts["title"]
    if ":" not in title:
        return
    for c in (*g.get("reg", ()), *g.get("reg_country", ())):
        if c.where == "title" and c.start == 0:
            m = _ADDRESSED.match(title, c.end)
            if m:
                add_cue(g, Cue(m.start(), m.end(), "title", "stage:order", "order"))
            return


# "asks Jollibee and Viber to explain", "questions LinkedIn over default opt-in": an authority
# asking named parties to account for their conduct inquires into them
_ASKED_TO_EXPLAIN: Final = re.compile(
    r"\b(?:asks|asked|tells|told|orders|ordered|summons|summoned)\s+"
    r"(?:(?:[A-Z][\w.&'’-]*|and|&)(?:\s+|,\s+)){1,8}?to\s+(?:explain|account\s+for|justify|"
    r"clarify)\b|"
    # "demands WhatsApp explain how ...", "demands Facebook report on ...": the bare infinitive
    r"\bdemand(?:s|ed)\s+(?:(?:[A-Z][\w.&'’-]*|and|&)(?:\s+|,\s+)){1,8}?(?:to\s+)?"
    r"(?:explain|account\s+for|justify|clarify|report\s+on)\b|"
    # "questions FaceApp maker Wireless Lab, Apple and Google over ...": names, listed and
    # described by their trade
    r"\bquestions?\s+(?:(?:[A-Z][\w.&'’-]*|and|&|app|maker|makers|owner|parent|developer)"
    r"(?:\s+|,\s+)){1,10}?(?:over|about|on)\b|"
    # "sends TikTok and Helo 21 questions"
    r"\b(?:sends|sent)\s+(?:(?:[A-Z][\w.&'’-]*|and|&)(?:\s+|,\s+)){1,8}?"
    r"(?:\d+\s+|a\s+list\s+of\s+|a\s+set\s+of\s+)?questions\b|"
    # "sets OpenAI a deadline to explain", "gives Serasa 15 days to answer questions"
    r"\b(?:gives|gave|sets|set|grants|granted)\s+(?:(?:[A-Z][\w.&'’-]*|and|&)(?:\s+|,\s+)){1,8}?"
    r"(?:a\s+(?:[a-z]+\s+)?deadline|(?:\d+|[a-z]+)\s+(?:more\s+)?(?:days|hours|weeks))\s+to\s+"
    r"(?:explain|answer|respond|reply|account\s+for|justify|clarify)\b|"
    # "demands explanations from Serasa Experian", "seeks clarification from Facebook"
    r"\bdemand(?:s|ed|ing)?\s+(?:explanations?|answers|clarifications?|information|details)\s+"
    r"from\s+[A-Z]|"
    r"\b(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?)\s+(?:an?\s+|further\s+|detailed\s+)?"
    r"(?:explanations?|clarifications?)\s+from\s+[A-Z]|"
    # "puts Tinder, Grindr on 10-day clock": a deadline to answer
    r"\bput(?:s|ting)?\s+(?:(?:[A-Z][\w.&'’-]*|and|&)(?:\s+|,\s+)){1,8}?on\s+(?:an?\s+)?"
    r"(?:\d+|[a-z]+)-(?:day|hour|week)\s+(?:clock|deadline|notice)\b|"
    # "LinkedIn given until early April to explain", "wants Facebook's legal basis within 72
    # hours"
    r"\bgiven\s+until\s+(?:[\w,]+\s+){1,4}?to\s+(?:explain|answer|respond|reply|justify|"
    r"clarify)\b|"
    r"\bwants\s+(?:[A-Z][\w.&'’-]*\s+){1,4}?[^.;:]{0,40}?\bwithin\s+\d+\s+(?:hours|days)\b|"
    # the passive: "X given 15-day deadline by Senacon", "X asked to explain"
    r"\b(?:given|set)\s+(?:an?\s+)?(?:\d+|[a-z]+)-(?:day|hour|week)\s+deadline\b|"
    r"\b(?:is\s+|are\s+|was\s+|were\s+)?(?:asked|told|ordered|summoned)\s+to\s+(?:explain|account\s+for|"
    r"justify|clarify)\b"
)
# every _ASKED_TO_EXPLAIN match holds one of these: most headlines skip the search
_ASKED_WORDS: Final = (
    "questions", "explain", "explanation", "account for", "justify", "clarif", "answer", "respond",
    "reply", "deadline", "clock", "within", "report on", "information from", "details from",
)  # fmt: skip


# "mood experiment draws UK privacy regulator's scrutiny", "UK debut prompts questions from the
# data protection regulator", "deal draws federal HIPAA inquiry": what the headline's subject did
# brings an authority's inquiry (not "sparks calls for a probe": only a request)
_DRAWS_SCRUTINY: Final = re.compile(
    r"\b(?:draws|drew|drawing|prompts|prompted|triggers|triggered|sparks|sparked|attracts|"
    r"attracted|brings|brought)\s+(?!calls\b|demands\b)(?:[\w'’-]+\s+){0,5}?"
    r"(?:scrutiny|inquiry|enquiry|enquiries|probe|investigation|questions)\b"
)
_DRAWS_WORDS: Final = ("draw", "prompt", "trigger", "spark", "attract", "bring", "brought")


def drawn_scrutiny(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1 (S1 investigation): a headline whose subject "draws" or "prompts" an authority's
    scrutiny, inquiry or questions reports the inquiry: adds an investigation cue to ``g`` and
    drops a business cue of the subject ("patient records deal draws ... inquiry")."""
    if not _authority_named(g):
        return
    title = texts["title"]
    if not any(w in title for w in _DRAWS_WORDS):
        return
    m = _DRAWS_SCRUTINY.search(title)
    if m:
        add_cue(g, Cue(m.start(), m.end(), "title", "stage:investigation", "investigation"))
        at = m.start()
        _drop_cues(
            g,
            "not_enforcement:business",
            lambda c: c.where == "title" and 0 <= at - c.end <= 2,
        )


def asked_to_explain(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1 (S1 investigation): the headline's authority asks named parties to explain or
    justify what they did ("regulator asks Jollibee and Viber to explain greetings that
    appeared in private chats"), or "questions X over" it: adds an investigation cue to ``g``
    (the lexicon's "asking it to explain" needs the pronoun)."""
    if not _authority_named(g):
        return
    title = texts["title"]
    if not any(w in title for w in _ASKED_WORDS):
        return
    m = _ASKED_TO_EXPLAIN.search(title)
    if m:
        add_cue(g, Cue(m.start(), m.end(), "title", "stage:investigation", "investigation"))


# "has taken TikTok and its owner ByteDance to court", "takes Clearview to court": a suit filed
# (the lexicon's "taken to court" is the passive); a threat or a plan ("threatens to take X to
# court", "could take ...") is no suit yet
_TOOK_TO_COURT: Final = re.compile(
    r"(?<!to )(?<!could )(?<!would )(?<!will )(?<!may )(?<!might )\b(?:takes|took|taken|taking)\s+"
    r"(?:[\w.&'’-]+,?\s+){1,8}?to\s+court\b"
)


def took_to_court(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1 (S1 complaint): "<party> has taken X to court" in the headline or summary files a
    suit against X: adds a complaint cue to ``g``."""
    _cues_in_texts(texts, g, ("to court",), _TOOK_TO_COURT, "stage:complaint", "complaint")


# "agrees to FTC order", "agreed to a consent order": an order the party accepts settles the
# case (S1; the FTC's own is proposed, decided later; a court order agreed to is the court's)
_AGREED_ORDER: Final = re.compile(
    r"\b(?:agrees|agreed|agree|agreeing|consents|consented)\s+to\s+(?:an?\s+|the\s+)?"
    r"(?!court\b)(?:[\w'’.-]+\s+){0,3}?(?<!court )orders?\b"
)


# the legal matters a deal can end: a suit, a class action, an authority's case
_DEAL_MATTERS: Final = (
    "stage:complaint",
    "private:class_action",
    "stage:court",
    "reg",
    "reg_country",
    "state",
    "state_name",
    "ag_generic",
    "authority",
)


def deal_settles(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: a headline "deal" that the item calls a settlement of a suit or an authority's case
    ("Paxton lands $1.4B deal with X" over "an agreement ... ending a suit", "$95M deal to end
    class action") settles it, no business news: the business cue of the word is dropped."""
    business = g.get("not_enforcement:business")
    if not business or not g.get("stage:settlement"):
        return
    title = texts["title"]
    if "deal" not in title or not any(g.get(cat) for cat in _DEAL_MATTERS):
        return
    _drop_cues(
        g,
        "not_enforcement:business",
        lambda c: (
            c.where == "title"
            and title[c.start : c.end].lower() in ("deal", "deals")
            # "changes its app under FTC deal": what a past deal requires, no step now
            and _UNDER_BEFORE.search(title, max(0, c.start - 40), c.start) is None
        ),
    )


def agreed_order(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: the headline's party "agrees to" an authority's order: adds a settlement cue to
    ``g`` (the lexicon's "agreed" alone is no step; a court order agreed to is the court's)."""
    title = texts["title"]
    if "order" in title:
        cue = _title_cue(title, ("gree", "onsent"), _AGREED_ORDER, "stage:settlement", "settlement")
        if cue:
            add_cue(g, cue)


# "gives Google a year and a half to overhaul its notices", "gave X 30 days to stop": an
# authority setting a party a deadline to act orders it (to explain or answer: an inquiry, above)
_DEADLINE_ORDER: Final = re.compile(
    r"\b(?:gives|gave|given|grants|granted|sets|set)\s+(?:(?:[A-Z][\w.&'’-]*|and|&)(?:\s+|,\s+)){1,6}?"
    r"(?:an?|one|two|three|four|five|six|nine|ten|twelve|\d+)\s+(?:more\s+)?"
    r"(?:days?|weeks?|months?|years?)(?:\s+and\s+a\s+half)?\s+to\s+"
    r"(?!explain|answer|respond|reply|account|justify|clarify|comment|appeal)[a-z]|"
    # the passive: "WhatsApp given a month by CNIL to find a legal basis"
    r"\b(?:given|granted)\s+(?:an?|one|two|three|four|five|six|nine|ten|twelve|\d+)\s+"
    r"(?:more\s+)?(?:days?|weeks?|months?|years?)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?to\s+"
    r"(?!explain|answer|respond|reply|account|justify|clarify|comment|appeal)[a-z]"
)
_TIME_UNITS: Final = ("day", "week", "month", "year")  # every _DEADLINE_ORDER match holds one


def deadline_order(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1 (S1 final_order): a headline authority that gives a named party a set time to change
    what it does orders the change: adds an order cue to ``g``."""
    if not (g.get("reg") or g.get("reg_country") or g.get("authority")):
        return
    title = texts["title"]
    if " to " in title:
        cue = _title_cue(title, _TIME_UNITS, _DEADLINE_ORDER, "stage:order", "order")
        if cue:
            add_cue(g, cue)


# "a claim under data protection legislation", "fined under the new rules": the law a step
# applies, not a law or policy being made
_UNDER_BEFORE: Final = re.compile(r"\bunder\s+(?:(?:the|its|their|[\w'’-]+)\s+){0,3}$", re.I)
_LAW_WORDS: Final = ("legislation", "law", "laws", "rule", "rules", "regulation", "regulations")


def _drop_cues(g: dict[str, list[Cue]], cat: str, drop: Callable[[Cue], bool]) -> None:
    """Drop the ``cat`` cues of ``g`` for which ``drop`` holds."""
    cues = g.get(cat)
    if cues:
        g[cat] = [c for c in cues if not drop(c)]


def law_applied(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3: a policy cue naming a law that a step is taken "under" is that step's law, no
    policy news: such cues are dropped from ``g``."""
    _drop_cues(
        g,
        "not_enforcement:policy",
        lambda c: (
            texts[c.where][c.start : c.end].lower() in _LAW_WORDS
            and _UNDER_BEFORE.search(texts[c.where], max(0, c.start - 60), c.start) is not None
        ),
    )


# "Court tosses privacy suit against X", "BIPA suit against Google dismissed": a court's ruling on
# the suit, the latest step (S3), however the headline words it
_SUIT_DISMISSED: Final = re.compile(
    r"\b(?:dismisses|dismissed|tosses|tossed|throws\s+out|threw\s+out|rejects|rejected)\s+"
    r"(?:[\w'’.-]+\s+){0,6}?(?:suit|lawsuit|class\s+action|claims?|complaint)\b|"
    r"\b(?:suit|lawsuit|class\s+action|claims?)\b[^.;:]{0,60}?\b(?:dismissed|tossed|thrown\s+out)\b|"
    r"\bleave\s+(?:is\s+|was\s+)?granted\b|\bgrants?\s+leave\b"
)
_DISMISSAL_WORDS: Final = ("ismiss", "toss", "thr", "eject", "leave")


def suit_dismissed(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1/S3: a headline telling a suit dismissed, tossed or let proceed, with no authority
    named before it (an authority dismissing its own case closes it), reports the court's
    ruling: adds a court cue to ``g``."""
    title = texts["title"]
    if not any(g.get(cat) for cat in ("stage:complaint", "private:class_action")):
        return
    cue = _title_cue(title, _DISMISSAL_WORDS, _SUIT_DISMISSED, "stage:court", "court")
    if cue and not any(c.where == "title" and c.start < cue.start for c in g.get("reg") or ()):
        add_cue(g, cue)


def binding_ruling(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: "the EU board's binding ruling": an authority's decision under the GDPR's dispute
    procedure, not a court's ruling: court cues right after "binding" are dropped from ``g``
    (the lexicon's "binding" stays, an order)."""
    _drop_cues(
        g,
        "stage:court",
        lambda c: texts[c.where][max(0, c.start - 8) : c.start].endswith("binding "),
    )


# "after Irish DPC audit", "the CNIL's audit of": an audit named by the authority that made it
_AUDIT_AFTER: Final = re.compile(r"(?:['’]s)?\s+audits?\b")
_AUTHORITY_HALTS: Final = re.compile(r"\s+(?:halts|freezes|stops)\b")


def authority_halts(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: a headline authority that "halts" or "freezes" something ("CNPD halts Worldcoin
    biometric collection") orders it stopped: adds an order cue to ``g`` (a company that
    "halts" sales acts of itself, so only an authority's name counts)."""
    title = texts["title"]
    for c in g.get("reg") or ():
        if c.where == "title":
            m = _AUTHORITY_HALTS.match(title, c.end)
            if m:
                add_cue(g, Cue(c.start, m.end(), "title", "stage:order", "order"))
                return


def authority_audit(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1 (S1 investigation): an authority's own audit ("after Irish DPC audit") inquires into
    the company audited: adds an investigation cue to ``g`` (a bare "audit" is also a firm's
    own)."""
    if "audit" not in texts["title"] and "audit" not in texts["summary"]:
        return  # most texts
    for c in g.get("reg") or ():
        if c.where == "body":
            continue
        text = texts[c.where]
        m = _AUDIT_AFTER.match(text, c.end)
        if m:
            add_cue(g, Cue(c.start, m.end(), c.where, "stage:investigation", "investigation"))
            return


# "warn 130 hospitals", "letters to more than 100 companies": many unnamed recipients at once
_MANY_WARNED: Final = re.compile(
    r"(?:warns?|warned|warning|letters?\s+to|notices?\s+to|wrote\s+to|writing\s+to|writes\s+to|"
    r"looked\s+into|examined|reviewed)"
    r"\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|roughly\s+|around\s+|almost\s+)?"
    r"(?:\d[\d,]{2,}|[1-9]\d\s+(?:[a-z][\w-]*\s+){0,3}?(?:platforms|companies|firms|businesses|"
    r"apps|websites|organi[sz]ations)\b|"
    r"dozens\s+of|hundreds\s+of|thousands\s+of)\s+[a-z]|"
    # "sends inquiry letters to large employers": to a kind of business, none named
    r"letters\s+to\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|businesses|employers|firms|retailers|"
    r"websites|apps|developers|platforms|operators|brokers|providers|organi[sz]ations|hospitals|"
    r"schools|insurers|lenders|banks|manufacturers)\b"
)


_MANY_STEMS: Final = (
    "warn",
    "letter",
    "notice",
    "wrote",
    "writing",
    "writes",
    "looked",
    "examined",
    "reviewed",
)


def many_warned(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3: warnings or letters to dozens of unnamed companies at once are a sweep, not an action
    against a party: adds an industry-orders cue to ``g``."""
    for where in ("title", "summary"):
        text = texts[where]
        for stem in _MANY_STEMS:  # str.find, then one anchored match: a search tries everywhere
            i = text.find(stem)
            while i >= 0:
                m = _MANY_WARNED.match(text, i) if i == 0 or not text[i - 1].isalnum() else None
                if m:
                    cue = Cue(m.start(), m.end(), where, "not_enforcement:industry_orders", "many")
                    add_cue(g, cue)
                    return
                i = text.find(stem, i + 1)


# "warns supermarkets that ...", "warns voters against ...", "warns about ...": a warning to a
# sector or the public, named by a common noun, not to a party
_SECTOR_WARNED: Final = re.compile(
    r"\b[Ww]arn(?:s|ed)\s+(?:(?:that|about|against|of|over)\b|(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w-]*s\b)"
    # not a step threatened against a party: "warns of further action if Google fails to ..."
    r"(?!\s+(?:further\s+|formal\s+|legal\s+|enforcement\s+)*(?:action|fines?|penalties|sanctions)\b)"
)


# "tells sites to remove Facebook 'Like' buttons": what a whole sector, named by a plural
# common noun, must do
_SECTOR_TOLD: Final = re.compile(
    r"\b(?:tells|told)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:sites|websites|companies|firms|businesses|"
    r"schools|hospitals|operators|platforms|apps|retailers|employers|municipalities|banks|"
    r"insurers|landlords|publishers|developers|advertisers)\s+to\b"
    # not "tells telecoms firms to block Telegram": a service blocked is acted against
    r"(?!\s+(?:block|ban|suspend|shut)\b)"
)


def sector_warnings(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3: a headline whose warning goes to a sector or the public ("Dutch DPA warns
    supermarkets that face scanners are almost always unlawful") is guidance, not an action
    against a party: adds an industry-orders cue to ``g``."""
    title = texts["title"]
    i = title.find("arn")
    m = _SECTOR_WARNED.search(title, max(0, i - 1)) if i >= 0 else None
    if m is None and ("tell" in title or "told" in title):
        m = _SECTOR_TOLD.search(title)
    if not m:
        return
    for cat, cues in g.items():  # a step before it ("opens probe into X and warns users")
        if cat.startswith("stage:") and any(
            c.where == "title" and c.start < m.start() for c in cues
        ):
            return
    add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:industry_orders", "sector"))


def drop_neutral(g: dict[str, list[Cue]]) -> dict[str, list[Cue]]:
    """Business cues inside a neutral phrase ("press releases", "Office for Civil Rights") go, and
    so does a policy or declining word inside a legal step ("administrative guidance", a court
    that "declined to grant" approval), and a finding of no breach where a court rules."""
    neutral = [*g.get("not_enforcement:neutral", ()), *g.get("stage:settlement", ())]
    if neutral:  # "Office for Civil Rights", "AG deal": no business news
        g["not_enforcement:business"] = _outside(g.get("not_enforcement:business"), neutral)
        if g.get("not_enforcement:study"):  # "study participants' data": people, no study
            g["not_enforcement:study"] = _outside(g["not_enforcement:study"], neutral)
        if g.get("not_enforcement:policy"):  # "amended complaint": a pleading, no new policy
            g["not_enforcement:policy"] = _outside(g["not_enforcement:policy"], neutral)
        if g.get("stage:court"):  # "a ruling-party legislator": politics, no court's ruling
            g["stage:court"] = _outside(g["stage:court"], g.get("not_enforcement:neutral") or [])
        if g.get("not_enforcement:rulemaking"):  # "required by law": no by-law made
            g["not_enforcement:rulemaking"] = _outside(g["not_enforcement:rulemaking"], neutral)
        if g.get("private:off_topic_law"):  # "2,000 monthly minimum wages": a fine's unit
            units = g.get("not_enforcement:neutral") or []
            g["private:off_topic_law"] = _outside(g["private:off_topic_law"], units)
    if g.get("not_enforcement:rulemaking") and g.get("stage:investigation"):
        # "Notice of Inquiry and Request for Comments": a rule-making's inquiry, into no party
        g["stage:investigation"] = _outside(
            g["stage:investigation"], g["not_enforcement:rulemaking"]
        )
    press = g.get("not_enforcement:press_probe")
    if press:  # "after Reuters investigation": the press's, not an authority's; and what
        # it "finds" straight after is the press's finding
        g["stage:investigation"] = _outside(g.get("stage:investigation"), press)
        g["stage:finding"] = [
            c
            for c in g.get("stage:finding") or ()
            if not any(p.where == c.where and 0 <= c.start - p.end <= 1 for p in press)
        ]
    if g.get("not_enforcement:policy") and g.get("stage:order"):
        g["not_enforcement:policy"] = _outside(g["not_enforcement:policy"], g["stage:order"])
    if g.get("stage:no_fine") and g.get("stage:finding"):
        # "penalties for non-compliance reaching A$49.5 million": a law's scale, no finding
        g["stage:finding"] = _outside(g["stage:finding"], g["stage:no_fine"])
    if g.get("not_enforcement:declined") and g.get("stage:court"):  # "declined to grant approval"
        if not g.get("reg") and any(c.where == "title" for c in g["stage:court"]):
            # a court's ruling in the headline and no authority named: what "she declined to"
            # do is the court's, not an authority declining to act
            g["not_enforcement:declined"] = []
        else:
            g["not_enforcement:declined"] = _outside(
                g["not_enforcement:declined"], g["stage:court"]
            )
    if g.get("private:off_topic_law") and (g.get("reg") or g.get("authority")):
        # "German cartel office": an unrelated law's word inside an authority's name
        g["private:off_topic_law"] = _outside(
            g["private:off_topic_law"], [*g.get("reg", ()), *g.get("authority", ())]
        )
    if g.get("private:off_topic_law") and g.get("topic:data_sourcing"):
        # "data protection officer": the sourcing words inside an unrelated duty's name
        g["topic:data_sourcing"] = _outside(g["topic:data_sourcing"], g["private:off_topic_law"])
    if g.get("stage:court") and g.get("stage:settlement"):  # "Proposed Final Judgment"
        g["stage:court"] = _outside(g["stage:court"], g["stage:settlement"])
    if g.get("stage:court") and g.get("not_enforcement:no_violation"):
        g["not_enforcement:no_violation"] = []  # a court ruling that no law was broken is a step
    elif g.get("stage:finding") and g.get("not_enforcement:no_violation"):
        # "a probe that found no breach": the finding word is the clearance's, no finding of one
        g["stage:finding"] = _outside(g["stage:finding"], g["not_enforcement:no_violation"])
    return g


# "X faces a fine / class action / EU probe": the verb, not people's faces (T1)
_FACES_VERB: Final = re.compile(
    r"\s+(?:a|an|the|up|possible|potential|new|more|further|fresh|mounting|growing|legal|"
    r"criminal|civil|class|multiple|another|its|first|second|third|fourth|renewed|separate|"
    r"additional|record|hefty|stiff|fines?|lawsuits?|suits?|probes?|charges|"
    r"scrutiny|questions|criticism|backlash|bans?|investigations?|claims|calls|pressure|trial|"
    r"sanctions|penalt(?:y|ies)|[$€£\d]|[A-Z])"
)


def _drop_verb_use(
    texts: dict[str, str],
    g: dict[str, list[Cue]],
    cats: tuple[str, ...],
    word: str,
    verb_next: re.Pattern[str],
) -> None:
    """Drop the ``cats`` cues that are exactly ``word`` where ``verb_next`` matches what follows
    it: the word used as a verb, not the noun the cue stands for."""
    for cat in cats:
        if g.get(cat):
            g[cat] = [
                c
                for c in g[cat]
                if texts[c.where][c.start : c.end] != word
                or not verb_next.match(texts[c.where], c.end)
            ]


def faces_verb(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drop the biometric and sourcing cues of "faces" used as a verb ("Meta faces a class
    action over ad pricing"), which would give any such headline a data topic."""
    _drop_verb_use(
        texts, g, ("topic:data_sourcing", "topic:biometric_context"), "faces", _FACES_VERB
    )


# "how its app shares data with third parties": the verb, not stock (a business cue)
_SHARES_VERB: Final = re.compile(
    r"\s+(?:(?:its|their|the|users['’]?|customers['’]?|people['’]s|personal|sensitive)\s+)?"
    r"(?:data|information|details|records|location|photos|contacts|identifiers|with)\b"
)


def shares_verb(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drop the business cue of "shares" used as a verb on data ("the app shares users' data
    with advertisers"), which reads a privacy matter as market news."""
    _drop_verb_use(texts, g, ("not_enforcement:business",), "shares", _SHARES_VERB)


# data kept in the country ("refusing to localise Russian users' personal data"): where data is
# stored, not how it was sourced (T5; every localisation fine is labelled so)
_LOCALISE: Final = re.compile(r"\blocali[sz](?:e|es|ed|ing|ation)\b", re.I)


def localised_data(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Drop the sourcing cues of a sentence about keeping data in the country."""
    cues = g.get("topic:data_sourcing")
    # the substring test (any case but all capitals is "ocali") skips most entries cheaply
    if not cues or not any(
        "ocali" in texts[w] or "OCALI" in texts[w] for w in {c.where for c in cues}
    ):
        return
    g["topic:data_sourcing"] = [
        c
        for c in cues
        if not _LOCALISE.search(
            texts[c.where],
            sentence_start(texts[c.where], c.start),
            sentence_end(texts[c.where], c.end),
        )
    ]


# T1 phrases with words inside them, which the lexicon's contiguous phrases miss: personal data
# sold or traded ("sold millions of records to insurers", "trade in patients' prescription
# records"), or taken without the people's consent ("without patients' consent")
_SOLD_DATA: Final = re.compile(
    r"\b(?:sold|sells?|selling|sale of|trade in|traded)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:data|records|details|information|profiles)\b"
)
_WITHOUT_CONSENT: Final = re.compile(
    r"\bwithout\s+(?:[\w'’-]+\s+){1,4}?(?:consent|permission|knowledge|authori[sz]ation)\b|"
    # "without their express agreement": theirs, so the people's consent, not a contract
    r"\bwithout\s+(?:their|his|her|users['’]|people['’]s|customers['’]|consumers['’])\s+"
    r"(?:[\w-]+\s+)?agreement\b"
)
_SOLD_STEMS: Final = ("sold", "sell", "sale of", "trade in", "traded")


# "Three hospitals pay $999,000": the bare verb with a sum (the lexicon's "pays", "to pay" and
# "will pay" miss the plural)
_PAY_SUM: Final = re.compile(r"\bpay\s+(?:a\s+)?(?:[$€£¥₹]|US\$|R\$|\d)")


# "hits Thames Water with record £122.7 million penalty": a sum's penalty is a fine
_SUM_PENALTY: Final = re.compile(
    r"\b(?:hit|hits|hitting|slaps|slapped|imposes|imposed|levies|levied)\s+(?:[\w'’&.-]+\s+){0,6}?"
    r"(?:with\s+)?(?:an?\s+)?(?:record\s+)?(?:[A-Z]{0,3}[$€£¥₹]|US\$|\d)[\d.,]*\s*"
    r"(?:million|billion|bn|m|k)?\s+(?:[\w'’-]+\s+){0,2}?penalt(?:y|ies)\b"
)


# "Sanction of €240,000 against X" (the CNIL's English headlines): a sum's sanction is a fine
_SUM_SANCTION: Final = re.compile(
    r"\b[Ss]anction\s+of\s+(?:[A-Z]{0,3}[$€£¥₹]|US\$|\d)[\d.,]*\s*(?:million|billion|bn|m|k)?"
    r"\s*(?:euros?|EUR|dollars?|USD|pounds?|GBP)?\s+(?:against|on)\b"
)


def pay_sum(g: dict[str, list[Cue]], title: str) -> None:
    """Add a payment cue for "pay $N" in the headline, and a fine cue for "a $N penalty" or
    "sanction of $N against"."""
    if "anction of" in title:
        m = _SUM_SANCTION.search(title)
        if m:
            add_cue(g, Cue(m.start(), m.start() + 8, "title", "stage:fine", "sanction"))
    if "pay " in title:
        m = _PAY_SUM.search(title)
        if m:
            add_cue(g, Cue(m.start(), m.start() + 3, "title", "stage:pay", "pay"))
    if "penalt" in title and "pay" not in title:  # "to pay a $N penalty": agreed (S1)
        m = _SUM_PENALTY.search(title)
        if m:
            add_cue(g, Cue(m.end() - 7, m.end(), "title", "stage:fine", "penalty"))


def _authority_named(g: dict[str, list[Cue]]) -> bool:
    """Whether the item names an authority: by name, by country, generically or by kind."""
    return bool(g.get("reg") or g.get("reg_country") or g.get("reg_generic") or g.get("authority"))


def add_cue(g: dict[str, list[Cue]], cue: Cue) -> None:
    """Add a cue read from context to ``g`` under its own category."""
    g[cue.cat] = [*g.get(cue.cat, ()), cue]


def _first_of(words: tuple[str, ...], text: str) -> int:
    """Where the first of ``words`` occurs in ``text`` first, or -1 (a loop: compiled, a
    min() over a generator built a generator object per call)."""
    at = -1
    for w in words:
        i = text.find(w)
        if i >= 0 and (at < 0 or i < at):
            at = i
    return at


def _anchored(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts at one of the
    sorted ``starts``: one anchored match at each, not a scan of every position; matches that
    would overlap an earlier one are skipped, as finditer does."""
    out: list[re.Match[str]] = []
    end = -1
    for at in starts:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m:
            out.append(m)
            end = m.end()
    return out


def gapped_sourcing(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """Add T1 cues that have words inside them to ``g`` (title and summary)."""
    found = []
    for where in ("title", "summary"):
        text = texts[where]
        # every match holds one of these words: most texts skip the searches
        # the searches start where their first word first occurs (str.find is much cheaper)
        matches = _anchored(_WITHOUT_CONSENT, text, _stem_starts(text, ("without",)))
        matches += _anchored(_SOLD_DATA, text, _stem_starts(text, _SOLD_STEMS))
        for m in matches:
            found.append(Cue(m.start(), m.end(), where, "topic:data_sourcing", "data_sourcing"))
    if found:
        known = g.get("topic:data_sourcing") or []
        spans = {(c.where, c.start) for c in known}
        g["topic:data_sourcing"] = known + [c for c in found if (c.where, c.start) not in spans]


# what the EU's Court of Justice decides in a case against a party: a fine, an appeal, a
# regulator's or the Commission's decision, aid or taxes
_DIRECT_ACTION: Final = re.compile(
    r"\b(?:fine[sd]?|fining|penalt(?:y|ies)|appeals?|upholds?|upheld|sets? aside|must pay|"
    r"back taxes|tax deal|state aid|antitrust|competition|decision)\b",
    re.I,
)


def point_of_law(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E3 (d041): a headline ruling of the EU's Court of Justice that decides no fine, appeal or
    decision against a party answers a question of law: adds a point_of_law cue to ``g``."""
    title = texts["title"]
    adviser = title.find("Advocate General")
    if adviser >= 0:
        # "Advocate General: Meta cannot keep ...": an adviser's opinion to the Court of
        # Justice binds no one and decides nothing, whatever it says of a party or a fine
        add_cue(g, Cue(adviser, adviser + 16, "title", "not_enforcement:point_of_law", "opinion"))
        return
    eu = [c for c in g.get("not_enforcement:eu_court") or () if c.where == "title"]
    if not eu and "C-" in title:  # "Schrems v Facebook Ireland (C-498/16)": the Court of
        m = _CJEU_CASE.search(title)  # Justice's case number names its judgment
        if m:
            eu = [Cue(m.start(), m.end(), "title", "not_enforcement:eu_court", "eu_court")]
    # "... ruled that the EU regulation requiring fingerprints is compatible with the rights":
    # whether a law is valid, whatever the headline's verb
    if eu and (not _DIRECT_ACTION.search(title) or _LAW_VALID.search(texts["summary"])):
        # unless an authority's own case is before it ("backs German cartel office in Meta
        # case", "Belgian watchdog may pursue Facebook"): a ruling in that case (E1, R1)
        if not (_AUTHORITY_CASE.search(title) and g.get("reg")):
            add_cue(g, eu[0]._replace(cat="not_enforcement:point_of_law", value="point_of_law"))
        return
    # "EU countries give final approval to platform work directive": a law made, not a step
    if "approv" in title or "adopt" in title or "pass" in title:
        m = _LAW_ADOPTED.search(title)
        if m:
            add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:rulemaking", "law"))
    if ("issue" in title or "publish" in title) and ("Regulation" in title or "Rule" in title):
        m = _RULES_ISSUED.search(title)
        if m:
            add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:rulemaking", "rules"))
    # "Eighth Circuit vacates FTC's 'click-to-cancel' rule": a ruling on an agency's rule
    if "rule" in title or "egulation" in title or "guidance" in title or "law" in title:
        m = _RULE_STRUCK.search(title)
        if not m and "law" in title:
            m = _LAW_STRUCK.search(title)
            m = m if m and not _SOUGHT_BEFORE.search(title, 0, m.start()) else None
        if m:
            add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:point_of_law", "rule"))
    # "Federal Court: Google's search engine is subject to Canada's private-sector privacy law":
    # which law applies to a company is a question of law (a reference), no step against it
    if "subject to" in title and ("ourt" in title or "judge" in title):
        m = _LAW_APPLIES.search(title)
        if m:
            add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:point_of_law", "law"))
    # "X loses High Court challenge to the Act's categorisation rules": a ruling on a law
    if "challenge" in title or "review" in title:
        m = _LAW_CHALLENGE.search(title)
        if m:
            add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:point_of_law", "law"))


_RULE_STRUCK: Final = re.compile(
    r"\b(?:vacat(?:es|ed)|sets?\s+aside|strikes?\s+down|struck\s+down|invalidat(?:es|ed)|"
    r"overturns?|overturned|blocks?|blocked|(?:pauses|paused|halts|halted)\s+enforcement\s+of)"
    r"\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:rule|regulations?|guidance)\b(?!s)|"
    # "Sixth Circuit upholds FCC rules making carriers report breaches": the rules stand
    r"\b(?:upholds?|upheld)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:rules?|regulations?)\b|"
    # "Judge blocks California law letting people sue": a ruling on a law, no party's case
    # (a constitutional court striking down a surveillance law acts against the state: not here)
    r"\b(?:blocks?|blocked|enjoins|enjoined)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’.-]+\s+){0,2}?(?:law|statute|ordinance)\b"
)
# "Ohio's parental-consent law for teen accounts struck down": the same, told in the passive
# (not a party's "bid to have the law struck down", which the court may refuse)
_LAW_STRUCK: Final = re.compile(
    r"\b(?:law|statute|ordinance)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:is|was)\s+)?"
    r"(?:struck\s+down|blocked|enjoined)\b|"
    # "Supreme Court sends Texas and Florida social media laws back": remanded to be ruled on
    r"\bsends?\s+(?:[\w'’-]+\s+){0,6}?(?:laws|statutes)\s+back\b"
)
_SOUGHT_BEFORE: Final = re.compile(r"\b(?:bid|to have|seeks?|asks?|wants?|urges?|request)\b")
# an authority in the headline whose case a court rules on ("backs German cartel office",
# "Belgian watchdog may pursue", "upholds CNIL's fine")
_CJEU_CASE: Final = re.compile(r"\bC-\d{1,4}/\d\d\b")
_AUTHORITY_CASE: Final = re.compile(
    r"\b(?:backs|sides with|upholds|upheld|watchdog|regulator|authority|office|DPA|CNIL|ICO)\b"
)
_LAW_VALID: Final = re.compile(
    r"\b(?:regulation|directive|law|act|statute)\s+(?:[\w'’,-]+\s+){0,12}?(?:is|was|are|were|"
    r"remains?)\s+(?:compatible|incompatible|valid|invalid)\b",
    re.I,
)
_LAW_ADOPTED: Final = re.compile(
    r"\b(?:final approval|approv(?:e|es|ed|al)|adopt(?:s|ed|ion)?|pass(?:es|ed))\s+"
    r"(?:to\s+|of\s+|for\s+)?(?:the\s+|a\s+|an\s+|its\s+|new\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:directive|regulation|law|act|bill|rules|amendments?)\b",
    re.I,
)
# "NITDA issues Nigeria Data Protection Regulation": an authority making its own rules
_RULES_ISSUED: Final = re.compile(
    r"\b(?:issues|issued|publishes|published)\s+(?:the\s+|its\s+|new\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,5}(?:Regulations?|Rules?)\b"
)
_LAW_APPLIES: Final = re.compile(
    r"\b(?:is|are|was|were|remains?)\s+(?:not\s+)?subject\s+to\s+(?:(?!(?:an?\s+)?(?:fines?|"
    r"penalt\w+|orders?|investigations?|inquiry|probe|ban|sanctions?)\b)[\w'’.-]+\s+){0,5}?"
    r"(?:law|laws|act|statute|rules|regulation|GDPR|jurisdiction)\b"
)
_LAW_CHALLENGE: Final = re.compile(
    r"\b(?:challenge|judicial review|legal bid)\s+(?:to|of|against)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:law|act|code|rules|regulations|regime|statute|ordinance|"
    r"directive)\b"
)


# categories of a legal step; a headline without one may recall a step only as background
_BACKGROUND_STEP_CATS: Final = (
    *(f"stage:{k}" for k in STAGE_RANK), "stage:court", "stage:investigation",
)  # fmt: skip
# "The statement came days after Apple agreed to pay ...", "... had opened an inquiry": a step
# told as what came before the news
_BACKGROUND_CLAUSE: Final = re.compile(
    r"\b(?:(?:came|comes|come)\s+(?:[a-z]+\s+){0,2}?after|follows|pointed to|points to|recalled|"
    # "Weeks earlier it had agreed to pay ...": dated before the news
    r"(?:days|weeks|months|years|a\s+(?:day|week|month|year))\s+earlier)\b",
    re.I,
)
_BACKGROUND_WORDS: Final = (
    "had ", " after ", "follows", "pointed to", "points to", "recalled", " earlier",
)  # fmt: skip
_PLUPERFECT: Final = re.compile(r"\bhad\s+(?:[a-z]+\s+){0,3}$")


# "X relaunches its chatbot after 2021 privacy fine": a step dated to the past, after "after"
_PAST_STEP_BEFORE: Final = re.compile(
    r"\bafter\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:(?:19|20)\d\d|last\s+year['’]s|earlier|previous|"
    r"prior|past)\s+(?:[\w'’-]+\s+){0,3}$"
)


# "... after Dobbs ruling", "... After the Schrems II Judgment": a ruling named as what the news
# follows
_NAMED_RULING_BEFORE: Final = re.compile(r"\b[Aa]fter\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}$")


def past_title_steps(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: a headline step told as a past one ("relaunches Y after 2021 privacy fine", "issues
    guidance after Dobbs ruling") is not the item's news: its cues are dropped from ``g``."""
    title = texts["title"]
    if "after " not in title and "After " not in title:
        return
    for cat in _BACKGROUND_STEP_CATS:
        cues = g.get(cat)
        if cues and any(c.where == "title" for c in cues):
            g[cat] = [
                c
                for c in cues
                if c.where != "title"
                or not (
                    _PAST_STEP_BEFORE.search(title, max(0, c.start - 60), c.start)
                    or cat == "stage:court"
                    and _NAMED_RULING_BEFORE.search(title, max(0, c.start - 40), c.start)
                )
            ]


def background_steps(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: when the headline reports no legal step, the summary's steps told as background
    (after "came days after", "follows", "campaigners pointed to", or in the pluperfect) are not
    the item's: dropped."""
    summary = texts["summary"]
    # every background clause holds one of these: most summaries skip the rest
    if not any(w in summary for w in _BACKGROUND_WORDS):
        return
    if any(c.where == "title" for cat in _BACKGROUND_STEP_CATS for c in g.get(cat) or ()):
        return
    for cat in _BACKGROUND_STEP_CATS:
        cues = g.get(cat)
        if not cues:
            continue
        kept = []
        for c in cues:
            if c.where == "summary":
                sentence = summary[sentence_start(summary, c.start) : c.start]
                if _BACKGROUND_CLAUSE.search(sentence) or _PLUPERFECT.search(sentence):
                    continue
            kept.append(c)
        g[cat] = kept


# "Following a public comment period, the FTC approved a final order": the comment period is
# over, so its words name no proposed order (S1)
_COMMENT_OVER: Final = re.compile(
    r"\b(?:after|following|at the end of|the close of|completion of)\s+(?:a\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def comment_over(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: a proposed-order cue of a comment period told as ended ("After a public comment
    period, the Commission approved ...") is dropped from ``g``: the step is the final one."""
    cues = g.get("stage:proposed_order")
    if not cues:
        return
    kept = [
        c
        for c in cues
        if not (
            "comment" in texts[c.where][c.start : c.end].lower()
            and _COMMENT_OVER.search(texts[c.where], max(0, c.start - 30), c.start)
        )
    ]
    if len(kept) < len(cues):
        g["stage:proposed_order"] = kept


def order_comment(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1/E3: a headline "proposed agreement containing consent order; request for comment"
    asks comment on an order against a party, not on a rule: the headline's comment-request
    cues are dropped from ``g`` when it names a proposed order."""
    if has(g, "stage:proposed_order", "title"):
        title = texts["title"]
        _drop_cues(
            g,
            "not_enforcement:rulemaking",
            lambda c: c.where == "title" and "comment" in title[c.start : c.end].lower(),
        )


# "groups file biometric privacy suit against X": what is filed is a suit, not a request to an
# authority
_SUIT_NEXT: Final = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:suit|lawsuit|class action|class-action suit|legal action)\b"
)


def filed_suit(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E2: a request cue "groups file" whose object is a suit ("file biometric privacy suit
    against X") files the suit itself: such request cues are dropped from ``g``."""
    _drop_cues(
        g,
        "not_enforcement:request",
        lambda c: (
            texts[c.where][c.start : c.end].lower().endswith(("file", "files", "filed"))
            and _SUIT_NEXT.match(texts[c.where], c.end) is not None
        ),
    )


# the legal steps an organisation can launch
_LAUNCHED_CATS: Final = ("stage:complaint", "stage:investigation", "private:class_action")


# "launches two proceedings against X", "initiated two sets of proceedings against X": the
# lexicon's "launches proceedings" with words between; and the passive, "proceedings have been
# opened against X" (not "no proceedings were launched against any site")
_GAPPED_PROCEEDINGS: Final = re.compile(
    r"\b(?:launch|open|initiat|start|institut|commenc)(?:e[sd]?|s|ed|ing)?\s+"
    r"(?:[\w-]+\s+){1,4}?proceedings\s+(?:against|into|on)\b|"
    r"(?<!\bno\s)(?<!\bany\s)\bproceedings\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?"
    r"(?:launch|open|initiat|start|institut|commenc)(?:ed)?\s+(?:[\w-]+\s+){0,3}?against\b",
    re.I,
)


def gapped_proceedings(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: an authority opening proceedings against a party, told with words between the verb
    and "proceedings" (the lexicon has the plain phrase) or in the passive ("Proceedings launched
    against X"): adds an investigation cue to ``g``."""
    _cues_in_texts(
        texts,
        g,
        ("proceedings ", "Proceedings "),
        _GAPPED_PROCEEDINGS,
        "stage:investigation",
        "investigation",
    )


# "the Federal Trade Commission Act", "California's Private Attorneys General Act": a law named
# after an authority (the cue's name, then "Act")
_ACT_AFTER: Final = re.compile(r"\s+Act\b")
_LAW_NAMED_CATS: Final = ("reg", "ag_generic", "authority")


def laws_named_after_authorities(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """R: an authority's name inside a law's name ("breached the Federal Trade Commission Act",
    "under the Private Attorneys General Act") is the law, not the authority acting: such cues
    are dropped from ``g``."""
    if not any(" Act" in texts[c.where] for cat in _LAW_NAMED_CATS for c in g.get(cat) or ()):
        return  # most items name no Act where an authority is named
    for cat in _LAW_NAMED_CATS:
        _drop_cues(g, cat, lambda c: _ACT_AFTER.match(texts[c.where], c.end) is not None)


def states_attorney_general(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """R: "the state's attorney general" is the state's AG (named by its state elsewhere), not a
    county's State's Attorney: such a State's Attorney cue is dropped from ``g``."""
    _drop_cues(
        g,
        "reg",
        lambda c: (
            c.value == "State's Attorney"
            and texts[c.where][c.end : c.end + 8].lower() == " general"
        ),
    )


def launched_steps(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1, E2: "launches France's first GDPR class action against X", "launched an
    investigation into X": what is launched is a legal step, not a product, so a 'launch' cue
    whose clause goes on to a step within 60 characters is dropped from ``g``."""
    business = g.get("not_enforcement:business")
    if not business:
        return
    kept = []
    for c in business:
        text = texts[c.where]
        if text[c.start : c.start + 6].lower() == "launch":
            clause_end = c.end + 60
            for stop in (".", ";", ":"):
                i = text.find(stop, c.end, clause_end)
                if i >= 0:
                    clause_end = i
            if any(
                s.where == c.where and c.end <= s.start < clause_end
                for cat in _LAUNCHED_CATS
                for s in g.get(cat) or ()
            ):
                continue
        kept.append(c)
    if len(kept) < len(business):
        g["not_enforcement:business"] = kept


def _outside(cues: list[Cue] | None, spans: list[Cue]) -> list[Cue]:
    """The ``cues`` that start inside none of ``spans``."""
    return [
        c for c in cues or ()
        if not any(n.where == c.where and n.start <= c.start < n.end for n in spans)
    ]  # fmt: skip


# T5: data taken "without parental consent" or "without their knowledge": the collection itself
# is the matter, whatever failures of security the same case charges
_TAKEN_WITHOUT_CONSENT: Final = re.compile(
    r"\b(?:without|lacking|no)\s+(?:\w+['’]?\s+){0,2}?(?:consent|knowledge|permission|disclosure)|"
    r"\bparental consent|\bCOPPA\b|"
    # scraping takes what was never given (T5: "collected, scraped ... without consent")
    r"\bscrap(?:e|ed|es|ing|ers?)\b",
    re.I,
)


def unrelated_law(g: dict[str, list[Cue]], texts: dict[str, str]) -> bool:
    """E4/T5: the matter is under an unrelated law (security, antitrust, billing...) when its
    cues outweigh the data-sourcing ones, or a security failure names the headline's matter
    ("fined for failing to protect customers' data"); never when users' data was combined, nor
    when the only unrelated law is security and data was taken without consent."""
    if g.get("topic:data_combination"):
        return False
    off, ds = has(g, "private:off_topic_law"), has(g, "topic:data_sourcing")
    if off and ds and _security_beside_consent(off, ds, texts):
        return False
    if off and ds and _intercepted(g, texts) and _security_only(off, texts):
        return False  # "picked up passwords ... sent across unencrypted networks", under the
        # Wiretap Act: what was intercepted, not a failure to secure it
    if len(off) > len(ds) // 2 or (off and not ds):
        return True
    security = has(g, "private:security_failure", "title")
    if not security:
        return False
    # "Personal Data Protection Board fines X over data breach": the data words of the
    # authority's own name say nothing of the matter
    names = [c for cat in _AUTHORITY_CATS for c in g.get(cat) or () if c.where == "title"]
    sourcing = [
        c
        for c in has(g, "topic:data_sourcing", "title")
        if not any(n.start <= c.start and c.end <= n.end for n in names)
    ]
    return len(security) >= len(sourcing)


# the unrelated-law phrases that name a failure of security (lexicon, off_topic_law)
_SECURITY_WORDS: Final = frozenset(
    {
        "data security", "security failures", "security measures", "passwords", "plaintext",
        "plain text", "unencrypted", "unencrypted devices", "data breach", "security breach",
        "credential stuffing", "cyberattack", "cyber-attack", "cyber attack", "ransomware",
        "security programme", "security program", "hackers", "attackers", "breach notification",
        "failing to secure", "failed to secure", "inadequate security", "vulnerable to hackers",
        "security flaws", "security flaw", "access tokens", "lax security", "failed to protect",
        "failing to protect", "failure to protect", "failed to safeguard", "failing to safeguard",
        "failure to safeguard", "unauthorised access", "unauthorized access", "credit monitoring",
        "credit-monitoring", "weak authentication", "lacked adequate",
        "technical and organisational measures", "technical and organizational measures",
    }
)  # fmt: skip


def _security_beside_consent(off: list[Cue], ds: list[Cue], texts: dict[str, str]) -> bool:
    """Every unrelated-law cue is a security word and a data-sourcing cue says the data was
    taken without consent (T5: "failed to protect users and collected children's data
    without parental consent")."""
    return _security_only(off, texts) and any(
        _TAKEN_WITHOUT_CONSENT.search(texts[c.where], c.start, c.end) for c in ds
    )


def _intercepted(g: dict[str, list[Cue]], texts: dict[str, str]) -> bool:
    """Whether a privacy-law cue names a wiretap law ("Wiretap Act", "wiretapping claims")."""
    return any("iretap" in texts[c.where][c.start : c.end] for c in has(g, "private:privacy_law"))


def _security_only(off: list[Cue], texts: dict[str, str]) -> bool:
    """Whether every unrelated-law cue of the title and summary is a security word."""
    return all(
        o.where == "body" or texts[o.where][o.start : o.end].lower() in _SECURITY_WORDS for o in off
    )


def security_matter(g: dict[str, list[Cue]], texts: dict[str, str]) -> bool:
    """The unrelated law is data security alone (every unrelated-law cue a security word): the
    country's data protection authority, not its competition one, fines such failures (R1)."""
    off = has(g, "private:off_topic_law")
    return _security_only(off, texts) and bool(off or has(g, "private:security_failure", "title"))


def off_topic_regulator(g: dict[str, list[Cue]], regulator: str | None) -> bool:
    """An authority whose cases are not about data sourcing (T5); a competition or consumer
    authority is about it when the text speaks of personal data twice and of no unrelated law
    ("commits to users' consent before it combines their personal data")."""
    if regulator not in OFF_TOPIC_REGULATORS:
        return False
    ds_hits = has(g, "topic:data_sourcing")
    return not (
        regulator in MARKET_REGULATORS and not has(g, "private:off_topic_law") and len(ds_hits) >= 2
    )


_OWN_BAN: Final = re.compile(
    r"\s+(?:extends|expands|widens|makes)?\s*(?:its\s+)?(?:ban|bans|bars|prohibits|restricts)\b"
)


# "Meta suspends generative AI tools in Brazil after data regulator's objection": the headline's
# subject pauses its own service in answer to an authority, which has taken no step against it
_OWN_PAUSE: Final = re.compile(
    r"\s+(?:to\s+|will\s+)?(?:suspends?|pauses?|halts?|stops?|shuts?|pulls?|withdraws?|ends|"
    r"scraps)\b[^.;]*?\b(?:after|following|amid|as)\s+[^.;]*?\b(?:regulator|authority|watchdog|"
    r"commissioners?|probe|investigation|order|objection|concerns|scrutiny|pressure)"
)


_LIST_JOINS: Final = frozenset({" and ", ", ", ", and ", " & "})


def _start(target: tuple[str, str, int, int]) -> int:
    return target[2]


def own_ban(
    title: str, targets: list[tuple[str, str, int, int]], authority: bool = False
) -> Cue | None:
    """'Amazon extends its ban on police use of Rekognition', 'Microsoft bars police from
    using ...': the headline's subject restricts its own product; with an ``authority`` named,
    only 'Meta suspends AI tools after regulator's objection', where the subject pauses its own
    service in answer to it. None otherwise."""
    first = next((t for t in targets if t[1] == "title" and t[2] == 0), None)
    if first is None:
        return None
    end = first[3]
    for t in sorted((t for t in targets if t[1] == "title" and t[2] > end), key=_start):
        if title[end : t[2]] not in _LIST_JOINS:
            break
        end = t[3]  # "Bunnings and Kmart pause ...": the subject is the whole list
    m = None if authority else _OWN_BAN.match(title, end)
    if m:
        return Cue(m.start(), m.end(), "title", "not_enforcement:voluntary", "voluntary")
    m = _OWN_PAUSE.match(title, end)  # outweighs the steps the text tells as background
    return Cue(m.start(), m.end(), "title", "not_enforcement:own_act", "voluntary") if m else None


# a commentary's headline: analysis, explainers, opinion, law reviews, and annual reports (which
# cite past cases); a law firm's "Client alert:" is news (LABELLING's sources), its content decides
_COMMENTARY: Final = re.compile(
    r"^(?:Analysis|Explainer|Opinion|Op-?ed|Guest (?:column|post)|Commentary|Essay|Column|Comment|"
    r"Editorial|Perspective|"
    r"Viewpoint|Q&A|Law review(?: article)?|Report|Investigation|Study|Survey)"
    r"\s*[:—–|-]|"
    r"\b(?:law review|annual report|annual review|yearly report|activity report|"
    r"enforcement record|year in review|inspection priorities|enforcement priorities)\b|"
    # "Information Commissioner's 2022/23 report: ...", "the DPC's 2019 report" (one space
    # before the year: _COMMENTARY_WORDS gates on "s 19" and "s 20")
    r"['’]s (?:19|20)\d\d(?:/\d{2,4})?\s+(?:annual\s+|activity\s+)?report\b|"
    # "What the Flo verdict means for companies ...", "Lessons from the Clearview fines"
    r"^(?:what|how|why)\b[^:.?]{0,80}?\b(?:means?|matters?)\s+(?:for|to)\b|"
    # "FTC's disgorgement remedy: what AI vendors must delete", "Here's what firms should do":
    # an explainer of what parties in general must do, no step against one
    # (not "FTC orders X to delete models: what it must destroy", the step's own terms)
    r"(?:^|[:—–]\s*|\s-\s)(?:here['’]s\s+)?(?:what|how|why)\s+(?!(?:it|they|the company)\s)"
    r"[^:.?]{1,60}?\b(?:must|should|"
    r"needs?\s+to|ha(?:ve|s)\s+to|ought\s+to)\s+\w|"
    r"^(?:key\s+)?(?:lessons|takeaways)\s+(?:from|of)\b",
    re.I,
)
# every _COMMENTARY match starts with one of these or holds one of those (lower case): most
# headlines skip the case-insensitive search, which tries every alternative at every position
_COMMENTARY_HEADS: Final = (
    "analysis", "explainer", "opinion", "op-ed", "oped", "guest ", "comment", "essay", "column",
    "editorial", "perspective", "viewpoint", "q&a", "law review", "report",
    "investigation", "study", "survey", "what ", "how ", "why ", "lessons", "takeaways", "key ",
    "here's what", "here’s what", "here's how", "here’s how",
)  # fmt: skip
_COMMENTARY_WORDS: Final = (
    "law review", "annual re", "yearly report", "activity report",
    "enforcement record", "year in review", "priorities", "s 19", "s 20",
    ": what ", ": how ", ": why ", "— what ", "– what ", "- what ", "— how ", "– how ", "- how ",
)  # fmt: skip


# "imposed 242 fines in 2024", "tracker passes 2,500 fines", "enforcement halves": statistics
# of many actions, none of them the item's own
_TALLY: Final = re.compile(
    r"\b(?:\d[\d,.]*|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|"
    r"[Nn]inety|[Hh]undreds|[Dd]ozens)(?:-[a-z]+)?)\s+(?:of\s+)?(?:fines|penalties|sanctions|"
    r"decisions|investigations|complaints|breach reports|enforcement actions)\b|"
    r"\b(?:fines|enforcement|penalties|notifications|complaints|sanctions)\s+(?:halve[sd]?|"
    r"double[sd]?|rise|rises|rose|fall|falls|fell|drop|drops|dropped|surge[sd]?|soar(?:s|ed)?|"
    r"reach(?:es|ed)?|top(?:s|ped)?|total(?:s|led|ed)?|jump(?:s|ed)?|climb(?:s|ed)?|"
    r"increase[sd]?|grow|grows|grew)\b|"
    # "2024 brings record number of data breach notifications"
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:notifications|complaints|fines|penalties|"
    r"investigations|breach reports)\b"
)


def tally(title: str, g: dict[str, list[Cue]]) -> None:
    """E3: a headline counting many fines or reporting enforcement's totals is statistics, not
    an action: adds a study cue to ``g``."""
    if (
        "fines" not in title
        and "enforcement" not in title
        and "penalties" not in title
        and "number of" not in title
        and "notifications" not in title
        and "sanctions" not in title
        and "complaints" not in title
    ):
        return
    m = _TALLY.search(title)
    if m:
        add_cue(g, Cue(m.start(), m.end(), "title", "not_enforcement:study", "tally"))


def commentary(title: str, g: dict[str, list[Cue]]) -> bool:
    """E3: analysis, opinion, explainers and annual reports about actions are not actions; adds
    a study cue to ``g`` for such a headline and says whether it is one."""
    low = title.lower()
    if not (low.startswith(_COMMENTARY_HEADS) or any(w in low for w in _COMMENTARY_WORDS)):
        return False
    head = _COMMENTARY.search(title)
    if head:
        add_cue(g, Cue(head.start(), head.end(), "title", "not_enforcement:study", "study"))
    return head is not None


# a letter one party sends another ("sent Clearview AI a cease-and-desist letter")
_LETTER: Final = re.compile(r"cease[- ]and[- ]desist", re.I)
# every legal step but an order: a letter alone is no step when none of these is named
_BEYOND_LETTER: Final = (
    "stage:proposed_order", "stage:final_order", "stage:settlement", "stage:fine", "stage:pay",
    "stage:complaint", "stage:court", "stage:investigation", "stage:criminal",
    "stage:criminal_ruling",
)  # fmt: skip


def company_letter(texts: dict[str, str], g: dict[str, list[Cue]]) -> Cue | None:
    """E2/E3: with no authority acting, a cease-and-desist letter one company sends another
    ("Twitter demands Clearview AI stop ..."; "Disney sends X a cease-and-desist letter") is a
    demand between parties, no legal step: a request cue, or None. Call only when no
    regulator is found."""
    orders = g.get("stage:order")
    if not orders or any(g.get(cat) for cat in _BEYOND_LETTER):
        return None
    letters = [c for c in orders if _LETTER.fullmatch(texts[c.where], c.start, c.end)]
    if not letters:
        return None
    c = letters[0]
    return Cue(c.start, c.end, c.where, "not_enforcement:request", "letter")


# the taking of data by crime: hacking, theft, extortion, stolen-data markets
_THEFT: Final = re.compile(
    r"\b(?:hack(?:s|ed|er|ers|ing)?|stole|stolen|steal(?:s|ing)?|extort\w*|ransomware|"
    r"cybercrim\w*|loot(?:s|ed|ing)|infostealers?|malware|phishing|intrusions?)\b",
    re.I,
)


def data_theft(g: dict[str, list[Cue]], texts: dict[str, str]) -> bool:
    """E4/T5: a prosecution for hacking, stealing or extorting data is about the crime, not how
    a company sourced data (the thieves' forum, the looted accounts: no data_sourcing)."""
    if not (g.get("stage:criminal") or g.get("stage:criminal_ruling")):
        return False
    return any(_THEFT.search(texts[w]) for w in ("title", "summary"))


# "Brazil's data protection law takes effect", "Ban on cold calls comes into force": a law or
# rule taking effect is the news; not when it only dates another clause ("... as tariffs take
# effect")
_IN_FORCE: Final = re.compile(
    r"\b(?:takes?|took|taking)\s+effect\b|\b(?:comes?|came|coming|enters?|entered|entering)\s+"
    r"into\s+force\b|\bnow\s+in\s+force\b|\bin\s+force\s+immediately\b|\binto\s+effect\b|"
    r"\b(?:becomes|became)\s+law\b"
)
_SUBORDINATE: Final = re.compile(r"\b(?:as|when|once|after|before|until|while|if)\s", re.I)


def _title_cue(
    text: str,
    stems: tuple[str, ...],
    pattern: re.Pattern[str],
    cat: str,
    value: str,
    where: str = "title",
) -> Cue | None:
    """A ``cat`` cue where ``pattern`` first matches the headline (or the ``where`` text it is
    given); the search runs only when the text holds one of ``stems``, as every match does."""
    if not any(s in text for s in stems):
        return None
    m = pattern.search(text)
    return Cue(m.start(), m.end(), where, cat, value) if m else None


def _cues_in_texts(
    texts: dict[str, str], g: dict[str, list[Cue]], stems: tuple[str, ...],
    pattern: re.Pattern[str], cat: str, value: str,
) -> None:  # fmt: skip
    """Add to ``g`` the ``cat`` cue ``pattern`` first matches in the headline and the one it
    first matches in the summary (each searched only when it holds one of ``stems``)."""
    for where in ("title", "summary"):
        cue = _title_cue(texts[where], stems, pattern, cat, value, where)
        if cue:
            add_cue(g, cue)


# "Meta shares plunge after ...", "Facebook tops $1 trillion market value after a judge
# dismisses ...": the news is the market's move, whatever step it follows (E3: business news)
_MARKET_MOVE: Final = re.compile(
    r"\b(?:shares?|stock|market\s+(?:value|cap\w*)|valuation)\b[^.;:]{0,40}?\b(?:jump\w*|fall\w*|"
    r"fell|drop\w*|slump\w*|surg\w*|soar\w*|tops?|rise\w*|rose|climb\w*|sink\w*|sank|tumbl\w*|"
    r"plung\w*|rall\w*)\b|\b(?:tops?|passes|hits|crosses)\s+\$[\d.]+\s+(?:trillion|billion)\s+"
    r"(?:in\s+)?(?:market|valuation)",
    re.I,
)


def market_move(title: str) -> Cue | None:
    """E3: a headline whose news is a share price or market value moving: a business cue, or
    None."""
    return _title_cue(
        title,
        ("hare", "tock", "arket", "aluation"),
        _MARKET_MOVE,
        "not_enforcement:business",
        "market",
    )


# "ANPD publishes rules on how it will calculate fines", "guidelines on the calculation of
# administrative fines", "overhauls how it grades infringements": how an authority will weigh
# penalties is a rule or guidance, no penalty (E3)
_FINING_RULES: Final = re.compile(
    r"\bhow\s+(?:it|they|the\s+\w+|regulators|authorities)\s+(?:will\s+)?(?:grades?|calculates?|"
    r"sets?|determines?|classif(?:y|ies)|weighs?|decides?)\s+(?:[\w'’-]+\s+){0,4}?(?:fines|penalties|"
    r"infringements|sanctions|violations)\b|\b(?:classification|grading|calculation|calculating|"
    r"setting)\s+of\s+(?:[\w'’,-]+\s+){0,6}?(?:fines|penalties|infringements|sanctions)\b"
)


def fining_rules(title: str) -> Cue | None:
    """E3: a headline about how an authority will grade or calculate penalties: a rulemaking
    cue, or None."""
    return _title_cue(
        title,
        ("ine", "enalt", "ngement"),
        _FINING_RULES,
        "not_enforcement:rulemaking",
        "fining_rules",
    )


def in_force(title: str) -> Cue | None:
    """E3: a headline whose news is a law or rule taking effect reports no action: a rulemaking
    cue, or None."""
    if "effect" not in title and "force" not in title and "e law" not in title:
        return None
    m = _IN_FORCE.search(title)
    if m is None or _SUBORDINATE.search(title, 0, m.start()):
        return None
    return Cue(m.start(), m.end(), "title", "not_enforcement:rulemaking", "in_force")


# "closes the formal notice procedure against X", "concluded its investigation into X",
# "closure of preliminary inquiries": the step named is what ends, not a step taken now
_CLOSED_STEP: Final = re.compile(
    r"\b(?:closes|closed|closing|closure\s+of|concludes|concluded|concluding|drops|dropped|"
    r"dropping|drop|abandons|abandoned|discontinues|discontinued|ends|ended|withdraws|withdrew|"
    r"withdrawn|wraps\s+up|wrapped\s+up|finishes|finished)\s+(?:its\s+|the\s+|their\s+|her\s+|his\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:investigations?|inquiry|inquiries|enquiry|enquiries|probes?|procedures?|proceedings|"
    r"formal notice|injunction|audit|suit|lawsuit)\b"
    r"(?:\s+(?:procedure|proceedings|process))?(?:\s+(?:against|into|of)\b)?",
    re.I,
)
# the passive: "Cambridge Analytica inquiry wrapped up with no new action", "probe closed"
_CLOSED_PASSIVE: Final = re.compile(
    r"\b(?:investigations?|inquiry|inquiries|enquiry|enquiries|probes?|proceedings|audit)\s+"
    r"(?:(?:is|was|were|are|has\s+been|have\s+been)\s+)?(?:closed|concluded|dropped|ended|"
    r"abandoned|discontinued|shelved|wrapped\s+up)\b",
    re.I,
)
# the passive verbs, spaced ("disclosed", "recommended" and "extended" do not count)
_PASSIVE_WORDS: Final = (
    " closed", " concluded", " dropped", " ended", " abandoned", " discontinued", " shelved",
    " wrapped up",
)  # fmt: skip
_WITHOUT_BEFORE: Final = re.compile(r"\bwithout\s+(?:[\w-]+\s+){0,2}$")
# where a _CLOSED_STEP match can start: a word opening with "clos" or "conclu" ("disclosed"
# holds "clos" but not " clos"), found by str.find
_CLOSING_STARTS: Final = (
    " clos", " Clos", " conclu", " Conclu", " drop", " Drop", " abandon", " Abandon",
    " discontinu", " Discontinu", " end", " End", " withdr", " Withdr", " wrap", " Wrap",
    " finish", " Finish",
)  # fmt: skip


# the same words opening a text
_CLOSING_HEADS: Final = tuple(w[1:] for w in _CLOSING_STARTS)


def _closings(text: str) -> list[re.Match[str]]:
    """The _CLOSED_STEP matches in ``text``, in order, each tried only where a closing word
    starts (an anchored match per word, not a search through the whole text)."""
    if (
        text.find("los") < 0
        and text.find("onclu") < 0
        and text.find("drop") < 0
        and text.find("Drop") < 0
        and text.find("bandon") < 0
        and text.find("iscontinu") < 0
        and text.find(" end") < 0
        and text.find("End") < 0
        and text.find("ithdr") < 0
        and text.find("wrap") < 0
        and text.find("Wrap") < 0
        and text.find("inish") < 0
        and text.find("helved") < 0
    ):
        return []  # most texts: a few finds ("rop" alone is in most: Europe, property)
    starts = _stem_starts(text, _CLOSING_STARTS, shift=1)  # after the space before the word
    if text.startswith(_CLOSING_HEADS):
        starts.insert(0, 0)
    found = _anchored(_CLOSED_STEP, text, starts)
    if any(w in text for w in _PASSIVE_WORDS):
        found += _CLOSED_PASSIVE.finditer(text)
    return found


_CLOSABLE_CATS: Final = ("stage:investigation", "stage:order", "stage:court", "stage:complaint")


# "closes WhatsApp case after app pledges clearer notice", "ends probe as X commits to ...":
# the case ends on the party's commitments, an undertaking that settles it (E1, S1)
_CLOSED_ON_PLEDGE: Final = re.compile(
    r"\b(?:closes|closed|closing|ends|ended|ending|drops|dropped|concludes|concluded|shelves|"
    r"shelved)\b[^.;:]{0,80}?\b(?:case|cases|investigation|probe|inquiry|action|proceedings?)\s+"
    r"(?:after|as|once|following)\s+(?:[\w'’&.-]+\s+){0,4}?"
    r"(?P<pledge>pledges|pledged|commits|committed|promises|promised|agrees|agreed|undertakes|"
    r"undertook|offers|offered)\b"
)


def closed_on_pledge(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1/S1: an authority closing its case on the party's pledge settles it: adds a headline
    settlement cue to ``g`` and drops the closing's declined cue."""
    if not _authority_named(g):
        return
    title = texts["title"]
    if g.get("not_enforcement:declined"):
        m = _CLOSED_ON_PLEDGE.search(title)
        # "ends inquiry without action after X pledges changes": a closing letter, no step
        if m and "without" not in m.group():
            lo, hi = m.span("pledge")
            add_cue(g, Cue(lo, hi, "title", "stage:settlement", "settlement"))
            start, end = m.span()
            _drop_cues(
                g,
                "not_enforcement:declined",
                lambda c: c.where == "title" and start <= c.start < end,
            )


def closed_steps(texts: dict[str, str], g: dict[str, list[Cue]]) -> bool:
    """E3 (d038): a step an authority closes or concludes is no step taken: the step cues
    inside "closes ... investigation" are dropped from ``g``. A headline that closes a step and
    names no other reports declined action, which the lexicon may not know ("closure of"): True,
    and a declined cue added; one that names another step ("concludes investigation and fines
    X") reports that step, and its closing word is no declined action."""
    spans = []
    for where in ("title", "summary"):
        if where == "summary" and not any(
            c.where == "summary" for cat in _CLOSABLE_CATS for c in g.get(cat) or ()
        ):
            continue  # only the title's closings count without a step cue to drop
        text = texts[where]
        for m in _closings(text):
            lo, hi = m.start(), m.end()
            for cat in _CLOSABLE_CATS:
                cues = g.get(cat)
                if cues:
                    g[cat] = [c for c in cues if c.where != where or c.end <= lo or c.start >= hi]
            if where == "title":
                spans.append((lo, hi))
    if not spans:
        return False
    # "closes investigation without enforcement notice": the step it did not take
    title = texts["title"]
    for cat in _BACKGROUND_STEP_CATS:
        cues = g.get(cat)
        if cues:
            g[cat] = [
                c
                for c in cues
                if c.where != "title"
                or not _WITHOUT_BEFORE.search(title, max(0, c.start - 30), c.start)
            ]
    declined = g.get("not_enforcement:declined") or []
    if any(c.where == "title" for cat in _BACKGROUND_STEP_CATS for c in g.get(cat) or ()):
        g["not_enforcement:declined"] = [
            c
            for c in declined
            if c.where != "title" or not any(lo <= c.start < hi for lo, hi in spans)
        ]
        return False
    if not any(c.where == "title" for c in declined):
        add_cue(g, Cue(spans[0][0], spans[0][1], "title", "not_enforcement:declined", "declined"))
    return True


def sanctions_beside_charges(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: in a criminal case, "sanctioned" is the government's economic sanctions on the
    defendants ("charged ... as Treasury sanctions X"), not a penalty decided in the case: when
    every fine cue is a sanction word, they are dropped from ``g`` and the charges decide."""
    fines = g.get("stage:fine")
    if not fines or not (g.get("stage:criminal") or _charges(texts, g)):
        return
    if all(texts[c.where][c.start : c.start + 8].lower().startswith("sanction") for c in fines):
        g["stage:fine"] = []


def _charges(texts: dict[str, str], g: dict[str, list[Cue]]) -> bool:
    """Whether a complaint cue of ``g`` is criminal charges ("charged", "indictment")."""
    for c in g.get("stage:complaint") or ():
        word = texts[c.where][c.start : c.end].lower()
        if word.startswith(("charg", "indict")):
            return True
    return False


# "employees in California and New York", "users across Texas", "families in Florida,
# Colorado, New York and Texas": where people are, not who acts
_PLACE_BEFORE: Final = re.compile(
    r"\b(?:in|across|throughout|from)\s+(?:the\s+state\s+of\s+)?"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+){0,4}$"
)
# "the Ohio and Massachusetts plaintiffs": the states of the people who sue; "under California
# and Nevada computer-crime statutes": the states whose laws apply
_PEOPLE_AFTER: Final = re.compile(
    r"\s*(?:[A-Z][\w.]*\s+){1,2}(?:plaintiffs|residents|families|users|customers|consumers|"
    r"voters|students|patients|drivers|workers|employees|children|parents|"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:laws?|statutes?|acts?|codes?|constitutions?)\b)"
)


def states_as_places(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """R3: a state named as where people live or work ("employees in California and New York")
    is a place, not an authority acting: its state cues are dropped from ``g``."""
    cues = g.get("state")
    if not cues:
        return
    kept = [
        c
        for c in cues
        if not _PLACE_BEFORE.search(texts[c.where], max(0, c.start - 90), c.start)
        and not (
            texts[c.where].endswith(" and", 0, c.end) and _PEOPLE_AFTER.match(texts[c.where], c.end)
        )
    ]
    if len(kept) != len(cues):
        g["state"] = kept


# a suit over what was said of someone: defamation law, not privacy law
_DEFAMATION: Final = re.compile(
    r"\b(?:defamation|libel|slander)\s+(?:suit|lawsuit|claim|action|case|verdict|trial|"
    r"proceedings|complaint)s?\b|\bfor\s+(?:defamation|libel|slander)\b"
)
# what such a suit says was falsely claimed ("said the attorney general had sued it", "said he
# had been arrested") names authorities and arrests that took no step
_CLAIMED_CATS: Final = (
    "reg", "reg_country", "reg_generic", "state", "state_name", "ag_generic", "authority",
    "stage:criminal", "stage:criminal_ruling",
)  # fmt: skip


def defamation_suit(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E2: a suit for defamation or libel that no authority brings is a private dispute under an
    unrelated law: the authorities and arrests the summary names are inside the statement sued
    over, and go from ``g``; a dispute cue is added."""
    if not (g.get("stage:complaint") or g.get("stage:court")):
        return  # no suit: news about what was said
    for where in ("title", "summary"):
        text = texts[where]
        hint = "efam" in text or "ibel" in text or "lander" in text
        m = _DEFAMATION.search(text) if hint else None
        if m:
            break
    else:
        return
    if any(c.where == "title" for cat in ("reg", "reg_country", "state") for c in g.get(cat) or ()):
        return  # "FTC sues X over defamatory reviews": the authority acts
    for cat in _CLAIMED_CATS:
        if g.get(cat):
            g[cat] = []
    add_cue(g, Cue(m.start(), m.end(), where, "private:company_dispute", "defamation"))


# a court's sanction on the lawyers before it ("Judge fines three lawyers over AI-invented
# citations", "Court of Appeals sanctions lawyer", "refers lawyer to grievance panel")
_COUNSEL: Final = re.compile(
    r"\b(?:lawyers?|attorneys?(?!\s+general)|law\s+firms?|counsel|solicitors?|barristers?)\b", re.I
)
_COUNSEL_SANCTION_STEMS: Final = (
    "fine", "sanction", "refer", "disqualif", "reprimand", "warns", "suspend", "disbar",
    "personally pay", "to pay costs",
)  # fmt: skip
_COURT_WORDS: Final = ("court", "judge", "special master", "tribunal", "circuit")


def counsel_sanctioned(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: a court that fines, sanctions, reprimands, disqualifies, suspends, disbars or refers
    named lawyers, or makes them pay costs personally, acts
    against them itself, in whatever private suit it hears: with no authority named, adds an
    authority cue (the court acting, not a private party) and a court step to ``g``."""
    if g.get("reg") or g.get("state"):
        return
    title = texts["title"]
    low = title.lower()
    if _first_of(_COUNSEL_SANCTION_STEMS, low) < 0:
        return
    m = _COUNSEL.search(title)
    if not m:
        return
    both = low + " " + texts["summary"].lower()
    if not any(w in both for w in _COURT_WORDS):
        return
    add_cue(g, Cue(m.start(), m.end(), "title", "authority", "court"))
    # a bar suspension is a binding order (S1); a fine or sanction the court's ruling
    kind = "order" if "suspend" in low or "disbar" in low else "court"
    add_cue(g, Cue(m.start(), m.end(), "title", f"stage:{kind}", kind))


def authority_final_approval(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: "FTC gives final approval to settlement" with no court or judge named and the
    authority's own final order beside it ("final consent order", "finalised") is the
    authority's final order, not a court's approval of a class settlement: the "final
    approval" court cues become final-order cues in ``g``."""
    courts = g.get("stage:court")
    if not courts:
        return
    # the FTC's own final approval of its administrative settlement ("FTC Gives Final Approval
    # to Settlement With X"), no court named
    ftc = any(c.where == "title" and c.value == "FTC" for c in g.get("reg") or ())
    if not g.get("stage:final_order") and not ftc:
        return
    if all(texts[c.where][c.start : c.end].lower() == "final approval" for c in courts):
        g["stage:court"] = []
        for c in courts:
            add_cue(g, c._replace(cat="stage:final_order", value="final_order"))


# "ICO plans £6.09 million fine for X": a fine announced before it is decided
_PLANNED_FINE: Final = re.compile(
    r"\b(?:plans|planned|intends)\s+(?:to\s+(?:impose|issue)\s+)?(?:an?\s+)?(?:[£$€]\s?[\d.,]+\s*"
    r"(?:million|billion|m|bn)?\s+|record\s+)?(?:fine|penalty)\b"
)


def planned_fine(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """S1: a headline fine that is only planned ("ICO plans £6 million fine") is a provisional
    step, as "intends to fine" is: adds a provisional cue to ``g``."""
    title = texts["title"]
    if "plan" not in title and "intends" not in title:
        return
    m = _PLANNED_FINE.search(title)
    if m:
        add_cue(g, Cue(m.start(), m.end(), "title", "stage:provisional", "provisional"))


_FOR_NEXT: Final = re.compile(r" for\b")


def bought_not_paid(texts: dict[str, str], g: dict[str, list[Cue]]) -> None:
    """E1: "items she had paid for" is a purchase, not money paid to resolve a matter: pay cues
    followed straight by "for" are dropped from ``g``."""
    cues = g.get("stage:pay")
    if not cues:
        return
    kept = [c for c in cues if not _FOR_NEXT.match(texts[c.where], c.end)]
    if len(kept) != len(cues):
        g["stage:pay"] = kept
