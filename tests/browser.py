"""A real headless Chromium (Debian's) driven by selenium, for the browser tests.

Without chromium and chromium-driver installed, browser tests are skipped on a
developer's machine and FAIL in CI (``CI=true``), so a missing install is never hidden.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Flags that work in this sandbox (and in CI, which runs as root): no sandbox, no GPU,
# nothing that reaches out to the network on its own.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
]


def missing(what: str) -> None:
    message = f"{what} (Debian: apt-get install -y chromium chromium-driver)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs a real browser for the browser tests: {message}")
    pytest.skip(message)


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium(profile: Path) -> Iterator[Any]:
    """A selenium driver for headless Chromium with its profile in ``profile``."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium is not installed (it is in the `test` extra)")
    binary = _find("chromium", "chromium-browser")
    driver_path = _find("chromedriver", "/usr/lib/chromium/chromedriver")
    if binary is None or driver_path is None:
        missing("chromium or chromedriver is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # With the driver's path given, selenium does not run Selenium Manager (no downloads).
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()
