"""Running every rule's examples: bad -> a finding of that rule, good -> none, fixed -> rewrite.

Shared by the test suite and ``chatwriter validate --examples``, so a guide author can
check a guide without pytest. ``fixed`` is the bad text after this rule's own safe
fixes, applied to a fixpoint; other rules' fixes are not applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from chatwriter.linter import Linter
from chatwriter.model import Message
from chatwriter.rewrite import fix_to_fixpoint


@dataclass(frozen=True, slots=True)
class ExampleFailure:
    locale: str
    rule: str
    source: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: [{self.locale}] {self.rule}: {self.what}"


def check_examples(linter: Linter, locale: str) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures) for every active rule of a locale."""
    compiled = linter.compiled(locale)
    failures: list[ExampleFailure] = []
    count = 0
    for rule in compiled.rules:
        spec = rule.spec
        only = frozenset({rule.id})

        def run(text: str, only: frozenset[str] = only, context=spec.examples.context):
            message = Message(text, compiled.tag, conversation=context)
            return compiled.check(compiled.parse(text), message, only=only)[0]

        def fail(what: str, spec=spec, rule=rule) -> None:
            failures.append(ExampleFailure(compiled.tag, rule.id, spec.source, spec.line, what))

        for i, text in enumerate(spec.examples.bad):
            count += 1
            findings = run(text)
            if not findings:
                fail(f"bad example {i + 1} gives no finding: {text!r}")
                continue
            bad_matches = [f for f in findings if text[f.start : f.end] != f.match]
            if bad_matches:
                fail(f"bad example {i + 1}: finding span does not match its text")
            if spec.examples.fixed:
                expected = spec.examples.fixed[i]
                fixed, _ = fix_to_fixpoint(text, findings, run)
                if fixed != expected:
                    fail(f"bad example {i + 1} fixes to {fixed!r}, expected {expected!r}")
        for i, text in enumerate(spec.examples.good):
            count += 1
            findings = run(text)
            if findings:
                fail(f"good example {i + 1} gives {findings[0].match!r}: {text!r}")
        if not spec.examples.bad and spec.builtin:
            fail("has no bad example; every rule needs at least one")
    return count, failures
