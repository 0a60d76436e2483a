"""The playground page at ``/``, in a real headless Chromium (Debian's) driven by selenium.

A real ``chatwriter serve --http`` on 127.0.0.1; the browser types a draft, waits for the
findings, checks the highlights and the decision, applies suggestions by keyboard and by
mouse, and keeps a screenshot in test-artifacts/playground.png.

Without chromium and chromium-driver installed the browser tests are skipped on a
developer's machine and FAIL in CI (``CI=true``), so a missing install is never hidden
(tests/browser.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.browser import chromium
from tests.helpers import REPO, Server, serving

DRAFT = "Hi! What colour is it? My card is 4111 1111 1111 1111. Pls check ur settings!!!"
CARD = "4111 1111 1111 1111"
SCREENSHOT = REPO / "test-artifacts" / "playground.png"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from serving()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from chromium(tmp_path_factory.mktemp("chromium-profile"))


# -- helpers over the page --------------------------------------------------------------------
def wait(driver: Any, condition: Callable[[], Any], what: str, timeout: float = 20) -> Any:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda _: condition())
    except TimeoutException:
        state = page_state(driver)
        raise AssertionError(f"timed out waiting for {what}; page: {state}") from None


def page_state(driver: Any) -> dict[str, Any]:
    return driver.execute_script(
        """
        const d = document.getElementById('decision');
        return {
          draft: document.getElementById('draft').value,
          decision: d.dataset.decision,
          busy: d.hasAttribute('aria-busy'),
          verdict: d.querySelector('.verdict').textContent,
          reason: d.querySelector('.reason').textContent,
          error: document.getElementById('error').textContent,
          marks: [...document.querySelectorAll('#preview mark.hl')].map(
            (m) => ({text: m.textContent, cls: m.className, title: m.title})),
          findings: [...document.querySelectorAll('#findings li')].map((li) => li.textContent),
          popover: !document.getElementById('popover').hidden,
        };
        """
    )


def marks(driver: Any) -> dict[str, str]:
    return {m["text"]: m["cls"] for m in page_state(driver)["marks"]}


def set_draft(driver: Any, text: str) -> None:
    """Replace the draft as a paste would (send_keys cannot type characters beyond the BMP)."""
    driver.execute_script(
        "const t = document.getElementById('draft'); t.value = arguments[0];"
        "t.dispatchEvent(new Event('input', {bubbles: true}));",
        text,
    )


def settled(driver: Any, draft: str) -> dict[str, Any] | None:
    """The page state once the answer for exactly this draft is shown, else None."""
    state = page_state(driver)
    if state["draft"] != draft or state["busy"] or not state["decision"]:
        return None
    shown = driver.execute_script(
        "return document.getElementById('preview').textContent === arguments[0]", draft
    )
    return state if shown else None


def open_page(driver: Any, server: Server) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(server.url + "/")
    wait(
        driver,
        lambda: driver.find_elements(By.CSS_SELECTOR, "#locale option[value='en-US']"),
        "the locales from /v1/locales",
    )
    Select(driver.find_element(By.ID, "locale")).select_by_value("en-US")


# -- the page itself, over plain HTTP -------------------------------------------------------------
def test_page_is_self_contained_and_locked_down(server: Server) -> None:
    status, headers, body = server.request("GET", "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode("utf-8")
    assert '<textarea id="draft"' in page and '<label for="draft">' in page
    # no CDN, no fonts or scripts from anywhere: everything is inline
    assert "http://" not in page and "https://" not in page and " src=" not in page
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert "script-src 'sha256-" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"


# -- the page in a real browser --------------------------------------------------------------------
@pytest.mark.slow
def test_playground_in_chromium(server: Server, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    open_page(driver, server)
    draft = driver.find_element(By.ID, "draft")
    draft.send_keys(DRAFT)  # typed key by key, as a person would
    state = wait(driver, lambda: settled(driver, DRAFT), "the findings of the draft")

    # the decision from /v1/hook: a card number blocks, with a reason that does not repeat it
    assert state["decision"] == "block" and state["verdict"] == "Block", state
    assert "payment card" in state["reason"] and "4111" not in state["reason"]
    # the findings, highlighted where they are, by what the policy makes of them
    found = marks(driver)
    assert found["colour"] == "hl act-warn"
    assert found[CARD] == "hl act-block"
    assert {"Pls", "ur", "!!!"} <= set(found)
    colour = next(m for m in state["marks"] if m["text"] == "colour")
    assert "British spelling" in colour["title"]  # the message on hover
    assert any("en.spelling-us.british-spelling" in f for f in state["findings"])

    # keyboard only: focus the highlight, Enter opens its message and suggestion, Enter applies
    mark = driver.find_element(By.XPATH, "//div[@id='preview']/mark[text()='colour']")
    driver.execute_script("arguments[0].focus()", mark)
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    wait(driver, lambda: page_state(driver)["popover"], "the finding's popover")
    popover = driver.find_element(By.ID, "popover").text
    assert "in US English write 'color'" in popover
    focused = driver.switch_to.active_element
    assert focused.text == "color" and "sug" in focused.get_attribute("class")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))
    focused.send_keys(Keys.ENTER)
    fixed = DRAFT.replace("colour", "color")
    state = wait(driver, lambda: settled(driver, fixed), "the draft with 'color'")
    assert "colour" not in marks(driver) and state["decision"] == "block"

    # by mouse, from the findings list: 'Pls' -> 'Please'
    button = driver.find_element(
        By.XPATH, "//ol[@id='findings']//button[contains(@class,'sug')][normalize-space()='Please']"
    )
    button.click()
    fixed = fixed.replace("Pls", "Please")
    wait(driver, lambda: settled(driver, fixed), "the draft with 'Please'")

    # UTF-16: characters beyond the BMP before the finding (two code units each in JS)
    wide = "😀👍 What colour is it?"
    set_draft(driver, wide)
    # Wait for the answer itself: under load in CI the page once showed the previous
    # draft's decision for a moment (root cause not found; see the issue note).
    state = wait(
        driver,
        lambda: (st := settled(driver, wide)) and st["decision"] == "warn" and st,
        "the warn decision of the emoji draft",
    )
    assert list(marks(driver)) == ["colour"], state
    driver.find_element(By.XPATH, "//div[@id='preview']/mark[text()='colour']").click()
    wait(driver, lambda: page_state(driver)["popover"], "the finding's popover")
    driver.find_element(By.CSS_SELECTOR, "#popover button.sug").click()
    state = wait(driver, lambda: settled(driver, "😀👍 What color is it?"), "the emoji draft fixed")
    assert state["decision"] == "allow" and state["marks"] == []

    # "Apply safe fixes" goes through /v1/rewrite
    draft.clear()
    draft.send_keys("Pls check ur settings!!!")
    state = wait(driver, lambda: settled(driver, "Pls check ur settings!!!"), "the textspeak draft")
    assert state["decision"] == "warn"
    driver.find_element(By.ID, "fix-all").click()
    state = wait(driver, lambda: settled(driver, "Please check your settings!"), "the safe fixes")
    assert state["decision"] == "allow" and state["error"] == ""

    # nothing went wrong in the page (a CSP violation or a script error would show here)
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
    # and the server's log has none of the drafts
    log = server.log_text()
    assert "POST /v1/hook 200" in log and "POST /v1/rewrite 200" in log and "GET / 200" in log
    for secret in ("colour", "4111", "Pls", "settings", "😀"):
        assert secret not in log


@pytest.mark.slow
def test_playground_with_a_token(browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    srv = Server("--token", "s3cret-token")
    try:
        status, _, _ = srv.request("GET", "/")
        assert status == 200  # the page itself needs no token; its API calls do
        driver = browser
        driver.get(srv.url + "/")
        wait(
            driver,
            lambda: "needs an access token" in page_state(driver)["error"],
            "the request for a token",
        )
        assert driver.find_element(By.ID, "token-box").get_attribute("open") is not None
        token = driver.find_element(By.ID, "token")
        token.send_keys("s3cret-token", Keys.ENTER)
        wait(
            driver,
            lambda: driver.find_elements(By.CSS_SELECTOR, "#locale option[value='en-GB']"),
            "the locales once the token is given",
        )
        from selenium.webdriver.support.ui import Select

        Select(driver.find_element(By.ID, "locale")).select_by_value("en-GB")
        driver.find_element(By.ID, "draft").send_keys("What color is it?")
        state = wait(driver, lambda: settled(driver, "What color is it?"), "the findings")
        assert state["decision"] == "warn" and list(marks(driver)) == ["color"]
        assert state["error"] == ""
        assert "s3cret-token" not in srv.log_text()
    finally:
        srv.stop()
        srv.log.close()
