"""Extraction: Entry -> Action. Pure, deterministic, CPU only.

Rules follow corpus/LABELLING.md (E1-E4 enforcement, T1-T5 topics, R1-R3 regulator, S1-S3 stage,
A1-A3 amounts, C1-C2 cases). Phrases live in ``monitor/data/lexicon.toml`` and are compiled once;
``monitor/extract_rules.py`` weighs what the lexicon found. Every decision records the phrases
behind it as ``Evidence`` so an alert can say why. ``inherit_case_topics`` carries a case's topics
to its later stages (T4).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Final

from monitor.extract_amounts import bare_dollar, find_amount
from monitor.extract_authority import placed_authority, unnamed_authority
from monitor.extract_context import (
    add_cue,
    addressed_demand,
    addressed_requests,
    agreed_order,
    asked_to_explain,
    authorities_not_acting,
    authority_audit,
    authority_final_approval,
    authority_halts,
    background_steps,
    binding_ruling,
    bought_not_paid,
    closed_on_pledge,
    closed_steps,
    comment_over,
    commentary,
    company_letter,
    counsel_sanctioned,
    court_block,
    court_notice,
    data_theft,
    deadline_order,
    deal_settles,
    defamation_suit,
    drawn_scrutiny,
    drop_neutral,
    faces_verb,
    filed_suit,
    fining_rules,
    gapped_proceedings,
    gapped_sourcing,
    grand_jury,
    in_force,
    launched_steps,
    law_applied,
    laws_named_after_authorities,
    localised_data,
    many_warned,
    market_move,
    off_topic_regulator,
    order_comment,
    others_criticise,
    outlet_findings,
    own_ban,
    own_breach_report,
    past_title_steps,
    pay_sum,
    planned_fine,
    point_of_law,
    pressured_deletion,
    product_names,
    request_to_act,
    sanctions_beside_charges,
    sector_warnings,
    security_matter,
    separate_matters,
    shares_verb,
    state_block,
    state_law,
    statements_not_orders,
    states_as_places,
    states_attorney_general,
    sues_authority,
    suit_dismissed,
    tally,
    told_authority,
    took_to_court,
    unrelated_law,
    words_in_names,
)
from monitor.extract_lexicon import Cue, default_lexicon, sentence_end, sentence_start
from monitor.extract_rules import (
    DELETION_CATS,
    by_cat,
    decide_enforcement,
    decide_regulator,
    decide_stage,
    find_model_deletion,
    has,
)
from monitor.extract_targets import extract_targets
from monitor.models import TOPICS, Action, Entry, Evidence

# = lexicon.toml's version: the date of a rule change and its number that day; bump both
EXTRACTOR_VERSION: Final = "2026.11.29.517"

# The title and summary decide; an article body is read only for what they leave undecided.
THIN_SUMMARY: Final = 120  # a shorter summary says too little: the body's lead stands in for it
THIN_LEAD: Final = 800
BODY_LEAD: Final = 2000  # beyond the lead, bodies are boilerplate, quotes and background
_DELETION_STEMS: Final = ("delet", "destr", "purg", "disgorg", "expung")
_WINDOW: Final = 300  # characters either side of a deletion word that can name what is deleted


def _deletion_window(body: str) -> tuple[int, int] | None:
    """The stretch of the body's lead around its deletion words, if it has any (cheap finds)."""
    low = body.lower()
    hits = [i for i in (low.find(s) for s in _DELETION_STEMS) if i >= 0]
    erase = low.find("eras")  # erase, erasing, erasure; not "cameras", "eras", "operas"
    while erase >= 0 and low[erase + 4 : erase + 5] not in ("e", "i", "u"):
        erase = low.find("eras", erase + 1)
    if erase >= 0:
        hits.append(erase)
    if not hits:
        return None
    return max(0, min(hits) - _WINDOW), min(len(body), max(hits) + _WINDOW)


# Words every derived_object phrase of the lexicon contains (lower case). Without one in the
# window no body cue can name what is deleted, and the body scan cannot change the topics.
_DERIVED_WORDS: Final = (
    "model", "algorithm", "product", "template", "print", "embedding", "vector", "array", "iris",
    "hash", "mathematical", "biometric", "geometry", "facial", "face",
)  # fmt: skip


def _may_name_derived(window: str) -> bool:
    low = window.lower()
    return any(w in low for w in _DERIVED_WORDS)


