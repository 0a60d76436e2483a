"""The HTML report in a real headless Chromium: charts drawn, table sorts, prints.

Slow (a browser start): ``pytest -m slow``, which .ci/run runs after the main suite. The
screenshot goes to the test's temporary directory and to test-artifacts/report.png.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chatwriter import Linter
from chatwriter.report import aggregate, read_transcripts
from chatwriter.report.html import render
from tests.browser import chromium
from tests.helpers import REPO
from tests.test_report import _write_jsonl, seeded_conversations

pytestmark = pytest.mark.slow
ARTIFACT = REPO / "test-artifacts" / "report.png"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from chromium(tmp_path_factory.mktemp("chromium-profile"))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    conversations, _ = seeded_conversations(7, 120)
    data = aggregate(
        Linter(locale="en-US"), read_transcripts(_write_jsonl(folder / "t.jsonl", conversations))
    )
    path = folder / "report.html"
    path.write_text(render(data), "utf-8")
    return path


def _column(driver: Any, index: int) -> list[float]:
    return driver.execute_script(
        "return [...document.querySelectorAll('table.sortable tbody tr')]"
        ".map(r => parseFloat(r.cells[arguments[0]].dataset.value));",
        index,
    )


def test_report_renders_sorts_and_prints(browser: Any, page: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(page.as_uri())
    charts = driver.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) >= 4  # per team, per operator, trend, one scatter at least
    for chart in charts:
        box = chart.rect
        assert box["width"] > 100 and box["height"] > 50
        marks = chart.find_elements(By.CSS_SELECTOR, "rect, circle, polyline")
        assert marks, chart.get_attribute("aria-label")

    headers = driver.find_elements(By.CSS_SELECTOR, "table.sortable th")
    names = [h.text for h in headers]
    per_100 = names.index("Per 100")
    headers[per_100].click()
    ascending = _column(driver, per_100)
    assert ascending == sorted(ascending) and len(ascending) == 3
    assert headers[per_100].get_attribute("aria-sort") == "ascending"
    headers[per_100].click()
    assert _column(driver, per_100) == sorted(ascending, reverse=True)
    headers[0].click()
    authors = driver.execute_script(
        "return [...document.querySelectorAll('table.sortable tbody tr')]"
        ".map(r => r.cells[0].textContent);"
    )
    assert authors == sorted(authors, key=str.lower)

    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors

    pdf = driver.print_page()  # base64 PDF: the page prints
    assert len(pdf) > 1000

    shot = tmp_path / "report.png"
    driver.set_window_size(1280, 2600)
    assert driver.save_screenshot(str(shot))
    ARTIFACT.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACT)
