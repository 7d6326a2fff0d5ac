"""Watchlist matching benchmarks, run by hand.

    PYTHONPATH=. python bench/bench_watchlist.py quality [--corpus ../shared/corpus] [--show-errors]
    PYTHONPATH=. python bench/bench_watchlist.py speed
    PYTHONPATH=. python bench/bench_watchlist.py memory

quality: hits F1 and trap_false_alerts on every dev*.jsonl, split by case_key (sha1 % 3 == 0 is
held out), with the gold targets as ``action.targets`` and, when monitor/extract.py exists, with
the real ``extract()`` too.
speed: 10 and 10,000 vendors (10 real, the rest invented, each with an alias and a related name)
against ~3 KB entries, on the worst case (every entry names vendors) and on a realistic mix (1 in
10 does): entries per second, cost ratio, index build time, and the peak memory of a fresh process
(``memory``) that builds the 10,000-vendor index and matches 200 entries.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from monitor.models import Action, Entry, Vendor
from monitor.watchlist import Matcher, load_watchlist, normalise

TOPICS = ("data_sourcing", "model_deletion")


def _rows(corpus: Path) -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(glob.glob(str(corpus / "dev*.jsonl")))
        for line in open(path, encoding="utf-8")
        if line.strip()
    ]


def _held_out(row: dict) -> bool:
    return int(hashlib.sha1(row["case_key"].encode()).hexdigest(), 16) % 3 == 0


def _entry(row: dict) -> Entry:
    return Entry(source="dev", title=row["title"], summary=row["summary"], publisher=row["source"])


def _score(rows: list[dict], preds: dict[str, tuple[bool, set[str]]], show: bool) -> dict:
    tp = fp = fn = traps = 0
    for row in rows:
        lab = row["labels"]
        gold = {normalise(h) for h in lab["watchlist_hits"]}
        alertworthy, hits = preds[row["id"]]
        got = {normalise(h) for h in hits}
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        traps += bool(not gold and alertworthy and got)
        if show and gold != got:
            print(f"  {row['id']} gold={sorted(gold)} pred={sorted(got)}: {row['title']}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"hits_f1": round(f1, 4), "p": round(p, 4), "r": round(r, 4), "traps": traps}


def quality(corpus: Path, show: bool) -> None:
    """Print hits F1 with gold targets and, if extraction exists, with extract()."""
    matcher = Matcher(load_watchlist(corpus / "watchlist.toml"))
    rows = _rows(corpus)
    modes = {"gold targets": _gold_predictions}
    try:
        from monitor.extract import extract
    except ImportError:
        print("monitor.extract not importable: gold targets only")
    else:
        modes["extract()"] = lambda m, rs: _extract_predictions(m, rs, extract)
    for mode, predict in modes.items():
        preds = predict(matcher, rows)
        for part, subset in (
            ("tuned", [r for r in rows if not _held_out(r)]),
            ("held-out", [r for r in rows if _held_out(r)]),
            ("all", rows),
        ):
            print(f"{mode:>12} {part:>8} n={len(subset):3} {_score(subset, preds, False)}")
        if show:
            _score(rows, preds, True)


def _gold_predictions(matcher: Matcher, rows: list[dict]) -> dict[str, tuple[bool, set[str]]]:
    out = {}
    for row in rows:
        lab = row["labels"]
        action = Action(is_enforcement=lab["is_enforcement"], topics=lab["topics"] or [])
        action.targets = list(lab["targets"] or [])
        hits = matcher.match(_entry(row), action)
        out[row["id"]] = (action.alertworthy, {h.vendor for h in hits if h.alerts})
    return out


def _extract_predictions(matcher: Matcher, rows: list[dict], extract) -> dict:
    out = {}
    for row in rows:
        entry = _entry(row)
        action = extract(entry)
        hits = matcher.match(entry, action)
        out[row["id"]] = (action.alertworthy, {h.vendor for h in hits if h.alerts})
    return out


def _invented_vendors(n: int, rng: random.Random) -> list[Vendor]:
    syllables = ["ka", "lo", "mi", "zu", "ra", "ve", "ni", "to", "sa", "qu"]
    syllables += ["ex", "or", "an", "ul", "py", "th", "gr", "bl", "st"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(3, 4))).capitalize()

    vendors, seen = [], set()
    while len(vendors) < n:
        name = f"{word()} {rng.choice(['Labs', 'Analytics', 'Systems', 'AI', 'Data'])}"
        if normalise(name) in seen:
            continue
        seen.add(normalise(name))
        vendors.append(Vendor(name, aliases=[f"{name}, Inc."], related=[word()]))
    return vendors


def _entries(corpus: Path, count: int, rng: random.Random, naming: float) -> list[Entry]:
    """~3 KB entries; a share ``naming`` of them name watchlist vendors (the rest name none).

    naming=1 is the worst case: every entry is glued from corpus summaries, ~4.6 hits each.
    Real feeds are mostly other news: their entries are built from corpus sentences in which
    the corpus watchlist finds no vendor (they still hold other companies and common words).
    """
    rows = _rows(corpus)
    texts = [r["title"] + ". " + r["summary"] for r in rows]
    sample = Matcher(load_watchlist(corpus / "watchlist.toml"))
    clean = [
        s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s and not sample.vendors_named(s)
    ]
    out = []
    for i in range(count):
        if rng.random() < naming:
            body = " ".join(rng.sample(texts, 12))[:3000]
            title = texts[i % len(texts)][:120]
        else:
            body = " ".join(rng.sample(clean, 30))[:3000]
            title = rng.choice(clean)[:120]
        out.append(Entry(source="bench", title=title, body=body))
    return out


def _rate(matcher: Matcher, entries: list[Entry], action: Action) -> tuple[float, int]:
    t0 = time.perf_counter()
    hits = sum(len(matcher.match(e, action)) for e in entries)
    return len(entries) / (time.perf_counter() - t0), hits


def speed(corpus: Path) -> None:
    """Print entries/s at 10 and 10,000 vendors on two mixes, build time, ratio and memory."""
    rng = random.Random(7)
    mixes = {"worst (all name)": 1.0, "realistic (1 in 10)": 0.1}
    sets = {mix: _entries(corpus, 2000, rng, share) for mix, share in mixes.items()}
    real = load_watchlist(corpus / "watchlist.toml")
    action = Action(is_enforcement=True, targets=["Clarifai, Inc.", "Kurbo, Inc."])
    matchers = {}
    for n in (10, 10_000):
        vendors = real[:10] + _invented_vendors(n - 10, rng)
        builds = []
        for _ in range(3):
            t0 = time.perf_counter()
            matchers[n] = Matcher(vendors)
            builds.append(time.perf_counter() - t0)
        print(f"vendors={n:>6}: build {min(builds) * 1000:7.1f} ms (best of 3)")
    for mix, entries in sets.items():
        size = sum(len(e.title) + len(e.body) for e in entries) / len(entries)
        print(f"{mix}: {len(entries)} entries, mean {size:.0f} chars, one core")
        rates: dict[int, list[float]] = {10: [], 10_000: []}
        for _ in range(5):  # interleaved, best of 5: other processes share the machine
            for n, matcher in matchers.items():
                rate, hits = _rate(matcher, entries, action)
                rates[n].append(rate)
        best = {n: max(r) for n, r in rates.items()}
        for n in rates:
            print(f"  vendors={n:>6}: {best[n]:8.0f} entries/s (worst of 5 {min(rates[n]):6.0f})")
        print(f"  cost ratio 10,000 vs 10 vendors: {best[10] / best[10_000]:.2f}x, {hits} hits")
    _memory_in_child(corpus)


def _memory_in_child(corpus: Path) -> None:
    """Peak memory of a fresh process that builds the 10,000-vendor index and matches entries."""
    out = subprocess.run(
        [sys.executable, __file__, "memory", "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    print(out.stdout.rstrip())


def memory(corpus: Path) -> None:
    """Build the 10,000-vendor index, match 200 entries; print peak RSS and the index size."""
    base = _max_rss_mb()
    rng = random.Random(7)
    vendors = load_watchlist(corpus / "watchlist.toml")[:10] + _invented_vendors(9_990, rng)
    entries = _entries(corpus, 200, rng, 1.0)
    before = _max_rss_mb()
    matcher = Matcher(vendors)
    action = Action(is_enforcement=True, targets=["Clarifai, Inc.", "Kurbo, Inc."])
    for entry in entries:
        matcher.match(entry, action)
    peak = _max_rss_mb()
    del matcher
    tracemalloc.start()  # after the peak was read: tracing itself costs tens of MB
    kept = Matcher(vendors)
    index = tracemalloc.get_traced_memory()[0]
    del kept
    tracemalloc.stop()
    print(
        f"memory (fresh process): peak RSS {peak:.0f} MB (after imports {base:.0f} MB, "
        f"with vendors and entries {before:.0f} MB); index's Python objects {index / 1e6:.1f} MB"
    )


def _max_rss_mb() -> float:
    """Peak resident memory of this process image (VmHWM: ru_maxrss would count the parent's)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", choices=("quality", "speed", "memory"))
    ap.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/corpus"
    )
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    if args.what == "quality":
        quality(args.corpus, args.show_errors)
    elif args.what == "speed":
        speed(args.corpus)
    else:
        memory(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
