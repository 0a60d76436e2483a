"""chatwriter: a style linter for chat replies.

>>> import chatwriter
>>> chatwriter.lint("Please check the colour settings.", locale="en-US").fixed
'Please check the color settings.'
"""

from __future__ import annotations

from chatwriter.errors import ChatwriterError, ConfigError, UnknownLocaleError
from chatwriter.linter import Linter, fix, lint
from chatwriter.model import Applicability, Finding, Message, Report, Severity, Suggestion, Turn

__version__ = "0.1.0"

__all__ = [
    "Applicability",
    "ChatwriterError",
    "ConfigError",
    "Finding",
    "Linter",
    "Message",
    "Report",
    "Severity",
    "Suggestion",
    "Turn",
    "UnknownLocaleError",
    "__version__",
    "fix",
    "lint",
]
