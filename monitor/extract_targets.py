"""Who is acted against: organisation names taken from the text by their role in the sentence.

Names are capitalised spans (with legal suffixes); a span becomes a target when it stands where the
acted-against party stands ("fines X", "X must", "against X", "X agreed to"), never from a list of
companies. Passing mentions ("through X", "researchers at X", "with X and Y" as recipients) are not.
"""

from __future__ import annotations

import re
from typing import Final

from monitor.extract_lexicon import default_lexicon, sentence_end, sentence_start
from monitor.extract_names import (
    NUMBER_WORDS,
    ONE_LETTER_NAMES,
    clean_name,
    common_word,
    find_names,
    people_in_office,
    trie,
    whole_word,
)
from monitor.extract_titlecase import untitle
from monitor.vocab import MEDIUM_NOUNS

# the role words are data: lexicon.toml [targets]
_ROLE_WORDS: Final = default_lexicon().targets

# a US state opening a headline describes where its subject is ("Wisconsin man charged")
_US_STATES: Final = frozenset(default_lexicon().raw_states)
# a state or country on its own is where things happen or who acts ("Wisconsin man charged",
# "Denmark orders"); only a court acts against it ("rights court rules Russia's use ...")
_PLACE_NAMES: Final = _US_STATES | frozenset(default_lexicon().countries)

# "<verb> (the|a|an) X": the name is acted against; "through X": a passing mention
_BEFORE_WORDS: Final = tuple(_ROLE_WORDS["before"])
_PASSING_WORDS: Final = tuple(_ROLE_WORDS["passing"])


def _reversed_tail(words: tuple[str, ...], tail: str) -> re.Pattern[str]:
    """``\\b(?:words)<tail>$`` for the REVERSED text: matched at its start, one anchored attempt
    instead of a search trying every position of the text before a name."""
    return re.compile(rf"{tail}(?:{trie(w[::-1] for w in words)})\b")


# the people a step names by their role before their names ("charges former executives X, Y
# and Z", "suing co-founders X and Y", "sues ex-CEO X"), reversed for _BEFORE
_PEOPLE_ROLES: Final = (
    "executives", "executive", "officers", "officer", "co-founders", "cofounders", "founders",
    "co-founder", "cofounder", "founder", "directors", "director", "CEO", "chief executive",
    "owners", "owner", "employees", "employee", "engineer", "chairman", "president",
)  # fmt: skip
_ROLE_BACK: Final = (
    rf"\s+(?:{trie(w[::-1] for w in _PEOPLE_ROLES)})(?:-xe|\s+(?:remrof|roines|pot))?"
    r"(?:\s+(?:sti|rieht))?"
)
# "fines both X", "convicts former X engineer Y", "requires both it and X"
_BEFORE: Final = _reversed_tail(
    _BEFORE_WORDS,
    rf"(?:\s+eht|\s+n?a|\s+htob|\s+remrof|-xe|\s+dna\s+(?:ti|meht|mih|reh)(?:\s+htob)?|{_ROLE_BACK})?\s+",
)
_PASSING: Final = _reversed_tail(_PASSING_WORDS, r"\s+")
# "the ICO said X introduced ...": the subject of a reported clause whose verb is in the past
# tense is the party whose conduct is at issue, whatever the verb
_REPORTED: Final = _reversed_tail(
    (
        "said",
        "says",
        "saying",
        "concluded",
        "claimed",
        "claims",
        "claiming",
        "argued",
        "argues",
        "arguing",
        "alleging",
        "ruled",
        "held",
        "found",
        "finding",
    ),
    r"(?:\s+taht)?\s+",
)
# "commissioner Jane Doe ordered": an official of the authority, never the party acted against
_OFFICIAL: Final = _reversed_tail(
    ("commissioner", "regulator", "watchdog", "ombudsman", "prosecutor", "judge", "minister",
     "attorney general", "supervisor", "privacy chief", "data protection chief"),
    r"\s+",
)  # fmt: skip
# the two role patterns before a name in one anchored match, the official first
_BACK: Final = re.compile(f"(?P<official>{_OFFICIAL.pattern})|(?P<before>{_BEFORE.pattern})")
_PAST_VERB: Final = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|was\s+|were\s+)?[a-z]{3,}ed\b"
)
# verbs after a name that make it the acting party ("X must", "X agreed to", "X collected")
_AFTER_WORDS: Final = tuple(_ROLE_WORDS["after"])
# "X, which marketed its reports to landlords, will pay": a clause within the sentence between
_AFTER: Final = re.compile(
    r"^\s*(?:['’]s?\s+)?(?:,\s+[^,;.]{0,100},\s+)?" + f"(?:{trie(_AFTER_WORDS)})\\b"
)
# "X, (the) operator of Y", "X, which runs Y": the company behind a product is the party acted
# against; "X, also a defendant, ...": a party too
_APPOSITION: Final = re.compile(
    r"^,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:operator|owner|maker|developer|provider|publisher|parent|"
    r"company behind|firm behind|(?:also\s+)?(?:a\s+|named\s+as\s+a\s+)?(?:co-?)?defendant|"
    r"which (?:operates|operated|runs|ran|owns|owned|makes|made|develops|developed|sells|sold|"
    r"markets|marketed))\b"
)
# the officers and other people listed with a company ("its CEO X", "and app developer Y"), who
# share its role
_OFFICER: Final = (
    r"(?:owners?|(?:co-)?founders?|CEO|chief executive(?:\s+officer)?|president|"
    r"chair(?:man|woman)?|executives?|officers?|directors?|managing director|"
    r"board member|principals?|"
    r"chief (?:operating|financial|technology) officer|COO|CFO|CTO|developer|engineer|"
    r"consultant|contractor|researcher|employee|manager)"
)
# "X's Y": a unit shares X's role; "X along with Y", "X and its subsidiaries Y and Z",
# "X (formerly Y)": co-defendants and other names of one party share it too
_LIST_GAP: Final = re.compile(
    r"\.?,?\s+(?:and|&|as well as|along with|together with)\s+(?:the\s+)?|[.)]?,\s+(?:the\s+)?|/|"
    r";\s+(?:and\s+)?|['’]s\s+|"
    # "A and B, together with hackers C and D": co-defendants named by what they are
    r",?\s+(?:together|along) with\s+(?:[a-z-]+\s+)?[a-z-]+s\s+|"
    # "block Microsoft's planned $69 billion purchase of publisher Activision": both parties
    r"(?:(?<=['’]s)|['’]s)\s+(?:[\w$.,-]+\s+){0,4}?(?:acquisition|purchase|takeover|buyout|merger)"
    r"\s+(?:of|with)\s+"
    r"(?:[\w-]+\s+){0,4}?|"
    # "fines Apple €10 million and Samsung": each with its own amount
    r"\s+(?:[€$£]|[A-Z]{2,3}\s?)[\d.,]+(?:\s*(?:million|billion|m|bn))?,?\s+and\s+|"
    # "and its licensee X", "and their group purchasing organisations X, Y and Z", "and his
    # company, X", "and affiliates including X"
    r"\.?,?\s+(?:and\s+)?(?:its|their|his|her)\s+(?:(?:[a-z]+|[A-Z]\.[A-Z]\.)\s+){0,2}?(?:subsidiar(?:y|ies)|"
    r"affiliates?|units?|parent(?:\s+company)?|licensees?|compan(?:y|ies)|organi[sz]ations?|"
    r"arms?|successors?)(?:,|\s+including)?\s+|,?\s+and\s+affiliates\s+including\s+|"
    # "X-Mode Social and successor Outlogic": the company that took over its business
    r"\.?,?\s+and\s+(?:its\s+)?successor(?:\s+company)?,?\s+|"
    r"\s+\((?:formerly|now|f/k/a|d/b/a|doing business as)\s+|"
    r"\.?,?\s+(?:(?:which|that|who)\s+(?:does|did)\s+business as|doing business as|d/b/a|"
    r"trading as|formerly known as)\s+|"
    # "block X from acquiring Y": both parties
    r"\s+from\s+(?:acquiring|buying|merging with|taking over)\s+(?:[\w-]+\s+){0,4}?|"
    # "Devumi, LLC and its owner and CEO X", "chairman X and president Y": its officers
    rf"(?:\.?,\s+(?:and\s+)?|\.?,?\s+and\s+|,?\s+(?:along|together) with\s+)(?:its\s+|their\s+)?"
    rf"(?:former\s+)?(?:[a-z-]+\s+)?"
    rf"{_OFFICER}(?:\s+and\s+{_OFFICER})?\s+|"
    # "charged A, 19, and B, 18": people listed with their ages
    r",\s+\d{1,2},\s+(?:and\s+)?|"
    # "sentenced A to 120 months and B to 48 months"
    r"\s+to\s+(?:\d+|[a-z]+)(?:\s+and\s+a\s+half)?\s+(?:months|years|days)(?:\s+in\s+prison)?,?"
    r"\s+and\s+"
)
# a list member that is no name on its own ("fined Ryanair, easyJet, Norwegian and Volotea"):
# the list goes on past it
_LIST_SKIP: Final = re.compile(r",\s+[A-Z][\w-]*,?\s+(?:and|&)\s+")
# capitalised words, none ending in a full stop ("its subsidiary Isybank. The Garante ...")
_CAPS: Final = r"[A-Z](?:[\w.\-]*\w)?(?:\s+[A-Z](?:[\w.\-]*\w)?)*"
_RELATED: Final = re.compile(
    rf"(?:its|their|the)\s+(?P<a>{_CAPS})\s+(?:subsidiary|unit|app)\b|"
    rf"\bsubsidiary,?\s+(?P<b>{_CAPS})|"
    r"\b(?:formerly|now|became|renamed|rebranded as|rebrands as)(?: known as| called)?\s+"
    # (not "formerly Acme's counsel": a person's past employer)
    rf"(?P<c>{_CAPS})(?!['’]s|[\w.-])|"
    rf"\bparent\s+(?P<d>{_CAPS})"
)
# "order with X-Mode successor Outlogic" (not "his successor", a person's): searched apart, only
# in texts that say "successor" (one more branch of _RELATED slowed its search by half)
_SUCCESSOR: Final = re.compile(
    rf"\bsuccessor(?<!his successor)(?<!her successor),?\s+(?P<e>{_CAPS})"
)
# words every _RELATED match contains: most texts have none and skip its costly search
_RELATED_WORDS: Final = (
    "subsidiary",
    "unit",
    "app",
    "formerly",
    "now",
    "parent",
    "became",
    "rebrand",
)


