"""chatwriter: a style linter for chat replies.

    >>> import chatwriter
    >>> chatwriter.lint("Please check the colour settings.", locale="en-US").fixed
    'Please check the color settings.'

Names are imported on first use (PEP 562), so ``chatwriter --help`` or
``chatwriter schema`` do not pay for loading spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Linter": "chatwriter.linter",
    "fix": "chatwriter.linter",
    "lint": "chatwriter.linter",
    "Applicability": "chatwriter.model",
    "Finding": "chatwriter.model",
    "Fixed": "chatwriter.model",
    "Message": "chatwriter.model",
    "Report": "chatwriter.model",
    "Severity": "chatwriter.model",
    "Suggestion": "chatwriter.model",
    "Turn": "chatwriter.model",
    "ChatwriterError": "chatwriter.errors",
    "ConfigError": "chatwriter.errors",
    "UnknownLocaleError": "chatwriter.errors",
    "Conversion": "chatwriter.register.convert",
    "convert_register": "chatwriter.register.convert",
}

__all__ = [
    "Applicability",
    "ChatwriterError",
    "ConfigError",
    "Conversion",
    "Finding",
    "Fixed",
    "Linter",
    "Message",
    "Report",
    "Severity",
    "Suggestion",
    "Turn",
    "UnknownLocaleError",
    "__version__",
    "convert_register",
    "fix",
    "lint",
]

if TYPE_CHECKING:
    from chatwriter.errors import ChatwriterError, ConfigError, UnknownLocaleError
    from chatwriter.linter import Linter, fix, lint
    from chatwriter.model import (
        Applicability,
        Finding,
        Fixed,
        Message,
        Report,
        Severity,
        Suggestion,
        Turn,
    )
    from chatwriter.register.convert import Conversion, convert_register


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'chatwriter' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
