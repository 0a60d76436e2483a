"""The built-in locales and guides, looked up by tag and by guide name.

A guide's name is its path: ``rules/en/tone.yaml`` is ``en.tone``. Locale files are
``locales/<tag>.yaml``; a tag resolves along its fallback chain (de-CH -> de ->
common), and is unknown when nothing but ``common`` covers it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from chatwriter import locale as loc
from chatwriter.errors import ConfigError, Problem, UnknownLocaleError
from chatwriter.guide.loader import Guide, GuideReader, LocaleFile, load_guide, load_locale_file
from chatwriter.resources import builtin_locales_dir, builtin_rules_dir, display_path, iter_yaml


@dataclass(slots=True)
class ResolvedLocale:
    tag: str  # normalized tag as asked (e.g. en-NZ)
    files: list[LocaleFile]  # common first, most specific last

    @property
    def language(self) -> str:
        for f in reversed(self.files):
            if f.language:
                return f.language
        return loc.language(self.tag) if self.tag != loc.COMMON else "xx"

    @property
    def covered_by(self) -> str:
        return self.files[-1].tag


class Catalog:
    """Reads built-in files lazily and caches them for the owning Linter."""

    def __init__(self, reader: GuideReader | None = None, trusted: bool = False) -> None:
        """``trusted`` skips schema validation of the built-in files (see GuideReader)."""
        self._reader = reader
        self._trusted = trusted
        self._trusted_reader: GuideReader | None = None
        self._locale_files: dict[str, LocaleFile] = {}
        self._guides: dict[str, Guide] = {}
        self._known: list[str] | None = None

    @property
    def reader(self) -> GuideReader:
        """The reader for guides outside the package (always validated in full)."""
        if self._reader is None:
            self._reader = GuideReader()
        return self._reader

    def _builtin_reader(self) -> GuideReader:
        if not self._trusted:
            return self.reader
        if self._trusted_reader is None:
            self._trusted_reader = GuideReader(self.reader.kinds, trusted=True)
        return self._trusted_reader

    def known(self) -> list[str]:
        """Every tag with a locale file, 'common' excluded."""
        if self._known is None:
            names = [f.name.rsplit(".", 1)[0] for f in iter_yaml(builtin_locales_dir())]
            self._known = sorted(n for n in names if n != loc.COMMON)
        return self._known

    def locale_file(self, tag: str) -> LocaleFile:
        cached = self._locale_files.get(tag)
        if cached is None:
            item = builtin_locales_dir() / f"{tag}.yaml"
            cached = load_locale_file(item, display_path(item), trusted=self._trusted)
            if loc.normalize(cached.tag) != tag:
                raise ConfigError(
                    [
                        cached.located.problem(
                            ("locale",), f"'locale: {cached.tag}' must match the file name {tag}"
                        )
                    ]
                )
            self._locale_files[tag] = cached
        return cached

    def resolve(self, tag: str) -> ResolvedLocale:
        try:
            norm = loc.normalize(tag)
        except ValueError:
            raise UnknownLocaleError(tag, self.known()) from None
        known = set(self.known()) | {loc.COMMON}
        present = [t for t in loc.chain(norm) if t in known]
        if not present or (present == [loc.COMMON] and norm != loc.COMMON):
            raise UnknownLocaleError(tag, self.known())
        files = [self.locale_file(t) for t in reversed(present)]
        return ResolvedLocale(tag=norm, files=files)

    def guide(self, name: str) -> Guide:
        cached = self._guides.get(name)
        if cached is None:
            parts = name.split(".")
            item = builtin_rules_dir()
            for part in parts[:-1]:
                item = item / part
            item = item / f"{parts[-1]}.yaml"
            if not item.is_file():
                raise KeyError(name)
            cached = _shared_guide(item, name, self._builtin_reader())
            self._guides[name] = cached
        return cached

    def all_guides(self) -> list[Guide]:
        """Every built-in guide (for validate and docs); errors of all files collected."""
        problems: list[Problem] = []
        guides = []
        root = builtin_rules_dir()
        for item in iter_yaml(root):
            rel = display_path(item)
            name = rel.removeprefix("rules/").rsplit(".", 1)[0].replace("/", ".")
            try:
                guides.append(self.guide(name))
            except ConfigError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ConfigError(problems)
        return guides


#: Built-in guides already read in this process, by file, file state and reader.
_GUIDES: dict[tuple[object, ...], Guide] = {}
_GUIDES_LOCK = threading.Lock()


def _shared_guide(item: Traversable, name: str, reader: GuideReader) -> Guide:
    """A built-in guide, read once per process while its file is unchanged.

    Every Linter reads the same built-in files, and reading them is about half of what
    a second Linter costs. Nothing changes a Guide or its RuleSpecs after it is read
    (company layers copy a spec to change it), so Linters can share them; a file edited
    while the process runs (an editable checkout) has a new size or time and is read again.
    """
    if not isinstance(item, Path):  # inside a zip: no file state to key on
        return _read_builtin(item, name, reader)
    state = item.stat()
    key = (str(item), state.st_mtime_ns, state.st_size, reader.trusted, tuple(reader.kinds.items()))
    with _GUIDES_LOCK:
        guide = _GUIDES.get(key)
        if guide is None:
            guide = _GUIDES[key] = _read_builtin(item, name, reader)
    return guide


def _read_builtin(item: Traversable, name: str, reader: GuideReader) -> Guide:
    guide = load_guide(item, display_path(item), name, reader)
    for spec in guide.rules:
        spec.builtin = True
    return guide
