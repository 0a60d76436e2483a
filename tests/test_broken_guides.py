"""A corpus of broken guides and configs: each must exit 2 naming file, line and column.

Each file in tests/broken/ starts with ``# expect: [FILE:]LINE:COL text``: the error must be
reported at that position (in FILE when the problem is in another file) and contain text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import run_cli

BROKEN = Path(__file__).parent / "broken"
CASES = sorted(BROKEN.glob("*.yaml"))
EXPECT = re.compile(
    r"^# expect: (?:(?P<file>[\w.-]+\.yaml):)?(?P<line>\d+):(?P<col>\d+) (?P<text>.+)$"
)


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_broken_file_exits_2_with_position(path: Path, tmp_path: Path) -> None:
    header = path.read_text(encoding="utf-8").splitlines()[0]
    m = EXPECT.match(header)
    assert m, f"{path.name}: first line must be '# expect: LINE:COL text'"
    if path.name.startswith("config-"):
        proc = run_cli("lint", "--config", str(path), "-", stdin="Hello.", cwd=tmp_path)
    else:
        proc = run_cli("validate", "--isolated", "--no-examples", str(path), cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    where = BROKEN / m["file"] if m["file"] else path
    expected = f"{where}:{m['line']}:{m['col']}: "
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith(expected)]
    assert lines, f"no error at {expected} in:\n{proc.stderr}"
    assert any(m["text"] in ln for ln in lines), proc.stderr
