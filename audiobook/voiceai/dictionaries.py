"""Voice.ai pronunciation dictionaries: versioned word -> pronunciation rules a generation names.

    dictionaries = Dictionaries(client)
    made = dictionaries.create("Lighthouse names", [Rule("Nguyen", "Win")], language="en")
    clip = client.speech(SpeechRequest("Mr Nguyen.", dictionary_id=made.id, dictionary_version=made.current_version))

Every change of the rules makes a new version; a render should name one (the cache keys
hold it), `latest_version` says which is current. Creating a dictionary or changing its rules
is sent once, never retried blindly: a request that failed in transit may still have made the
change, and a retry would make a second dictionary or a second version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audiobook.text.lexicon import Lexicon
from audiobook.voiceai import protocol
from audiobook.voiceai.client import VoiceAIClient


@dataclass(frozen=True)
class Rule:
    """Read `word` as `replacement` (a respelling), or as `ipa` when given."""

    word: str
    replacement: str
    ipa: str | None = None
    case_sensitive: bool = True
    id: str = ""  # given by the service

    def body(self) -> dict[str, Any]:
        """The rule as a request sends it (an absent IPA is left out, not sent as null)."""
        return {"word": self.word, "replacement": self.replacement, "case_sensitive": self.case_sensitive,
                **({"ipa": self.ipa} if self.ipa else {})}


@dataclass(frozen=True)
class PronunciationDictionary:
    id: str
    name: str
    language: str | None
    current_version: int
    rules: tuple[Rule, ...] = ()
    versions: tuple[int, ...] = ()

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> PronunciationDictionary:
        rules = tuple(Rule(r["word"], r["replacement"], r.get("ipa"), bool(r.get("case_sensitive", True)), r["id"])
                      for r in document.get("rules") or ())
        return cls(document["id"], document["name"], document.get("language"), int(document["current_version"]),
                   rules, tuple(int(v["version"]) for v in document.get("versions") or ()))


def rules_from_lexicon(lexicon: Lexicon, language: str) -> list[Rule]:
    """A lexicon's entries for `language` (and for every language) as dictionary rules: a
    respelling is the replacement, an IPA entry the ipa. Case as the lexicon matches it: a word
    with capitals case-sensitively, else in any case."""
    table = {**lexicon.entries.get("*", {}), **lexicon.entries.get(language, {})}
    return [Rule(word, word if is_ipa else value, value if is_ipa else None,
                 case_sensitive=any(ch.isupper() for ch in word)) for word, (value, is_ipa) in table.items()]


class Dictionaries:
    """The pronunciation-dictionary endpoints, over a client's session, key and retry policy."""

    def __init__(self, client: VoiceAIClient) -> None:
        self.client = client

    def _path(self, dictionary_id: str, action: str = "") -> str:
        return protocol.DICTIONARY_PATH.format(dictionary_id=dictionary_id) + (f"/{action}" if action else "")

    def list(self) -> list[PronunciationDictionary]:
        listed = self.client.request_json("GET", protocol.DICTIONARIES_PATH)
        return [PronunciationDictionary.from_json(document) for document in listed]

    def get(self, dictionary_id: str) -> PronunciationDictionary:
        return PronunciationDictionary.from_json(self.client.request_json("GET", self._path(dictionary_id)))

    def create(self, name: str, rules: Iterable[Rule], *, language: str | None = None) -> PronunciationDictionary:
        body = {"name": name, "rules": [rule.body() for rule in rules], **({"language": language} if language else {})}
        return PronunciationDictionary.from_json(self.client.request_json(
            "POST", protocol.DICTIONARIES_PATH + "/add-from-rules", json=body, retried=False))

    def create_from_pls(self, pls: Path, name: str, *, language: str | None = None) -> PronunciationDictionary:
        """Upload a W3C PLS lexicon file (multipart)."""
        fields = {"name": name, **({"language": language} if language else {})}
        return PronunciationDictionary.from_json(self.client.request_json(
            "POST", protocol.DICTIONARIES_PATH + "/add-from-file", retried=False, data=fields,
            files={"file": (Path(pls).name, Path(pls).read_bytes(), protocol.PLS_MEDIA_TYPE)}))

    def rename(self, dictionary_id: str, name: str) -> PronunciationDictionary:
        return PronunciationDictionary.from_json(
            self.client.request_json("PATCH", self._path(dictionary_id), json={"name": name}))

    def delete(self, dictionary_id: str) -> None:
        self.client.request_json("DELETE", self._path(dictionary_id), retried=False)

    def set_rules(self, dictionary_id: str, rules: Iterable[Rule]) -> PronunciationDictionary:
        """Replace every rule: a new version."""
        return self._change(dictionary_id, "set-rules", {"rules": [rule.body() for rule in rules]})

    def add_rules(self, dictionary_id: str, rules: Iterable[Rule]) -> PronunciationDictionary:
        return self._change(dictionary_id, "add-rules", {"rules": [rule.body() for rule in rules]})

    def remove_rules(self, dictionary_id: str, rule_ids: Iterable[str]) -> PronunciationDictionary:
        return self._change(dictionary_id, "remove-rules", {"rule_ids": list(rule_ids)})

    def _change(self, dictionary_id: str, action: str, body: dict[str, Any]) -> PronunciationDictionary:
        return PronunciationDictionary.from_json(
            self.client.request_json("POST", self._path(dictionary_id, action), json=body, retried=False))

    def download(self, dictionary_id: str, version: int) -> bytes:
        """One version as a PLS document."""
        path = protocol.DICTIONARY_DOWNLOAD_PATH.format(dictionary_id=dictionary_id, version=version)
        return self.client.request("GET", path).content
