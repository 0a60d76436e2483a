"""Finding the company config, with nothing heavier than pathlib imported.

Kept apart from the loader (which pulls in the rule kinds and spaCy) so that the hook
CLI can read the config's failure policy before the linter exists.

A config found by walking up is used without being asked for, so the walk is bounded
and picky (docs/decisions.md): it stops at the project root (a directory holding
``.git`` or ``.hg``) and at the home directory, and on POSIX it skips a file that
another user owns or that others may write (a planted ``/tmp/.chatwriter.yaml``, a
shared parent directory). A config named with ``--config`` is not checked this way.
"""

from __future__ import annotations

import os
import stat
import warnings
from pathlib import Path

CONFIG_NAMES = (".chatwriter.yaml", ".chatwriter.yml")
#: A directory holding one of these is a project root: the search goes no higher.
ROOT_MARKERS = (".git", ".hg")


class UnsafeConfigWarning(UserWarning):
    """A discovered config was skipped because someone else could have written it."""


def find_config(
    start: str | os.PathLike[str] | None = None, *, skipped: list[str] | None = None
) -> Path | None:
    """The nearest ``.chatwriter.yaml`` in ``start`` or a parent directory, up to the
    project root or the home directory, whichever comes first.

    A file found there that is not safe to use (see :func:`unsafe_reason`) ends the
    search with None: the nearest config is the one meant for this directory, and using
    one further up instead would lint with the wrong rules without saying so. The reason
    is appended to ``skipped`` (the CLI prints it), or issued as an UnsafeConfigWarning
    when no list is given.
    """
    here = Path(start or Path.cwd()).resolve()
    home = _home()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                reason = unsafe_reason(candidate)
                if reason is None:
                    return candidate
                message = f"ignoring {candidate}: {reason}"
                if skipped is None:
                    warnings.warn(message, UnsafeConfigWarning, stacklevel=2)
                else:
                    skipped.append(message)
                return None
        if directory == home or any((directory / m).exists() for m in ROOT_MARKERS):
            return None
    return None


def unsafe_reason(path: Path) -> str | None:
    """Why a discovered config must not be trusted, or None (always None off POSIX).

    Like git's safe.directory the owner must be the current user (or root, who could
    change anything anyway); unlike git, a file that other users may write is refused
    too, since they could rewrite it between two runs. Group write is fine when the
    group is the owner's own private group (umask 002 systems), as Debian's OpenSSH does
    for authorized_keys.
    """
    if os.name != "posix":
        return None
    try:
        st = path.stat()
    except OSError as exc:
        return f"cannot read its permissions ({exc.strerror or exc})"
    uid = os.geteuid()
    if st.st_uid not in (uid, 0):
        return (
            f"it belongs to another user (uid {st.st_uid}); if you trust it, pass it with --config"
        )
    if st.st_mode & stat.S_IWOTH:
        return (
            "other users may write to it; make it private with chmod go-w, or pass it with --config"
        )
    if st.st_mode & stat.S_IWGRP and not _private_group(st.st_uid, st.st_gid):
        return "its group may write to it; make it private with chmod g-w, or pass it with --config"
    return None


def _private_group(uid: int, gid: int) -> bool:
    """True when ``gid`` is the primary group of ``uid`` and has no other members."""
    import grp
    import pwd

    try:
        user = pwd.getpwuid(uid)
        group = grp.getgrgid(gid)
    except KeyError:
        return False
    return user.pw_gid == gid and set(group.gr_mem) <= {user.pw_name}


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError, OSError):  # no HOME and no passwd entry
        return None
