"""The local server's voices: one built-in voice per language, plus clones.

A clone is stored in memory with the hash of its reference audio; it stays PENDING,
then PROCESSING, for `clone_seconds`, then becomes AVAILABLE (FAILED if the upload
was not audio). Each clone speaks with an espeak-ng variant picked from that hash,
so different clones sound different and the same upload always sounds the same.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from dataclasses import dataclass

from audiobook.server.audio import VARIANTS
from audiobook.voiceai.protocol import LANGUAGES


@dataclass
class StoredVoice:
    voice_id: str
    name: str | None
    voice_visibility: str
    language: str
    variant: str | None
    created: float
    owned: bool = True
    valid_audio: bool = True
    deleted: bool = False

    def status(self, clone_seconds: float) -> str:
        if not self.owned:
            return "AVAILABLE"
        age = time.monotonic() - self.created
        if age < clone_seconds / 2:
            return "PENDING"
        if age < clone_seconds:
            return "PROCESSING"
        return "AVAILABLE" if self.valid_audio else "FAILED"

    def as_json(self, clone_seconds: float) -> dict[str, object]:
        return {"voice_id": self.voice_id, "status": self.status(clone_seconds), "name": self.name,
                "voice_visibility": self.voice_visibility}


class VoiceStore:
    def __init__(self, clone_seconds: float = 0.5) -> None:
        self.clone_seconds = clone_seconds
        self._lock = threading.Lock()
        self._voices: dict[str, StoredVoice] = {}
        for language in LANGUAGES:
            voice_id = f"local-{language}"
            self._voices[voice_id] = StoredVoice(voice_id, f"espeak-ng {language}", "PUBLIC", language, None, 0.0,
                                                 owned=False)

    def list(self) -> list[dict[str, object]]:
        with self._lock:
            return [v.as_json(self.clone_seconds) for v in self._voices.values() if not v.deleted]

    def get(self, voice_id: str) -> StoredVoice | None:
        with self._lock:
            voice = self._voices.get(voice_id)
            return voice if voice is not None and not voice.deleted else None

    def usable(self, voice_id: str) -> bool:
        voice = self.get(voice_id)
        return voice is not None and voice.status(self.clone_seconds) == "AVAILABLE"

    def variant(self, voice_id: str) -> str | None:
        voice = self.get(voice_id)
        return voice.variant if voice else None

    def clone(self, audio: bytes, *, name: str | None, visibility: str, language: str, valid_audio: bool) -> StoredVoice:
        digest = hashlib.sha256(audio).digest()
        voice = StoredVoice(uuid.uuid4().hex, name, visibility, language, VARIANTS[digest[0] % len(VARIANTS)],
                            time.monotonic(), valid_audio=valid_audio)
        with self._lock:
            self._voices[voice.voice_id] = voice
        return voice

    def update(self, voice_id: str, *, name: str | None, visibility: str | None) -> StoredVoice | None:
        with self._lock:
            voice = self._voices.get(voice_id)
            if voice is None or voice.deleted or not voice.owned:
                return None
            if name is not None:
                voice.name = name
            if visibility is not None:
                voice.voice_visibility = visibility
            return voice

    def delete(self, voice_id: str) -> bool:
        with self._lock:
            voice = self._voices.get(voice_id)
            if voice is None or voice.deleted or not voice.owned:
                return False
            voice.deleted = True
            return True