# the whole words one of _RELATED's branches needs (each stands between non-word characters)
_RELATED_KEYS: Final = (
    "subsidiary", "unit", "app", "formerly", "now", "became", "renamed", "rebranded", "rebrands",
    "parent",
)  # fmt: skip


def _may_relate(text: str) -> bool:
    """The old substring gate (kept: it decides which texts are searched at all) and then what
    a match needs around one of its whole words: a capitalised word before "unit", "app" or
    "subsidiary" ("its Acme unit"), or a capital after the others ("formerly Acme"). Most
    texts' "now" and "app" have neither, and the search, which tries every position, is
    skipped."""
    if not any(w in text for w in _RELATED_WORDS):
        return False
    for w in _RELATED_KEYS:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if whole_word(text, i, j):
                if w in _NAME_BEFORE_KEYS and _capitalised_before(text, i):
                    return True
                if w not in _NAME_BEFORE_ONLY and _capital_after(text, j, w):
                    return True
            i = text.find(w, i + 1)
    return False


_NAME_BEFORE_KEYS: Final = ("subsidiary", "unit", "app")  # "its Acme unit"
_NAME_BEFORE_ONLY: Final = ("unit", "app")  # never followed by the name


def _capitalised_before(text: str, i: int) -> bool:
    r"""Whether spaces, and before them a word of [\w.-] opening with a capital after a space,
    stand before ``i``."""
    k = i
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == i:
        return False
    s = k
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    return s > 0 and s < k and "A" <= text[s] <= "Z"


def _capital_after(text: str, j: int, word: str) -> bool:
    """Whether what follows a name-introducing ``word`` at ``j`` can open its name: "as" after
    "rebranded"/"rebrands", maybe a comma after "subsidiary" or "known as" or "called" after
    the others, then spaces and a capital."""
    if word in ("rebranded", "rebrands"):
        if not text.startswith(" as", j):
            return False
        j += 3
    elif word == "subsidiary" and text.startswith(",", j):
        return _space_then_capital(text, j + 1)  # "its subsidiary, Acme"
    if _space_then_capital(text, j):
        return True
    if text.startswith(" known as", j):
        return _space_then_capital(text, j + 9)
    return text.startswith(" called", j) and _space_then_capital(text, j + 7)


def _space_then_capital(text: str, j: int) -> bool:
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    return k > j and k < len(text) and "A" <= text[k] <= "Z"


