"""The whole dev corpus through classify, scored by its own scorer; the bad-line contract."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

from monitor.classify import classify_stream
from monitor.errors import InputError

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# Independent validation set: real events not in the dev corpus, labelled by LABELLING.md.
EXTRA = Path(__file__).parent / "fixtures" / "extra" / "extra.jsonl"

# Floors: the thresholds, or higher where this extractor reaches more on the whole corpus
# (target_recall 0.911 reached).
FLOORS = {
    "alerts_f1": 0.97,
    "enforcement_precision": 0.98,
    "enforcement_recall": 0.96,
    "regulator_accuracy": 0.96,
    "stage_accuracy": 0.9,
    "amount_accuracy": 0.95,
    "model_deletion_recall": 1.0,
    "target_recall": 0.9,
}
# With the real watchlist matcher (hits decide who an alert is about): reached 0.971 / 0.987;
# the dev floor is the Watchlist issue's 0.97.
HITS_FLOORS = {"dev": 0.97, "extra": 0.98}
# On the validation set; below what is reached (1.0 / 0.99), as its errors were also studied.
EXTRA_FLOORS = {
    "alerts_f1": 0.95,
    "enforcement_precision": 0.95,
    "enforcement_recall": 0.95,
    "regulator_accuracy": 0.95,
    "stage_accuracy": 0.9,
    "amount_accuracy": 0.95,
    "model_deletion_recall": 1.0,
    "target_recall": 0.95,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_classify", CORPUS / "score_classify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TargetMatcher:
    """Vendors whose name, alias or related name equals an action target (scorer's same_org)."""

    def __init__(self, same_org) -> None:
        import tomllib

        from monitor.models import Hit

        self._hit, self._same = Hit, same_org
        data = tomllib.loads((CORPUS / "watchlist.toml").read_text(encoding="utf-8"))
        self.vendors = [
            (v["name"], [v["name"], *v.get("aliases", []), *v.get("related", [])])
            for v in data["vendor"]
        ]

    def match(self, entry, action):
        return [
            self._hit(name, t, "target", 0, len(t), "target", "name")
            for name, names in self.vendors
            for t in action.targets
            if any(self._same(t, n) for n in names)
        ]


def _figures(paths: list[Path], real: bool = False) -> dict:
    scorer = _scorer()
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    out = io.StringIO()
    if real:
        from monitor.watchlist import Matcher, load_watchlist

        matcher = Matcher(load_watchlist(CORPUS / "watchlist.toml"))
    else:
        matcher = TargetMatcher(scorer.same_org)
    n = classify_stream(io.StringIO(text), out, matcher)
    gold = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert n == len(gold)
    result, _ = scorer.score(gold, [json.loads(line) for line in out.getvalue().splitlines()])
    return result


@pytest.fixture(scope="module")
def figures() -> dict:
    return _figures(sorted(CORPUS.glob("dev*.jsonl")))


@pytest.fixture(scope="module")
def extra_figures() -> dict:
    return _figures([EXTRA])


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_whole_corpus_figure(figures: dict, name: str) -> None:
    assert figures[name] >= FLOORS[name], f"{name} = {figures[name]}"


def test_no_false_alert_on_traps(figures: dict) -> None:
    assert figures["trap_false_alerts"] == 0


@pytest.mark.parametrize("name", sorted(EXTRA_FLOORS))
def test_validation_set_figure(extra_figures: dict, name: str) -> None:
    assert extra_figures[name] >= EXTRA_FLOORS[name], f"{name} = {extra_figures[name]}"


@pytest.mark.parametrize("name", sorted(HITS_FLOORS))
def test_watchlist_hits_with_the_real_matcher(name: str) -> None:
    paths = sorted(CORPUS.glob("dev*.jsonl")) if name == "dev" else [EXTRA]
    result = _figures(paths, real=True)
    assert result["hits_f1"] >= HITS_FLOORS[name], f"hits_f1 = {result['hits_f1']}"
    assert result["trap_false_alerts"] == 0


# The held-out part of the dev corpus (cases with sha1(case_key) % 3 == 0, as bench/split.py
# splits it): the issues' figures where reached (hits F1 0.979); target recall (0.847) is still
# below the 0.9 and is floored where it is so it cannot fall.
HELDOUT_FLOORS = {
    "alerts_f1": 0.95,
    "enforcement_precision": 0.95,
    "enforcement_recall": 0.95,
    "model_deletion_recall": 1.0,
    "regulator_accuracy": 0.95,
    "stage_accuracy": 0.8,
    "amount_accuracy": 0.9,
    "target_recall": 0.84,
    "hits_f1": 0.97,
}


def test_heldout_part_figures(tmp_path: Path) -> None:
    import hashlib

    held = [
        line
        for path in sorted(CORPUS.glob("dev*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and int(hashlib.sha1(_case(line).encode()).hexdigest(), 16) % 3 == 0
    ]
    assert len(held) >= 100
    path = tmp_path / "heldout.jsonl"
    path.write_text("\n".join(held) + "\n", encoding="utf-8")
    result = _figures([path], real=True)
    for name, floor in HELDOUT_FLOORS.items():
        assert result[name] >= floor, f"held-out {name} = {result[name]}"
    assert result["trap_false_alerts"] == 0


def _case(line: str) -> str:
    row = json.loads(line)
    return row.get("case_key") or row["id"]


def test_validation_set_has_no_false_alert_on_traps(extra_figures: dict) -> None:
    assert extra_figures["entries"] >= 120 and extra_figures["trap_false_alerts"] == 0


def test_output_keys_and_order() -> None:
    row = {
        "id": "x1",
        "source": "news",
        "title": "ICO fines Acme Ltd £1m",
        "summary": "",
        "link": "",
    }
    out = io.StringIO()
    classify_stream(io.StringIO(json.dumps(row) + "\n"), out, None)
    obj = json.loads(out.getvalue())
    assert list(obj) == [
        "id", "is_enforcement", "topics", "regulator", "targets", "amount_usd", "action_stage",
        "case_key", "watchlist_hits", "score", "evidence",
    ]  # fmt: skip
    assert obj["id"] == "x1" and obj["watchlist_hits"] == []


@pytest.mark.parametrize(
    ("line", "message"),
    [("not json", "line 2: not JSON"), ("[1, 2]", "line 2: not a JSON object"),
     ('{"id": "a", "summary": "s"}', "line 2: missing title")],
)  # fmt: skip
def test_bad_line_names_its_number(line: str, message: str) -> None:
    good = json.dumps({"id": "ok", "source": "news", "title": "Fine", "summary": ""})
    with pytest.raises(InputError) as err:
        classify_stream(io.StringIO(good + "\n" + line + "\n"), io.StringIO(), None)
    assert message in str(err.value)
    assert err.value.exit_code == 2


def test_lines_split_only_at_newlines_and_blank_lines_count(tmp_path: Path) -> None:
    """A line separator inside a JSON string (U+2028, allowed raw in JSON) is no line end;
    CRLF files read in text mode split as LF; blank lines keep the numbering."""
    row = {"id": "u", "source": "news", "title": "Fine\u2028two", "summary": "a\x85b"}
    good = json.dumps(row, ensure_ascii=False)
    path = tmp_path / "in.jsonl"
    path.write_bytes((good + "\r\n\r\n" + good + "\r\nnot json\r\n").encode())
    out = io.StringIO()
    with open(path, encoding="utf-8") as fh, pytest.raises(InputError) as err:
        classify_stream(fh, out, None)
    assert "line 4: not JSON" in str(err.value)
    with open(path, encoding="utf-8") as fh:
        text = fh.read().replace("not json\n", "")
    assert classify_stream(io.StringIO(text), out, None) == 2


UNSEEN = Path(__file__).parent / "fixtures" / "extra" / "extra2.jsonl"
# extra2.jsonl: 99 real events never tuned on line by line (two later rules answer kinds of miss
# its first report named, and its totals showed a regression of two). Floors sit just under
# what is measured (alerts F1 0.971, enforcement P/R 0.968/0.984, no trap alert since a
# per-party penalty rule of 2026-11-27 made its fined party a target).
UNSEEN_FLOORS = {"alerts_f1": 0.95, "enforcement_precision": 0.96, "enforcement_recall": 0.97}


def test_unseen_set_does_not_regress() -> None:
    result = _figures([UNSEEN], real=True)
    for name, floor in UNSEEN_FLOORS.items():
        assert result[name] >= floor, f"{name} = {result[name]}"
    assert result["trap_false_alerts"] == 0


EXTRA3 = Path(__file__).parent / "fixtures" / "extra"
# extra3b.jsonl (70 real events, hard cases: NGO complaints, unusual agencies and wording) was
# tuned on: 0.62 -> 0.89 alerts F1. extra3a.jsonl (70 events, other matters) was written at the
# same time and first scored after that round: 0.81 before it, 0.88 after; then tuned on too
# (0.93). Floors catch regressions only.
EXTRA3_FLOORS = {
    "extra3a": {"alerts_f1": 0.92, "enforcement_precision": 0.97, "enforcement_recall": 0.98},
    "extra3b": {"alerts_f1": 0.95, "enforcement_precision": 0.96, "enforcement_recall": 0.98},
    # typical mixes, US and non-US matters: 0.878 and 0.732 alerts F1 before they were tuned on
    "extra4a": {"alerts_f1": 0.97, "enforcement_precision": 0.96, "enforcement_recall": 0.98},
    "extra4b": {"alerts_f1": 0.94, "enforcement_precision": 0.96, "enforcement_recall": 0.98},
    # events of 2010-2019: 0.80 before it was tuned on
    "extra5a": {"alerts_f1": 0.97, "enforcement_precision": 0.98, "enforcement_recall": 0.98},
    # events of 2020-2025: 0.667 (11 alerts) before it was tuned on
    "extra5b": {"alerts_f1": 0.88, "enforcement_precision": 0.96, "enforcement_recall": 0.96},
    # regulators' own releases, Title Case headlines: 0.667 (5 alerts) before it was tuned on
    "extra6b": {"alerts_f1": 0.95, "enforcement_precision": 0.94, "enforcement_recall": 0.98},
    # trade-press news about the watchlist's vendors: 0.643 before it was tuned on; two trap
    # alerts remain (a vendor named as the tool or page a public body used)
    "extra6a": {"alerts_f1": 0.7, "enforcement_precision": 0.92, "enforcement_recall": 0.78},
    # early stages / late stages with amounts: 0.80 and 0.80 (3 and 4 alerts) before tuning
    "extra7a": {"alerts_f1": 0.95, "enforcement_precision": 0.97, "enforcement_recall": 0.93},
    "extra7b": {"alerts_f1": 1.0, "enforcement_precision": 0.94, "enforcement_recall": 0.94},
    # data actions against companies off the watchlist (no alerts): enforcement 0.938/0.882 first
    "extra8b": {"alerts_f1": 1.0, "enforcement_precision": 0.97, "enforcement_recall": 1.0},
    # ordinary feed traffic (homonyms, business news; 6 actions, no alerts): one trap alert first
    "extra8a": {"enforcement_precision": 1.0, "enforcement_recall": 1.0},
    # this session's sets, first scores before tuning (alerts F1, enforcement P/R):
    # watchlist vendors' news 0.667 (0.917/0.786); deletions and biometrics 0.889 (0.808/0.913);
    # regulators outside the US/EU core 0.727 (0.92/0.719); courts and litigation 0.421
    # (0.733/0.710)
    "extra9a": {"alerts_f1": 0.83, "enforcement_precision": 0.97, "enforcement_recall": 0.9},
    "extra9b": {"alerts_f1": 0.92, "enforcement_precision": 0.86, "enforcement_recall": 0.97},
    "extra10a": {"alerts_f1": 0.85, "enforcement_precision": 0.89, "enforcement_recall": 0.92},
    "extra10b": {"alerts_f1": 0.7, "enforcement_precision": 0.83, "enforcement_recall": 0.92},
    # 2023-2025 events (3 alerts): 0.667 (1.0/0.889) first
    "extra11a": {"alerts_f1": 1.0, "enforcement_precision": 0.97, "enforcement_recall": 0.97},
    # a Google News day for the watchlist's names (1 alert, 31 quiet hits): 0 trap alerts, hits
    # F1 0.967, enforcement 1.0/0.75, the one alert missed, first
    "extra11b": {"alerts_f1": 1.0, "enforcement_precision": 0.97, "enforcement_recall": 0.97},
    # state AGs and cities (no alerts): 1 false alert, enforcement 0.947/0.9 first
    "extra12a": {"enforcement_precision": 0.97, "enforcement_recall": 0.97},
    # data protection authorities' own releases: 0.333 (0.9/0.818) first
    "extra12c": {"alerts_f1": 0.72, "enforcement_precision": 0.97, "enforcement_recall": 0.93},
    # courts and litigation, part 2 (after extra10b's rules): 0.667 (0.929/0.65), 1 trap first
    "extra12b": {"alerts_f1": 0.9, "enforcement_precision": 0.93, "enforcement_recall": 0.93},
    # Federal Register documents (2 alerts, both found): enforcement 0.6/0.9 first (rules read
    # as orders)
    "extra13d": {"alerts_f1": 1.0, "enforcement_precision": 0.8, "enforcement_recall": 0.9},
    # AI matters (no alerts): enforcement 1.0/0.75 first
    "extra13a": {"enforcement_precision": 0.97, "enforcement_recall": 0.9},
    # DPAs' and the EDPB's feeds (1 alert): alerts F1 0.0 (1 missed, 1 false), enforcement
    # 0.8/0.923 first
    "extra13c": {"alerts_f1": 1.0, "enforcement_precision": 0.9, "enforcement_recall": 0.97},
    # location data, brokers, adtech (2 alerts): 0.5 (1 missed, 1 false), enforcement
    # 0.615/1.0 first
    "extra14b": {"alerts_f1": 1.0, "enforcement_precision": 0.72, "enforcement_recall": 1.0},
    # children's, students' and health data (1 alert): 0.667 (1 false), enforcement
    # 1.0/0.889 first
    "extra14a": {"alerts_f1": 1.0, "enforcement_precision": 0.97, "enforcement_recall": 0.94},
    # Germany, France, Italy, Spain, Netherlands in local news (4 alerts): not tuned on
    "extra16c": {"alerts_f1": 0.85, "enforcement_precision": 0.97, "enforcement_recall": 0.75},
    # Nordic, Central, Eastern and Southern European DPAs (1 alert): 0.0 (1 missed, 1 trap),
    # enforcement 0.933/0.875 first
    "extra17a": {"alerts_f1": 1.0, "enforcement_precision": 0.93, "enforcement_recall": 0.93},
    # Japan and Korea (no alerts): enforcement 0.889/0.615 first; tuned on for regulators
    # ("Seoul prosecutors") and gapped sourcing phrases ("sold millions of records to ...")
    # (regulator 1.0 until .441, when an acquittal overturned became enforcement, as labelled,
    # with the prosecutors the text names only in the summary's past: 8 of 9)
    "extra18b": {
        "enforcement_precision": 0.9,
        "enforcement_recall": 0.69,
        "regulator_accuracy": 0.88,
    },  # fmt: skip
    # US state AGs and BIPA settlements (6 alerts): 1.0, enforcement 0.955/0.875 first
    "extra19a": {"alerts_f1": 1.0, "enforcement_precision": 0.95, "enforcement_recall": 0.95},
    # news about watchlist vendors (no alerts): 3 false alerts, enforcement 0.875/0.778,
    # hits F1 0.897 first
    "extra19b": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.77,
        "hits_f1": 0.96,
    },  # fmt: skip
    # courts, part 3 (3 alerts): 0.0 (1 false), enforcement 0.474/0.600 first
    "extra19c": {"enforcement_precision": 0.71, "enforcement_recall": 0.66},
    # India, Middle East, Africa, Latin America (7 alerts): 0.6, enforcement 0.889/0.762 first
    "extra19d": {"alerts_f1": 0.6, "enforcement_precision": 0.88, "enforcement_recall": 0.76},
    # EU/EEA DPAs (1 alert): 0.0 (4 predicted, 2 traps), enforcement 0.964/0.931, hits F1
    # 0.667 first
    "extra20a": {"enforcement_precision": 1.0, "enforcement_recall": 0.93, "hits_f1": 0.88},
    # AI and training data (8 alerts): 0.714 (1 false), enforcement 0.889/0.571 first
    "extra20b": {"alerts_f1": 0.8, "enforcement_precision": 0.9, "enforcement_recall": 0.64},
    # biometrics (7 alerts): 0.875 (2 false), enforcement 0.790/0.882 first
    "extra20c": {"alerts_f1": 1.0, "enforcement_precision": 0.88, "enforcement_recall": 0.88},
    # health, financial, children's data shared (no alerts): 1 false alert, enforcement
    # 0.867/1.0 first
    "extra20d": {"alerts_f1": 1.0, "enforcement_precision": 0.85, "enforcement_recall": 0.92},
    # FTC and DOJ releases in their own words (no alerts): enforcement 0.742/1.0 first
    "extra21a": {"enforcement_precision": 0.92, "enforcement_recall": 1.0},
    # a tech news week (2 alerts): 0.667 (1 missed), enforcement 1.0/0.75, hits F1 0.75 first
    "extra21b": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "enforcement_recall": 0.87},
    # US federal and state courts on privacy statutes (3 alerts): 1.0, enforcement 0.875/0.913
    # first; not tuned on (a court pausing or striking down a law as a point of law, and
    # employers in the fallback, each cost dev items)
    "extra21c": {"alerts_f1": 1.0, "enforcement_precision": 0.87, "enforcement_recall": 0.91},
    # UK, Irish, Australian and New Zealand regulators (no alerts): enforcement 0.85/0.944,
    # hits F1 1.0 first
    "extra21d": {"enforcement_precision": 0.9, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # a news-search day for the watchlist's names, 8 homonym traps (no alerts): enforcement
    # 1.0/0.5 (2 actions), no false alert, hits F1 0.95 first; not tuned on
    "extra22a": {"enforcement_precision": 1.0, "enforcement_recall": 0.5, "hits_f1": 0.95},
    # Canada and Latin America, part 2 (4 alerts): 0.667 (2 missed), enforcement 0.846/0.688
    # first
    "extra22d": {"alerts_f1": 1.0, "enforcement_precision": 0.85, "enforcement_recall": 0.75},
    # AI systems before regulators and courts (no alerts): enforcement 0.8/0.857, hits F1
    # 0.811 first; not tuned on
    "extra22b": {"enforcement_precision": 0.8, "enforcement_recall": 0.85},
    # Federal Register and EU Official Journal titles (no alerts): enforcement 0.733/0.733,
    # hits F1 0.762 first
    "extra22c": {"enforcement_precision": 0.84, "enforcement_recall": 0.73, "hits_f1": 0.81},
    # corporate families, vendors' products and homonyms, trade press (30, no alerts):
    # enforcement 0.875/0.875, hits F1 0.923, no false alert first
    # (hits 0.92 -> 0.889 on 2026-11-27: with "Review" no longer a name, a film review's
    # "Tinder Swindler" is taken for the item's subject and hits Match Group through Tinder;
    # the same rule fixed 4 hit errors in other sets)
    "extra23": {"enforcement_precision": 0.88, "enforcement_recall": 1.0, "hits_f1": 0.88},
    # South and South-East Asian regulators (1 alert): 0.0 (missed, no false alert),
    # enforcement 0.933/0.7, hits F1 0.909 first
    "extra24a": {"enforcement_precision": 0.94, "enforcement_recall": 0.8, "hits_f1": 0.9},
    # actions against public bodies (35, no alerts): enforcement 0.955/0.808, hits F1 1.0,
    # target recall 0.48 first
    "extra24b": {"enforcement_precision": 0.95, "enforcement_recall": 0.8, "hits_f1": 1.0},
    # target phrasings, US agencies other than the FTC, state AGs and courts (35, 7 alerts):
    # 0.833 (2 missed, no false), enforcement 1.0/0.947, hits F1 0.933, target recall 0.731
    # first; tuned on
    "extra25a": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 1.0,
    },
    # smaller DPAs in and beyond Europe (35, 6 alerts): 0.923 (1 false: a delisting fine, which
    # this set alone labels off-topic), enforcement 1.0/1.0, hits F1 1.0 first
    "extra25b": {
        "alerts_f1": 0.92,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 1.0,
    },
    # AI and data-sourcing matters 2019-2025 (35, 12 alerts): 1.0, enforcement 1.0/1.0, hits F1
    # 0.980, target recall 0.958 first; j25c026 (the ICO's enquiries into Microsoft's Recall,
    # labelled no step) has been enforcement since .494, as i12c004 labels the same statement
    "extra25c": {
        "alerts_f1": 0.96,
        "enforcement_precision": 0.95,
        "enforcement_recall": 1.0,
        "hits_f1": 0.98,
    },
    # news-search style items about the watchlist's vendors, 2024-2026 (35, 6 alerts): 0.8
    # (3 false), enforcement 0.882/1.0, hits F1 0.952 first
    "extra26a": {
        "alerts_f1": 0.92,
        "enforcement_precision": 0.93,
        "enforcement_recall": 1.0,
        "hits_f1": 0.97,
    },
    # European and UK regulators on AI training data (35, 7 alerts): 1.0, enforcement 1.0/0.933,
    # hits F1 1.0, stage accuracy 0.571 first
    "extra26b": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 1.0,
    },
    # US federal and state data actions 2022-2026 (35, 11 alerts): 0.957 (1 false, 1 trap),
    # enforcement 0.857/1.0, hits F1 0.963 first
    "extra26c": {
        "alerts_f1": 1.0,
        "enforcement_precision": 0.94,
        "enforcement_recall": 1.0,
        "hits_f1": 0.96,
    },
    # an ordinary day of a tech and business feed, 2025 (35, 4 actions, 2 alerts): 1.0,
    # enforcement 1.0/1.0, hits F1 0.95 first
    "extra27a": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 0.95,
    },
    # authorities and courts in Asia, the Middle East, Africa and Latin America (35, 1 alert):
    # 0.0 (missed, no false), enforcement 0.917/0.647 (off-topic matters), hits F1 1.0 first
    "extra27b": {"enforcement_precision": 1.0, "enforcement_recall": 0.64, "hits_f1": 1.0},
    # Federal Register and FTC, CFPB, SEC releases 2012-2025 (35, no alerts): 1 false alert
    # (a trap: a licensing deal's partner), enforcement 1.0/0.95 first
    "extra28a": {"enforcement_precision": 1.0, "enforcement_recall": 0.95, "hits_f1": 1.0},
    # smaller European DPAs on biometrics, monitoring and scraping (35, 1 alert): 0.5 (2 false),
    # enforcement 0.909/1.0, hits F1 0.667 first
    "extra28b": {"enforcement_precision": 0.95, "enforcement_recall": 1.0, "hits_f1": 0.88},
    # a news-search day for AI training data and privacy, 2024-2025 (35, 2 alerts): 0.5
    # (1 missed, 1 false), enforcement 1.0/0.8 first
    "extra28c": {"alerts_f1": 0.66, "enforcement_precision": 1.0, "enforcement_recall": 0.9},
    # US courts and state AGs on biometric and location privacy (35, 4 alerts): 1.0, all first
    "extra28d": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 1.0,
    },
    # an ordinary day of a tech and business feed, 2023 (35, 5 actions, no alerts): no false
    # alert, enforcement 1.0/1.0, hits F1 0.800 first
    "extra29a": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.82},
    # an ordinary week of a feed, 2021-2022 (35, 6 actions, no alerts): 2 false alerts,
    # enforcement 0.714/0.833, hits F1 0.873 first
    "extra29b": {"enforcement_precision": 0.83, "enforcement_recall": 0.83, "hits_f1": 0.88},
    # US private privacy suits outside BIPA (35, 4 alerts): 0.75 (1 missed, 1 false, a trap),
    # enforcement 0.95/0.95, hits F1 0.667 first
    "extra29c": {
        "alerts_f1": 0.88,
        "enforcement_precision": 0.95,
        "enforcement_recall": 1.0,
        "hits_f1": 0.66,
    },
    # deletion orders world-wide (35, 3 alerts, 5 model deletions): 0.8 (1 missed), enforcement
    # 1.0/0.8, model_deletion recall 1.0 first
    "extra29d": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.85,
        "hits_f1": 0.85,
        "model_deletion_recall": 1.0,
    },
    # data protection regulators' own feeds (35, 1 alert): 0.667 (1 false), enforcement
    # 0.864/0.95, hits F1 0.667 first
    "extra30a": {
        "alerts_f1": 0.66,
        "enforcement_precision": 0.86,
        "enforcement_recall": 0.95,
        "hits_f1": 0.66,
    },
    # news-search results for watchlist vendors (35, 9 alerts): 0.8 (1 missed, 3 false, a trap),
    # enforcement 0.867/0.722, hits F1 0.923 first
    "extra30b": {
        "alerts_f1": 0.88,
        "enforcement_precision": 0.92,
        "enforcement_recall": 0.72,
        "hits_f1": 0.94,
    },
    # AI incident reports (35, 8 actions, no alerts): no false alert, enforcement 0.571/0.5
    # (off-topic matters), hits F1 0.947 first
    "extra30c": {"enforcement_precision": 0.57, "enforcement_recall": 0.5, "hits_f1": 0.94},
    # EU and UK platform regulation (35, 2 alerts): 0.0 (both missed), enforcement 0.938/0.882
    "extra30d": {"enforcement_precision": 1.0, "enforcement_recall": 0.88, "hits_f1": 0.95},
    # children's and students' data (35, no alerts): no false alert, enforcement 0.909/0.667
    "extra31a": {"enforcement_precision": 0.91, "enforcement_recall": 0.73, "hits_f1": 0.96},
    # data brokers and location data (35, no alerts): no false alert, enforcement 0.941/0.941
    "extra31b": {"enforcement_precision": 0.94, "enforcement_recall": 0.94, "hits_f1": 1.0},
    # Asian and Australian authorities on apps, AI, face and voice data (35, 3 alerts): 0.5
    # (2 missed), enforcement 1.0/0.882 first
    "extra31c": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.94,
        "hits_f1": 0.94,
    },
    # a news search for GDPR fines and privacy suits (35, 5 alerts): 1.0, enforcement
    # 0.833/0.882 (counts of fines read as actions) first
    "extra31d": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.94,
        "hits_f1": 0.95,
    },
    # Latin American authorities (35, 8 alerts): 0.667 (4 missed: deadlines to explain read as
    # no step), enforcement 1.0/0.789 first
    "extra32a": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.97,
        "hits_f1": 1.0,
    },
    # health data (35, no alerts): no false alert, enforcement 0.889/0.8 first
    "extra32b": {"enforcement_precision": 0.94, "enforcement_recall": 0.9, "hits_f1": 0.83},
    # biometrics outside BIPA suits (35, no alerts): no false alert, enforcement 0.857/0.75 first
    "extra32c": {"enforcement_precision": 1.0, "enforcement_recall": 0.75, "hits_f1": 0.9},
    # legal trade press (35, no alerts): no false alert, enforcement 0.905/0.95 first
    "extra32d": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.93},
    # telecom, connected-car and location data (35, no alerts): all right first
    "extra33a": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # ad tech and cookies (35, no alerts): no false alert, enforcement 1.0/0.8 first
    "extra33b": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # workplace data (35, no alerts): 1 false alert, enforcement 0.882/0.789 first
    "extra33c": {"enforcement_precision": 1.0, "enforcement_recall": 0.84, "hits_f1": 0.93},
    # a translated regulator-watch newsletter (34, no alerts): no false alert, enforcement
    # 1.0/0.842 first
    "extra33d": {"enforcement_precision": 1.0, "enforcement_recall": 0.94, "hits_f1": 1.0},
    # actions against several parties at once (35, no alerts): enforcement 1.0/1.0, target
    # recall 0.619 (cartel members named in the summary) first
    "extra34a": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.93},
    # individuals and small firms (35, no alerts): all right first
    "extra34b": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # headlines whose party is not the subject (31, no alerts): enforcement 1.0/1.0 first
    "extra34c": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.66},
    # watchlist names as ordinary words (24, no alerts): no false alert, 1.0/1.0 first
    "extra34d": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.8},
    # Federal Register and docket titles (35, no alerts): enforcement 0.905/0.95 first
    "extra35a": {"enforcement_precision": 0.9, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # state attorneys general releases (35, no alerts): enforcement 0.905/0.95 first
    "extra35b": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.7},
    # a news search for scraping and AI-training suits (34, 1 alert): 1.0, 1.0/1.0 first
    "extra35c": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "enforcement_recall": 1.0},
    # UK, Irish, Australian, NZ and Canadian regulators (31, 1 alert): 0.667 (1 trap alert),
    # enforcement 0.941/1.0 first
    "extra35d": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 0.83,
    },
    # Africa and the Middle East (35, 3 alerts): 0.8 (1 missed), enforcement 1.0/0.789 first
    "extra36a": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.94,
        "hits_f1": 0.93,
    },
    # fintech, crypto and payments (35, 2 alerts): 0.8 (1 trap), enforcement 0.85/0.85 first
    "extra36b": {
        "alerts_f1": 1.0,
        "enforcement_precision": 0.9,
        "enforcement_recall": 1.0,
        "hits_f1": 0.83,
    },
    # children's apps and games outside the US (35, 1 alert): 0.667 (1 false), enforcement
    # 0.857/0.706 first
    "extra36c": {"enforcement_precision": 0.92, "enforcement_recall": 0.7, "hits_f1": 0.8},
    # a security news desk (35, no alerts): no false alert, enforcement 0.944/0.85 first
    "extra36d": {"enforcement_precision": 0.94, "enforcement_recall": 0.9, "hits_f1": 1.0},
    # AI companies' own news beside lesser-known actions (24, no alerts): 1.0/0.75 first
    "extra37a": {"enforcement_precision": 1.0, "enforcement_recall": 0.75, "hits_f1": 0.93},
    # consumer-protection regulators (35, 1 alert): 0.0 (missed), enforcement 0.947/0.9 first
    "extra37b": {"enforcement_precision": 1.0, "enforcement_recall": 0.9, "hits_f1": 0.93},
    # watchlist hits of items that are not enforcement (68 items, 3 enforcement, no alerts):
    # every enforcement reading right, hits F1 0.917, 1.0, 1.0 and 0.816 first
    "extra38a": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.91},
    "extra38b": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    "extra38c": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    "extra38d": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.81},
    # four blind sets written from LABELLING.md alone on 2026-11-27 (40 each; alerts F1 first
    # 0.903, 0.889, 0.5, 1.0; 0.889 pooled): data-sourcing enforcement, multi-party actions,
    # watchlist vendors in every role, regulators' own releases
    "extra39a": {"alerts_f1": 0.93, "enforcement_precision": 0.97, "enforcement_recall": 1.0},
    "extra39b": {"alerts_f1": 0.88, "enforcement_precision": 1.0, "target_recall": 0.84},
    "extra39c": {"alerts_f1": 1.0, "enforcement_precision": 0.95, "hits_f1": 0.88},
    "extra39d": {"alerts_f1": 1.0, "enforcement_precision": 0.96, "hits_f1": 1.0},
    # four more blind sets of 2026-11-27 afternoon (40 each), first scored: news-reported
    # actions 1.0 alerts F1 (enforcement 0.968/0.909); courts and private suits 0.889 (0.933/
    # 0.609, 1 trap alert); a feed's ordinary day, no alerts (1.0/0.857); non-US regulators
    # 0.833 (0.939/0.939)
    "extra40a": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 0.97},
    "extra40b": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "enforcement_recall": 0.91},
    "extra40c": {"enforcement_precision": 1.0, "enforcement_recall": 0.85, "hits_f1": 0.9},
    "extra40d": {"alerts_f1": 0.92, "enforcement_precision": 0.96, "hits_f1": 1.0},
    # four blind sets written last on 2026-11-27 and NEVER TUNED ON (scored once, at extractor
    # 2026.11.27.265; 160 events, 26 alerts: pooled alerts F1 0.875, enforcement 0.950/0.911,
    # hits F1 0.891, target recall 0.895): floors at that first score, a guard, not a target
    "extra41a": {"alerts_f1": 0.85, "enforcement_precision": 0.96, "hits_f1": 0.93},
    "extra41b": {"alerts_f1": 0.88, "enforcement_precision": 0.86, "hits_f1": 0.78},
    "extra41c": {"alerts_f1": 0.9, "enforcement_precision": 0.97, "hits_f1": 0.94},
    "extra41d": {"alerts_f1": 0.85, "enforcement_precision": 0.96, "hits_f1": 0.94},
    # four blind sets of 2026-11-27 evening (40 each), first scored at 2026.11.27.286 before any
    # rule was chosen on them (pooled: alerts F1 0.872 of 36 gold alerts, enforcement 0.922/
    # 0.950, hits F1 0.852, target recall 0.905): several parties acted against (hits 0.462:
    # vendors named in lists of non-enforcement items), a month of alerts (1 trap alert),
    # stages abroad, a feed's look-alikes (enforcement precision 0.75)
    "extra42a": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 0.46},
    "extra42b": {"alerts_f1": 0.86, "enforcement_precision": 0.94, "hits_f1": 0.9},
    "extra42c": {"alerts_f1": 0.9, "enforcement_precision": 0.93, "hits_f1": 0.98},
    "extra42d": {"alerts_f1": 0.66, "enforcement_precision": 0.75, "hits_f1": 0.82},
    # four blind sets written last (2026-11-27 evening) and NEVER TUNED ON: scored once, at
    # 2026.11.27.298 (160 events, 34 alerts: pooled alerts F1 0.879, enforcement 0.923/0.923,
    # hits F1 0.939, target recall 0.846, 1 trap alert): floors at that score, a guard only
    "extra43a": {"alerts_f1": 1.0, "enforcement_precision": 0.96, "hits_f1": 1.0},
    "extra43b": {"alerts_f1": 0.85, "enforcement_precision": 0.77, "hits_f1": 0.91},
    "extra43c": {"alerts_f1": 0.33, "enforcement_precision": 0.88, "hits_f1": 0.83},
    "extra43d": {"alerts_f1": 0.9, "enforcement_precision": 0.96, "hits_f1": 0.98},
    # four blind sets of 2026-11-27 night (40 each), first scored at 2026.11.27.299 before any
    # rule was chosen on them (pooled: alerts F1 0.784 of 37 gold alerts, enforcement 0.881/
    # 0.908, hits F1 0.962, target recall 0.845, 1 trap alert): delisting suits abroad read
    # as off topic, final orders after a comment period read as proposed ones
    "extra44a": {"alerts_f1": 0.61, "enforcement_precision": 0.87, "hits_f1": 0.97},
    "extra44b": {"alerts_f1": 0.75, "enforcement_precision": 0.95, "hits_f1": 0.91},
    "extra44c": {"alerts_f1": 1.0, "enforcement_precision": 0.88, "hits_f1": 1.0},
    "extra44d": {"alerts_f1": 0.8, "enforcement_precision": 0.82, "hits_f1": 0.97},
    # four more blind sets of 2026-11-27 night (98 events: the writers found few real events not
    # already used), first scored at 2026.11.27.330 before any rule was chosen on them (pooled:
    # alerts F1 0.833 of 5 gold alerts, enforcement 0.889/0.930, hits F1 0.947, target recall
    # 0.915, regulator 0.865, stage 0.700, no trap alert)
    "extra45a": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 1.0},
    # (enforcement precision 1.0 until .442, when "Epic Games" left the dispute cues: Epic's own
    # antitrust suit against Apple, p45b037, now reads as enforcement with no topic)
    "extra45b": {"alerts_f1": 1.0, "enforcement_precision": 0.96, "hits_f1": 0.98},
    "extra45c": {"alerts_f1": 1.0, "enforcement_precision": 0.86, "hits_f1": 0.76},
    "extra45d": {"enforcement_precision": 1.0, "hits_f1": 1.0},
    # five blind sets of 2026-11-27 late evening (200 events, 22 gold alerts; the writers found
    # few recent events not already used: one set went back to 2000-2015), each first scored
    # before any rule was chosen on it (2026.11.27.338-.341): alerts F1 0.824 (8 gold), none
    # gold nor false, none, 0.714 (8), 0.714 (6); enforcement precision 0.783, 0.929, 0.889,
    # 0.833, 0.9 and recall 0.9, 0.813, 0.889, 0.789, 0.9; trap alerts 1, 0, 0, 0, 1
    "extra46a": {"alerts_f1": 0.93, "enforcement_precision": 0.94, "hits_f1": 0.9},
    "extra46b": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 0.86},
    "extra46c": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 0.93},
    "extra46d": {"alerts_f1": 0.93, "enforcement_precision": 0.93, "hits_f1": 1.0},
    "extra46e": {"alerts_f1": 0.85, "enforcement_precision": 0.95, "hits_f1": 0.86},
    # four more the same night (160 events, 27 gold alerts: Asia-Pacific authorities, Latin
    # America, Africa and the Middle East, US private privacy litigation, Canada and the UK
    # beyond the headline regulators), first scored at .353-.356 before any rule was chosen on
    # them: alerts F1 0.545 (5 gold), 1.0 (4), 0.917 (12), 0.8 (6), pooled 0.830; enforcement
    # precision 0.938, 0.9, 0.9, 0.824 and recall 0.75, 0.9, 0.857, 0.737; no trap alert
    "extra47a": {"alerts_f1": 0.83, "enforcement_precision": 1.0, "hits_f1": 0.94},
    "extra47b": {"alerts_f1": 1.0, "enforcement_precision": 0.94, "hits_f1": 1.0},
    "extra47c": {"alerts_f1": 0.95, "enforcement_precision": 0.9, "hits_f1": 0.89},
    "extra47d": {"alerts_f1": 0.9, "enforcement_precision": 0.93, "hits_f1": 0.89},
    # three last sets of 30 the same night (90 events, 5 gold alerts: the watchlist's vendors in
    # every role, EU/EEA authorities and courts, US enforcement beyond the FTC), first scored at
    # .368 and not tuned on: alerts F1 0.5, none gold nor false, 1.0 (pooled 0.833, 7
    # predicted, 5 right), enforcement precision 0.833, 0.5, 0.867, no trap alert
    "extra48a": {"alerts_f1": 0.5, "enforcement_precision": 0.83, "hits_f1": 1.0},
    "extra48b": {"alerts_f1": 1.0, "enforcement_precision": 0.5},
    "extra48c": {"alerts_f1": 1.0, "enforcement_precision": 0.86, "hits_f1": 1.0},
    # four blind sets of 2026-11-27/28 night (160 events, 14 gold alerts: Federal Register
    # documents of every agency, Google News snippets with their outlet suffix, AI incident
    # reports, health, children's and education data), first scored at .368-.374 before any
    # rule was chosen on them: alerts F1 none gold nor false, 0.8 (6 gold), 0.889 (4), 0.889
    # (4), pooled 0.857 (14 predicted, 12 right); enforcement precision 0.85, 0.8, 0.684,
    # 0.895 and recall 1.0, 0.8, 0.722, 0.944; trap alerts 0, 0, 1, 1
    "extra49a": {"enforcement_precision": 0.89, "enforcement_recall": 1.0, "hits_f1": 0.66},
    "extra49b": {"alerts_f1": 0.9, "enforcement_precision": 0.81, "hits_f1": 0.82},
    "extra49c": {"alerts_f1": 1.0, "enforcement_precision": 0.82, "hits_f1": 0.89},
    "extra49d": {"alerts_f1": 0.88, "enforcement_precision": 1.0, "hits_f1": 0.83},
    # three more the same night, official voices (120 events, 12 gold alerts: state attorneys
    # general's releases, court opinions and dockets, DPAs' own releases), first scored at
    # .381-.383 after the extra49 rules: alerts F1 0.6 (6 predicted, 3 right), 0.571 (3, 2),
    # 0.545 (7, 3, 1 trap), pooled 0.571; enforcement precision 0.783, 0.773, 0.810 and
    # recall 0.9, 0.85, 0.944
    "extra50a": {"alerts_f1": 0.72, "enforcement_precision": 0.79, "hits_f1": 0.89},
    "extra50b": {"alerts_f1": 0.85, "enforcement_precision": 0.85, "hits_f1": 0.83},
    "extra50c": {"alerts_f1": 1.0, "enforcement_precision": 0.94, "hits_f1": 1.0},
    # three last sets of the night (120 events, 6 gold alerts: the FTC's own releases,
    # trade-press news about AI training data, a security and breach feed), first scored at
    # 2026.11.28.390 after the whole round and not tuned on: alerts F1 1.0, 0.857, 0.667,
    # pooled 0.833 (6 predicted, 5 right, no trap); enforcement precision 0.833, 0.8, 1.0 and
    # recall 1.0, 1.0, 0.846
    "extra51a": {"alerts_f1": 1.0, "enforcement_precision": 0.83, "hits_f1": 0.75},
    "extra51b": {"alerts_f1": 0.85, "enforcement_precision": 0.8, "hits_f1": 0.9},
    "extra51c": {"alerts_f1": 0.66, "enforcement_precision": 1.0, "hits_f1": 0.94},
    # three more written at the end of the night (96 events, 11 gold alerts: biometrics
    # worldwide, location data and ad tech (16 events), courts of the UK, Ireland, Australia,
    # Canada and New Zealand), first scored at .390-.391: alerts F1 0.706 (10 predicted, 6
    # right), 0.667 (1, 1), 1.0 (2, 2), pooled 0.8, no trap; enforcement precision 0.583, 1.0,
    # 0.722 and recall 0.875, 0.5, 0.765
    "extra52a": {"alerts_f1": 0.77, "enforcement_precision": 0.61, "hits_f1": 0.9},
    "extra52b": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 1.0},
    "extra52c": {"alerts_f1": 1.0, "enforcement_precision": 0.72, "hits_f1": 1.0},
    # four blind sets of 2026-11-28 (160 events, 7 gold alerts: the EU level, employment and
    # HR data, consumer AI products and chatbots, connected cars, telecoms and finance), first
    # scored at .398: alerts F1 0.4 (4 predicted, 1 right), 0.889 (5, 4, 1 trap), 0.0 (1, 0,
    # 1 trap; no gold alert), 1.0 (2, 2), pooled 0.737 (12 predicted, 7 right); enforcement
    # precision 0.81, 0.85, 0.79, 1.0 and recall 0.89, 0.89, 0.79, 0.94
    "extra53a": {"alerts_f1": 0.66, "enforcement_precision": 0.89, "hits_f1": 1.0},
    "extra53b": {"alerts_f1": 1.0, "enforcement_precision": 0.94, "hits_f1": 0.91},
    "extra53c": {"alerts_f1": 1.0, "enforcement_precision": 0.91, "hits_f1": 0.9},
    "extra53d": {"alerts_f1": 1.0, "enforcement_precision": 1.0, "hits_f1": 0.83},
    # three more written this morning (120 events, 11 gold alerts: privacy class-action
    # settlements as news and courts report them, regulators' roundups and speeches, sensitive-
    # data apps), each first scored before any rule was chosen on it, at .406, .410 and .413:
    # alerts F1 0.769 (5 predicted, 5 right), 0.0 (8 predicted, none right, 4 trap alerts; one
    # gold alert), 0.667 (1, 1); enforcement precision 0.8, 0.69, 0.88 and recall 0.42, 1.0, 0.88
    # deletion orders worldwide and their hard negatives, written last and not tuned on: first
    # scored at .415: alerts F1 0.857 (3 predicted, 3 right), enforcement 0.8 / 0.727, MD 1.0
    "extra54a": {"alerts_f1": 0.85, "enforcement_precision": 0.8, "hits_f1": 0.8},
    "extra54b": {"alerts_f1": 0.93, "enforcement_precision": 0.93, "hits_f1": 1.0},
    "extra54c": {"alerts_f1": 0.0, "enforcement_precision": 0.94, "hits_f1": 0.52},
    "extra54d": {"alerts_f1": 1.0, "enforcement_precision": 0.88, "hits_f1": 0.95},
    # six written on 2026-11-28 (stop 26; 240 events, 16 gold alerts), each first scored before
    # any rule was chosen on it: voice assistants and devices (.420: alerts F1 0.857, 1 trap),
    # public bodies and algorithms (.425: 0.5, 2 traps), direct marketing and spam (.419: 0.5),
    # leaks seen from both sides (.427: 0.545, 8 predicted, 3 right), disputes between companies
    # over data (.430: 0.8); scraping of personal data (.421: 0.286, 6 predicted, 1 right),
    # held aside until .432 (unchanged there) and tuned on after
    "extra55a": {"alerts_f1": 0.5, "enforcement_precision": 0.88, "hits_f1": 0.83},
    "extra55b": {"alerts_f1": 1.0, "enforcement_precision": 0.94, "hits_f1": 0.74},
    "extra55c": {"alerts_f1": 0.5, "enforcement_precision": 0.85, "hits_f1": 0.8},
    "extra55d": {"alerts_f1": 0.5, "enforcement_precision": 1.0, "hits_f1": 0.83},
    "extra56a": {"alerts_f1": 0.8, "enforcement_precision": 0.93, "hits_f1": 0.85},
    "extra56b": {"alerts_f1": 0.46, "enforcement_precision": 0.9, "hits_f1": 0.85},
    # ordinary legal news with no data matter (40 events, no gold alert; first scored at .437:
    # none predicted, enforcement precision 1.0 and recall 0.710: sports bodies, transport and
    # water regulators, criminal rulings unread)
    "extra57b": {"enforcement_precision": 1.0, "enforcement_recall": 0.83, "hits_f1": 0.9},
    # AI developers and their training data (40 events, 7 gold alerts; 22 re-report cases of
    # earlier sets, all 7 gold alerts among them; first scored at .452: alerts F1 0.875, one
    # trap: app stores asked to remove an app read as its targets)
    "extra58a": {
        "alerts_f1": 0.87,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 0.92,
    },
    # a data-protection and consumer regulator watch, 2024-2026 (40 events, 6 gold alerts; 11
    # re-report earlier cases; first scored at .451: alerts F1 1.0, enforcement 0.867 / 0.929)
    "extra58b": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.92,
        "hits_f1": 0.88,
    },
    # smaller data protection authorities, translated headlines (40 events, all cases new to the
    # sets, 2 gold alerts; first scored at .460: alerts F1 1.0, enforcement 0.938 / 0.789,
    # data_sourcing F1 0.471: breach inquiries read as data sourcing)
    "extra59a": {
        "alerts_f1": 1.0,
        "enforcement_precision": 0.93,
        "enforcement_recall": 0.78,
        "hits_f1": 1.0,
    },
    # US enforcement against lesser-known companies (40 events, every case new to the sets, no
    # gold alert; first scored at .463: none predicted, enforcement 0.909 / 1.0, hits F1 1.0)
    "extra59b": {"enforcement_precision": 0.9, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # employee biometrics, Italian court administrations, India's ED (40 events, all cases new
    # to the sets, 2 gold alerts; first scored at .467: alerts F1 1.0, enforcement 0.870 / 0.769,
    # model_deletion recall 0.5, regulator 0.81)
    "extra60a": {
        "alerts_f1": 1.0,
        "enforcement_precision": 0.92,
        "enforcement_recall": 0.96,
        "hits_f1": 0.93,
    },
    # Brazilian, German, Turkish and Russian steps on watchlist vendors (40 events, all new, 7
    # gold alerts; first scored at .468: alerts F1 0.824, 1 trap, enforcement 0.958 / 1.0)
    "extra60b": {
        "alerts_f1": 0.93,
        "enforcement_precision": 0.95,
        "enforcement_recall": 1.0,
        "hits_f1": 0.91,
    },
    # stop 29's blind sets: the helpers found nearly every data-sourcing event they knew already
    # in the sets, so these hold other matters. Bank and money-laundering enforcement, vendors'
    # business news (40, 1 data-sourcing step, no gold alert; first scored at .472: enforcement
    # 0.952 / 0.769, regulator 0.65, stage 0.8)
    "extra61a": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # small DPAs' fines, guidance, vendors' product news (40, no gold alert; first scored at
    # .471: enforcement 0.875 / 1.0, regulator 0.571, no false alert)
    "extra61b": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # paraphrase sets: new reports, in other outlets' words, of events the sets already hold
    # (25 alert-bearing, 15 quiet watchlist items each). extra61e was tuned on (first scored at
    # .474: alerts F1 0.810, enforcement 0.947 / 0.72); extra61f is held out (0.844, enforcement
    # 0.84 / 0.84, unmoved by extra61e's rules); their originals score 0.969
    "extra61e": {
        "alerts_f1": 0.93,
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.92,
        "hits_f1": 0.94,
    },
    # extra61h, held out in stop 29 like extra61f (first scored at .478: alerts F1 0.818, 18
    # predicted, all right, of 26; enforcement 1.0 / 0.8; originals 0.92), tuned on in stop 30
    # (.480: 0.917)
    "extra61h": {
        "alerts_f1": 0.91,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.92,
        "hits_f1": 0.97,
    },
    # extra61g, tuned on (first scored at .477: alerts F1 0.844, enforcement 0.905 / 0.76;
    # originals 0.958)
    "extra61g": {
        "alerts_f1": 0.93,
        "enforcement_precision": 0.92,
        "enforcement_recall": 0.92,
        "hits_f1": 0.95,
    },
    # extra61f, held out in stop 29 (0.844), tuned on in stop 30 (.480: 0.936)
    "extra61f": {
        "alerts_f1": 0.93,
        "enforcement_precision": 0.88,
        "enforcement_recall": 0.96,
        "hits_f1": 0.93,
    },
    # stop 30's paraphrase sets, written from bench/paraphrase_sample.py's draws (other cases
    # than extra61e-h): first scored at .479 (the same at .480) alerts F1 0.894, 0.870, 0.818,
    # 0.880 against 1.0, 0.980, 0.960, 1.0 on their originals. extra62a and extra62b were tuned
    # on (.481: 1.0 and 0.980); extra62c and extra62d were held out and did not move. Stop 31
    # tuned on extra62c (0.844 at .492 -> 0.980 at .499), and on extra64a (a second paraphrase
    # of extra62d's cases), which moved extra62d 0.880 -> 0.898
    "extra62a": {
        "alerts_f1": 0.99,
        "enforcement_precision": 0.92,
        "enforcement_recall": 1.0,
        "hits_f1": 0.94,
    },
    "extra62b": {
        "alerts_f1": 0.97,
        "enforcement_precision": 0.96,
        "enforcement_recall": 1.0,
        "hits_f1": 0.89,
    },
    "extra62c": {
        "alerts_f1": 0.98,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.96,
        "hits_f1": 0.96,
    },
    "extra62d": {
        "alerts_f1": 0.89,
        "enforcement_precision": 0.96,
        "enforcement_recall": 0.96,
        "hits_f1": 0.93,
    },
    # stop 30's second paraphrase round, written after .481's rules and first scored there:
    # alerts F1 0.818, 0.870, 0.783, 0.868 (0.732, 0.844, 0.783, 0.868 at .479) against 0.958,
    # 0.981, 0.981, 0.962 on their originals. extra62e and extra62g were tuned on (.482: 0.958,
    # 0.963); extra62f and extra62h were held out and did not move. Stop 31 tuned on extra62f
    # (0.894 at .492 -> 1.0 at .499); extra62h stayed held out (0.868, unmoved)
    "extra62e": {
        "alerts_f1": 0.95,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.92,
        "hits_f1": 0.98,
    },
    "extra62f": {
        "alerts_f1": 1.0,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 0.97,
    },
    "extra62g": {
        "alerts_f1": 0.96,
        "enforcement_precision": 0.96,
        "enforcement_recall": 1.0,
        "hits_f1": 0.92,
    },
    "extra62h": {
        "alerts_f1": 0.88,  # 0.868 until stop 32's name rule
        "enforcement_precision": 0.96,
        "enforcement_recall": 1.0,
        "hits_f1": 0.90,
    },
    # stop 30's third paraphrase round, written after .482's rules and first scored there:
    # alerts F1 0.870, 0.837, 0.851, 0.917 (0.844, 0.837, 0.800, 0.870 at .479) against 1.0,
    # 0.913, 0.980, 0.980 on their originals. extra63a and extra63b were tuned on (.484: 0.939,
    # 0.913); extra63c and extra63d were held out and did not move. Stop 31 tuned on extra63c
    # (0.851 at .492 -> 0.939 at .499); extra63d stayed held out (0.917, unmoved)
    "extra63a": {
        "alerts_f1": 0.93,
        "enforcement_precision": 0.96,
        "enforcement_recall": 0.96,
        "hits_f1": 0.94,
    },
    "extra63b": {
        "alerts_f1": 0.91,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.92,
        "hits_f1": 0.93,
    },
    "extra63c": {
        "alerts_f1": 0.93,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.96,
        "hits_f1": 0.93,
    },
    "extra63d": {
        "alerts_f1": 0.91,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.88,
        "hits_f1": 0.96,
    },
    # stop 30's last paraphrase round, written after .484's rules and first scored there:
    # extra63e 0.816 (the same at .479; originals 0.962), tuned on (.485: 0.943); extra63g, the
    # last 21 alert-bearing cases no paraphrase set had used, 0.821 (0.811 at .479; originals
    # 0.952), held out
    "extra63e": {
        "alerts_f1": 0.94,
        "enforcement_precision": 1.0,
        "enforcement_recall": 1.0,
        "hits_f1": 0.92,
    },
    # extra63f, written after .484, first scored at .485 (whose rules came from extra63e only):
    # 0.870 (0.844 at .479; originals 0.958), held out; stop 31 tuned on it (0.936 at .499)
    "extra63f": {
        "alerts_f1": 0.93,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.96,
        "hits_f1": 0.86,
    },
    "extra63g": {
        "alerts_f1": 0.85,  # 0.821 until stop 32's name rule
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.85,
        "hits_f1": 0.88,  # 0.886 since .514: the quoted "Tinder Swindler" names no party
    },
    # stop 31's second paraphrases: the cases of extra62d, 62h, 63d and 63g written again, as
    # other outlets would, sharing no five-word run with the original or the first paraphrase.
    # First scored at .492 (the stop's first build): extra64a 0.809, extra64c 0.744, extra64d
    # 0.686, extra64b 0.800; extra64a and extra64d were tuned on (.499: 0.920, 0.850);
    # extra64b and extra64c are held out (0.800 and 0.744, unmoved by the stop's rules)
    "extra64a": {
        "alerts_f1": 0.91,
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.95,
        "hits_f1": 0.92,
    },
    "extra64b": {
        "alerts_f1": 0.8,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.76,
        "hits_f1": 0.9,
    },
    "extra64c": {
        "alerts_f1": 0.74,
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.76,
        "hits_f1": 0.89,
    },
    "extra64d": {
        "alerts_f1": 0.84,
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.9,
        "hits_f1": 0.93,
    },
    # stop 33's third paraphrases: 160 further cases (25 alert-bearing, 15 quiet each, drawn by
    # bench/paraphrase_sample.py, none of extra64's), written as other outlets would, sharing no
    # five-word run with the original or any earlier paraphrase. First scored at .511, before any
    # rule was chosen on them: extra65a 0.917, extra65b 0.833, extra65c 0.870, extra65d 0.826
    # (pooled 0.862; the originals 0.952). extra65b and extra65c are tuned on, extra65a and
    # extra65d held out.
    "extra65a": {
        "alerts_f1": 0.91,
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.92,
        "hits_f1": 0.93,
    },
    "extra65b": {
        "alerts_f1": 0.94,  # 0.833 first
        "enforcement_precision": 0.92,
        "enforcement_recall": 0.96,
        "hits_f1": 0.91,
    },
    "extra65c": {
        "alerts_f1": 0.93,  # 0.870 first
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.92,
        "hits_f1": 0.86,
    },
    "extra65d": {
        "alerts_f1": 0.82,
        "enforcement_precision": 0.86,
        "enforcement_recall": 0.8,
        "hits_f1": 0.91,
    },
    # the second round of stop 33: 160 more cases, drawn and written the same way (none of
    # extra64's or extra65a-d's), first scored at .513, after the first round's rules, and at
    # .511, before them: the same figures at both, extra65e 0.826, extra65f 0.766, extra65g
    # 0.864, extra65h 0.809 (pooled 0.815). extra65e and extra65g are tuned on, extra65f and
    # extra65h held out.
    "extra65e": {
        "alerts_f1": 0.89,  # 0.826 first
        "enforcement_precision": 0.96,
        "enforcement_recall": 0.96,
        "hits_f1": 0.9,
    },
    "extra65f": {
        "alerts_f1": 0.79,  # 0.766 first; 'deal proposed to end' (chosen on extra65k) met it
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.88,
        "hits_f1": 0.91,
    },
    "extra65g": {
        "alerts_f1": 0.91,  # 0.864 first
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.92,
        "hits_f1": 0.9,
    },
    "extra65h": {
        "alerts_f1": 0.8,
        "enforcement_precision": 0.86,
        "enforcement_recall": 0.8,
        "hits_f1": 0.92,
    },
    # stop 33's third round: 160 more cases (none of extra64's or extra65a-h's), first scored at
    # .515 and at .513 and .511 with the same figures: extra65i 0.732, extra65j 0.837, extra65k
    # 0.844, extra65l 0.800 (pooled 0.805; precision 0.947, recall 0.699). extra65i and extra65k
    # are tuned on, extra65j and extra65l held out.
    "extra65i": {
        "alerts_f1": 0.89,  # 0.732 first
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.84,
        "hits_f1": 0.89,
    },
    "extra65j": {
        "alerts_f1": 0.83,
        "enforcement_precision": 0.95,
        "enforcement_recall": 0.88,
        "hits_f1": 0.93,
    },
    "extra65k": {
        "alerts_f1": 0.93,  # 0.844 first
        "enforcement_precision": 1.0,
        "enforcement_recall": 0.96,
        "hits_f1": 0.88,
    },
    "extra65l": {
        "alerts_f1": 0.8,
        "enforcement_precision": 0.91,
        "enforcement_recall": 0.88,
        "hits_f1": 0.93,
    },
    # a news search for the watchlist's vendors: 4 steps (none an alert), 36 ordinary items
    # (40; first scored at .474: enforcement 1.0 / 0.75, hits F1 0.959, regulator 0.333)
    "extra61c": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.95},
    # regulators' own releases: merger challenges, consumer statistics, statements of interest
    # (40, no gold alert; first scored at .473: enforcement 0.92 / 0.958)
    "extra61d": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 1.0},
    # commentary on algorithmic disgorgement (6, none enforcement): 2 read as enforcement first
    "extra18a": {"enforcement_precision": 1.0},
    # companies' own announcements about data and AI (10, none enforcement): all right first
    "extra17b": {"enforcement_precision": 1.0, "hits_f1": 1.0},
    # breaches and what followed (no alerts): enforcement 1.0/0.5 first (breach class actions
    # and settlements read as suits under unrelated law; no alert is at stake)
    "extra17c": {"enforcement_precision": 0.97, "enforcement_recall": 0.6},
    # EU level (2 alerts): 0.286 (1 missed, 4 false, 2 traps), enforcement 0.688/0.917 first
    "extra16b": {"alerts_f1": 0.66, "enforcement_precision": 1.0, "enforcement_recall": 0.9},
    # US federal agencies other than the FTC (no alerts): enforcement 0.955/0.875 first
    "extra16a": {"enforcement_precision": 0.97, "enforcement_recall": 0.97},
    # Asia-Pacific (2 alerts): 0.0 (both missed, 5 false), enforcement 0.952/0.870 first
    "extra15a": {"alerts_f1": 0.5, "enforcement_precision": 0.97, "enforcement_recall": 0.95},
    # United Kingdom (2 alerts): 0.8 (1 false), enforcement 0.913/0.955 first
    "extra15b": {"alerts_f1": 1.0, "enforcement_precision": 0.97, "enforcement_recall": 0.97},
    # Canada and Latin America (1 alert): 1.0, enforcement 1.0/0.846 first
    "extra15c": {"alerts_f1": 1.0, "enforcement_precision": 0.97, "enforcement_recall": 0.84},
    # a tech news site's ordinary day (2 actions, 29 quiet hits): 1.0/1.0, hits F1 0.951 first
    "extra14c": {"enforcement_precision": 1.0, "enforcement_recall": 1.0, "hits_f1": 0.95},
    # FTC releases (no alerts): enforcement 1.0/0.967, amounts 0.583 ("$12 Million") first
    "extra12d": {"enforcement_precision": 0.97, "enforcement_recall": 0.97, "amount_accuracy": 1.0},
}
# trap alerts allowed: what each set has now (extra6a: a vendor named as the tool or page a public
# body used); 1 if not listed
EXTRA3_TRAPS = {
    "extra6a": 2, "extra3b": 0, "extra8a": 0, "extra11b": 0,
    "extra12a": 0, "extra12b": 0, "extra12d": 0,
    "extra13a": 0, "extra13c": 0, "extra13d": 0, "extra14a": 0, "extra14b": 0, "extra14c": 0,
    "extra15a": 0, "extra15b": 0, "extra15c": 0, "extra16a": 0, "extra16b": 0, "extra16c": 0,
    "extra17a": 0, "extra17b": 0, "extra17c": 0, "extra18a": 0,
    "extra18b": 0, "extra19a": 0, "extra19b": 0, "extra19c": 0, "extra19d": 0, "extra20a": 0,
    "extra20b": 0, "extra20c": 0, "extra20d": 0, "extra21a": 0, "extra21b": 0,
    "extra21c": 0, "extra21d": 0, "extra22b": 0, "extra22c": 0,
    "extra22a": 0, "extra22d": 0, "extra23": 0, "extra24a": 0, "extra24b": 0, "extra25a": 0,
    "extra25b": 0, "extra25c": 0, "extra26a": 0, "extra26b": 0, "extra26c": 0,
    "extra27a": 0, "extra27b": 0, "extra28a": 0, "extra28b": 0, "extra28c": 0, "extra28d": 0,
    "extra29a": 0, "extra29b": 0, "extra29c": 0, "extra29d": 0, "extra30a": 0, "extra30b": 0,
    "extra30c": 0, "extra30d": 0, "extra31a": 0, "extra31b": 0, "extra31c": 0, "extra31d": 0,
    "extra32a": 0, "extra32b": 0, "extra32c": 0, "extra32d": 0, "extra33a": 0, "extra33b": 0,
    "extra33c": 0, "extra33d": 0, "extra34a": 0, "extra34b": 0, "extra34c": 0, "extra34d": 0,
    "extra35a": 0, "extra35b": 0, "extra35c": 0, "extra35d": 0, "extra36a": 0, "extra36b": 0,
    "extra36c": 0, "extra36d": 0, "extra37a": 0, "extra37b": 0, "extra38a": 0, "extra38b": 0,
    "extra38c": 0, "extra38d": 0, "extra39a": 0, "extra39b": 0, "extra39c": 0, "extra39d": 0,
    "extra40a": 0, "extra40b": 0, "extra40c": 0, "extra40d": 0,
    "extra41a": 0, "extra41b": 0, "extra41c": 0, "extra41d": 0,
    "extra42a": 0, "extra42b": 0, "extra42c": 0, "extra42d": 0,
    "extra43a": 0, "extra43b": 0, "extra43d": 0,
    "extra44a": 0, "extra44b": 0, "extra44c": 0, "extra44d": 0,
    "extra45a": 0, "extra45b": 0, "extra45c": 0, "extra45d": 0,
    "extra46a": 0, "extra46b": 0, "extra46c": 0, "extra46d": 0,
    "extra47a": 0, "extra47b": 0, "extra47c": 0, "extra47d": 0,
    "extra48a": 0, "extra48b": 0, "extra48c": 0,
    "extra49a": 0, "extra49b": 0, "extra49c": 0, "extra49d": 1,
    "extra50a": 0, "extra50b": 0, "extra50c": 0,
    "extra51a": 0, "extra51b": 0, "extra51c": 0,
    "extra52a": 0, "extra52b": 0, "extra52c": 0,
    "extra53a": 0, "extra53b": 0, "extra53c": 0, "extra53d": 0,
    "extra54a": 0, "extra54b": 0, "extra54c": 0, "extra54d": 0,
    "extra55a": 1, "extra55b": 0, "extra55c": 2, "extra55d": 0, "extra56a": 0, "extra56b": 0,
    "extra57b": 0, "extra58a": 1, "extra58b": 0, "extra59a": 0, "extra59b": 0,
    "extra60a": 0, "extra60b": 0, "extra61a": 0, "extra61b": 0, "extra61c": 0, "extra61d": 0,
    "extra61e": 0,
    "extra61f": 0, "extra61g": 0, "extra61h": 0, "extra62a": 0, "extra62b": 0, "extra62c": 0,
    "extra62d": 0, "extra62e": 0, "extra62f": 0, "extra62g": 0, "extra62h": 0, "extra63a": 0,
    "extra63b": 0, "extra63c": 0, "extra63d": 0, "extra63e": 0, "extra63f": 0, "extra63g": 0,
    "extra64a": 0, "extra64b": 0, "extra64c": 0, "extra64d": 0,
    "extra65a": 0, "extra65b": 0, "extra65c": 0, "extra65d": 0,
    "extra65e": 0, "extra65f": 0, "extra65g": 0, "extra65h": 0,
    "extra65i": 0, "extra65j": 0, "extra65k": 0, "extra65l": 0,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXTRA3_FLOORS))
