"""The local server's pronunciation dictionaries: versioned rule sets a generation may name.

Shapes as documented: a summary `{id, name, language, current_version, created_at_unix,
updated_at_unix}`; the detail adds `rules [{id, word, replacement, ipa, case_sensitive}]` and
`versions [{version, created_at_unix}]`. Every change of the rules (set, add, remove) makes a
new version and the old ones stay readable (download, or `dictionary_version` in a request);
a rename does not. Where the docs are silent: a rule matches whole words, case-sensitively
unless `case_sensitive` is false; an `ipa` pronunciation wins over the `replacement` (espeak-ng
reads it as phonemes); the create and rule endpoints answer with the detail.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from audiobook.text.lexicon import PLS_NS, ipa_to_espeak


@dataclass(frozen=True)
class Rule:
    """One rule as stored: what to read for `word`."""

    id: str
    word: str
    replacement: str
    ipa: str | None = None
    case_sensitive: bool = True

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "word": self.word, "replacement": self.replacement, "ipa": self.ipa,
                "case_sensitive": self.case_sensitive}


def new_rule(word: str, replacement: str, ipa: str | None = None, case_sensitive: bool = True) -> Rule:
    """A rule with a fresh id (rules are removed by id)."""
    return Rule(uuid.uuid4().hex, word, replacement, ipa, case_sensitive)


@dataclass
class StoredDictionary:
    """A dictionary and every version of its rules (version n is `versions[n - 1]`)."""

    id: str
    name: str
    language: str | None
    created: int
    updated: int
    versions: list[tuple[int, tuple[Rule, ...]]] = field(default_factory=list)  # (created_at_unix, rules)

    @property
    def current_version(self) -> int:
        return len(self.versions)

    def rules(self, version: int | None = None) -> tuple[Rule, ...] | None:
        """The rules of `version` (the latest when None); None for a version that does not exist."""
        number = version or self.current_version
        return self.versions[number - 1][1] if 1 <= number <= self.current_version else None

    def summary(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "language": self.language, "current_version": self.current_version,
                "created_at_unix": self.created, "updated_at_unix": self.updated}

    def detail(self) -> dict[str, Any]:
        return {**self.summary(), "rules": [rule.as_json() for rule in self.rules() or ()],
                "versions": [{"version": number, "created_at_unix": created}
                             for number, (created, _) in enumerate(self.versions, start=1)]}


class DictionaryStore:
    """Dictionaries by id, in memory; every method is safe to call from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._dictionaries: dict[str, StoredDictionary] = {}

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [d.summary() for d in self._dictionaries.values()]

    def create(self, name: str, language: str | None, rules: list[Rule]) -> StoredDictionary:
        now = int(time.time())
        dictionary = StoredDictionary(uuid.uuid4().hex, name, language, now, now, [(now, tuple(rules))])
        with self._lock:
            self._dictionaries[dictionary.id] = dictionary
        return dictionary

    def get(self, dictionary_id: str) -> StoredDictionary | None:
        with self._lock:
            return self._dictionaries.get(dictionary_id)

    def rename(self, dictionary_id: str, name: str) -> StoredDictionary | None:
        with self._lock:
            dictionary = self._dictionaries.get(dictionary_id)
            if dictionary is not None:
                dictionary.name, dictionary.updated = name, int(time.time())
            return dictionary

    def delete(self, dictionary_id: str) -> bool:
        with self._lock:
            return self._dictionaries.pop(dictionary_id, None) is not None

    def change_rules(self, dictionary_id: str, *, replace: list[Rule] | None = None, add: tuple[Rule, ...] = (),
                     remove: frozenset[str] = frozenset()) -> StoredDictionary | None:
        """A new version: the rules replaced, or the current ones with `add` and without `remove`."""
        with self._lock:
            dictionary = self._dictionaries.get(dictionary_id)
            if dictionary is None:
                return None
            current = dictionary.rules() or ()
            rules = tuple(replace) if replace is not None else tuple(
                [rule for rule in current if rule.id not in remove] + [*add])
            now = int(time.time())
            dictionary.versions.append((now, rules))
            dictionary.updated = now
            return dictionary


def apply_rules(text: str, rules: tuple[Rule, ...]) -> str:
    """`text` as the dictionary says to read it: whole words replaced, longest word first."""
    for rule in sorted(rules, key=lambda r: -len(r.word)):
        said = f"[[{ipa_to_espeak(rule.ipa)}]]" if rule.ipa else rule.replacement
        pattern = re.compile(rf"(?<!\w){re.escape(rule.word)}(?!\w)", 0 if rule.case_sensitive else re.IGNORECASE)
        text = pattern.sub(lambda _match, said=said: said, text)  # type: ignore[misc]
    return text


def as_pls(dictionary: StoredDictionary, rules: tuple[Rule, ...]) -> bytes:
    """A version as a W3C PLS document (what the download endpoint returns)."""
    lexemes = []
    for rule in rules:
        # what is read: the IPA when the rule has one (it wins), else the respelling
        said = f"<phoneme>{escape(rule.ipa)}</phoneme>" if rule.ipa else f"<alias>{escape(rule.replacement)}</alias>"
        lexemes.append(f"<lexeme><grapheme>{escape(rule.word)}</grapheme>{said}</lexeme>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<lexicon version="1.0" xmlns="{PLS_NS}" alphabet="ipa" xml:lang="{dictionary.language or "en"}">'
            f'{"".join(lexemes)}</lexicon>\n').encode()
