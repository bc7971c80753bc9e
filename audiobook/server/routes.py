"""The local server's voice routes: list, get, update, delete and clone (multipart)."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING, Any, Optional

from fastapi import FastAPI, File, Form, UploadFile

from audiobook.server.models import VoiceUpdate, error_response, validation_error
from audiobook.voiceai import protocol

if TYPE_CHECKING:
    from audiobook.server.state import LocalVoiceAI


def _is_audio(data: bytes) -> bool:
    from pydub import AudioSegment

    try:
        return len(AudioSegment.from_file(io.BytesIO(data))) > 0
    except Exception:  # not decodable: the clone fails, as the real service would
        return False


def _not_found() -> Any:
    return error_response(404, "Voice not found", "voice_not_found")


def add_voice_routes(app: FastAPI, state: LocalVoiceAI) -> None:
    @app.get(protocol.VOICES_PATH)
    async def list_voices() -> list[dict[str, Any]]:
        return state.voices.list()

    @app.get(protocol.VOICE_PATH)
    async def get_voice(voice_id: str):  # type: ignore[no-untyped-def]
        voice = state.voices.get(voice_id)
        return voice.as_json(state.voices.clone_seconds) if voice else _not_found()

    @app.patch(protocol.VOICE_PATH)
    async def update_voice(voice_id: str, body: VoiceUpdate):  # type: ignore[no-untyped-def]
        voice = state.voices.update(voice_id, name=body.name, visibility=body.voice_visibility)
        return voice.as_json(state.voices.clone_seconds) if voice else _not_found()

    @app.delete(protocol.VOICE_PATH)
    async def delete_voice(voice_id: str):  # type: ignore[no-untyped-def]
        if not state.voices.delete(voice_id):
            return _not_found()
        return {"status": "deleted", "voice_id": voice_id}

    @app.post(protocol.CLONE_PATH)
    async def clone_voice(file: UploadFile = File(...), name: Optional[str] = Form(None),  # noqa: B008, UP007
                          voice_visibility: str = Form("PUBLIC"), language: str = Form("en")):  # noqa: B008
        data = await file.read()
        if len(data) > protocol.MAX_CLONE_BYTES:
            return error_response(413, "file is larger than 7.5 MB", "file_too_large")
        if protocol.clone_audio_kind(data) is None:
            return validation_error("file", f"file must be {protocol.CLONE_FORMATS} audio")
        if voice_visibility not in protocol.VISIBILITIES:
            return validation_error("voice_visibility", "voice_visibility must be PUBLIC or PRIVATE", "literal_error")
        if language not in protocol.LANGUAGES:
            return validation_error("language", f"language must be one of {', '.join(protocol.LANGUAGES)}",
                                    "literal_error")
        valid = await asyncio.to_thread(_is_audio, data)
        voice = state.voices.clone(data, name=name, visibility=voice_visibility, language=language, valid_audio=valid)
        if state.options.clone_answer_delay:
            await asyncio.sleep(state.options.clone_answer_delay)
        return {"voice_id": voice.voice_id, "status": "PENDING"}
