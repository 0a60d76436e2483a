"""Batch mode of the LanguageTool client: many texts asked for at once through a bounded
pool of connections, each language warmed up first, one retry after a timeout.

``Linter.lint_many`` opens a batch per chunk of messages of one locale, with what each
grammar rule would send (masked as the rule masks it); the rules then read the answers
from memory. The single-message path (the pre-send hook, ``Linter.lint``) does not use
it: one request, bounded by its deadline, as before. docs/grammar-batch.md has the policy.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from chatwriter.languagetool.api import MAX_CHARS, LanguageToolUnavailable, LTMatch

#: Simultaneous requests of a batch (:meth:`LanguageToolClient.batch`).
DEFAULT_CONNECTIONS = 4
#: The budget of a batch's warm-up request, one per language: a server loads a language
#: (rules, dictionaries) on its first check, 10-20 s each on a 2-core machine.
DEFAULT_WARMUP_MS = 60_000
#: The text of a warm-up request: any text makes the server load the language.
WARMUP_TEXT = "OK, thank you."

Key = tuple[str, str]  # (server language, text sent)


@dataclass(slots=True)
class BatchStats:
    """What one :meth:`LanguageToolClient.batch` did; ``failed`` texts went unchecked."""

    texts: int = 0  # distinct texts asked for (cached ones included)
    cached: int = 0  # already answered before the batch
    requests: int = 0  # /v2/check requests sent, retries included (not warm-ups)
    retried: int = 0  # texts asked a second time after a timeout
    failed: int = 0  # texts without an answer: their messages' grammar is skipped
    warmed: list[str] = field(default_factory=list)  # languages warmed up by this batch


class BatchMixin:
    """The batch methods of ``LanguageToolClient`` (which defines what is declared here)."""

    url: str
    timeout_ms: int
    disabled_rules: frozenset[str]
    connections: int
    warmup_ms: int
    _lock: threading.Lock
    _cache: OrderedDict[Key, tuple[LTMatch, ...]]
    _pinned: dict[Key, list[Any]]
    _warmed: set[str]
    _request: Callable[..., Any]
    _budget: Callable[[float | None], Any]
    _budget_of: Callable[[int], Any]
    _language_for: Callable[[str, Any], str]
    _parse_check: Callable[[Any, str], list[LTMatch]]
    _remember: Callable[[Key, tuple[LTMatch, ...]], None]

    @contextlib.contextmanager
    def batch(
        self, requests: Iterable[tuple[str, str]], *, connections: int | None = None
    ) -> Iterator[BatchStats]:
        """Ask for every ``(text, locale)`` now, ``connections`` at a time (default
        :attr:`connections`); inside the ``with`` block :meth:`check` answers them from
        memory, and after it they are forgotten (what the LRU cache keeps stays).

        Before the first text of a language, one small request with a budget of
        ``warmup_ms`` lets the server load it. A text whose request times out is asked
        once more; a timeout here never makes the client back off, so one slow answer
        does not cost the rest of the batch its grammar. A text that still gets no answer
        is remembered with its note: :meth:`check` raises it without asking a third time.
        Texts :meth:`check` would not send (too long, a language the server lacks) are
        left to it. The texts must be what :meth:`check` will be given: masked already.
        """
        stats = BatchStats()
        keys: list[Key] = []
        try:
            todo = self._pin_known(requests, keys, stats)
            workers = max(1, min(connections or self.connections, len(todo) or 1))
            if todo:
                with ThreadPoolExecutor(workers, thread_name_prefix="languagetool") as pool:
                    languages = sorted({language for language, _ in todo} - self._warmed)
                    for language, warmed in zip(
                        languages, pool.map(self._warm_up, languages), strict=True
                    ):
                        if warmed:
                            stats.warmed.append(language)
                    for key, (answer, sent) in zip(todo, pool.map(self._fetch, todo), strict=True):
                        stats.requests += sent
                        stats.retried += sent > 1
                        stats.failed += isinstance(answer, LanguageToolUnavailable)
                        with self._lock:
                            self._pinned[key][0] = answer
                            if not isinstance(answer, LanguageToolUnavailable):
                                self._remember(key, answer)
            yield stats
        finally:
            with self._lock:
                for key in keys:
                    entry = self._pinned.get(key)
                    if entry is not None:
                        entry[1] -= 1
                        if entry[1] <= 0:
                            del self._pinned[key]

    def _pin_known(
        self, requests: Iterable[tuple[str, str]], keys: list[Key], stats: BatchStats
    ) -> list[Key]:
        """Pin a batch's keys (``keys`` gets each once); the keys still to ask for."""
        todo: list[Key] = []
        seen: set[Key] = set()
        for text, locale in requests:
            if len(text) > MAX_CHARS or not text.strip():
                continue  # check() says why, or sends nothing
            try:
                language = self._language_for(locale, self._budget(None))
            except LanguageToolUnavailable:
                continue  # check() raises the same note (the server is down or lacks it)
            key = (language, text)
            if key in seen:
                continue
            seen.add(key)
            stats.texts += 1
            with self._lock:
                entry = self._pinned.get(key)
                if entry is not None:  # another batch holds it (asked for or answered)
                    entry[1] += 1
                    keys.append(key)
                    if entry[0] is None:
                        todo.append(key)  # not answered yet there: ask here too
                    continue
                cached = self._cache.get(key)
                self._pinned[key] = [cached, 1]
                keys.append(key)
            if cached is None:
                todo.append(key)
            else:
                stats.cached += 1
        return todo

    def _warm_up(self, language: str) -> bool:
        """One small check in ``language`` with the long budget; whether it answered."""
        budget = self._budget_of(self.warmup_ms)
        try:
            self._request(
                "/v2/check", {"language": language, "text": WARMUP_TEXT}, budget, batch=True
            )
        except LanguageToolUnavailable as exc:
            if "did not answer" not in exc.what:
                return False  # refused or broken: the batch's own requests will say so
        # A warm-up that timed out is not repeated: the language is loading by now.
        with self._lock:
            self._warmed.add(language)
        return True

    def _fetch(self, key: Key) -> tuple[tuple[LTMatch, ...] | LanguageToolUnavailable, int]:
        """The answer for one key of a batch (a second try after a timeout), or the
        failure; and how many requests it took."""
        language, text = key
        form = {"language": language, "text": text}
        try:
            body = self._request("/v2/check", form, self._budget(None), batch=True)
            sent = 1
        except LanguageToolUnavailable as exc:
            if not exc.what.startswith("did not answer"):
                return exc, 1
            try:  # once more: one slow answer is no reason to skip the message
                body = self._request("/v2/check", form, self._budget(None), batch=True)
                sent = 2
            except LanguageToolUnavailable as again:
                if again.what.startswith("did not answer"):
                    again = LanguageToolUnavailable(
                        self.url, f"did not answer within {self.timeout_ms} ms, twice"
                    )
                return again, 2
        try:
            matches = self._parse_check(body, text)
        except LanguageToolUnavailable as exc:
            return exc, sent
        return tuple(m for m in matches if m.rule_id not in self.disabled_rules), sent
