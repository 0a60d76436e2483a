"""Linting many messages from the CLI: optional worker processes and a progress bar.

Workers are forked after the guides are compiled, so each inherits the compiled
Linter instead of compiling again (start-up costs as much as 10,000 messages).
Reports come back in input order, a chunk at a time (:func:`lint_stream`), so a caller
can write each chunk before the next is linted and hold only one chunk of reports.

With a LanguageTool server, each chunk's grammar requests go through a bounded pool of
connections (``grammar_connections``; ``Linter.lint_many``); with worker processes the
connections are shared out between them, so the server never sees more than
``max(grammar_connections, jobs)`` requests at once. :func:`grammar_unchecked` counts the
messages whose grammar went unchecked, for the notice at the end of a run.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from functools import partial
from itertools import islice

import click

from chatwriter.linter import Linter
from chatwriter.model import Message, Report

_CHUNK = 512
#: The compiled Linter a forked worker inherits; set only in the parent, just before forking.
_INHERITED: Linter | None = None


def _lint_chunk(
    messages: list[Message], fix: bool = False, grammar_connections: int | None = None
) -> list[Report]:
    assert _INHERITED is not None, "worker started without a compiled Linter"
    return list(_INHERITED.lint_many(messages, fix=fix, grammar_connections=grammar_connections))


def grammar_unchecked(report: Report) -> bool:
    """Whether LanguageTool did not check the message (its note is in ``skipped``)."""
    return any(note.startswith("grammar: LanguageTool") for note in report.skipped)


def _chunks(messages: Sequence[Message]) -> Iterator[list[Message]]:
    it = iter(messages)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def lint_stream(
    linter: Linter,
    messages: Sequence[Message],
    jobs: int = 1,
    *,
    fix: bool = False,
    grammar_connections: int | None = None,
) -> Iterator[list[Report]]:
    """Reports for every message, in order, one chunk at a time; a progress bar on stderr
    when it is a terminal. ``fix=True`` fills each report's ``fixed`` (the fix step);
    ``grammar_connections``: simultaneous LanguageTool requests (default: the client's)."""
    show = sys.stderr.isatty() and len(messages) > _CHUNK
    bar = (
        click.progressbar(length=len(messages), label="linting", file=sys.stderr)
        if show
        else nullcontext()
    )
    with bar as progress:
        if (
            jobs <= 1
            or len(messages) <= _CHUNK
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            for chunk in _chunks(messages):
                batch = list(
                    linter.lint_many(chunk, fix=fix, grammar_connections=grammar_connections)
                )
                if progress is not None:
                    progress.update(len(batch))
                yield batch
            return
        global _INHERITED
        _INHERITED = linter
        client = linter.languagetool
        total = grammar_connections or (client.connections if client is not None else 1)
        each = max(1, total // jobs)  # the workers share the connections out
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                work = partial(_lint_chunk, fix=fix, grammar_connections=each)
                for batch in pool.imap(work, _chunks(messages)):
                    if progress is not None:
                        progress.update(len(batch))
                    yield batch
        finally:
            _INHERITED = None


def lint_all(
    linter: Linter,
    messages: Sequence[Message],
    jobs: int = 1,
    *,
    fix: bool = False,
    grammar_connections: int | None = None,
) -> list[Report]:
    """Reports for every message, in order (:func:`lint_stream`, gathered)."""
    stream = lint_stream(linter, messages, jobs, fix=fix, grammar_connections=grammar_connections)
    return [report for batch in stream for report in batch]