# Evidence(...) without the named tuple constructor's extra call
_new_evidence: Final = tuple.__new__


def _cite(evidence: list[Evidence], texts: dict[str, str], field: str, found: list[Cue]) -> None:
    for c in found:
        text = texts[c.where][c.start : c.end]
        evidence.append(_new_evidence(Evidence, (field, text, c.where, c.start, c.end)))


# a US federal court, jury or prison, where a criminal case is heard or served
_FEDERAL_COURT: Final = re.compile(
    r"\bfederal (?:jury|judge|court|prison|district court)|\bU\.?S\.? (?:prison|[Dd]istrict "
    r"[Cc]ourt|[Dd]istrict [Jj]udge)|\bextradited to the U\.?S\.?|\bat (?:the )?U\.?S\.? request"
)


def _federal_prosecution(texts: dict[str, str]) -> Cue | None:
    """The DOJ, as a cue on the federal court that tries a criminal case no authority is named
    for ("a federal jury convicted ...", "sentenced to 13 years in US prison")."""
    for where in ("title", "summary"):
        m = _FEDERAL_COURT.search(texts[where])
        if m:
            return Cue(m.start(), m.end(), where, "reg", "DOJ")
    return None


# the EU institutions, bodies and agencies the EDPS oversees, as the news names them
_EU_BODY: Final = re.compile(
    r"\b(?:European (?:Commission|Parliament|Central Bank|Investment Bank|Medicines Agency|Border "
    r"and Coast Guard Agency|Anti-Fraud Office)|Council of the (?:European Union|EU)|Europol|"
    r"Eurojust|Frontex|eu-LISA|OLAF)\b"
)


def _eu_bodies(texts: dict[str, str]) -> list[tuple[str, str, int, int]]:
    """The EU bodies an item names (title first), each once, as targets."""
    found: list[tuple[str, str, int, int]] = []
    for where in ("title", "summary"):
        for m in _EU_BODY.finditer(texts[where]):
            if all(f[0] != m.group() for f in found):
                found.append((m.group(), where, m.start(), m.end()))
    return found


def _proposed_settlement(texts: dict[str, str]) -> Cue | None:
    """Where the title or summary says "proposed settlement", as a cue."""
    for where in ("title", "summary"):
        i = texts[where].find("proposed settlement")
        if i >= 0:
            return Cue(i, i + 19, where, "stage:proposed_order", "proposed_order")
    return None


# an aggregator's headline ends in its outlet ("... - Reuters", "... | The Verge"): a name that
# is never a party nor says anything of the step (a case caption "X v Y, Z" is kept)
_OUTLET: Final = re.compile(r" [-|] ([A-Z0-9][^,;:|]{0,40})$")


def without_outlet(title: str) -> str:
    """``title`` without a news aggregator's trailing outlet name."""
    if " - " not in title and " | " not in title:
        return title
    m = _OUTLET.search(title)
    if not m or len(m.group(1).split()) > 5 or " v " in m.group(1) or " v. " in m.group(1):
        return title
    head = title[: m.start()]
    return head if len(head.split()) >= 4 else title


def _read(entry: Entry) -> tuple[dict[str, str], list[Cue], bool]:
    """The texts to read and their cues; the body lead is scanned only under a thin summary."""
    lex = default_lexicon()
    title, summary, body = without_outlet(entry.title or ""), entry.summary or "", entry.body or ""
    thin = bool(body) and len(summary) < THIN_SUMMARY
    texts = {"title": title, "summary": summary, "body": body[: THIN_LEAD if thin else BODY_LEAD]}
    parts = (title, "title"), (summary, "summary")
    cues = lex.scan_texts((*parts, (texts["body"], "body")) if thin else parts)
    return texts, cues, thin


