"""Split the dev corpus by case into a tune part and a held-out part (run by hand).

A case's lines all go to one side: sha1(case_key) % 3 == 0 -> held-out, else tune; the tune part
is also written as fold1/fold2 (sha1 % 3 == 1 / 2) to check that a change helps both.

    python bench/split.py [CORPUS_DIR] [OUT_DIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
DEFAULT_OUT = Path(__file__).resolve().parent / "out"


def fold(case_key: str) -> int:
    """The case's fold: 0 is held out; 1 and 2 are the tune part (checked one against the other)."""
    return int(hashlib.sha1(case_key.encode()).hexdigest(), 16) % 3


def is_heldout(case_key: str) -> bool:
    """True when the case belongs to the held-out part."""
    return fold(case_key) == 0


def split(corpus: Path, out: Path) -> tuple[int, int]:
    """Write tune.jsonl and heldout.jsonl under ``out``; return their line counts."""
    out.mkdir(parents=True, exist_ok=True)
    tune, held, folds = [], [], {1: [], 2: []}
    for path in sorted(corpus.glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = row.get("case_key") or row["id"]
                (held if is_heldout(key) else tune).append(line)
                if not is_heldout(key):
                    folds[fold(key)].append(line)
    (out / "tune.jsonl").write_text("\n".join(tune) + "\n", encoding="utf-8")
    (out / "heldout.jsonl").write_text("\n".join(held) + "\n", encoding="utf-8")
    for k, lines in folds.items():
        (out / f"fold{k}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "all.jsonl").write_text("\n".join(tune + held) + "\n", encoding="utf-8")
    return len(tune), len(held)


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    n_tune, n_held = split(corpus, out)
    print(f"tune {n_tune} lines, held-out {n_held} lines -> {out}")
