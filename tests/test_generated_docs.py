"""The rule reference and JSON Schemas in docs/ are generated from the guides and must be current."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO


def test_generated_docs_are_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "tools" / "gen_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr + "\nrun: python tools/gen_rule_docs.py"
