"""German: *du*/*ihr* (informal) and *Sie* (formal).

- *du, dich, dir, dein-*, *euch, euer, eur-* are informal in any case and position.
- *Sie, Ihnen, Ihr-* written with a capital inside a sentence are formal; at the start of
  a sentence a capital says nothing, so there *Sie* counts by the verb it agrees with
  (*Sie sind/können* they or you: weak; *Sie ist/wurde* she or it: nothing) and *Ihr-*
  before a noun is taken as "your" (likely), before a 2nd-person plural verb as the
  informal plural (*Ihr habt*).
- A verb whose every reading is 2nd person (*kannst, hast, bist, habt, könnt*) is
  informal; an imperative (*schick, ruf ... an, melde dich, schickt*) opening a clause is
  likely informal, unless a subject follows (*melde ich*, *schicken Sie*).
- A word written with a capital inside a sentence is a noun (*die Fahrt, das Ticket, der
  Rat*), never a verb: German writes no verb that way.
- A form that is both the *ihr* imperative and the 3rd person singular (*passt, stimmt,
  klappt, geht*) standing alone as its clause (*Passt, danke!*, *Stimmt.*, *Passt
  schon*, *Geht klar*) is the impersonal statement ("that fits"), not address.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chatwriter.register.context import (
    CLAUSE_PUNCT,
    SENTENCE_END,
    Quotes,
    following,
    in_question,
    is_capitalised,
    name_like,
    opens_clause,
    previous,
    scan,
    starts_sentence,
    verb_words,
    verbs,
)
from chatwriter.register.model import FORMAL, INFORMAL, Evidence, Weight

if TYPE_CHECKING:
    from spacy.tokens import Doc

_INFORMAL = {
    "du": "pronoun",
    "dich": "pronoun",
    "dir": "pronoun",
    "euch": "pronoun",
    **dict.fromkeys(
        ("dein", "deine", "deinen", "deinem", "deiner", "deines", "deins"), "possessive"
    ),
    **dict.fromkeys(("euer", "eure", "euren", "eurem", "eurer", "eures"), "possessive"),
}
_FORMAL = {
    "Sie": "pronoun",
    "Ihnen": "pronoun",
    **dict.fromkeys(("Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"), "possessive"),
}
#: Words after which an imperative still opens its clause.
_LEAD = frozenset({"bitte", "einfach", "gern", "gerne", "dann", "und", "oder", "jetzt", "also"})
#: Imperatives that are formulas, not address (Danke, Bitte, Schade...).
_FORMULAS = frozenset(
    {
        "danke",
        "bitte",
        "gern",
        "gerne",
        "hallo",
        "schade",
        "sorry",
        "willkommen",
        "grüß",
        "grüss",
        "siehe",
    }  # siehe oben, siehe Anhang: a reference formula in Sie texts too
)
#: What follows an imperative that is also another kind of word (Schick mir, Eine davon).
_AFTER_IMPERATIVE = frozenset(
    {"mir", "uns", "dich", "dir", "ihm", "ihr", "ihnen", "es", "das", "den", "die",
     "bitte", "mal", "einfach", "doch", "kurz", "gern", "gerne", "ruhig", "noch", "schnell"}
)  # fmt: skip
#: What may follow *passt, stimmt, geht* used impersonally (Passt schon, Geht klar).
_IMPERSONAL_AFTER = frozenset({"schon", "klar"})
#: Function words whose spelling is also an old or rare imperative in the dictionary
#: (weil: weilen; sondern: sondern "to separate"; trotz: trotzen; dank: danken; halt:
#: halten, but in a reply the particle "ist das halt so"): never a verb here.
_NOT_VERBS = frozenset({"weil", "sondern", "trotz", "dank", "halt"})
#: Impersonal verbs whose "es" a chat drops (Tut mir leid, Freut mich, Passt mir):
#: before mir/mich/uns they are the 3rd person, not the plural imperative.
_IMPERSONAL = frozenset({"tut", "freut", "passt", "gefällt", "klappt", "reicht", "geht", "stimmt"})
#: A subject after a verb that opens a clause makes it no imperative (melde ich mich).
_SUBJECTS = frozenset({"ich", "er", "sie", "es", "wir", "man", "Sie", "du", "ihr"})


def evidence(doc: Doc, region: str | None) -> list[Evidence]:
    table = verbs("de")
    out: list[Evidence] = []
    words = verb_words("de", _worth_a_look, _WORDS)
    for tok, low in scan(doc, words, Quotes("„‚»", "“‘«")):
        text = tok.text
        kind = _INFORMAL.get(low)
        if kind is not None:
            if low == "du" and _exclamation(doc, tok):
                continue  # Ach du Scheiße, Oh du meine Güte: an exclamation, no address
            out.append(_found(tok, INFORMAL, Weight.CERTAIN, kind))
            continue
        kind = _FORMAL.get(text)
        if kind is not None:
            out.extend(_capitalised(doc, tok, kind, table))
            continue
        if low == "ihr":  # lower-case: her/their, or the informal plural before its verb
            nxt = following(doc, tok.i)
            if (
                nxt is not None
                and table.get(nxt.lower_, frozenset()) & {"2p"}
                and not (is_capitalised(nxt.text) and name_like(doc, nxt))
            ):
                out.append(_found(tok, INFORMAL, Weight.CERTAIN, "pronoun"))
            continue
        codes = table.get(low)
        if codes is not None:
            found = _verb(doc, tok, codes)
            if found is not None:
                out.append(found)
    return out


_WORDS = frozenset({*_INFORMAL, *(w.lower() for w in _FORMAL), "ihr"})


def _worth_a_look(codes: frozenset[str]) -> bool:
    """A verb form worth a look: 2nd person or imperative (not only "Sie ist")."""
    return bool(codes & {"2s", "2s!", "2p", "2p!"})


def _capitalised(doc: Doc, tok, kind: str, table: dict[str, frozenset[str]]) -> list[Evidence]:
    if not starts_sentence(doc, tok.i):
        return [_found(tok, FORMAL, Weight.CERTAIN, kind)]
    nxt = following(doc, tok.i)
    nxt_codes = table.get(nxt.lower_, frozenset()) if nxt is not None else frozenset()
    if tok.text.startswith("Ihr") and tok.text != "Ihnen":
        if "2p" in nxt_codes and "3s" not in nxt_codes and not is_capitalised(nxt.text):
            # Ihr habt: you (plural, informal); Ihre Fahrt, Ihr Ticket: a noun, "your"
            return [_found(tok, INFORMAL, Weight.CERTAIN, "pronoun")]
        return [_found(tok, FORMAL, Weight.LIKELY, kind)]
    if tok.text == "Ihnen":
        return [_found(tok, FORMAL, Weight.LIKELY, kind)]
    # Sentence-initial Sie: she/it with a singular verb, they or you with a plural one.
    if "3s" in nxt_codes and "3p" not in nxt_codes:
        return []
    if "3p" in nxt_codes:  # Sie erhalten, Sie können: in a reply, nearly always "you"
        return [_found(tok, FORMAL, Weight.LIKELY, kind)]
    return [_found(tok, FORMAL, Weight.WEAK, kind)]


def _verb(doc: Doc, tok, codes: frozenset[str]) -> Evidence | None:
    if is_capitalised(tok.text) and name_like(doc, tok):
        return None  # die Fahrt, das Ticket, der Rat: a noun, German writes no verb so
    persons = codes - {"o", "v"}
    only_you = persons and persons <= {"2s", "2s!", "2p", "2p!"} and "o" not in codes
    if only_you and codes & {"2s", "2p"}:  # kannst, hast, habt, könnt: only ever "you"
        return _found(tok, INFORMAL, Weight.CERTAIN, "verb")
    if not codes & {"2s!", "2p!"} or tok.lower_ in _FORMULAS or tok.lower_ in _NOT_VERBS:
        return None
    if not opens_clause(doc, tok.i, _LEAD):
        return None
    if "3s" in codes and not starts_sentence(doc, tok.i):
        # kommt, schickt after a comma: the finite verb of the main clause after a fronted
        # clause ("..., kommt morgen bei Ihnen an"), not the plural imperative
        return None
    nxt = following(doc, tok.i)
    if {"3s", "2p!"} <= codes and _stands_alone(nxt):
        return None  # Passt, danke! Stimmt. Passt schon: impersonal, no address
    if tok.lower_ in _IMPERSONAL and nxt is not None and nxt.lower_ in ("mir", "mich", "uns"):
        return None  # Tut mir leid, Freut mich: "es" dropped, no address
    if nxt is not None and (nxt.text in _SUBJECTS or nxt.lower_ in ("ich", "mich", "wir")):
        return None  # melde ich mich, schicken Sie, (ich) melde mich
    if nxt is not None and nxt.text in ("Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem"):
        return None  # Passt Ihnen das? a question to Sie, not a du imperative
    if in_question(doc, tok.i):
        return None  # an imperative asks nothing (Passt das?)
    if "3s" in codes and _conditional(doc, tok):
        return None  # Klappt das nicht, schicken wir...: "if", not a command
    if "o" in codes and (nxt is None or nxt.lower_ not in _AFTER_IMPERATIVE):
        return None  # also a word of another kind (eine, schick): only with an object
    if "1s" in codes and _subject_dropped(doc, tok, nxt):
        return None  # (ich) hab grad nachgeschaut, (ich) schau gleich nach
    return _found(tok, INFORMAL, Weight.LIKELY, "imperative")


def _subject_dropped(doc: Doc, tok, nxt) -> bool:
    """The chat's first person without its *ich*, not a *du* imperative: a form of both
    (*hab, schau, meld, prüfe*) before a particle of the agent's own doing right now
    (*grad, gleich, sofort*: "Schau gleich nach"), or *hab/habe* opening a perfect whose
    participle closes the clause ("Hab's an die Technik weitergeleitet", "Hab mir Ihre
    Bestellung angesehen"). "Hab Geduld", "Schau mal in dein Postfach" and "Schick mir
    die Nummer" stay imperatives."""
    if nxt is not None and nxt.lower_ in _NOW:
        return True
    if tok.lower_ not in ("hab", "habe"):
        return False
    for j in range(tok.i + 1, min(len(doc), tok.i + 14)):
        if doc[j].text in CLAUSE_PUNCT:
            last = doc[j - 1].text
            return last.islower() and _PARTICIPLE.fullmatch(last) is not None
    return False


#: Particles of the agent's own doing right now: after a form that is both the first
#: person and the imperative, they make it the first person with *ich* dropped.
_NOW = frozenset({"grad", "gerade", "gleich", "sofort", "eben", "direkt", "schnell", "umgehend"})
#: A past participle in lower case: ge-...-t/-en (nachgeschaut, angesehen, weitergeleitet),
#: an inseparable prefix (bestellt, verschickt, erledigt) or -iert (storniert).
_PARTICIPLE = re.compile(
    r"(?:\w*ge\w{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\w{2,}(?:t|en)|\w{3,}iert)"
)


def _exclamation(doc: Doc, tok) -> bool:
    """*du* between *ach*/*oh* and a noun or *meine*: "Ach du Schreck", "Oh du meine Güte"."""
    before, nxt = previous(doc, tok.i), following(doc, tok.i)
    return (
        before is not None
        and before.lower_ in ("ach", "oh", "o")
        and nxt is not None
        and (is_capitalised(nxt.text) or nxt.lower_ in ("meine", "lieber", "liebe"))
    )


def _conditional(doc: Doc, tok) -> bool:
    """A clause opened by its verb and closed by a comma after which a verb comes next is
    a condition ("Klappt das nicht, schicken wir...", "Blinkt sie rot, ziehen Sie...")."""
    for j in range(tok.i + 1, min(len(doc), tok.i + 12)):
        if doc[j].text in SENTENCE_END:
            return False
        if doc[j].text == ",":
            nxt = following(doc, j)
            return nxt is not None and nxt.lower_ in verbs("de") and not is_capitalised(nxt.text)
    return False


def _stands_alone(nxt) -> bool:
    """The verb is its own clause: nothing, punctuation, *schon* or *klar* after it."""
    return nxt is None or nxt.text in CLAUSE_PUNCT or nxt.lower_ in _IMPERSONAL_AFTER


def _found(tok, register: str, weight: Weight, kind: str) -> Evidence:
    return Evidence(tok.idx, tok.idx + len(tok.text), tok.text, register, weight, kind)
