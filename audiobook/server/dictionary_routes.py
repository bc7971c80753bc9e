"""The local server's pronunciation-dictionary routes: list, create (from rules or a PLS file),
get, rename, delete, download a version, and set, add or remove rules (each a new version)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from fastapi import FastAPI, File, Form, UploadFile
from fastapi.responses import Response
from lxml import etree

from audiobook.server.dictionaries import Rule, as_pls, new_rule
from audiobook.server.models import (
    DictionaryFromRules,
    DictionaryRename,
    DictionaryRuleIds,
    DictionaryRules,
    RuleBody,
    error_response,
    validation_error,
)
from audiobook.text.lexicon import parse_pls
from audiobook.voiceai import protocol

if TYPE_CHECKING:
    from audiobook.server.state import LocalVoiceAI


def _not_found() -> Any:
    return error_response(404, "Pronunciation dictionary not found", "dictionary_not_found")


def _rules(bodies: list[RuleBody]) -> list[Rule]:
    return [new_rule(b.word, b.replacement, b.ipa, b.case_sensitive) for b in bodies]


def _rules_from_pls(data: bytes, language: str) -> list[Rule] | None:
    """The lexemes of a PLS file as rules (an alias is the replacement, an IPA phoneme the ipa); None if not PLS."""
    try:
        lexicon = parse_pls(data, language)
    except etree.XMLSyntaxError:
        return None
    return [new_rule(word, word if is_ipa else value, value if is_ipa else None)
            for entries in lexicon.entries.values() for word, (value, is_ipa) in entries.items()]


def add_dictionary_routes(app: FastAPI, state: LocalVoiceAI) -> None:
    store = state.dictionaries
    path = protocol.DICTIONARIES_PATH

    @app.get(path)
    async def list_dictionaries() -> list[dict[str, Any]]:
        return store.list()

    @app.post(path + "/add-from-rules")
    async def add_from_rules(body: DictionaryFromRules) -> dict[str, Any]:
        return store.create(body.name, body.language, _rules(body.rules)).detail()

    @app.post(path + "/add-from-file")
    async def add_from_file(file: UploadFile = File(...), name: str = Form(...),  # noqa: B008
                            language: Optional[str] = Form(None)):  # type: ignore[no-untyped-def]  # noqa: B008, UP007
        if language is not None and language not in protocol.LANGUAGES:
            return validation_error("language", f"language must be one of {', '.join(protocol.LANGUAGES)}",
                                    "literal_error")
        rules = _rules_from_pls(await file.read(), language or "en")
        if rules is None:
            return validation_error("file", "file is not a PLS pronunciation lexicon (application/pls+xml)")
        return store.create(name, language, rules).detail()

    @app.get(protocol.DICTIONARY_PATH)
    async def get_dictionary(dictionary_id: str):  # type: ignore[no-untyped-def]
        dictionary = store.get(dictionary_id)
        return dictionary.detail() if dictionary else _not_found()

    @app.patch(protocol.DICTIONARY_PATH)
    async def rename_dictionary(dictionary_id: str, body: DictionaryRename):  # type: ignore[no-untyped-def]
        dictionary = store.rename(dictionary_id, body.name)
        return dictionary.detail() if dictionary else _not_found()

    @app.delete(protocol.DICTIONARY_PATH)
    async def delete_dictionary(dictionary_id: str):  # type: ignore[no-untyped-def]
        return {"id": dictionary_id, "deleted": True} if store.delete(dictionary_id) else _not_found()

    @app.get(protocol.DICTIONARY_DOWNLOAD_PATH)
    async def download(dictionary_id: str, version: int):  # type: ignore[no-untyped-def]
        dictionary = store.get(dictionary_id)
        rules = dictionary.rules(version) if dictionary else None
        if dictionary is None or rules is None or version < 1:
            return error_response(404, "Pronunciation dictionary version not found", "dictionary_not_found")
        return Response(as_pls(dictionary, rules), media_type=protocol.PLS_MEDIA_TYPE)

    @app.post(protocol.DICTIONARY_PATH + "/set-rules")
    async def set_rules(dictionary_id: str, body: DictionaryRules):  # type: ignore[no-untyped-def]
        dictionary = store.change_rules(dictionary_id, replace=_rules(body.rules))
        return dictionary.detail() if dictionary else _not_found()

    @app.post(protocol.DICTIONARY_PATH + "/add-rules")
    async def add_rules(dictionary_id: str, body: DictionaryRules):  # type: ignore[no-untyped-def]
        dictionary = store.change_rules(dictionary_id, add=tuple(_rules(body.rules)))
        return dictionary.detail() if dictionary else _not_found()

    @app.post(protocol.DICTIONARY_PATH + "/remove-rules")
    async def remove_rules(dictionary_id: str, body: DictionaryRuleIds):  # type: ignore[no-untyped-def]
        current = store.get(dictionary_id)
        if current is None:
            return _not_found()
        unknown = sorted(set(body.rule_ids) - {rule.id for rule in current.rules() or ()})
        if unknown:
            return validation_error("rule_ids", f"no such rule: {', '.join(unknown)}")
        dictionary = store.change_rules(dictionary_id, remove=frozenset(body.rule_ids))
        return dictionary.detail() if dictionary else _not_found()
