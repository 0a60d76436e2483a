"""``chatwriter lint`` and ``chatwriter fix``: drafts in, findings or fixed drafts out."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from chatwriter.cli.common import (
    SEVERITY_CHOICES,
    allow_outside_option,
    color_option,
    config_option,
    grammar_connections_option,
    ignore_option,
    input_option,
    isolated_option,
    languagetool_option,
    locale_option,
    make_linter,
    quiet_option,
    reports_errors,
    select_option,
    show_personal_data_alias,
    show_pii_option,
)
from chatwriter.model import CATEGORIES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from chatwriter.inputs import Source
    from chatwriter.linter import Linter
    from chatwriter.selection import Selection

FORMAT_HELP = (
    "text: path:line:col: severity rule message, for people; json: one document with every "
    "result; jsonl: one result per line; sarif: SARIF 2.1.0 for code scanning; github: "
    "GitHub Actions annotations."
)

LINT_EXAMPLES = """\b
Examples:
  chatwriter lint --locale en-GB reply.txt
  printf 'Pls check ur settings' | chatwriter lint --locale en-US -
  chatwriter lint --select 'tone,en.spelling*' --ignore en.tone.robotic drafts/
  chatwriter lint --input jsonl --statistics --fail-on warning messages.jsonl
"""
FIX_EXAMPLES = """\b
Examples:
  chatwriter fix --locale en-US - < draft.txt > fixed.txt
  chatwriter fix --diff --locale en-GB replies/    # exit 1 if anything would change
  chatwriter fix --select spelling-variant --locale en-US replies/
  chatwriter fix --register formal --locale de-DE - < du-reply.txt
