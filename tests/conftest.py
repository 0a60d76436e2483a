from __future__ import annotations

import pytest

from chatwriter import Linter


@pytest.fixture(scope="session")
def linter_us() -> Linter:
    return Linter(locale="en-US")


@pytest.fixture(scope="session")
def linter_gb() -> Linter:
    return Linter(locale="en-GB")
