"""History benchmarks (run by hand): import throughput, and query latency on a million entries.

    PYTHONPATH=. python bench/bench_history.py [--entries 1000000] [--import-entries 100000]
        [--dir /tmp/regwatch-bench] [--runs 9]

1. ``regwatch import`` of N generated entries (the classify input shape), as a subprocess.
2. A database of M entries written with direct SQL (plausible actions and hits), then
   ``history --vendor``, ``search`` and ``vendor`` timed as subprocesses against ``--version``,
   and the same queries in-process.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.store import Store  # noqa: E402

VENDORS = [
    "Clarifai",
    "Clearview AI",
    "Amazon",
    "Meta",
    "Google",
    "Microsoft",
    "OpenAI",
    "Rite Aid",
]
REGULATORS = ["FTC", "ICO", "CNIL", "Texas AG", "Garante", "OAIC", "DSB", "CNPD"]
STAGES = ["complaint", "proposed_order", "final_order", "settlement", "fine", "court_order"]
WORDS = str.split(
    "regulator data privacy consent biometric photos scraping model algorithm deletion order "
    "settlement complaint penalty children location health app users training dataset faces "
    "voice recordings retention security breach court appeal ruling investigation commission "
    "market competition merger advertising cookies tracking browsing broker sale transfer "
    "agreement policy notice subscription refund fraud robocall deceptive claims warranty"
)
RNG = random.Random(7)


FILLER = [f"w{i}" for i in range(20_000)]
CUM = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(FILLER))))  # Zipf, like text


def sentence(n: int) -> str:
    """n words with a Zipf distribution, one topical word, one company-like token."""
    words = RNG.choices(FILLER, cum_weights=CUM, k=n)
    words[RNG.randrange(n)] = RNG.choice(WORDS)
    words.insert(RNG.randrange(n), f"Corp{RNG.randrange(50_000)}")
    return " ".join(words)


def import_file(path: Path, n: int) -> None:
    """n entries in the classify input shape: corpus texts, their targets renamed so that cases
    stay small (a case of 1,000 entries is not plausible and makes extraction's case look-up
    quadratic)."""
    templates = [
        json.loads(line)
        for name in ("dev.jsonl", "dev2.jsonl", "dev_stream.jsonl", "dev_stream2.jsonl")
        for line in (ROOT / "tests/fixtures/corpus" / name).open()
        if line.strip()
    ]
    with path.open("w") as fh:
        for i in range(n):
            t = templates[i % len(templates)]
            title, summary = t["title"], t["summary"]
            targets = (t.get("labels") or {}).get("targets") or []
            for name in sorted(targets, key=len, reverse=True):
                company = f"Company{i // 3} Labs"
                title, summary = title.replace(name, company), summary.replace(name, company)
            row = {
                "id": f"bench-{i}",
                "source": t["source"],
                "title": title,
                "summary": summary,
                "link": f"https://example.org/{i}",
                "published": f"{2015 + i % 11}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            }
            fh.write(json.dumps(row) + "\n")


def run(args: list[str], runs: int) -> tuple[float, float]:
    """Median and min wall time (ms) of the CLI as a subprocess."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "monitor", *args],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def bench_import(workdir: Path, n: int) -> None:
    src, db = workdir / "import.jsonl", workdir / "import.db"
    db.unlink(missing_ok=True)
    import_file(src, n)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "monitor", "--db", str(db), "import", str(src)],
        cwd=ROOT,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    took = time.perf_counter() - start
    print(f"import {n:,} entries: {took:.1f} s ({n / took:,.0f} entries/s)")


def entry_rows(i: int) -> tuple:
    day = f"{2000 + i % 26}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return (
        f"e{i:09d}",
        RNG.choice(["ftc-press", "news", "federal-register", "ico"]),
        "news",
        f"g{i}",
        f"https://example.org/{i}",
        sentence(8),
        sentence(30),
        "",
        day,
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:00Z",
        f"h{i}",
    )