"""


@click.command(epilog=LINT_EXAMPLES)
@click.argument("paths", nargs=-1, required=True)
@locale_option
@input_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl", "sarif", "github"]),
    default="text",
    show_default=True,
    help=FORMAT_HELP,
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITY_CHOICES),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option(
    "--offsets",
    type=click.Choice(["str", "utf16"]),
    default="str",
    show_default=True,
    help="Offsets in JSON output: Python string indices or UTF-16 code units (JavaScript).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for large batches (forked after the guides are compiled).",
)
@grammar_connections_option
@show_pii_option
@show_personal_data_alias
@click.option(
    "--sarif-base-uri",
    metavar="URL",
    default="",
    help="Prefix for the helpUri of each SARIF rule (default: relative, "
    "docs/rules/<locale>.md#<rule>), e.g. https://github.com/ORG/chatwriter/blob/main/",
)
@select_option
@ignore_option
@click.option(
    "--statistics",
    is_flag=True,
    help="Print one line per rule with its count (most frequent first) instead of the "
    "findings (text or json).",
)
@quiet_option
@color_option
@config_option
@isolated_option
@allow_outside_option
@languagetool_option
@reports_errors
def lint(
    paths: tuple[str, ...],
    locale: str | None,
    input_mode: str,
    fmt: str,
    fail_on: str,
    offsets: str,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
    languagetool_url: str | None,
    jobs: int,
    grammar_connections: int | None,
    show_pii: bool,
    show_personal_data: bool,
    sarif_base_uri: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    statistics: bool,
    quiet: bool,
    color_choice: str,
) -> None:
    """Check drafts in PATHS (files, directories, or - for stdin)."""
    from chatwriter.batch import lint_stream
    from chatwriter.cli.output import Tally, use_color, without_summary, write_statistics
    from chatwriter.formats import Result, get_writer
    from chatwriter.inputs import expand, items, read_source
    from chatwriter.model import Severity
    from chatwriter.selection import SelectedFixer, Selection

    if statistics and fmt not in ("text", "json"):
        raise click.UsageError(f"--statistics prints text or json, not --format {fmt}")
    selection = Selection.parse(select, ignore)
    linter = make_linter(locale, config, isolated, languagetool_url, allow_outside)
    files = expand(paths, input_mode)
    gathered = [item for path in files for item in items(read_source(path), input_mode, locale)]
    if selection:
        _check_selection(linter, selection, {item.message.locale for item in gathered})
    # Only the JSON outputs show the rewrite: the fix step runs for them alone, before
    # masking; writing never lints.
    fix = fmt in ("json", "jsonl") and not statistics
    narrowing = SelectedFixer(linter, selection) if selection else None
    fixing, messages = fix and narrowing is None, [item.message for item in gathered]
    batches = lint_stream(
        linter, messages, jobs, fix=fixing, grammar_connections=grammar_connections
    )
    masking = not (show_pii or show_personal_data)
    tally = Tally(selection)

    def results() -> Iterator[Result]:
        done = 0
        for batch in batches:
            for item, report in zip(gathered[done : done + len(batch)], batch, strict=True):
                if narrowing is not None:
                    # Personal-data findings stay until masking has seen them, then go.
                    report = narrowing.narrow(report, item.message, fix=fix)
                if masking:
                    report = linter.masked(report)
                if narrowing is not None:
                    report = narrowing.drop_unselected(report)
                yield tally.add(Result(item.path, item.line, report, item.raw))
            done += len(batch)

    color = fmt == "text" and use_color(color_choice)
    if fix:
        # Streamed: each chunk of results is printed before the next is linted.
        from chatwriter.formats.json import line_pieces, pieces

        write = pieces if fmt == "json" else line_pieces
        out: list[str] = []
        for piece in write(results(), utf16=offsets == "utf16"):
            out.append(piece)
            if len(out) >= 256:
                click.echo("".join(out), nl=False)
                out.clear()
        click.echo("".join(out), nl=False)
    else:
        shown = list(results())
        if statistics:
            text = write_statistics(shown, fmt, color=color, summary=not quiet)
        else:
            text = get_writer(fmt)(
                shown,
                color=color,
                utf16=offsets == "utf16",
                linter=linter,
                base_uri=sarif_base_uri,
            )
            if quiet and fmt == "text":
                text = without_summary(text)
        click.echo(text, nl=False, color=color)
    if not quiet:
        # Rules that could not run (LanguageTool down, a regex timeout): say so, once each.
        for note in tally.all_notes():
            click.echo(f"note: {note}", err=True)
        if selection:
            _note_personal_data(tally.kept_anyway)
    failed = tally.worst >= Severity(fail_on).rank
    sys.exit(1 if failed else 0)


@click.command(epilog=FIX_EXAMPLES)
@click.argument("paths", nargs=-1, required=True)
@locale_option
@input_option
@click.option("--unsafe", is_flag=True, help="Also apply unsafe suggestions.")
@click.option(
    "--register",
    type=click.Choice(["formal", "informal"]),
    help="Instead of safe fixes, convert the form of address (du/Sie, tu/vous, tú/usted, "
    "je/u, tu/Lei, tu/você); words left alone are listed on stderr.",
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print a unified diff instead of writing files; exit 1 when something would change. "
    "Personal data in it is masked unless --show-pii is given.",
)
@click.option(
    "--show-pii",
    "show_pii",
    is_flag=True,
    help="With --diff: print personal data in clear, for a local investigation "
    "(by default it is masked with *).",
)
@select_option
@ignore_option
@quiet_option
@color_option
@config_option
@isolated_option
@allow_outside_option
@languagetool_option
@reports_errors
def fix(
    paths: tuple[str, ...],
    locale: str | None,
    input_mode: str,
    unsafe: bool,
    register: str | None,
    diff: bool,
    show_pii: bool,
    config: str | None,
    isolated: bool,
    allow_outside: bool,
    languagetool_url: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    quiet: bool,
    color_choice: str,
) -> None:
    """Apply safe suggestions: stdin to stdout, files rewritten in place (atomically)."""
    from chatwriter.cli.output import use_color
    from chatwriter.fix_files import fix_source
    from chatwriter.inputs import expand, read_source
    from chatwriter.selection import SelectedFixer, Selection

    selection = Selection.parse(select, ignore)
    linter = make_linter(locale, config, isolated, languagetool_url, allow_outside)
    if selection:
        _check_selection(linter, selection, {locale})
    fixer: Any = SelectedFixer(linter, selection) if selection else linter
    if register:
        from chatwriter.cli.convert import RegisterFixer

        fixer = RegisterFixer(register, locale or linter.locale)
    color = diff and use_color(color_choice)
    status = 0  # the worst exit code of the files not written (2 beats 1)
    would_change = 0  # --diff: the inputs that fix would change
    for path in expand(paths, input_mode):
        source = read_source(path, strict=True)
        fixed = fix_source(fixer, source, input_mode, locale, unsafe)
        if register and not quiet:
            for remark in fixer.lines(source, input_mode):
                click.echo(f"note: {remark}", err=True)
        if diff:
            if fixed != source.text:
                would_change += 1
                before, after = source.text, fixed
                if not show_pii:
                    before, after = _masked_pair(linter, before, after, locale)
                click.echo(_diff(source, before, after, color, input_mode), nl=False, color=color)
        elif path == "-":
            click.echo(fixed, nl=False)
        elif fixed != source.text:
            status = max(status, _write_back(source, fixed, quiet))
    if diff:
        # Like `ruff format --diff`: nothing is written; exit 1 when something would change.
        if not quiet:
            n = would_change
            click.echo(
                f"{n} file{'s' if n != 1 else ''} would be fixed" if n else "Nothing to fix.",
                err=True,
            )
        sys.exit(1 if would_change else 0)
    if status:
        sys.exit(status)


def _masked_pair(linter: Linter, before: str, after: str, locale: str | None) -> tuple[str, str]:
    """The input and its fixed text with their personal data masked, for a diff that may
    end up in a CI log. Each is scanned by the rules that need no parse (over the whole
    input, JSON lines included), and what either holds is masked in both."""
    from chatwriter.model import Message
    from chatwriter.privacy import Masker

    found_before = linter.scan_private(Message(before, locale))
    found_after = linter.scan_private(Message(after, locale))
    old = Masker(before, found_before)
    new = Masker(after, found_after, extra=old.strings)
    old = Masker(before, found_before, extra=new.strings)
    return old.masked_text(), new.masked_text()


def _diff(source: Source, before: str, after: str, color: bool, input_mode: str = "text") -> str:
    import difflib

    from chatwriter.cli.output import colour_diff
    from chatwriter.inputs import json_lines

    def lines(text: str) -> list[str]:
        # JSON lines end at \n only (a text may hold U+2028 unescaped).
        return json_lines(text, keepends=True) if input_mode == "jsonl" else text.splitlines(True)

    name = "<stdin>" if source.path == "-" else source.path
    text = "".join(
        difflib.unified_diff(
            lines(before),
            lines(after),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )
    return colour_diff(text) if color else text


def _write_back(source: Source, fixed: str, quiet: bool = False) -> int:
    """Write one fixed file and return its exit code; a file left alone must not stop the rest."""
    from chatwriter.fix_files import NotWritten, write_fixed

    try:
        write_fixed(source, fixed)
    except NotWritten as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    if not quiet:
        click.echo(f"fixed {source.path}", err=True)
    return 0


def _check_selection(linter: Linter, selection: Selection, locales: set[str | None]) -> None:
    """Exit 2 (like ruff) when a --select/--ignore selector names no rule and no category.

    The rules of the locales in use come first; only when one does not match are all the
    built-in guides read, so a selector meant for another language's files is accepted.
    """
    from chatwriter.selection import suggest

    rules = [(r.id, r.category) for tag in locales for r in linter.rules(tag)]
    unknown = selection.unknown(rules, CATEGORIES)
    if unknown:
        rules += [(s.id, s.category) for g in linter.catalog.all_guides() for s in g.rules]
        unknown = selection.unknown(rules, CATEGORIES)
    if unknown:
        verb = "names" if len(unknown) == 1 else "name"
        hints = [
            f"'{glob}'" for u in unknown if (glob := suggest(u.split(" ", 1)[1], rules)) is not None
        ]
        hint = f"; did you mean {' or '.join(hints)}?" if hints else ""
        raise click.UsageError(
            f"{', '.join(unknown)} {verb} no rule and no category{hint} "
            "(`chatwriter rules` lists them)"
        )


def _note_personal_data(rules: set[str]) -> None:
    """Say once when personal data was reported although the selectors, read plainly, drop it."""
    if rules:
        click.echo(
            f"note: personal data is reported although not selected ({', '.join(sorted(rules))}); "
            "only --ignore pii, category:pii or a rule's id leaves it out",
            err=True,
        )
