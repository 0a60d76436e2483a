"""A corpus of broken guides and configs: each must exit 2 naming file, line and column.

Each file in tests/broken/ starts with ``# expect: [FILE:]LINE:COL text``: the error must be
reported at that position (in FILE when the problem is in another file) and contain text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from chatwriter.cli import main

BROKEN = Path(__file__).parent / "broken"
CASES = sorted(BROKEN.glob("*.yaml"))
EXPECT = re.compile(
    r"^# expect: (?:(?P<file>[\w.-]+\.yaml):)?(?P<line>\d+):(?P<col>\d+) (?P<text>.+)$"
)


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 15


#: The first six cases (configs, by name) run in the 3-minute suite; the guide cases run
#: with ``pytest -m slow``, which CI runs after it.
QUICK = 6


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, marks=() if i < QUICK else pytest.mark.slow) for i, p in enumerate(CASES)],
    ids=[p.name for p in CASES],
)
def test_broken_file_exits_2_with_position(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = path.read_text(encoding="utf-8").splitlines()[0]
    m = EXPECT.match(header)
    assert m, f"{path.name}: first line must be '# expect: LINE:COL text'"
    monkeypatch.chdir(tmp_path)
    # In-process (the CLI's own code, a tenth of the console script's start-up).
    if path.name.startswith("config-"):
        proc = CliRunner().invoke(main, ["lint", "--config", str(path), "-"], input="Hello.")
    else:
        proc = CliRunner().invoke(main, ["validate", "--isolated", "--no-examples", str(path)])
    assert proc.exit_code == 2, proc.output
    where = BROKEN / m["file"] if m["file"] else path
    expected = f"{where}:{m['line']}:{m['col']}: "
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith(expected)]
    assert lines, f"no error at {expected} in:\n{proc.stderr}"
    assert any(m["text"] in ln for ln in lines), proc.stderr