# a product named by its maker: "Fortnite maker X", "Pornhub operator X"
_PRODUCT_OF: Final = re.compile(
    r"^\s+(?:app\s+|game\s+|chatbot\s+|service\s+|site\s+)?(?:maker|developer|operator|owner|"
    r"publisher|creator)\b"
)
_BACKGROUND: Final = re.compile(
    r"^\s*(?:['’]s?\s+)?(?:had (?:settled|already|earlier|previously)|previously)"
)
# an authority named by its place: "Berlin court rules", "Hamburg regulator"
_AUTHORITY_AFTER: Final = re.compile(
    r"^(?:\s+(?:(?:appeals?|appellate|district|regional|high|administrative|labou?r|federal|"
    r"supreme|constitutional|top)\s+)?(?:court|courts|judge|tribunal|regulator|watchdog|"
    r"prosecutors?|data protection|consumer (?:agency|authority|watchdog|protection (?:agency|"
    r"authority)))\b|"
    # a place's authority: "Chile's Supreme Court", "Israel's privacy regulator"
    r"['’]s\s+(?:(?:[A-Z][\w-]*\s+){0,3}(?:Court|Regulator|Commission|Authority|Ministry|"
    r"Office|Tribunal|Commissioner|Agency|Inspectorate|Watchdog)|(?:top|highest|supreme|"
    r"constitutional|privacy|data protection|data|competition|consumer|communications|telecoms?|"
    r"antitrust|cartel|financial|information|media)\s+(?:[a-z]+\s+)?(?:court|regulator|watchdog|"
    r"authority|ministry|office|commission|agency|commissioner))\b)"
)
# what follows a name, in one match: an authority's place over apposition over background over
# an acting verb
_FOLLOWING: Final = re.compile(
    "|".join(
        f"(?P<{k}>{p.pattern.removeprefix('^')})"
        for k, p in (
            ("authority", _AUTHORITY_AFTER),
            ("apposition", _APPOSITION),
            ("background", _BACKGROUND),
            ("acting", _AFTER),
        )
    )
)
# Deal news (no authority involved): the counterparty is what the item is about as much as the
# company that opens the title ("X licenses its archive to Y", "X takes a stake in Y").
_DEAL_BEFORE: Final = re.compile(
    r"(?:\blicen[cs](?:es|ed|ing)\b[^.;:]{0,60}\bto|\bstakes?\s+in|\binvest(?:s|ing|ment)?\b"
    r"[^.;:]{0,30}\bin|\b(?:buy|buys|bought|purchases?)\b[^.;:]{0,60}\bfrom|"
    r"\b(?:moves|moved|migrates|shifts)\b[^.;:]{0,60}\bto|\b(?:lets|let|allows|trials|"
    r"acquires|acquired|buys|bought|partners with|teams up with|invests in|supply|supplies|"
    r"picks|picked|selects|selected|chooses|chose|taps|tapped|(?:deal|pact|agreement)s?\s+with|"
    r"deal to use|deal to supply|leaves|leave|leaving|quits|departs|exits|joins|join|rejoins))"
    r"\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?$"
)
# "signs X as title sponsor", "with X as trusted security partner", "extends X partnership"
_DEAL_AFTER: Final = re.compile(
    r"^\s+(?:as\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:partner|sponsor|supplier|provider)|(?:partnership|tie-up|alliance|pact)\b)"
)
# an industry-wide study's orders go to a list of companies: "6(b) orders to seven companies,
# including X, Y and Z"
_SENT_TO: Final = re.compile(
    r"\b(?:orders|letters)(?:\s+went)?\s+to\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?:companies|firms|developers|platforms|manufacturers),?\s+(?:including\s+|namely\s+)?)?$"
)
# the headline's "civil investigative demands issued to X": who must answer them (in a summary,
# demands sent to others can seek what they know of the party, so only the headline's count)
_DEMANDS_TO: Final = re.compile(
    r"\b(?:demands|notices|subpoenas)\s+(?:were\s+)?(?:issued|sent|served)\s+to\s+$"
)
_PLAINTIFF_NEXT: Final = re.compile(r"\s+(?:sues|sued|files suit|filed suit|takes legal action)\b")
# the same where the verb cannot be a passive ("X sued over ..."): a headline's plaintiff
# an order a plaintiff wins ("wins a permanent injunction against ...")
_WON_ORDER: Final = (
    r"(?:a\s+|an\s+)?(?:permanent\s+|preliminary\s+|temporary\s+)?(?:court order|injunction|"
    r"restraining order|default judgment)"
)
_PLAINTIFF_ACTS: Final = re.compile(
    rf"\s+(?:sues|files suit|takes legal action|(?:wins|obtains|secures)\s+{_WON_ORDER})\b"
)
_SENT_OBJECT: Final = re.compile(r"\s+(?:a|an|the|its|two|three|several)\b")
# "X pauses", "X launches": a verb in the present; not a plaintiff's ("X sues Y")
_VERB_NEXT: Final = re.compile(
    r"\s+(?!(?:sues|files|accuses|asks|urges|petitions|wins|seeks|demands|calls)\b)[a-z]{3,}s\b"
)
# a lone capitalised descriptor ("Operator of Celebrity Fan Websites to Pay ...", "Executives"):
# what kind of party, not its name
_DESCRIPTORS: Final = frozenset(
    w
    for w in _ROLE_WORDS["before"]
    if w.isalpha() and w not in ("v", "vs", "versus", "block")  # Block, Inc. is a name
) | {
    "executives", "officials", "dozens", "airline", "hacker", "hackers", "youtuber", "youtubers",
    # a headline's plural or generic subject ("Consumer groups accuse X", "Tech firms sign")
    "consumer", "consumers", "regulators", "tech", "shopper", "shoppers", "data", "review",
    "researchers", "lawmakers", "parents", "investors", "authors", "users", "customers",
    "patients", "workers", "employees", "students", "critics", "activists", "experts",
}  # fmt: skip
# "MPs", "DPAs": people or bodies of a kind, not an organisation
_PLURAL_ABBREVIATION: Final = re.compile(r"[A-Z]{2,5}s")
# names that are an enforcer's own, whatever the lexicon knows of it: an attorney general by
# surname ("AG Henry"), a regulator's office by its remit ("Personal Data Protection Office",
# "Division of Consumer Affairs", "FCC Enforcement Bureau"), a central bank
_ENFORCER_NAME: Final = re.compile(
    r"^(?:AG|Attorney General)\s+[A-Z]|^Prosecutors?$|^Central Bank of\b|"
    r"^(?:US\s+|U\.S\.\s+)?Treasury(?:\s+Department)?$|"
    r"\b(?:Data Protection|Consumer Protection|Consumer Affairs|Securities|Competition|"
    r"Fair Trading|Enforcement)\s+(?:Office|Inspectorate|Authority|Commission|Agency|Bureau|"
    r"Division|Board)$|^Division of Consumer\b|^Data Inspectorate$|"
    # the same office named the other way round: "Office for Personal Data Protection"
    r"^(?:Office|Authority|Agency|Inspectorate|Commission|Commissioner)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:Personal\s+)?(?:Data|Information|Privacy)(?:\s+Protection)?$"
)
# what a hacker or thief acted on: the victim
_VICTIM: Final = re.compile(
    r"\b(?:break(?:ing|s)?|broke|hack(?:ing|ed|s)?)\s+into\s+(?:the\s+)?$|"
    r"\b(?:hacking|hacked|breaching|breached|stealing from|stole from|defrauding|defrauded)\s+$",
    re.I,
)
# every _VICTIM match holds one: most names skip its search, which tries every position (a
# case-insensitive alternation costs ~6 us even as a precheck; lower() and ``in`` cost ~1)
_VICTIM_STEMS: Final = ("into", "hack", "breach", "steal", "stole", "defraud")
# a participle opening a clause ("Overturning the ruling, ...", "Concluding that ..."): no name
_GERUND: Final = re.compile(r"[A-Z][a-z]+ing\s+(?:the|a|an|that|its|their|this|his|her|it)\b")
# the members of a group an authority acts against: "fined eleven charities, among them X"
_MEMBER_WORDS: Final = ("among them", "including", "namely", "notably")
_GROUP_MEMBERS: Final = re.compile(
    r"\b(?:fine[sd]?|fining|sued|sues|charged|charges|charging|accusing|accused|indicted|"
    r"indicting|arrested|detained|ordered|orders|penali[sz]ed|sanctioned|"
    r"reprimanded|warned|banned|bans|probes|probed|investigat(?:es|ed|ing))\s+(?:[\w-]+\s+){0,6}?"
    r"[\w-]+,?\s+(?:among them|including|namely|notably)\s+(?:the\s+)?$"
)
# what a defendant's motion asks ("motions by X and Y to dismiss the complaint")
_TO_DISMISS: Final = re.compile(r"[^.;]{0,120}?\bto\s+dismiss\b")
# a counted group acted against, then its members' names after a dash or colon
_GROUP_NAMED: Final = re.compile(
    r"\b(?:fined|fines|sued|sues|charged|charges|charging|indicted|indicts|indicting|arrested|"
    rf"sanctioned|convicted|sentenced)\s+(?:{'|'.join(NUMBER_WORDS)}|\d+)\s+"
    r"(?:[\w'’.-]+\s+){0,9}?[—–:]\s+$"
)
_STATEMENT: Final = re.compile(
    r"\s+(?:(?:has|had|have)\s+(?:since\s+|also\s+)?(?:confirmed|said|told|denied|stated|"
    r"announced|responded|argued|insisted|claimed|disputed|welcomed|pledged|promised|vowed|"
    r"commented)|(?:were|are|was|is)\s+(?:among|expected|likely|set|reportedly|said|not(?!\s+fined)))\b"
)
_ABBREVIATED: Final = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Pty|Intl)$")
_TOKEN: Final = re.compile(r"\w+")
_LOWER_WORD: Final = re.compile(r"\b[a-z]{3,}")


def _title_subject(name: str, start: int, end: int, text: str, other: str) -> bool:
    """The name that opens a title is its subject, unless it is a product described by its
    maker ("Fortnite maker X") or a lone word the summary never names ("Fertility app X")."""
    if _LOWER_WORD.search(text[:start]) or _PRODUCT_OF.match(text[end : end + 30]):
        return False
    if " in " in text[max(0, start - 30) : start] and _IN_PLACE.search(text, 0, start):
        return False  # "Fires in Brazil's Amazon surge": a place
    return " " in name or name in other or text[end : end + 2] in ("'s", "’s")