def fill(db_path: Path, n: int) -> None:
    """n entries, one action each (2% enforcement), hits for 5% of entries."""
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA synchronous = OFF")
    for v in VENDORS:
        conn.execute(
            "INSERT INTO vendors (name, key, added_at) VALUES (?, ?, '2026-01-01')", [v, v.lower()]
        )
    start = time.perf_counter()
    for lo in range(0, n, 50_000):
        entries, actions, hits = [], [], []
        for i in range(lo, min(n, lo + 50_000)):
            e = entry_rows(i)
            entries.append(e)
            enf = RNG.random() < 0.02
            vendor = RNG.choice(VENDORS) if RNG.random() < (0.15 if enf else 0.04) else None
            target = vendor if vendor and enf else f"Corp{RNG.randrange(50_000)}"
            reg = RNG.choice(REGULATORS)
            actions.append((
                e[0], int(enf), json.dumps(RNG.sample(["data_sourcing", "model_deletion"], 1)
                                           if enf else []),
                reg if enf else None, json.dumps([target] if enf else []),
                RNG.choice([None, 1_500_000.0]) if enf else None,
                RNG.choice(STAGES) if enf else "none",
                f"{reg.lower()}:{target.lower()}" if enf else None,
                0.9 if enf else 0.1, "[]", "bench", e[8], "2026-01-01T00:00:00Z",
            ))  # fmt: skip
            if vendor:
                role = "target" if enf else "mention"
                hits.append((e[0], vendor, vendor, "title", 0, len(vendor), role, "name"))
        with conn:
            conn.executemany(f"INSERT INTO entries VALUES ({', '.join('?' * 12)}, NULL)", entries)
            conn.executemany(
                "INSERT INTO actions (entry_id, is_enforcement, topics, regulator, targets, "
                "amount_usd, action_stage, case_key, score, evidence, version, published_at, "
                f"extracted_at) VALUES ({', '.join('?' * 13)})",
                actions,
            )
            conn.executemany(f"INSERT INTO hits VALUES ({', '.join('?' * 8)})", hits)
    conn.execute("ANALYZE")
    conn.close()
    print(f"filled {n:,} entries in {time.perf_counter() - start:.0f} s")


def bench_queries(db: Path, runs: int) -> None:
    from monitor.cli.history import resolve_vendor
    from monitor.store.history import HistoryFilter, open_reader

    queries = {
        "history --vendor Clarifai": ["history", "--vendor", "Clarifai"],
        "search 'biometric Corp123'": ["search", "biometric Corp123"],
        "search 'consent' (a topical word)": ["search", "consent"],
        "search 'w1' (in most entries)": ["search", "w1"],
        "vendor Clearview AI": ["vendor", "Clearview AI"],
    }
    base, base_min = run(["--version"], runs)
    print(f"\nCLI subprocess, median of {runs} (min):")
    print(f"  --version: {base:.0f} ms ({base_min:.0f})")
    for label, args in queries.items():
        med, low = run(["--db", str(db), *args], runs)
        print(f"  {label}: {med:.0f} ms ({low:.0f}) = --version + {med - base:.0f} ms")
    reader = open_reader(db)
    assert reader is not None
    checks = {
        "history_rows(vendor)": lambda: reader.history_rows(
            HistoryFilter(vendor=resolve_vendor(reader, "Clarifai")[0])
        ),
        "search_entries(biometric Corp123)": lambda: reader.search_entries("biometric Corp123"),
        "search_entries(consent)": lambda: reader.search_entries("consent"),
        "search_entries(w1)": lambda: reader.search_entries("w1"),
        "dossier_rows + coverage": lambda: (
            reader.dossier_rows(HistoryFilter(vendor="Clearview AI")),
            reader.coverage(),
        ),
    }
    print("\nin-process, median of 20:")
    for label, fn in checks.items():
        times = []
        for _ in range(20):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {label}: {statistics.median(times):.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--import-entries", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/regwatch-bench"))
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--skip-import", action="store_true")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if not args.skip_import:
        bench_import(args.dir, args.import_entries)
    db = args.dir / f"history-{args.entries}.db"
    if not db.exists():
        fill(db, args.entries)
    bench_queries(db, args.runs)


if __name__ == "__main__":
    main()
