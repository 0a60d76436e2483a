"""Every benchmark, in the order a run takes them.

Importing a module of this package registers its benchmarks (``@benchmark``); the order
of a run is written here, once, rather than left to the order of imports.
"""

from __future__ import annotations

from . import (  # noqa: F401
    capabilities,
    grammar_batch,
    growth,
    internals,
    library,
    peers,
    processes,
    switches,
)
from .core import BENCHMARKS

ORDER = (
    "lint_many_en_us",
    "lint_many_all_locales",
    "lint_many_register",
    "lint_many_grammar_off",
    "lint_many_grammar_on",
    "linter_again",
    "lint_single",
    "spacy_tokenizer",
    "proselint_api",
    "proselint_cli",
    "write_good_cli",
    "alex_cli",
    "languagetool",
    "grammar_batch",
    "cold_start",
    "peak_rss",
    "batch_cli",
    "hook_stdio",
    "hook_http",
    "hook_cli",
    "qa_report",
    "spark",
    "growth_message_length",
    "growth_guide_size",
    "breakdown",
    "profile",
)

if set(ORDER) != set(BENCHMARKS):  # a new benchmark must be given its place in a run
    raise RuntimeError(
        f"ORDER and the registered benchmarks differ: {set(ORDER) ^ set(BENCHMARKS)}"
    )
