"""Stable pseudonyms for operators, for reports that leave the team.

A keyed hash (HMAC-SHA256), not a plain one: without the key nobody can test candidate
names against the pseudonyms; with the same key, the same operator gets the same
pseudonym in every report, so trends stay comparable month to month.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable

from chatwriter.errors import ChatwriterError

KEY_VARIABLE = "CHATWRITER_PSEUDONYM_KEY"
#: Shorter keys are guessable; 16 characters of a password manager's output are not.
MIN_KEY_LENGTH = 16


def pseudonymizer(key: str | None = None) -> Callable[[str], str]:
    """``name -> "op-XXXXXXXX"`` keyed by ``key`` (default: $CHATWRITER_PSEUDONYM_KEY)."""
    secret = key if key is not None else os.environ.get(KEY_VARIABLE, "")
    if len(secret) < MIN_KEY_LENGTH:
        raise ChatwriterError(
            f"--pseudonymize needs a secret key of at least {MIN_KEY_LENGTH} characters in "
            f"${KEY_VARIABLE} (keep the same key to keep the same pseudonyms across reports), "
            f'e.g. export {KEY_VARIABLE}="$(python -c "import secrets; '
            f'print(secrets.token_urlsafe(24))")"'
        )
    raw = secret.encode("utf-8")

    def pseudonym(name: str) -> str:
        digest = hmac.new(raw, " ".join(name.split()).casefold().encode("utf-8"), hashlib.sha256)
        return "op-" + base64.b32encode(digest.digest()[:5]).decode("ascii")

    return pseudonym
