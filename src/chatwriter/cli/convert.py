"""`fix --register`: register conversion through the same reading and writing as `fix`.

:class:`RegisterFixer` has the one method ``fix_source`` calls (``fix_message``), so
whole texts, lines and JSON lines are converted and written back exactly as safe fixes
are. What the conversion left alone or noted is kept, with where it was, for the CLI to
print: a conversion never hands back a mix without saying so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chatwriter.model import Message
from chatwriter.register.convert import Remark, convert_register


@dataclass
class RegisterFixer:
    to: str
    default_locale: str
    remarks: list[tuple[str, Remark]] = field(default_factory=list)

    def fix_message(self, message: Message, unsafe: bool = False) -> str:
        conversion = convert_register(message.text, message.locale or self.default_locale, self.to)
        for remark in (*conversion.left, *conversion.notes):
            self.remarks.append((message.text, remark))
        return conversion.text

    def lines(self, path: str) -> list[str]:
        """One line per remark: where, the word, and why."""
        out = []
        for text, r in self.remarks:
            line = text.count("\n", 0, r.start) + 1
            column = r.start - (text.rfind("\n", 0, r.start) + 1) + 1
            out.append(f"{path}:{line}:{column}: '{r.text}' ({r.kind}): {r.reason}")
        self.remarks.clear()
        return out
