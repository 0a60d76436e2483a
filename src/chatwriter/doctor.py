"""``chatwriter doctor``: what the linter runs on, and what it had to skip and why."""

from __future__ import annotations

from chatwriter import langid
from chatwriter.errors import RuleUnavailable
from chatwriter.linter import Linter


def diagnose(linter: Linter, locale: str | None = None) -> str:
    compiled = linter.compiled(locale)
    lines = [f"locale: {compiled.tag} (language {compiled.language})"]
    lines.append(f"config: {linter.config.path or 'none (built-in guides only)'}")
    lines.append("pipelines:")
    for pipe in linter.pipelines.loaded():
        components = ", ".join(pipe.nlp.pipe_names) or "tokenizer only"
        abilities = ", ".join(sorted(pipe.abilities)) or "tokens"
        lines.append(f"  {pipe.lang}: {pipe.source} [{components}] abilities: {abilities}")
        lines.extend(f"    note: {note}" for note in pipe.notes)
    lines.extend(_detectors(compiled.rules))
    lt_line, lt_down = _languagetool(linter, compiled.tag)
    lines.append(lt_line)
    # Rules that compiled but cannot run now, because the server they need does not answer.
    down = [r for r in compiled.rules if lt_down and "languagetool" in r.needs()]
    active = len(compiled.rules) - len(down)
    lines.append(f"rules: {active} active, {len(compiled.skipped) + len(down)} skipped")
    for skipped in compiled.skipped:
        lines.append(f"  skipped {skipped.spec.id}: {skipped.reason}")
    for rule in down:
        lines.append(f"  skipped {rule.id}: {lt_down}")
    return "\n".join(lines)


def _detectors(rules) -> list[str]:
    """Which language detector each language rule uses, and whether it can run here."""
    found = [r for r in rules if getattr(r, "detector", None) is not None]
    if not found:
        return ["language detector: none (no language rule is active)"]
    lines = []
    for rule in found:
        problem = langid.missing_package(rule.detector)
        state = problem or f"min_words {rule.min_words}"
        lines.append(f"language detector: {rule.detector.name} for {rule.id} ({state})")
    return lines


def _languagetool(linter: Linter, tag: str) -> tuple[str, str]:
    """The doctor's LanguageTool line, and the reason grammar is skipped when it is down."""
    client = linter.languagetool
    if client is None:
        return (
            "languagetool: not configured (set languagetool.url in the config, "
            "--languagetool-url or CHATWRITER_LANGUAGETOOL_URL)",
            "",
        )
    try:
        info = client.info(tag)
        language = client.language_for(tag)
    except RuleUnavailable as exc:
        what = getattr(exc, "what", str(exc))
        return f"languagetool: {client.url} {what}", f"LanguageTool at {client.url} {what}"
    version = f"LanguageTool {info.version}" if info.version else "version unknown"
    return (
        f"languagetool: {info.url} reachable ({version}, {len(info.languages)} languages; "
        f"{tag} is checked as {language}; timeout {client.timeout_ms} ms)",
        "",
    )