def _acted(
    i: int, names: list[tuple[int, int, str]], text: str, other: str, title: bool, deal: bool
) -> bool:
    """Whether the i-th name stands where the acted-against party stands; ``deal``: no
    authority is named, so a deal's counterparty in the title is a subject too."""
    start, end, name = names[i]
    before, after = text[max(0, start - 40) : start], text[end : end + 130]
    if name.endswith(_TOOL_WORDS) and before.endswith(("a ", "an ", "the ", "as ")):
        return False  # "a Facebook Pixel on X sent ...": a tool the party used, not a party
    if after.startswith(" ") and (
        _GROUP_SUES.match(after) or after.startswith(_FAMOUS_STEMS) and _FAMOUS_ON.match(after)
    ):
        return False  # "YouTube creators sue PayPal": the plaintiffs' platform, not a party
    if before.endswith(_POSSESSIVE) and _owned_device(text, start, end):
        return False  # "neighbour's Ring doorbell cameras": a device a person owns
    if before.endswith("into ") and _ENTERED_INTO.search(text, max(0, start - 120), start):
        return False  # "a worker entered case details into X": the tool the data went into
    if before.endswith(" on ") and _HOSTED_AFTER.match(after):
        return False  # "keeps the platform on Microsoft's cloud": the host, not a party (W2)
    wide = text[max(0, start - 70) : start]
    if " to " in wide and _SENT_TO.search(wide):  # the substring test skips most names
        return True
    if title and before.endswith(" to ") and _DEMANDS_TO.search(before):
        return True
    if (
        before.endswith(("from ", "From "))
        # "from Facebook's parent": the parent pays (a name's span holds its possessive)
        and text[end - 2 : end] not in ("'s", "’s")
        and _SUM_FROM.search(wide)
    ):
        return True  # "Attorney General secures $4.5 million from X": who pays
    if any(w in wide for w in _MEMBER_WORDS) and _GROUP_MEMBERS.search(wide):
        return True  # "fined eleven charities, among them X"
    if before.endswith(("motion by ", "motions by ")) and _TO_DISMISS.match(after):
        return True  # "denied motions by X and its executives A and B to dismiss": defendants
    if before.endswith(("— ", "– ", ": ")) and _GROUP_NAMED.search(
        text, max(0, start - 130), start
    ):
        return True  # "indicted six officers of Russia's GRU — A, B and C": the group, by name
    if title and i and before.endswith("over ") and text[end - 2 : end] in ("'s", "’s"):
        return True  # "fines X over Y's policy": Y is X's unit, acted against with it
    if after.startswith(".") and _ABBREVIATED.search(name):
        after = after[1:]  # "Luka Inc., which ...": the abbreviation's point, not a full stop
    m = _FOLLOWING.match(after)
    kind = m.lastgroup if m else None
    if kind == "authority":  # "Munich court", "Chile's Supreme Court": the authority's place
        return False
    if (
        deal
        and title
        and (
            _DEAL_BEFORE.search(text[max(0, start - 90) : start])
            or _DEAL_AFTER.match(after)
            # "Amazon's face recognition", "Google pauses ...": what the news is about
            or text[start + len(name) : start + len(name) + 2] in ("'s", "’s")
            or start == 0
            and _VERB_NEXT.match(after)
            # "X steps down as Oracle CEO": the company whose chief comes or goes
            or before.endswith(" as ")
            and bool(_ROLE_AFTER.match(text, end))
        )
    ):
        return True
    if kind == "acting" and after.startswith(", ") and before.endswith((" on ", " via ")):
        kind = None  # "pages on Facebook, Instagram and Twitter, bought ads": a platform listed
    if kind == "acting" and _STATEMENT.match(after):
        kind = None  # "Avanza says Meta has confirmed ...": a statement, not what it did
    if kind == "apposition":
        # "X, operator of Y": even after "by" or "through"; not where data went ("later shared
        # with X, the parent of Y": a recipient)
        return not before.endswith(_RECIPIENT_BEFORE)
    if kind == "background":
        return False  # "X had settled earlier": a past step, not this one
    if (
        kind is None
        and _amount_may_follow(text, start + len(name))
        and _AMOUNT_NEXT.match(text, start + len(name))  # the span may hold the currency
        and _fined_before(text, start)
        and not _IN_PLACE.search(before)  # "in The Hague €460,000": where the fined party is
    ):
        return True  # "fined A KSh 2 million ...; B KSh 1.8 million": each with its own penalty
    low = before.lower()
    if any(w in low for w in _VICTIM_STEMS) and _VICTIM.search(before):
        return False  # "convicted of breaking into LinkedIn": the victim, not the party
    maker = after.find(" maker", 0, 12) >= 0 or after.find(" developer", 0, 16) >= 0
    maker = maker or after.find(" operator", 0, 15) >= 0
    if maker and _PRODUCT_OF.match(after):
        return False  # "requiring Ever app maker to destroy": a product; its maker is the party
    if text.startswith(("'", "’"), start + len(name)) and _OWN_STEP.match(text, start + len(name)):
        return True  # "final approval to Facebook's settlement": its own legal step
    if not title and " follows " in wide and _FOLLOWS_STEP.search(wide):
        return False  # "The deletion follows the FTC's settlement with X": an earlier matter
    if (
        not title
        and ("eparate" in wide or "imilar" in wide or "alongside" in wide)
        and _SEPARATE_STEP.search(text, max(0, start - 120), start)
    ):
        # "The FTC filed a separate complaint against X", "runs alongside the joint
        # investigation of X": another matter (C2)
        return False
    if title and after.startswith(" ") and _PLAINTIFF_ACTS.match(after):
        return False  # "Tinder owner X sues Y": the plaintiff, whatever its description
    back = before[::-1]  # the role patterns before a name are matched on the reversed text
    if _GIVER.match(back) and _GIVEN.match(after):
        return True  # "gave Google a formal warning", "served X with a notice": who receives it
    if before.endswith(("granted ", "grants ", "granting ")) and _SUMMARY_JUDGMENT.match(after):
        return True  # "granted Microsoft summary judgment": the defendant it ends the claims of
    role = _BACK.match(back)
    if role and " group " in before and role.lastgroup == "before" and _ADVOCATES.search(before):
        return False  # "a complaint backed by the rights group X": who complained
    if role and before.endswith("deal with ") and _BUSINESS_DEAL.search(before):
        return False  # "a data-licensing deal with Google": a business partner, not a party
    if role and _PERSON_ASKS.match(back, role.start()):
        return False  # "he asked ChatGPT to draw": a person using a tool, no authority asking
    if role:  # an official of the authority; an acting verb outweighs a passing word
        if before.endswith("sent ") and not _SENT_OBJECT.match(after):
            return False  # "the data its pages sent Facebook": a recipient, not "sent X a letter"
        if before.endswith(_DESCRIBED_ENDS) and _DESCRIBED_RECIPIENT.search(
            text, max(0, start - 100), start
        ):
            return False  # "servers of TikTok owner X", "shared with its parent X": where data went
        return role.lastgroup == "before"
    if _REPORTED.match(back) and _PAST_VERB.match(after) and not _STATEMENT.match(after):
        return True
    if kind != "acting" and not (title and i == 0):
        return False  # nothing left that could make it acted against: skip the passing test
    if _PLAINTIFF_NEXT.match(after):
        return False  # "Meta sues the maker of ...": the plaintiff is not acted against
    if _PASSING.match(back):
        return False  # "through X", "rivals of X"
    return kind == "acting" or _title_subject(name, start, end, text, other)


# a sum an authority obtains from a party: "secures $4.5 million from X", "recovered €2m from"
_SUM_FROM: Final = re.compile(
    r"\b(?:secur|obtain|recover|collect|win|won|extract)\w*\s+(?:a\s+|an\s+)?(?:record\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]|US\$)\s?[\d.,]+\s*(?:million|billion|bn|m|k)?\s+(?:[\w-]+\s+){0,3}?"
    r"from\s+$",
    re.I,
)
_HOSTED_AFTER: Final = re.compile(r"(?:['’]s)?\s+(?:cloud|servers?|data centres?|data centers?)\b")
# data put into a tool: "entered the family's details into X", "pasted CVs into X" (not
# "an inquiry into X")
_ENTERED_INTO: Final = re.compile(
    r"\b(?:enter(?:s|ed|ing)?|fe(?:d|eds?|eding)|past(?:e|es|ed|ing)|upload(?:s|ed|ing)?|"
    r"typ(?:e|es|ed|ing)|input(?:s|ted|ting)?|cop(?:y|ied|ies|ying))"
    r"\b[^.;]{0,100}\binto\s+$"
)


# a sum straight after a name: what it was fined, where the sentence fines
_AMOUNT_NEXT: Final = re.compile(
    r"\s+(?:[€$£¥₹]|(?:[A-Z]{2,3}|KSh|Rs\.?|R\$|NT\$|HK\$)\s?)\d[\d.,]*"
    r"(?:\s*(?:million|billion|m|bn|crore|lakh))?\b"
)
_FINE_WORDS: Final = ("fine", "penalt", "penalis", "penaliz")