def test_third_sets_do_not_regress(name: str) -> None:
    result = _figures([EXTRA3 / f"{name}.jsonl"], real=True)
    for figure, floor in EXTRA3_FLOORS[name].items():
        assert result[figure] >= floor, f"{name} {figure} = {result[figure]}"
    assert result["trap_false_alerts"] <= EXTRA3_TRAPS.get(name, 1)


def test_batch_classify_makes_no_cycles_and_restores_the_collector() -> None:
    # classify pauses the cycle collector while it reads, extracts and writes a batch (watchlist
    # matching included): that is only sound while none of it leaves reference cycles behind,
    # and the collector must come back on, after a bad line too
    import gc

    from monitor.watchlist import Matcher, load_watchlist

    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("dev*.jsonl")))
    matcher = Matcher(load_watchlist(CORPUS / "watchlist.toml"))
    out = io.StringIO()
    gc.collect()
    gc.disable()
    try:
        classify_stream(io.StringIO(text), out, matcher)
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert out.getvalue().count("\n") == text.count("\n")
    classify_stream(io.StringIO(text), io.StringIO(), matcher)
    assert gc.isenabled()
    with pytest.raises(InputError):
        classify_stream(io.StringIO(text + "{not json\n"), io.StringIO(), matcher)
    assert gc.isenabled()
