"""Linting many messages from the CLI: optional worker processes and a progress bar.

Workers are forked after the guides are compiled, so each inherits the compiled
Linter instead of compiling again (start-up costs as much as 10,000 messages).
Reports come back in input order.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from itertools import islice

import click

from chatwriter.linter import Linter
from chatwriter.model import Message, Report

_CHUNK = 512
#: The compiled Linter a forked worker inherits; set only in the parent, just before forking.
_INHERITED: Linter | None = None


def _lint_chunk(messages: list[Message]) -> list[Report]:
    assert _INHERITED is not None, "worker started without a compiled Linter"
    reports = list(_INHERITED.lint_many(messages))
    for report in reports:
        _ = report.fixed  # computed here, so the parent receives plain data
    return reports


def _chunks(messages: Sequence[Message]) -> Iterator[list[Message]]:
    it = iter(messages)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def lint_all(linter: Linter, messages: Sequence[Message], jobs: int = 1) -> list[Report]:
    """Reports for every message, in order; a progress bar on stderr when it is a terminal."""
    show = sys.stderr.isatty() and len(messages) > _CHUNK
    bar = (
        click.progressbar(length=len(messages), label="linting", file=sys.stderr)
        if show
        else nullcontext()
    )
    reports: list[Report] = []
    with bar as progress:
        if (
            jobs <= 1
            or len(messages) <= _CHUNK
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            batches = (list(linter.lint_many(chunk)) for chunk in _chunks(messages))
            for batch in batches:
                reports.extend(batch)
                if progress is not None:
                    progress.update(len(batch))
            return reports
        global _INHERITED
        _INHERITED = linter
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                for batch in pool.imap(_lint_chunk, _chunks(messages)):
                    reports.extend(batch)
                    if progress is not None:
                        progress.update(len(batch))
        finally:
            _INHERITED = None
    return reports
