"""Portuguese words and formulas for the register analyser (pt.py): Portugal's *o seu /
a sua* before a noun (the reader's unless someone else was named), what *tem* has in a
statement (*tem toda a razão*), imperatives of attention standing alone (*Olha, ...*,
*Olhe, ...*) and *contar connosco*."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chatwriter.register.context import following, previous, starts_sentence
from chatwriter.register.model import FORMAL, INFORMAL, Weight

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: An article, or a preposition joined with one, before Portugal's *o seu, a sua*.
_ARTICLES = frozenset(
    {"o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "pelo", "pela",
     "pelos", "pelas", "ao", "à", "aos", "às"}
)  # fmt: skip
#: Third persons a possessive could belong to, said before it in the sentence.
_OWNERS = frozenset(
    {"ele", "ela", "eles", "elas", "cada", "irmão", "irmã", "filho", "filha", "pai", "mãe",
     "marido", "mulher", "titular", "técnico", "técnica", "estafeta", "vendedor", "banco",
     "cliente", "destinatário", "destinatária", "operador", "loja", "empresa"}
)  # fmt: skip


def seu_weight(doc: Doc, tok: Token) -> Weight:
    """In Portugal, *o seu / a sua / pelo seu* + a noun is how a reply says "your" to a
    reader it calls *você* or *o senhor*: likely the reader's, unless the sentence has
    named someone else it could belong to (o teu irmão ... com o seu documento) or
    says *cada*. Without the article (seu pedido) it is weak, as in Brazil."""
    before = previous(doc, tok.i)
    nxt = following(doc, tok.i)
    if before is None or before.lower_ not in _ARTICLES or nxt is None or not nxt.is_alpha:
        return Weight.WEAK
    j = before.i - 1
    while j >= 0 and doc[j].text not in (".", "?", "!", ";"):
        word = doc[j]
        if word.lower_ in _OWNERS or (word.text[:1].isupper() and not starts_sentence(doc, j)):
            return Weight.WEAK
        j -= 1
    return Weight.LIKELY


#: Imperatives of attention opening a sentence before a comma (Olha, ...; Olhe, ...).
ATTENTION = {
    **dict.fromkeys(("olha", "ouve", "repara", "desculpa", "espera"), INFORMAL),
    **dict.fromkeys(("olhe", "oiça", "repare", "desculpe", "espere"), FORMAL),
}
#: The complement of "contar com": conta connosco.
WITH_US = frozenset({"connosco", "conosco", "comigo"})


#: What "tem" has in a statement about the reader (você tem razão, tem direito a, tem de
#: pagar), not in the tu imperative (tem calma, tem cuidado).
_HAD = frozenset({"razão", "direito", "de", "que", "acesso"})


def having(doc: Doc, nxt: Token) -> bool:
    """nxt, after "toda a" or "plena" if any, is one of _HAD."""
    tok: Token | None = nxt
    for _ in range(2):
        if tok is None or tok.lower_ in _HAD:
            break
        if tok.lower_ not in ("toda", "a", "plena", "todo", "o"):
            return False
        tok = following(doc, tok.i)
    return tok is not None and tok.lower_ in _HAD
