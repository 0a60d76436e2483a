"""names: the customer's name written as the customer wrote it.

The customer's earlier turns are the source of truth: a Title-Case word there that
does not open a sentence ("Thanks, Zoë", "this is Seán McKenna") is taken as a name.
A word in the reply that is the same name folded (case and accents set aside) but
written differently ("Zoe", "Sean", "Mckenna") is a finding, fixed safely to the
customer's spelling. Only spelling the customer showed is enforced, so nothing is
guessed; without earlier customer turns the rule has nothing to say.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from chatwriter.model import AGENT_ROLES, Applicability, Finding, Suggestion
from chatwriter.rules.base import CheckContext, CompileEnv, Kind, RuleSpec, fold

_OPENERS = frozenset({".", "!", "?", "…", ":", "\n"})


def _key(word: str) -> str:
    """Case- and accent-blind form: Zoë, ZOE and zoe share one key."""
    # lower(), not casefold(): "Strasse" and "Straße" are different spellings, not one name.
    decomposed = unicodedata.normalize("NFKD", fold(word).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NamesKind(Kind):
    name = "names"
    properties = {
        "min_length": {
            "type": "integer",
            "minimum": 2,
            "description": "shortest word taken as a name (default 3)",
        },
        "ignore": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "description": "capitalised words that are not names (Monday, Thanks, ...)",
        },
    }
    message_fields = frozenset({"expected"})
    always = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        self.min_length = int(spec.fields.get("min_length", 3))
        self.ignore = frozenset(_key(w) for w in spec.fields.get("ignore", ()))

    def _customer_names(self, ctx: CheckContext) -> dict[str, str]:
        names: dict[str, str] = {}
        lowered: set[str] = set()
        for role, doc in ctx.turn_docs():
            if role.lower() in AGENT_ROLES:
                continue
            for tok in doc:
                if not tok.is_alpha:
                    continue
                key = _key(tok.text)
                if tok.is_lower:
                    lowered.add(key)  # also used as an ordinary word: not safely a name
                    continue
                opens = tok.i == 0 or doc[tok.i - 1].text in _OPENERS or "\n" in doc[tok.i - 1].text
                capitalised = tok.text[0].isupper() and not tok.is_upper  # Zoë, McKenna
                if capitalised and not opens and len(tok) >= self.min_length:
                    names.setdefault(key, tok.text)
        return {k: v for k, v in names.items() if k not in lowered and k not in self.ignore}

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        if not ctx.message.conversation:
            return
        names = self._customer_names(ctx)
        if not names:
            return
        for tok in ctx.doc:
            if not tok.is_alpha or len(tok) < self.min_length:
                continue
            # Only words the agent wrote as a name: capitalised, not shouted.
            if not tok.text[0].isupper() or (tok.is_upper and len(tok) > 1):
                continue
            expected = names.get(_key(tok.text))
            if expected is None or tok.text == expected:
                continue
            suggestion = Suggestion(expected, Applicability.SAFE)
            yield self.finding(ctx, tok.idx, tok.idx + len(tok), (suggestion,), expected=expected)