def _topics(
    g: dict[str, list[Cue]],
    texts: dict[str, str],
    off_topic: bool,
    body_window: bool,
    ordered: bool = True,
) -> tuple[list[str], list[Cue]]:
    """T1-T5: data_sourcing from personal-data cues, model_deletion from an ordered deletion of
    a derived form; ``body_window``: also look around the body's deletion words; ``ordered``:
    whether the step can order a deletion at all (a plaintiff's complaint only asks for one)."""
    ds_hits = has(g, "topic:data_sourcing")
    if ds_hits and _consent_without_data(ds_hits, texts):
        ds_hits = []  # "may not charge without express consent": consent to a purchase (T5)
    topics, why = [], []
    if ds_hits and not off_topic:
        topics.append("data_sourcing")
        why += ds_hits[:2]
    md = find_model_deletion(g, texts) if ordered else []
    window = _deletion_window(texts["body"]) if body_window and ordered and not md else None
    if window and _may_name_derived(texts["body"][window[0] : window[1]]):
        lo, hi = window
        # only the categories find_model_deletion reads, so a smaller automaton serves
        part = ((texts["body"][lo:hi], "body"),)
        extra = by_cat(default_lexicon().scan_texts(part, lo, DELETION_CATS))
        # the title's and summary's verbs failed above and pair only with cues of their own
        # text (or the headline's biometric words, which a body verb does not take): the body's
        # cues alone decide
        md = find_model_deletion(extra, texts)
    if md:
        if "data_sourcing" not in topics and ds_hits:
            topics.append("data_sourcing")
        topics.append("model_deletion")
        why += md
    return topics, why


_DATA_WORDS: Final = re.compile(
    r"\b(?:data|information|details|records?|recordings?|photos?|images?|footage|"
    r"location|biometric|"
    r"faces?|facial|voices?|messages|contacts|profiles?|cookies|tracking|tracked|browsing|"
    r"personal|privacy|collect\w*|shar(?:e|es|ed|ing)|sold|sell\w*|marketing|e-?mails?|texts|"
    r"calls|spam|kyc|identity|identities)\b",
    re.I,
)


def _consent_without_data(cues: list[Cue], texts: dict[str, str]) -> bool:
    """T5: every sourcing cue is a kind of consent and no sentence holding one speaks of data
    ("let children buy currency without a parent's consent"): consent to a purchase or an
    account, not to the use of data."""
    for c in cues:
        if "consent" not in texts[c.where][c.start : c.end].lower():
            return False
    if _DATA_WORDS.search(texts["title"]):
        return False  # "fines X for collecting voice clips": the headline names the data
    for c in cues:
        text = texts[c.where]
        if _DATA_WORDS.search(text, sentence_start(text, c.start), sentence_end(text, c.end)):
            return False
    return True


# offices the lexicon knows only without their place: the place names them (R)
PLACED_OFFICES: Final = frozenset({"City Attorney", "State's Attorney", "District Attorney"})
# authorities whose money penalties are agreed orders (S1: "SEC settled orders"; New York's
# Department of Financial Services imposes its penalties by consent order; the FTC cannot fine
# by itself: its penalties are settlements, whatever a headline says it "imposes"; the CFPB's
# penalties are consent orders: 22 CFPB steps labelled settlement, 2 fine)
SETTLING_REGULATORS: Final = frozenset({"SEC", "NYDFS", "FTC", "CFPB"})
# "agree to plead guilty and pay", "pleads guilty ... and forfeits $2 billion": a plea agreement
# with a payment
_WILL_PLEAD: Final = re.compile(r"\b(?:agrees?|agreed|to|will)\s+(?:to\s+)?plead\s+guilty\b", re.I)
_PAYS: Final = r"(?:pay|pays|paying|forfeits?|forfeiting)"
_PLEA_PAYS: Final = re.compile(
    rf"\bplead(?:s|ed)?\s+guilty\b[^.;]{{0,80}}?\b{_PAYS}\b|"
    rf"\bguilty\s+pleas?\b[^.;]{{0,80}}?\b{_PAYS}\b|"
    r"\b(?:penalt(?:y|ies)|fines?)\b[^.;]{0,60}?\bguilty\s+pleas?\b",
    re.I,
)


def _public_plaintiff(g: dict[str, list[Cue]], sued: Cue) -> bool:
    """Whether a state or authority named in the headline before the authority sued is the one
    suing ("California leads 20 states suing HHS"): a public authority's suit, no company's."""
    return any(
        c.where == "title" and c.start < sued.start
        for cat in ("state", "state_name", "reg_country", "ag_generic", "authority")
        for c in g.get(cat) or ()
    )