def _amount_may_follow(text: str, at: int) -> bool:
    """Whether the word after ``at`` opens like a sum (a currency sign, a capital, a digit): a
    cheap test before _AMOUNT_NEXT, as most names are followed by a word in lower case."""
    ch = text[at + 1 : at + 2]
    return bool(ch) and not ("a" <= ch <= "z")


def _fined_before(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` fines or penalises."""
    low = text[sentence_start(text, start) : start].lower()
    return any(w in low for w in _FINE_WORDS)


# a legal step the name owns: "Facebook's settlement", "X's $5 million penalty"
_OWN_STEP: Final = re.compile(
    r"['’]s\s+(?:(?:proposed|final|record|\$?[\d.,]+\s*(?:million|billion)?)\s+)?"
    r"(?:settlement|penalty|fine|consent decree|consent order|plea deal|guilty plea)\b"
)
# what comes before a recipient of data
_RECIPIENT_BEFORE: Final = (
    "shared with ", "sold to ", "passed to ", "sent to ", "given to ", "handed to ",
)  # fmt: skip
# ... and before a company described by its kind: "communicated with servers of TikTok owner X"
_DESCRIBERS: Final = ("owner", "parent", "parent company", "maker", "developer", "operator")
_DESCRIBED_ENDS: Final = tuple(w + " " for w in _DESCRIBERS)
_DESCRIBED_RECIPIENT: Final = re.compile(
    r"\b(?:servers?\s+(?:of|in)|(?:shared|sold|passed|sent|given|handed|transferred|"
    r"transmitted|flowed|communicat(?:es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:with|to))\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}?(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(_DESCRIBERS)})\s+$"
)
# a step told as separate from the item's: its party belongs to another matter (C2)
_SEPARATE_STEP: Final = re.compile(
    r"\b(?:[Ss]eparate|[Ss]imilar)\b[^.;]{0,80}?\bagainst\s+(?:the\s+)?$|"
    r"\balongside\b[^.;]{0,80}?\b(?:investigation|inquiry|probe)\s+"
    r"(?:of|into|against)\s+(?:the\s+)?$"
)
# the news told as following an earlier step: that step's parties are background
_FOLLOWS_STEP: Final = re.compile(
    r"\bfollows\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:with|against)\s+$"
)
# a sanction handed to a party, the party between verb and sanction: "issues Google formal
# warning", "gave X a formal warning", "served X with an enforcement notice"
_GIVER: Final = _reversed_tail(
    ("gives", "gave", "given", "giving", "issues", "issued", "issuing", "serves", "served",
     "serving", "hands", "handed", "handing", "slaps", "slapped", "sets", "set", "setting"),
    r"\s+",
)  # fmt: skip
_GIVEN: Final = re.compile(
    r"\s+(?:with\s+)?(?:a\s+|an\s+|its\s+)?(?:[\w$\u20ac\u00a3.,-]+\s+){0,3}?(?:warning|fine|penalty|"
    r"notice|reprimand|order|ban|summons|deadline|ultimatum|summary judgment)s?\b"
)
# (reversed) "he asked ", "she told ": a person, not an authority, asks or tells
_PERSON_ASKS: Final = re.compile(r"\s+(?:deksa|sksa|dlot|sllet)\s+(?:eh|ehs|yeht|I|ew)(?:\s|$)")
_SUMMARY_JUDGMENT: Final = re.compile(r"\s+(?:a\s+)?(?:partial\s+)?summary\s+judgment\b")
# a tracking tool's last word ("the Meta pixel", "Facebook SDK"), never a company's ("Gravy
# Analytics")
_TOOL_AFTER: Final = (" pixel", " Pixel", " SDK", " plugin", " Plugin", " tracker", " Tracker")
# the last word of a tracking tool's name ("Meta Pixel", "Google Analytics") after "a", "the"
_TOOL_WORDS: Final = (*_TOOL_AFTER, " Analytics", " Tag", " Cookies")
# a commercial deal, not one that settles a case
_BUSINESS_DEAL: Final = re.compile(
    r"\b(?:licen[cs]ing|content|data|partnership|supply|cloud|commercial|distribution|"
    r"sponsorship|advertising|chip|computing|AI|news|streaming)"
    r"\s+deal\s+with\s+$"
)
# a group that speaks for people, named by its cause: a complainant, never the party
_ADVOCATES: Final = re.compile(
    r"\b(?:rights|advocacy|campaign|campaigning|privacy|consumer|consumers'|civil liberties|"
    r"activist|lobby|watchdog|pressure)\s+group\s+$"
)


_ROLE_GAP: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,3}?(?:boss|chief|CEO|CTO|CFO|founders?|co-founders?|cofounders?|"
    r"engineer|employee|executives?|directors?|manager|officers?|chairman|chairwoman|worker|staffer|"
    r"contractor|scientist|researcher)\s+"
)


# a role after the name, maybe with the kind of role between ("Former X hardware engineer
# charged"), never a verb or a preposition ("X fires chief executive", "X after officer ...")
_ROLE_KIND: Final = (
    r"(?:(?!(?:after|before|over|for|with|to|of|in|on|at|by|as|and|or|but|the|a|an|its|their|"
    r"his|her)\b)[a-z-]+(?<![^s]s)(?<!ed)\s+)"
)
_ROLE_AFTER: Final = re.compile(
    rf"\s+{_ROLE_KIND}{{0,2}}?(?:boss|chief|founder|co-founder|cofounder|engineer|employee|"
    r"executive|director|manager|officer|staffer|worker)s?\b(?!\s+[A-Z])"
)
# "X's former top corporate lawyer pleads guilty", "Y, X's former policy director, ...": X is
# where the person worked (the person's name, if any, stands elsewhere)
_FORMER_OF: Final = re.compile(
    r"(?:['’]s)?\s+(?:former|ex-)\s*(?:(?!(?:after|before|over|for|with|to|of|in|on|at|by|as|and|or|"
    r"but)\b)[a-z-]+\s+){0,3}?(?:boss|chief|CEO|CFO|CTO|COO|founder|"
    r"co-founder|cofounder|engineer|employee|executive|director|manager|officer|staffer|worker|"
    r"lawyer|counsel|attorney|adviser|advisor|head|president|chairman|chairwoman|contractor|"
    r"scientist|researcher|analyst|trader|accountant|partner|spokesman|spokeswoman|"
    r"spokesperson)\b(?!\s+[A-Z])"  # ("X's former CEO Jane Doe said": X may be the party)
)


def _role_targets(
    names: list[tuple[int, int, str]],
    text: str,
    is_title: bool,
    other: str = "",
    deal: bool = False,
    step: bool = True,
) -> list[tuple[int, str]]:
    """Names standing in an acted-against role in ``text``; a list shares its member's role.
    ``other``: the entry's other text (the summary of a title)."""
    acted_at = {i for i in range(len(names)) if _acted(i, names, text, other, is_title, deal)}
    # "ex-Twitter employee Ahmad Abouammo", "Former X boss Y": in a legal step the person is the
    # party and the company only says where the person worked; in news both are concerned
    for i in range(len(names) - 1):
        if i in acted_at and _ROLE_GAP.fullmatch(text[names[i][1] : names[i + 1][0]]):
            acted_at.add(i + 1)
            if step:
                acted_at.discard(i)
    # "Former X chief and Y must ...": X only says where an unnamed person worked
    if step:
        acted_at -= {i for i in acted_at if _ROLE_AFTER.match(text, names[i][1])}
    # "X, Y and Z must ...", "fines X and Y": listed names share the role, both ways
    for i in sorted(acted_at):
        for way in (1, -1):
            j = i
            while 0 <= j + way < len(names):
                a, b = (names[j], names[j + way]) if way == 1 else (names[j + way], names[j])
                # "A, founder of Acme, and B": the list goes on past the company in A's role
                k = j + 2 * way
                if 0 <= k < len(names) and _past_role(names, min(j, k), text):
                    j = k
                    acted_at.add(j)
                    continue
                if not _LIST_GAP.fullmatch(text, a[1], b[0]) and not (
                    text.startswith(", ", a[1]) and _LIST_SKIP.fullmatch(text, a[1], b[0])
                ):
                    break
                if text[a[1] : b[0]] in _POSSESSIVE and _DEVICE_AFTER.match(text, b[1]):
                    break  # "Jan Novak's Ring doorbell": the device he used, not his unit
                j += way
                acted_at.add(j)
    return [(names[i][0], names[i][2]) for i in sorted(acted_at)]


# ", founder and chief executive of ", ", the former CEO of ": a person's role in a company
# (or ", 19, of ": a person's age and home town, "A, 19, of Tampa, and B, 22, of Orlando")
_ROLE_OF: Final = re.compile(
    rf",\s+(?:the\s+|a\s+|its\s+)?(?:former\s+)?(?:[a-z-]+\s+)?{_OFFICER}"
    rf"(?:\s+and\s+(?:[a-z-]+\s+)?{_OFFICER})?\s+(?:of|at)\s+(?:the\s+)?|"
    r",\s+\d{1,2},\s+of\s+(?:the\s+)?|"
    # ", which operates ": the service one member runs ("A, which operates B, C and D")
    r",\s+which\s+(?:operates|operated|runs|ran|owns|owned)\s+(?:the\s+)?"
)


# a court filing's title ("Proposed Final Judgment", "Competitive Impact Statement")
_FILING: Final = re.compile(
    r"(?:(?:Proposed|Final|Amended|Consent|Competitive|Impact|Stipulated|Modified)\s+)*"
    r"(?:Judgment|Stipulation|Statement|Decree)"
)
_FILING_ENDS: Final = ("Judgment", "Stipulation", "Statement", "Decree")
# the head of an executive branch signing an order ("Biden orders curbs on ...")
_ISSUES_ORDER: Final = re.compile(r"\s+(?:orders|signs|signed|issues|issued)\b")
# how every _ENFORCER_NAME match starts or ends: most names are neither and skip the search
_ENFORCER_STARTS: Final = (
    "AG ", "Attorney General ", "Prosecutor", "Central Bank of", "Division of",
    "Data Inspectorate", "Treasury", "US Treasury", "U.S. Treasury", "Office ", "Authority ",
    "Agency ", "Inspectorate ", "Commission ", "Commissioner ",
)  # fmt: skip
_ENFORCER_ENDS: Final = (
    "Office", "Inspectorate", "Authority", "Commission", "Agency", "Bureau", "Division", "Board",
    "Prosecutors",
)  # fmt: skip


def _filing(name: str) -> bool:
    """Whether ``name`` is a court filing's title (see _FILING)."""
    return name.endswith(_FILING_ENDS) and bool(_FILING.fullmatch(name))


def _enforcer_name(name: str) -> bool:
    """Whether ``name`` is an enforcer's own (see _ENFORCER_NAME)."""
    return (name.startswith(_ENFORCER_STARTS) or name.endswith(_ENFORCER_ENDS)) and bool(
        _ENFORCER_NAME.search(name)
    )


def _former_of(text: str, name: tuple[int, int, str]) -> bool:
    """Whether ``name`` reads "X's former <role>" in ``text``: where a person worked."""
    end = name[1]
    return end >= 2 and text[end - 2] in "'’" and bool(_FORMER_OF.match(text, end))


def _past_role(names: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether names i, i+1, i+2 read "A, <role> of B, and C": A and C are listed, B is where
    A works."""
    if not text.startswith(",", names[i][1]) or not text.startswith(",", names[i + 1][1]):
        return False
    return bool(_ROLE_OF.fullmatch(text, names[i][1], names[i + 1][0])) and bool(
        _LIST_GAP.fullmatch(text, names[i + 1][1], names[i + 2][0])
    )


# "Earlier in July the authority had ordered X ...": a step dated before the headline's
_PAST_DATES: Final = ("last year", "last month", "last week", "Earlier in ", "earlier in ")


def _last_year(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` dates what it tells to "last year" (or month, week)
    or "earlier in" a period."""
    sentence = text[sentence_start(text, at) : sentence_end(text, at)]
    return any(d in sentence for d in _PAST_DATES)


_OPENING_QUOTES: Final = ("'", "‘", '"', "“")
_CLOSING_QUOTES: Final = ("'", "’", '"', "”")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is all of a quotation ("the 'Share iPhone Analytics'
    setting", "a programme called 'Designed for Families'"): a setting's, programme's or
    product's title, which the text quotes and no organisation's name."""
    return (
        start > 0
        and text[start - 1] in _OPENING_QUOTES
        and text.startswith(_CLOSING_QUOTES, end)
        and not text[end + 1 : end + 2].isalpha()  # "'Quorra's app ...'": a possessive
    )


def extract_targets(
    title: str, summary: str, excluded: set[str], deal: bool = False, step: bool = True
) -> list[tuple[str, str, int, int]]:
    """Targets as (name, where, start, end) in the order found; ``excluded``: regulator names;
    ``deal``: no authority acts, so a deal's counterparty named in the title is a target too;
    ``step``: the item reports a legal step (a person named by employer is then the party)."""
    title = untitle(title, summary)  # "Upromise Settles FTC Charges That ...": few names
    result: list[tuple[str, str, int, int]] = []
    seen: list[set[str]] = []

    def add(name: str, where: str, start: int) -> None:
        # one organisation named twice ("Clearview" / "Clearview AI, Inc."): its words are a
        # subset of the other's; "Ever" and "Everalbum" are two names
        words = set(_TOKEN.findall(name.lower()))
        for k, r in enumerate(result):  # "X" and "X Corp.": one company, by its fuller name
            if _one_letter_of(r[0], name):
                result[k] = (name, where, start, start + len(name))
                return
            if _one_letter_of(name, r[0]):
                return
        if any(
            words == s or (words <= s or s <= words) and sum(map(len, s & words)) >= 4 for s in seen
        ):
            return
        seen.append(words)
        result.append((name, where, start, start + len(name)))

    spans = {}
    both = title + " " + summary
    officials = people_in_office(both)
    # one string for the substring tests: names never contain \x00, so none spans two members
    regulators = "\x00".join(excluded)
    texts = (("title", title), ("summary", summary))
    for where, text in texts:
        spans[where] = [
            n
            for n in find_names(text)
            if n[2] not in regulators
            and n[2] not in officials
            # "FTC Fintech Forum", "FTC Data Spotlight": the authority's own event or report
            and not (n[2].split(" ", 1)[0] in excluded and " " in n[2])
            # "Prezes UODO" (its president): an office of the authority, named by its title
            and not (" " in n[2] and n[2].rsplit(" ", 1)[1] in excluded)
            and (
                " " in n[2]
                or not common_word(n, text, both)
                # a _GERUND match is the whole one-word name ("Ordering the ...")
                and not (n[2].endswith("ing") and _GERUND.match(text, n[0]))
            )
            and not (n[2].endswith("s") and _PLURAL_ABBREVIATION.fullmatch(n[2]))
            and n[2].lower() not in _DESCRIPTORS
            and not _quoted(text, n[0], n[1])
        ]
    # "X's former lawyer pleads guilty", "A, X's former counsel, admitted": in a legal step
    # X is where the person worked, no party (unless the item names no other)
    past, people = (
        _past_employers(texts, spans)
        if step and ("s former" in both or "s ex-" in both)
        else (set(), [])
    )
    plaintiffs: set[str] = set()
    # W2: with no authority acting, the party that sues is never the one acted against (and
    # with no legal step reported there is no suit)
    if deal and step:
        plaintiffs = _plaintiffs(texts, spans)
        if plaintiffs:
            spans = {w: [n for n in spans[w] if n[2] not in plaintiffs] for w in spans}
    for where, text in texts:
        other = summary if where == "title" else title
        found = _role_targets(spans[where], text, where == "title", other, deal, step)
        if where == "summary" and result and any(d in text for d in _PAST_DATES):
            # "The regulator fined OpenAI ... last year" (or month, week): beside the
            # headline's party, a party of a step the summary dates to the past is background
            # (C2)
            found = [f for f in found if not _last_year(text, f[0])]
        for start, name in found:
            add(name, where, start)
        # a related name is added only beside a target already found
        related = list(_RELATED.finditer(text)) if result and _may_relate(text) else []
        if result and "successor" in text:
            related += _SUCCESSOR.finditer(text)
        for m in related:
            cleaned = clean_name(m.group(m.lastgroup or 0))
            if m.lastgroup == "a" and not _unit_of_target(text, m.start(), spans[where], result):
                continue  # "restitution to Waymo, the Alphabet unit": a unit no party is of
            if cleaned and result and cleaned not in regulators and cleaned not in plaintiffs:
                add(cleaned, where, m.start(m.lastgroup or 0))
    if any(_ACRONYM.fullmatch(r[0]) for r in result):
        result = _spelled_out(result, spans)
    # in a legal step whose only parties are places describing a common noun in the headline
    # ("fines Florida man", "Wisconsin man charged"), the summary names the party
    described = step and bool(result) and all(_described_place(r, title) for r in result)
    if described:
        result = []
    # an enforcer's own name or a court filing's title is no party (checked on the few found),
    # nor is the head of government who signs an executive order ("Biden orders curbs on ...")
    result = [r for r in result if not _enforcer_name(r[0]) and not _filing(r[0])]
    if result and "xecutive order" in both:
        result = [
            r
            for r in result
            if not (r[1] == "title" and r[2] == 0 and _ISSUES_ORDER.match(title, r[3]))
        ]
    if not result:  # no name in an acting role: the first organisation the item names, and
        # the names listed with it ("X, LLC; Y, LLC; and Z; Analysis of Proposed Consent Order")
        for where in ("summary",) if described else ("title", "summary"):
            text = title if where == "title" else summary
            names = [
                n
                for n in spans[where]
                if _may_name(n, text)
                and n[2] not in past
                and not _enforcer_name(n[2])
                and not _filing(n[2])
            ]
            if names and _PLAINTIFF_ACTS.match(text, names[0][1]):
                sued_by = names[0][2]  # "X sues scammers who ...": the plaintiff is not the party
                names = [n for n in names if n[2] != sued_by]
                plaintiffs.add(sued_by)  # nor is it in the summary
            elif where == "summary":
                names = [n for n in names if n[2] not in plaintiffs]
            if names:
                add(names[0][2], where, names[0][0])
                for a, b in zip(names, names[1:], strict=False):
                    if not _LIST_GAP.fullmatch(text, a[1], b[0]):
                        break
                    add(b[2], where, b[0])
                break
    # "Fotorama, a photo app developed by Quorra", "the ChatGPT chatbot operated by
    # OpenAI": the company behind a product acted against is a party too
    for where, text in texts if result and "by " in both else ():
        names = spans[where]
        for a, b in zip(names, names[1:], strict=False):
            if (
                " by " in text[a[1] : b[0]]
                and any(a[2] == r[0] for r in result)
                and _MADE_BY.fullmatch(text, a[1], b[0])
                and b[2] not in regulators
            ):
                add(b[2], where, b[0])
                for c, d in zip(names[names.index(b) :], names[names.index(b) + 1 :], strict=False):
                    if not _LIST_GAP.fullmatch(text, c[1], d[0]):
                        break
                    add(d[2], where, d[0])  # "run by A and B"
    if past and not any(r[0] not in past for r in result):
        for name, where, start in people:  # "Jane Doe, X's former counsel": the party
            add(name, where, start)
    if past and any(r[0] not in past for r in result):
        result = [r for r in result if r[0] not in past]
    return [
        r
        for r in result
        if r[0] not in _PLACE_NAMES or _court_before(title if r[1] == "title" else summary, r[2])
    ]


def _unit_of_target(
    text: str, at: int, names: list[tuple[int, int, str]], result: list[tuple[str, str, int, int]]
) -> bool:
    """Whether "the X unit" at ``at`` may be added: not in apposition to a name ("Waymo, the
    Alphabet unit") that is no target."""
    if not text.startswith("the", at) or text[at - 2 : at] != ", ":
        return True
    before = [n for n in names if n[1] == at - 2]
    return not before or any(r[0] == before[0][2] for r in result)


def _past_employers(
    texts: tuple[tuple[str, str], ...], spans: dict[str, list[tuple[int, int, str]]]
) -> tuple[set[str], list[tuple[str, str, int]]]:
    """Names read "X's former <role>" in the headline, or in apposition after another name
    ("Jane Doe, X's former counsel, ..."); and the people so described (name, where, start),
    also where the apposition says "once X's ..." of an X the headline already names so."""
    past: set[str] = set()
    people: list[tuple[str, str, int]] = []
    for where, text in texts:
        names = spans[where]
        for k, n in enumerate(names):
            gap = text[names[k - 1][1] : n[0]] if k else ""
            if gap in (", once ", ", formerly ") and n[2] in past:
                people.append((names[k - 1][2], where, names[k - 1][0]))
            elif _former_of(text, n) and (where == "title" or gap == ", "):
                past.add(n[2])
                if gap == ", ":
                    people.append((names[k - 1][2], where, names[k - 1][0]))
    return past, people


# what a private suit's plaintiff does, straight after its name (or its unit's: "X's Digital
# Crimes Unit filed ..."); "sued" only where it takes an object, never "X sued over ..."
_PLAINTIFF_AFTER: Final = re.compile(
    r"(?:['’]s\s+(?:[A-Z][\w-]*\s+){1,4})?(?:\s+(?:also|has|had|have|then|later|first))?\s+"
    r"(?:sues|suing|sued\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|[a-z]+s\b)(?<!\bs)|"
    r"(?:files|filed)\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+)?(?:suit|lawsuit|complaint)|"
    r"takes legal action|took legal action|"
    rf"(?:wins|won|obtains|obtained|secures|secured)\s+{_WON_ORDER}|asks?\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?court|"
    r"moved to (?:drop|dismiss|withdraw)|"
    # "X takes the government to court", "X wins trade mark case against Y"
    r"(?:takes|took)\s+(?:[\w'’.-]+\s+){1,4}?to\s+court|"
    r"(?:wins|won)\s+(?:[\w'’-]+\s+){0,3}?(?:case|suit|lawsuit)\s+against|"
    # a company's own takedown under a court's authority ("X seizes 338 phishing sites")
    r"(?:seizes?|seized|disrupts?|disrupted|dismantles?|dismantled|takes? down|took down)\s+"
    r"(?:[\w,.-]+\s+){0,5}?(?:domains|websites|sites|servers|botnets?|infrastructure)|"
    # a demand between companies: its senders are like a plaintiff (W2)
    r"demands?\s+that|demanded\s+that|"
    r"(?:sends?|sent)\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+)?(?:a\s+)?cease-and-desist)\b"
)
# "In an amended complaint, X's Digital Crimes Unit identified ...": the complaint's author
_PLAINTIFF_BEFORE: Final = re.compile(
    r"\bIn\s+(?:a|an|its|their)\s+(?:amended\s+|new\s+)?(?:complaint|lawsuit|suit|court filing)"
    r"(?:\s+[^,.;]{0,40})?,\s+(?:the\s+)?$"
)
# a stem of the verb of every _PLAINTIFF_AFTER match
_PLAINTIFF_STEMS: Final = (
    "sue", "suing", "file", "legal action", "wins", "won", "obtain", "secure", "ask", "moved",
    "demand", "cease", "seize", "disrupt", "dismantle", "ke down", "kes down", "ok down",
    "takes", "took",
)  # fmt: skip


def _plaintiffs(
    texts: tuple[tuple[str, str], ...], spans: dict[str, list[tuple[int, int, str]]]
) -> set[str]:
    """The names an item shows suing, and their units named after them ("X's Digital Crimes
    Unit"): W2, a private suit's plaintiff is no party to it."""
    out: set[str] = set()
    for where, text in texts:
        names = spans[where]
        if not names:
            continue
        # where the stems of a plaintiff's verbs stand (str.find: a regex search for them tries
        # every position); only the names they follow within 60 characters are tried
        verbs: list[int] = []
        for w in _PLAINTIFF_STEMS:
            i = text.find(w)
            while i >= 0:
                verbs.append(i)
                i = text.find(w, i + 1)
        intro = "In " in text  # every _PLAINTIFF_BEFORE match opens so
        if not verbs and not intro:
            continue
        for k, (start, end, name) in enumerate(names):
            if (any(end < v <= end + 60 for v in verbs) and _PLAINTIFF_AFTER.match(text, end)) or (
                intro
                and "In " in text[max(0, start - 90) : start]
                and _PLAINTIFF_BEFORE.search(text, max(0, start - 90), start)
            ):
                out.add(name)
                # "Google, YouTube and Facebook demand that ...": the whole list
                while k > 0 and _LIST_GAP.fullmatch(text, names[k - 1][1], names[k][0]):
                    k -= 1
                    out.add(names[k][2])
    for where, text in texts if out else ():  # "Microsoft's Digital Crimes Unit said ..."
        names = spans[where]
        for a, b in zip(names, names[1:], strict=False):
            if a[2] in out and text[a[1] : b[0]] in _POSSESSIVE:
                out.add(b[2])
    return out


_MADE_BY: Final = re.compile(
    r",?\s+(?:(?:a|an|the)\s+)?(?:[\w,-]+\s+){0,8}?(?:operated|run|made|developed|built|"
    r"published|offered)\s+(?:[a-z]+ly\s+)?by\s+(?:[A-Z][\w-]*-based\s+)?"
)


# a place before a common noun describes who acts or is acted against ("Florida man",
# "Missouri sheriff"), where a verb ("Latvia may not", "Taiwan bars") makes it the subject
_DESCRIBED: Final = re.compile(
    r" (?!(?:may|must|can|will|could|should|would|has|had|is|was)\b)[a-z]+\b"
)


def _described_place(target: tuple[str, str, int, int], title: str) -> bool:
    """Whether ``target`` is a place in the headline describing the common noun after it, with
    no court ruling against it before."""
    name, where, start, end = target
    if name not in _PLACE_NAMES or where != "title" or _court_before(title, start):
        return False
    m = _DESCRIBED.match(title, end)
    if m is None:
        return False
    word = m.group()
    return not word.endswith(("s", "ed")) or word.endswith("ss")


def _court_before(text: str, start: int) -> bool:
    """Whether a court is named before ``start``: a state it finds against is a party."""
    return "court" in text[:start].lower()


def _one_letter_of(short: str, name: str) -> bool:
    """Whether ``name`` is the one-letter company ``short`` with a legal form ("X Corp."), or a
    short name (under four letters, too short for the word-subset test) with the words that
    follow it ("Flo" and "Flo Health", "LAI" and "LAI Systems"): one organisation."""
    return (short in ONE_LETTER_NAMES or len(short) < 4) and name.startswith(short + " ")


_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
_MINOR: Final = frozenset({"of", "and", "for", "the", "&", "de", "du", "la"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _MINOR and w[0].isupper())


def _spelled_out(
    result: list[tuple[str, str, int, int]], spans: dict[str, list[tuple[int, int, str]]]
) -> list[tuple[str, str, int, int]]:
    """An acronym target replaced by the name the item spells it out as ("AWS" by "Amazon Web
    Services", "MSG" by "Madison Square Garden Entertainment"): the name users know it by."""
    names = [(where, n) for where in ("title", "summary") for n in spans[where] if " " in n[2]]
    out: list[tuple[str, str, int, int]] = []
    for target in result:
        if _ACRONYM.fullmatch(target[0]):
            for where, (start, _end, name) in names:
                initials = _initials(name)
                if initials == target[0] or len(target[0]) >= 3 and initials.startswith(target[0]):
                    target = (name, where, start, start + len(name))
                    break
        if all(target[0] != t[0] for t in out):
            out.append(target)
    return out


# an acting verb, its unnamed object in lower case, then what the matter is about
_OBJECT_OVER: Final = re.compile(
    r"\b(?:fines|fined|reprimands|reprimanded|warns|warned|orders|ordered|bans|banned|sues|sued|"
    r"probes|probed|investigates|penalises|penalizes|censures|censured)\s+(?:the\s+|a\s+|an\s+|"
    r"its\s+)?(?:[a-z][\w-]*\s+){1,3}over\s+(?:using\s+|use\s+of\s+|the\s+use\s+of\s+)?$"
)
_MEDIUM_AFTER: Final = re.compile(rf"\s+(?:{MEDIUM_NOUNS})\b")
_IN_PLACE: Final = re.compile(r"\bin\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z]+ern\s+)?$")


def _may_name(name: tuple[int, int, str], text: str) -> bool:
    """Whether a name found in no acting role may still be what the item is about: not a place
    ("in the Amazon", "in the southern Amazon", "Bonn court", "Florida health system") nor a
    tool the party used ("through X") or a product its makers stand behind ("researchers
    behind X launch Y")."""
    before = text[max(0, name[0] - 20) : name[0]]
    if _IN_PLACE.search(before) or _TOOL.search(before):
        return False
    if name[2].endswith(_TOOL_AFTER) or text.startswith(_TOOL_AFTER, name[1]):
        return False  # "tools such as the Meta pixel": a tool, not a party
    if _MEDIUM_AFTER.match(text, name[1]):
        return False  # "cold calls and WhatsApp messages to homeowners": the medium used
    if text.startswith(_FAMOUS_STEMS, name[1]) and _FAMOUS_ON.match(text, name[1]):
        return False  # "Instagram celebrity X sentenced": where X is known
    if before.endswith(_POSSESSIVE) and _owned_device(text, name[0], name[1]):
        return False  # "neighbour's Ring doorbell": a device a person owns
    if " over " in text[max(0, name[0] - 24) : name[0]] and _OBJECT_OVER.search(
        text[max(0, name[0] - 90) : name[0]]
    ):
        return False  # "reprimands police over X trial": the party is unnamed, X what it used

    return name[2] not in _US_STATES and not _AUTHORITY_AFTER.match(text[name[1] : name[1] + 80])


# a name describing a group of plaintiffs ("YouTube creators sue", "Uber drivers filed")
_GROUP_SUES: Final = re.compile(r"\s+[a-z]+s\s+(?:sue|sued|suing|file|filed|bring|brought)\b")
# a platform describing a person by the fame it gave them ("Instagram celebrity X", "YouTube
# stars"): where they are known, not a party (W2)
_FAMOUS_STEMS: Final = (" celebrit", " influencer", " star", " personalit", " sensation")
_FAMOUS_ON: Final = re.compile(
    r"\s+(?:celebrit(?:y|ies)|influencers?|stars?|personalit(?:y|ies)|sensation)\b(?!\s+(?:program|"
    r"programme|system|rating|feature)s?\b)"
)
# a person's device ("neighbour's Ring doorbell", "Jan Novak's Ring camera"): what they used
_POSSESSIVE: Final = ("'s ", "’s ")
_OWNED_DEVICE: Final = re.compile(r"(?:\b[a-z]+|\b[A-Z][a-z]+\s+[A-Z][a-z]+)['’]s\s+$")
_DEVICE_AFTER: Final = re.compile(
    r"\s+(?:doorbells?|cameras?|speakers?|phones?|smartphones?|glasses|headsets?|devices?|"
    r"watch|watches|pixel|account|app)\b"
)


def _owned_device(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` names a device a person owns, the text before it
    ending in a possessive ("neighbour's Ring doorbell")."""
    return bool(_OWNED_DEVICE.search(text, max(0, start - 40), start)) and bool(
        _DEVICE_AFTER.match(text, end)
    )


# a tool the party used, or where data went ("flows to X", "passed to X"): not the party
_TOOL: Final = re.compile(
    r"\b(?:use of|using|through|via|behind|(?:flows?|flowed|passed|sent|transferred|given)\s+to|"
    r"(?:made|built|created|generated|produced)\s+with|(?:address|data|details|information)\s+to|"
    # "the classes she taught over X": the medium of a lesson, a call, a meeting
    r"(?:taught|held|conducted|talked|spoke|met|chatted|streamed|classes|lessons|meetings|"
    r"calls)\s+over|"
    r"from)"
    r"\s+$"
)
