"""register: the form of address (du/Sie, tu/vous, tú/usted...) as a policy over an analysis.

The register analyser of the locale's language (``chatwriter.register``) finds every word
that addresses the reader and the register it belongs to — pronouns, possessives,
clitics, verb forms, imperatives — with how sure that is. This kind turns the analysis
into findings, by the locale's ``formality`` setting:

- ``consistent`` (the default): one register per conversation. The agent's latest
  earlier turn that showed one sets it; without one, the customer's latest turn when
  ``follow_customer`` is set; without either, the register that carries most of the
  reply. Every word of the other register is a finding.
- ``formal`` / ``informal``: a brand voice; every word of the other register is a finding.

Only evidence that is likely or certain counts: *vous* that may be plural, German *Sie*
opening a sentence, Spanish *su* are never flagged, and never the reason another word is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from chatwriter.model import AGENT_ROLES, Finding
from chatwriter.register import FORMAL, INFORMAL, Analysis, Evidence, analyse
from chatwriter.rules.base import (
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
    check_template,
    render,
)
from chatwriter.rules.options import Options, option

POLICIES = ("consistent", "formal", "informal")
_FIELDS = frozenset({"match", "register", "form", "expected", "evidence"})
_TEMPLATE = {"type": "string", "minLength": 1}


@dataclass(frozen=True)
class RegisterOptions(Options):
    forms: dict[str, str] = option(
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["formal", "informal"],
            "properties": {"formal": _TEMPLATE, "informal": _TEMPLATE},
        },
        "how messages name each register ({form}, {expected}): Sie, du",
    )
    policy_setting: str = option(
        {"type": "string"},
        "locale setting that holds the policy: consistent (when unset), formal or informal",
        default="formality",
    )
    #: None: the rule's ``message``.
    voice_message: str | None = option(
        _TEMPLATE,
        "message when the policy is formal or informal (a brand voice); default: message",
        default=None,
    )
    #: None: the rule's ``message``.
    conversation_message: str | None = option(
        _TEMPLATE,
        "message when an earlier agent turn set the register; default: message",
        default=None,
    )


class RegisterKind(Kind):
    name = "register"
    always = True
    options_class = RegisterOptions
    options: RegisterOptions
    message_fields = frozenset({"register", "form", "expected", "evidence"})

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.forms: dict[str, str] = dict(o.forms)
        self.voice_message = spec.message if o.voice_message is None else o.voice_message
        self.conversation_message = (
            spec.message if o.conversation_message is None else o.conversation_message
        )
        for key, given in (
            ("voice_message", o.voice_message),
            ("conversation_message", o.conversation_message),
        ):
            if given is not None:
                try:
                    check_template(given, _FIELDS)
                except RuleError as exc:
                    raise RuleError(key, exc.message) from None
        setting = o.policy_setting
        value = str(env.settings.get(setting) or "consistent")
        # Older locale files say "neutral" (pt-BR, en): that is no brand voice.
        self.policy = value if value in POLICIES else "consistent"
        self.follow_customer = bool(env.settings.get("follow_customer", False))
        self.locale = env.locale or str(env.settings.get("language") or env.nlp.lang)

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        analysis = analyse(ctx.doc, self.locale)
        if not analysis.strong:
            return []
        if self.policy != "consistent":
            return self._findings(ctx, analysis, self.policy, None, self.voice_message)
        earlier = self._from_conversation(ctx)
        if earlier is not None:
            expected, evidence = earlier
            return self._findings(ctx, analysis, expected, evidence, self.conversation_message)
        if len(analysis.registers) < 2:
            return []
        expected = analysis.dominant()
        assert expected is not None
        evidence = analysis.of_register(expected)[0]
        return self._findings(ctx, analysis, expected, evidence, self.spec.message)

    def _from_conversation(self, ctx: CheckContext) -> tuple[str, Evidence] | None:
        """The register of the agent's latest turn that shows one (or the customer's, with
        ``follow_customer``), and the word that shows it."""
        if not ctx.message.conversation:
            return None
        customer: tuple[str, Evidence] | None = None
        for role, doc in reversed(ctx.turn_docs()):
            turn = analyse(doc, self.locale)
            register = turn.dominant()
            if register is None:
                continue
            if role.lower() in AGENT_ROLES:
                return register, turn.of_register(register)[0]
            if customer is None:
                customer = (register, turn.of_register(register)[0])
        return customer if self.follow_customer else None

    def _findings(
        self,
        ctx: CheckContext,
        analysis: Analysis,
        expected: str,
        reference: Evidence | None,
        template: str,
    ) -> list[Finding]:
        other = INFORMAL if expected == FORMAL else FORMAL
        fields = {
            "register": other,
            "form": self.forms[other],
            "expected": self.forms[expected],
            "evidence": reference.text if reference is not None else "",
        }
        out = []
        for e in analysis.of_register(other):
            finding = self.finding(ctx, e.start, e.end, **fields)
            if template is not self.spec.message:
                finding = replace(finding, message=render(template, match=finding.match, **fields))
            out.append(finding)
        return out
