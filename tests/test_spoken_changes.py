"""`inspect --spoken`: what the narrator will say differently from the page, each change once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _inspect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiobook.cli", "inspect", str(SAMPLES / "lighthouse.epub"), *args],
                          capture_output=True, text=True, cwd=ROOT, check=True, timeout=300)


def test_each_change_is_listed_once_with_how_often_and_where_first(tmp_path: Path) -> None:
    lexicon = tmp_path / "names.txt"
    lexicon.write_text("[en]\nAmbrose = Am-brohz\n", encoding="utf-8")
    lines = _inspect("--spoken", "--lexicon", str(lexicon)).stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Read differently from the page"))
    changes = lines[start + 1:]
    # a quote or a stop both sides share is not part of the change: '"Dr.' and 'Dr.' are one change, heard twice
    assert "  c002-s0004  Dr. → Doctor ×2" in changes
    assert "  c001-s0003  Mr. → Mister" in changes and "  c002-s0010  02.15 → two fifteen" in changes
    assert any(line.endswith("Ambrose → Am-brohz ×5") for line in changes), changes  # the lexicon's, counted
    assert lines[start] == f"Read differently from the page ({len(changes)} distinct changes; fix one with --lexicon):"
    assert len({line.split("  ")[2] for line in changes}) == len(changes)


def test_the_changes_are_in_the_json_and_a_book_read_as_written_says_so() -> None:
    document = json.loads(_inspect("--spoken", "--json").stdout)
    assert {"written": "Dr.", "heard": "Doctor", "count": 2,
            "first_segment": "c002-s0004"} in document["spoken_changes"]
    assert "spoken_changes" not in json.loads(_inspect("--json").stdout)
    plain = subprocess.run([sys.executable, "-m", "audiobook.cli", "inspect", str(SAMPLES / "polyglot.epub"),
                            "--spoken"], capture_output=True, text=True, cwd=ROOT, check=True, timeout=300).stdout
    assert plain.rstrip().endswith("Read as written: normalization and the lexicon change nothing.")


def test_words_joined_by_a_dash_are_changes_of_their_own() -> None:
    from audiobook.outputs.spoken_changes import spoken_changes

    changes = spoken_changes([("c001-s0001", "a thing—viz. the 30th.—After that, viz. nothing",
                               "a thing—namely the thirtieth.—After that, namely nothing")])
    assert [(c.written, c.heard, c.count) for c in changes] == [("viz.", "namely", 2), ("30th", "thirtieth", 1)]
