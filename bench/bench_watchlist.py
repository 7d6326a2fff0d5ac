"""Watchlist matching benchmarks, run by hand.

    PYTHONPATH=. python bench/bench_watchlist.py quality [--corpus ../shared/corpus] [--show-errors]
    PYTHONPATH=. python bench/bench_watchlist.py speed

quality: hits F1 and trap_false_alerts on every dev*.jsonl, split by case_key (sha1 % 3 == 0 is
held out), with the gold targets as ``action.targets`` and, when monitor/extract.py exists, with
the real ``extract()`` too.
speed: 10 and 10,000 invented vendors (each with an alias and a related name) against ~3 KB
entries: entries per second, index build time and memory.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import resource
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


def _entries(corpus: Path, count: int, rng: random.Random) -> list[Entry]:
    texts = [r["title"] + ". " + r["summary"] for r in _rows(corpus)]
    out = []
    for i in range(count):
        body = " ".join(rng.sample(texts, 12))[:3000]
        out.append(Entry(source="bench", title=texts[i % len(texts)][:120], body=body))
    return out


def speed(corpus: Path) -> None:
    """Print entries/s at 10 and 10,000 vendors, index build time and memory."""
    rng = random.Random(7)
    entries = _entries(corpus, 2000, rng)
    size = sum(len(e.title) + len(e.body) for e in entries) / len(entries)
    print(f"entries: {len(entries)}, mean {size:.0f} chars; one core, pid {os.getpid()}")
    real = load_watchlist(corpus / "watchlist.toml")
    action = Action(is_enforcement=True, targets=["Clarifai, Inc.", "Kurbo, Inc."])
    rates = {}
    for n in (10, 10_000):
        vendors = real[:10] + _invented_vendors(n - 10, rng)
        t0 = time.perf_counter()
        matcher = Matcher(vendors)
        build = time.perf_counter() - t0
        tracemalloc.start()  # separately: tracing slows the build several times over
        Matcher(vendors)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        t0 = time.perf_counter()
        hits = sum(len(matcher.match(e, action)) for e in entries)
        elapsed = time.perf_counter() - t0
        rates[n] = len(entries) / elapsed
        print(
            f"vendors={n:>6}: build {build * 1000:7.1f} ms, index peak {peak / 1e6:6.1f} MB, "
            f"{rates[n]:8.0f} entries/s, {hits} hits"
        )
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"cost ratio 10,000 vs 10 vendors: {rates[10] / rates[10_000]:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", choices=("quality", "speed"))
    ap.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared/corpus"
    )
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    if args.what == "quality":
        quality(args.corpus, args.show_errors)
    else:
        speed(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
