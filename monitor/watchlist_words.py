"""Word lists the watchlist matcher reasons with: generic English, never names from a watchlist.

COMMON_WORDS   dictionary words and first names that double as company names (guarded when matched)
GENERIC_WORDS  words that only qualify a name ("AI", "Labs", "Group"): a name made only of these and
               common words is still a common phrase ("Scale AI", "Digital Envoy")
LEGAL_SUFFIXES company-form suffixes, stripped from keys and taken as evidence after a match
ORG_WORDS      nouns and verbs that, right after a name, say a company is meant ("Ring doorbell",
               "Meta said")
PLACE_WORDS    nouns that, right after a name, say a place or nature is meant ("Amazon basin")
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS = _words(
    """
    amazon apple meta ring scale clear notion oracle zoom otter snap match outlier hinge claude
    alexa siri cortana prime signal square block stripe slack box target gap shell visa discord mint
    chase delta united frontier spirit sprint compass beacon bolt canvas anchor harbor harbour
    bridge summit pioneer vanguard echo pulse spark flux nova orbit vector vertex matrix prism
    lens lumen nest hive honey bee fox wolf lion tiger jaguar puma panda eagle falcon hawk raven
    crow owl swan dove robin sparrow penguin dolphin whale shark seal otter beaver badger bear
    mustang bronco zebra giraffe camel llama alpaca kiwi mango peach plum cherry berry lemon lime
    orange olive ginger pepper salt sugar coffee bean seed sprout root leaf tree oak pine maple
    cedar willow river lake ocean sea bay coast island rock stone granite marble slate flint
    iron steel gold silver copper crystal diamond pearl ruby amber jade onyx opal
    sun moon star planet comet galaxy cosmos nebula atlas titan apollo mercury venus mars jupiter
    saturn neptune pluto orion polaris aurora horizon dawn dusk sky cloud rain storm thunder
    lightning wind breeze wave tide fire flame ember blaze frost snow ice glacier
    arrow blade shield sword spear hammer forge anvil crown castle tower gate door key lock
    view path road way trail track route journey voyage quest venture
    bright clever smart swift rapid quick fast nimble agile brave bold true pure fresh clean
    simple plain open free wise noble grand great prime royal golden silver
    hub base core edge point line circle loop link chain net web grid mesh node
    page book note letter word verse story tale chapter script code data
    mind brain heart soul spirit pulse vital life living human people person
    brand mark sign badge label tag ticket token coin cash money fund capital
    fusion harmony unity balance focus vision insight clarity sense logic reason
    genius wonder marvel magic miracle legend hero champion victory triumph
    element elements alpha beta gamma delta sigma omega
    chime bell whistle drum horn flute harp lyre piano
    scout ranger guardian sentinel sentry keeper warden pilot captain
    ember glow shine shimmer sparkle glimmer flash bolt
    hinge lever gear wheel engine motor piston
    grace hope faith joy bliss
    apex summit peak crest ridge valley canyon mesa plateau
    outlook survey census index ledger
    lattice quartz cobalt carbon neon argon helium
    paper pencil pen ink brush
    gravy toast butter bread honey jam
    window windows office teams word excel
    """
)

# Qualifiers that add no identity of their own.
GENERIC_WORDS = _words(
    """
    ai a i group holdings holding technologies technology tech labs lab software systems system
    solutions digital media network networks data analytics video market markets foods food
    services service global international worldwide communications com io app apps cloud
    platforms platform health security intelligence robotics studio studios games entertainment
    the of and for
    """
)

# Places and business lines that qualify a company's name ("Amazon France", "Meta Platforms
# Ireland", "Amazon Logistics"): a subsidiary, not a different name.
QUALIFIER_WORDS = _words(
    """
    europe european emea asia pacific apac americas america us usa uk britain england ireland
    france germany deutschland italy italia spain espana netherlands nederland belgium luxembourg
    switzerland austria sweden norway denmark finland poland portugal greece canada mexico brazil
    argentina chile india china japan korea singapore australia zealand israel africa
    turkey türkiye russia ukraine czech hungary romania indonesia vietnam thailand malaysia
    philippines taiwan hong kong pakistan bangladesh nigeria kenya egypt saudi arabia emirates uae
    colombia peru
    international distribution operations holdings services
    logistics transport transportation retail payments marketplace advertising commerce
    """
)

# Kept as text: multi-word forms are matched token by token (after punctuation became spaces).
LEGAL_SUFFIXES = (
    "inc",
    "incorporated",
    "llc",
    "l l c",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "gmbh",
    "mbh",
    "ag",
    "kg",
    "sa",
    "s a",
    "sas",
    "s a s",
    "sarl",
    "sl",
    "s l",
    "spa",
    "s p a",
    "srl",
    "s r l",
    "s r o",
    "nv",
    "n v",
    "bv",
    "b v",
    "lp",
    "l p",
    "llp",
    "pbc",
    "pty",
    "pte",
    "ab",
    "oy",
    "kk",
    "ulc",
    "se",
    "s a r l",
    "s à r l",
)

ORG_WORDS = _words(
    """
    app apps application platform platforms service services software product products device
    devices camera cameras doorbell doorbells speaker speakers assistant cloud store stores
    servers server database databases tool tools feature features account accounts
    user users customer customers subscriber subscribers employee employees executive executives
    spokesperson spokeswoman spokesman ceo cfo chief founder cofounder shares stock stockholders
    shareholders subsidiary subsidiaries unit division brand brands website site
    headquarters team engineers researchers model models chatbot data network
    said says announced agreed agrees settled settles paid pays denied denies disputed declined
    confirmed confirms admitted sued sues filed launched launches released releases acquired
    acquires bought buys sold sells collected collects shared shares used uses trained trains
    must will would has had plans planned faces faced allegedly violated breached failed fails
    reported reports owns owned operates operated developed develops
    unveils unveiled introduces introduced debuts debuted rolls rolled
    """
)

PLACE_WORDS = _words(
    """
    region regions rainforest rainforests forest forests jungle river rivers basin lake lakes
    delta valley mountains mountain range coast state province island islands sea ocean desert
    plain plains warrior warriors goddess myth legend tribe tribes deforestation growers
    orchard orchards harvest ye
    """
)

# Small words that may sit lower-case inside a capitalised name ("Tools for Humanity").
FUNCTION_WORDS = _words("a an and at by de del der des du for in la le of on the to van von y")

# Determiners and prepositions that, when capitalised before a name, start a sentence or a title.
LEADING_WORDS = _words(
    """
    the a an in on at by for from with and or but if when while after before under over about
    against between as to of into than via per new why how what who
    """
)