def extract(entry: Entry) -> Action:
    """Extract the enforcement action, if any, that ``entry`` reports."""
    texts, cues, thin = _read(entry)
    g = drop_neutral(by_cat(cues))
    gapped_proceedings(texts, g)
    laws_named_after_authorities(texts, g)
    states_attorney_general(texts, g)
    launched_steps(texts, g)
    authorities_not_acting(texts, g)
    others_criticise(texts, g)
    outlet_findings(texts, g)
    separate_matters(texts, g)
    statements_not_orders(texts, g)
    many_warned(texts, g)
    gapped_sourcing(texts, g)
    point_of_law(texts, g)
    court_block(g, texts["title"])
    court_notice(g, texts["title"])
    grand_jury(texts, g)
    state_block(g, texts["title"])
    state_law(g, texts["title"])
    states_as_places(texts, g)
    defamation_suit(texts, g)
    tally(texts["title"], g)
    words_in_names(texts, g)
    product_names(texts, g)
    faces_verb(texts, g)
    localised_data(texts, g)
    shares_verb(texts, g)
    pay_sum(g, texts["title"])
    past_title_steps(texts, g)
    background_steps(texts, g)
    comment_over(texts, g)
    order_comment(texts, g)
    filed_suit(texts, g)
    closed_on_pledge(texts, g)
    closing = closed_steps(texts, g)
    sanctions_beside_charges(texts, g)
    counsel_sanctioned(texts, g)
    authority_final_approval(texts, g)
    planned_fine(texts, g)
    bought_not_paid(texts, g)
    addressed_requests(texts, g)
    told_authority(texts, g)
    own_breach_report(texts, g)
    asked_to_explain(texts, g)
    drawn_scrutiny(texts, g)
    took_to_court(texts, g)
    authority_audit(texts, g)
    authority_halts(texts, g)
    deadline_order(texts, g)
    law_applied(texts, g)
    agreed_order(texts, g)
    deal_settles(texts, g)
    suit_dismissed(texts, g)
    binding_ruling(texts, g)
    addressed_demand(texts, g)
    sector_warnings(texts, g)
    opinion = commentary(texts["title"], g)
    evidence: list[Evidence] = []
    off_hits = has(g, "private:off_topic_law")
    off_topic = unrelated_law(g, texts)
    combining = bool(g.get("topic:data_combination"))  # users' data combined across services
    # a country's fine over a failure of data security is its data protection authority's
    reg_off = off_topic and not security_matter(g, texts)
    # a source's own authority (config `regulator`, kept in the entry's raw fields): a state
    # attorney general's listing whose headlines name the AG but not the state
    hint = entry.raw.get("regulator") if entry.raw else None
    listed = hint if isinstance(hint, str) and hint else None
    reg = decide_regulator(g, entry.publisher, reg_off, texts["title"], listed)
    placed = None  # a local authority named by its place ("Seoul prosecutors")
    if reg is None or isinstance(reg, Cue) and reg.value in PLACED_OFFICES:
        office = reg.value if isinstance(reg, Cue) else None
        placed = placed_authority(texts, office)
        # a known office takes its place now; an unknown one ("Singapore police can use ...")
        # names the regulator only once the item is found to be enforcement
        reg = (placed if office else None) or reg or unnamed_authority(texts)
    if reg is None and (g.get("stage:criminal_ruling") or g.get("stage:criminal")):
        reg = _federal_prosecution(texts)  # R1: a US federal criminal case is the DOJ's
    regulator = reg.value if isinstance(reg, Cue) else reg
    if isinstance(reg, Cue):
        _cite(evidence, texts, "regulator", [reg])
    stage, stage_cues = decide_stage(g, texts)
    if regulator in SETTLING_REGULATORS and stage == "fine":
        stage = "settlement"  # S1: the SEC's penalties are settled orders, NYDFS's consent orders
    if stage in ("fine", "court_order") and "uilty" in texts["title"]:
        plea = _PLEA_PAYS.search(texts["title"])
        if plea:  # S1: a company's plea agreement with a payment settles the case
            stage = "settlement"
            stage_cues = [Cue(plea.start(), plea.end(), "title", "stage:settlement", "plea")]
    if stage in ("court_order", "settlement") and "uilty" in texts["title"]:
        will = _WILL_PLEAD.search(texts["title"])
        if will and not _PLEA_PAYS.search(texts["title"]):
            # S1: "X agrees to plead guilty" with no payment: charged, not yet convicted
            stage = "complaint"
            stage_cues = [Cue(will.start(), will.end(), "title", "stage:complaint", "plea")]
    if regulator == "FTC" and stage == "settlement":
        proposed = _proposed_settlement(texts)
        if proposed:  # S1: the FTC's settlements out for comment are its proposed orders
            stage, stage_cues = "proposed_order", [proposed]
    elif stage == "proposed_order" and regulator not in (None, "FTC") and g.get("stage:settlement"):
        # S1: only the FTC's administrative consent orders are proposed orders; another
        # authority's stipulated judgment out for comment is a settlement
        stage, stage_cues = "settlement", g["stage:settlement"][:1]
    # names inside the authority's own mention ("Federal Reserve") are not targets
    excluded = {texts[c.where][c.start : c.end] for c in g["reg"] + g["reg_country"] + g["state"]}
    # nor is the court that rules, where the lexicon has its name ("Corte Suprema: X need not
    # de-list ..."; not a ruling's words, "throws out X's claim")
    for c in g.get("stage:court") or ():
        court = texts[c.where][c.start : c.end]
        if all(w[:1].isupper() for w in court.split()):
            excluded.add(court)
    excluded |= {regulator} if regulator else set()
    excluded |= {texts[placed.where][placed.start : placed.end]} if placed else set()
    deal = regulator is None or stage in ("none", "voluntary")  # no authority acting
    step = stage not in ("none", "voluntary")
    targets = extract_targets(texts["title"], texts["summary"], excluded, deal=deal, step=step)
    if regulator == "EDPS":  # it oversees the EU's own bodies: those it names are the parties
        targets = _eu_bodies(texts) or targets
    asked = request_to_act(texts) or sues_authority(g, texts["title"])
    if asked:  # someone asks an authority to act, or sues it: it has taken no step yet
        add_cue(g, asked)
    own = own_ban(texts["title"], targets, regulator is not None)
    if own:  # E3 (d035): a company restricting the use of its own product acts of itself
        add_cue(g, own)
    is_enf, score = decide_enforcement(
        g, entry.publisher, regulator, stage, bool(targets), off_topic, texts["title"]
    )
    if is_enf and opinion:
        # E3: an analysis, opinion or report headline is about actions, never one itself
        is_enf, score = False, min(score, 1.0)
    if is_enf and asked and asked.value == "sues the authority" and not _public_plaintiff(g, asked):
        # E1: the headline's company sues the authority: it is the plaintiff, and whatever
        # steps the item names are the authority's (or the court's) in that suit
        is_enf, score = False, min(score, 1.0)
    letter = company_letter(texts, g) if is_enf and regulator is None else None
    if letter:  # E2/E3: a cease-and-desist letter between companies is a demand, no step
        add_cue(g, letter)
        is_enf, score = False, min(score, 1.0)
    title = texts["title"]
    rule = (in_force(title) or fining_rules(title) or market_move(title)) if is_enf else None
    if rule:  # E3: a headline reporting a law taking effect, how penalties are graded or a
        # market's move: no action
        add_cue(g, rule)
        is_enf, score = False, min(score, 1.0)
    if is_enf and not targets and stage in ("investigation", "proposed_order"):
        # S1/E1: an inquiry into a subject, or an order proposed to no party (the vote capped
        # as for no step, so the confidence stays a non-enforcement one, below 0.5)
        is_enf, score = False, min(score, 1.0)
    if is_enf and regulator is None and placed:
        regulator = placed.value
        _cite(evidence, texts, "regulator", [placed])
    pressured = not is_enf and regulator and pressured_deletion(g)
    if pressured:  # E1: a deletion in answer to an authority's audit or investigation
        is_enf = True
        if stage != "investigation":  # S3: the authority's inquiry or findings, when named
            stage, stage_cues = "voluntary", pressured
    if closing and not is_enf:  # S2: a headline closing a step reports none
        stage, stage_cues = "none", []
    _cite(evidence, texts, "action_stage", stage_cues)
    if not is_enf and has(g, "not_enforcement:own_act"):
        stage = "voluntary"  # S1: the company's own act
    if not is_enf and stage == "none" and has(g, "not_enforcement:voluntary"):
        stage = "voluntary"
    off_topic = off_topic or not combining and off_topic_regulator(g, regulator)
    off_topic = off_topic or data_theft(g, texts)
    # T2: a deletion a plaintiff's complaint asks a court for is no order, settlement term or
    # commitment (an authority's complaint can carry a proposed order)
    ordered = not (stage == "complaint" and regulator is None)
    topics, why = _topics(g, texts, off_topic, is_enf and not thin, ordered)
    _cite(evidence, texts, "topics", why)
    _cite(evidence, texts, "follow_up", has(g, "stage:follow_up")[:1])
    if off_topic and not topics:  # why no topic: the matter is under an unrelated law (E4)
        _cite(evidence, texts, "unrelated_law", off_hits[:1])
    if not is_enf and opinion:
        # W2 (d031): the companies a commentary cites from past cases are not what it is about;
        # those its headline names are
        targets = [t for t in targets if t[1] == "title"]
    evidence += [_new_evidence(Evidence, ("targets", *t)) for t in targets]
    amount_usd, amount_original, amount_ev = (
        find_amount(texts, bare_dollar(texts, regulator)) if is_enf else (None, None, None)
    )
    if amount_ev:
        evidence.append(amount_ev)
    names = [t[0] for t in targets]
    confidence = max(0.05, min(0.99, 0.5 + score / 12)) if is_enf else max(0.01, 0.4 + score / 12)
    return Action(
        is_enforcement=is_enf,
        topics=topics,
        regulator=regulator if (is_enf or regulator) else None,
        targets=names,
        amount_usd=amount_usd,
        amount_original=amount_original,
        action_stage=stage,
        case_key=case_key(regulator, names),
        score=round(confidence, 3),
        evidence=evidence,
        version=EXTRACTOR_VERSION,
    )


