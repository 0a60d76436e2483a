"""``chatwriter doctor``: what the linter runs on, and what it had to skip and why."""

from __future__ import annotations

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
    lines.append(f"rules: {len(compiled.rules)} active, {len(compiled.skipped)} skipped")
    for skipped in compiled.skipped:
        lines.append(f"  skipped {skipped.spec.id}: {skipped.reason}")
    return "\n".join(lines)
