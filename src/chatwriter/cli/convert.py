"""`fix --register`: register conversion through the same reading and writing as `fix`.

:class:`RegisterFixer` has the one method ``fix_source`` calls (``fix_message``), so
whole texts, lines and JSON lines are converted and written back exactly as safe fixes
are. What the conversion left alone or noted is kept, with where it was, for the CLI to
print: a conversion never hands back a mix without saying so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chatwriter.inputs import Source, json_lines
from chatwriter.model import Message
from chatwriter.register.convert import Remark, convert_register


@dataclass
class RegisterFixer:
    to: str
    default_locale: str
    #: (index of the fix_message call within the source, the message text, the remark)
    remarks: list[tuple[int, str, Remark]] = field(default_factory=list)
    _calls: int = 0

    def fix_message(self, message: Message, unsafe: bool = False) -> str:
        conversion = convert_register(message.text, message.locale or self.default_locale, self.to)
        for remark in (*conversion.left, *conversion.notes):
            self.remarks.append((self._calls, message.text, remark))
        self._calls += 1
        return conversion.text

    def lines(self, source: Source, mode: str) -> list[str]:
        """One line per remark of ``source``: where (line of the file, column in the
        message text), the word, and why. ``fix_source`` calls ``fix_message`` once per
        non-blank line in the lines and JSON-lines modes, in order, so the n-th call is
        the n-th non-blank line."""
        path = "<stdin>" if source.path == "-" else source.path
        if mode == "text":
            firsts = [1]
        else:
            split = json_lines(source.text) if mode == "jsonl" else source.text.splitlines()
            firsts = [n for n, line in enumerate(split, start=1) if line.strip()]
        out = []
        for call, text, r in self.remarks:
            line = firsts[call] + text.count("\n", 0, r.start)
            column = r.start - (text.rfind("\n", 0, r.start) + 1) + 1
            out.append(f"{path}:{line}:{column}: '{r.text}' ({r.kind}): {r.reason}")
        self.remarks.clear()
        self._calls = 0
        return out