_LEGAL: Final = re.compile(
    r"\b(inc|incorporated|llc|ltd|limited|corp|corporation|co|company|plc|gmbh|sa|ag|lp|llp|pbc|"
    r"holdings?|group|pty)\b\.?",
    re.I,
)


@lru_cache(maxsize=8192)  # pure; organisation names recur across a feed
def normalise_org(name: str) -> str:
    """An organisation name without legal suffixes, punctuation or case: the slug of case keys."""
    name = _LEGAL.sub(" ", name.lower())
    return "-".join(re.findall(r"[a-z0-9]+", name))


def case_key(regulator: str | None, targets: list[str]) -> str | None:
    """C1: regulator + first target's normalised name; wording-independent. A target that is
    only a legal form ("SA", "Inc.") names no one: the next one keys the case, or none does (an
    empty slug would put every such entry in one case)."""
    for target in targets:
        org = normalise_org(target)
        if org:
            return f"{_slug(regulator or 'private')}:{org}"
    return None


@lru_cache(maxsize=1024)
def _slug(regulator: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", regulator.lower()))


# Steps that follow an earlier one of the same matter (T4): rulings and appeals, and any stage whose
# text shows a follow-up (penalty liquidations, redress payouts). Other fines or orders under one
# regulator + target key may be separate matters (C2), which must not share topics.
FOLLOW_UP_STAGES: Final = frozenset({"court_order", "final_order", "fine", "settlement"})


def with_case_memory(action: Action, earlier_topics: Iterable[str]) -> Action:
    """T4: ``action`` with the topics of its case's earlier stages added, when it is enforcement at
    a follow-up stage and not under an unrelated law; ``action`` itself when nothing changes."""
    if not action.is_enforcement or action.action_stage not in FOLLOW_UP_STAGES:
        return action
    if (action.case_key or "").startswith("private:"):
        return action  # private suits against one company are often separate class actions
    follow_up = any(e.field == "follow_up" for e in action.evidence)
    if action.action_stage != "court_order" and not follow_up:
        return action
    if any(e.field == "unrelated_law" for e in action.evidence):
        return action
    earlier = set(earlier_topics)
    if earlier <= set(action.topics):
        return action
    topics = [t for t in TOPICS if t in action.topics or t in earlier]
    memo = Evidence("topics", f"earlier stages of case {action.case_key}", "case", 0, 0)
    return dataclasses.replace(action, topics=topics, evidence=[*action.evidence, memo])


def inherit_case_topics(actions: Sequence[Action], published: Sequence[str | None]) -> list[Action]:
    """T4 over a batch: each action gets the topics of the enforcement actions of its case
    published earlier (or the same day, earlier in the batch); same order as given."""
    order = sorted(range(len(actions)), key=lambda i: (published[i] or "", i))
    seen: dict[str, set[str]] = {}
    out = list(actions)
    for i in order:
        key = actions[i].case_key
        if not key:
            continue
        out[i] = with_case_memory(actions[i], seen.get(key, ()))
        if out[i].is_enforcement:
            seen.setdefault(key, set()).update(out[i].topics)
    return out
