"""Classification throughput on article-length entries (run by hand; prints entries/s).

    PYTHONPATH=. python bench/bench_classify.py [N] [REPEATS]
    PYTHONPATH=. python bench/bench_classify.py --dump FILE [N]   # write the inputs as JSONL

The figure that counts is the compiled extractor's, as `pip install .` builds it (setup.py):
    pip wheel --no-deps . -w /tmp/w && pip install --no-deps --target /tmp/site /tmp/w/*.whl
    cd /tmp && BENCH_INSTALLED=1 PYTHONPATH=/tmp/site python CHECKOUT/bench/bench_classify.py

Each entry is a corpus line whose body is built from other corpus summaries up to ~3 KB, so the
extractor scans title, summary and an article-sized body as it would for a fetched press release.
The entries are read from a file and the results written to the null device, as
`regwatch classify FILE > out.jsonl` does (an io.StringIO reads a line of non-ASCII text at a
third of a file's speed: it made up 5% of the measured time).
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("BENCH_INSTALLED"):  # else the installed package, compiled or not
    sys.path.insert(0, str(ROOT))

from monitor.classify import classify_stream  # noqa: E402
from monitor.extract_lexicon import default_lexicon  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def article_rows(n: int, size: int = 3000) -> list[str]:
    """``n`` JSONL lines with ~``size``-character bodies built from corpus summaries."""
    rows = [
        json.loads(x)
        for p in sorted(CORPUS.glob("dev*.jsonl"))
        for x in p.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    out = []
    for i in range(n):
        row = dict(rows[i % len(rows)])
        parts, j = [], i
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rows[j % len(rows)]["summary"])
            j += 7
        row["body"] = " ".join(parts)[:size]
        row["id"] = f"b{i}"
        out.append(json.dumps(row))
    return out


def main() -> None:
    """Print the lexicon size and the best, median and worst entries/s of several runs."""
    args = sys.argv[1:]
    if args[:1] == ["--dump"]:  # the bench's inputs, for output comparisons across changes
        n = int(args[2]) if len(args) > 2 else 5000
        Path(args[1]).write_text("\n".join(article_rows(n)) + "\n", encoding="utf-8")
        return
    n = int(args[0]) if args else 5000
    repeats = int(args[1]) if len(args) > 1 else 5
    t0 = time.perf_counter()
    lex = default_lexicon()
    print(f"lexicon: {lex.size} phrases compiled in {time.perf_counter() - t0:.3f} s")
    import monitor.extract

    kind = "compiled (mypyc)" if monitor.extract.__file__.endswith(".so") else "pure Python"
    print(f"extractor: {kind}, {monitor.extract.__file__}")
    lines = article_rows(n)
    avg = sum(len(json.loads(x)["body"]) + len(json.loads(x)["summary"]) for x in lines) / n
    data = "\n".join(lines) + "\n"
    classify_stream(io.StringIO(data[:20000].rsplit("\n", 1)[0] + "\n"), io.StringIO(), None)
    # the machine is shared and noisy: the best of several runs, with the range
    # wall clock, and the CPU time the process itself got (which time slices handed to other
    # processes on a busy machine do not inflate)
    rates, cpu_rates = [], []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "entries.jsonl"
        path.write_text(data, encoding="utf-8")
        for _ in range(repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            with path.open(encoding="utf-8") as inp, open(os.devnull, "w") as out:
                count = classify_stream(inp, out, None)
            rates.append(count / (time.perf_counter() - t0))
            cpu_rates.append(count / (time.process_time() - c0))
    rates.sort()
    cpu_rates.sort()
    print(
        f"{n} entries, avg {avg:.0f} chars of text, {repeats} runs: best {rates[-1]:,.0f} "
        f"entries/s, median {rates[len(rates) // 2]:,.0f}, worst {rates[0]:,.0f}; per CPU "
        f"second: best {cpu_rates[-1]:,.0f}, median {cpu_rates[len(cpu_rates) // 2]:,.0f}, "
        f"worst {cpu_rates[0]:,.0f}"
    )


if __name__ == "__main__":
    main()
