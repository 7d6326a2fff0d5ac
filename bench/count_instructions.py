"""Instructions per classified entry, counted by callgrind (run by hand; needs valgrind).

    python bench/count_instructions.py [--site DIR] [--lines N]

Wall-clock figures on a shared machine vary by half from one hour to the next; callgrind counts
instructions, which do not vary with the load, so two builds compare exactly. This builds the
wheel as users install it (the extractor compiled by mypyc) unless ``--site`` names a directory
it is already installed in, classifies 600 of the speed benchmark's ~3 KB entries (after 200 to
warm up, with the Title Case dictionary loaded) and prints instructions per entry: the count of a
run over 800 entries minus that of a run over the first 200. PYTHONHASHSEED is fixed, as set and
dict order otherwise moves the count by a few thousand.

``--lines N`` also prints the N Python lines of the extractor costing most per entry, callees
included, read from the C that mypyc wrote under ``build/`` (each C line is charged to the
Python line named by the next error branch after it, so read the figures as approximate).
"""

from __future__ import annotations

import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_classify import article_rows  # noqa: E402

WARM, MEASURED = 200, 600
DRIVER = """
import os, sys
from monitor.classify import classify_stream
import monitor.extract, monitor.extract_titlecase
if not monitor.extract.__file__.endswith(".so"):
    sys.exit("the extractor is not compiled: " + monitor.extract.__file__)
monitor.extract_titlecase._in_dictionary("word")  # its one-time load is not per entry
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as inp, open(os.devnull, "w") as out:
        classify_stream(inp, out, None)
"""


def build(tmp: Path) -> Path:
    """Build and install the wheel into ``tmp/site``, as `pip install .` would compile it."""
    wheels, site = tmp / "wheel", tmp / "site"
    pip = [sys.executable, "-m", "pip", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", str(ROOT), "-w", str(wheels)], check=True)
    found = glob.glob(str(wheels / "*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), *found], check=True)
    return site


def callgrind(site: Path, tmp: Path, out: Path, inputs: list[Path]) -> int:
    """Instructions callgrind counts for classifying ``inputs`` in one process."""
    env = dict(os.environ, PYTHONPATH=str(site), PYTHONHASHSEED="0")
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
    done = subprocess.run(
        [*cmd, str(tmp / "driver.py"), *map(str, inputs)],
        env=env,
        cwd=tmp,  # not the checkout: the installed package is the one imported
        capture_output=True,
        text=True,
    )
    m = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not m:
        sys.exit(f"callgrind failed:\n{done.stderr[-2000:]}")
    return int(m.group(1))


def line_costs(profile: Path) -> collections.Counter[tuple[str, int]]:
    """Inclusive cost per (Python file, line) of the compiled extractor in ``profile``."""
    sources = glob.glob(str(ROOT / "build" / "__native_*.c"))
    if not sources:
        sys.exit("no build/__native_*.c: --lines needs the C of the build (pip wheel .)")
    native = sources[0]
    lines = Path(native).read_text(encoding="utf-8").splitlines()
    where = re.compile(r'CPy_(?:AddTraceback|TypeErrorTraceback)\("([^"]+)", "[^"]+", (\d+)')
    owner: list[tuple[str, int] | None] = [None] * (len(lines) + 2)
    nxt = None
    for i in range(len(lines) - 1, -1, -1):  # each C line: the next error branch's Python line
        m = where.search(lines[i])
        nxt = (m.group(1), int(m.group(2))) if m else nxt
        owner[i + 1] = nxt
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--auto=yes", "--show-percs=no", str(profile)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    costs: collections.Counter[tuple[str, int]] = collections.Counter()
    inside, at = False, 0
    for row in text.splitlines():
        if row.startswith("-- Auto-annotated source:"):
            inside, at = row.endswith(Path(native).name), 0  # the path may be relative
            continue
        m = re.match(r"-- line (\d+) -", row)
        if m:
            at = int(m.group(1)) - 1
            continue
        m = re.match(r"\s*([\d,]+|\.)\s\s(=>)?", row)
        if not inside or not m:
            continue
        if not m.group(2):  # a source line; "=>" rows are the calls made on the line above
            at += 1
        key = owner[at] if at < len(owner) else None
        if key and m.group(1) != ".":
            costs[key] += int(m.group(1).replace(",", ""))
    return costs


def main() -> None:
    """Print instructions per entry, and with ``--lines`` the costliest Python lines."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="directory the wheel is installed in")
    ap.add_argument("--lines", type=int, default=0, help="print the N costliest Python lines")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        site = args.site.resolve() if args.site else build(tmp)
        (tmp / "driver.py").write_text(DRIVER, encoding="utf-8")
        rows = article_rows(WARM + MEASURED)
        warm, rest = tmp / "warm.jsonl", tmp / "rest.jsonl"
        warm.write_text("\n".join(rows[:WARM]) + "\n", encoding="utf-8")
        rest.write_text("\n".join(rows[WARM:]) + "\n", encoding="utf-8")
        full = callgrind(site, tmp, tmp / "full.out", [warm, rest])
        base = callgrind(site, tmp, tmp / "warm.out", [warm])
        print(f"{(full - base) / MEASURED:,.0f} instructions per entry ({MEASURED} entries)")
        if args.lines:
            a, b = line_costs(tmp / "full.out"), line_costs(tmp / "warm.out")
            per = {k: (a[k] - b.get(k, 0)) / MEASURED for k in a}
            for (path, line), cost in sorted(per.items(), key=lambda kv: -kv[1])[: args.lines]:
                src = (ROOT / path).read_text(encoding="utf-8").splitlines()
                code = src[line - 1].strip()[:80] if 0 < line <= len(src) else ""
                print(f"{cost:>10,.0f}  {path}:{line}  {code}")


if __name__ == "__main__":
    main()
