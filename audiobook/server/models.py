"""The local server's request models and answers, as the documented API shapes them.

- Request bodies are pydantic models that forbid unknown fields.
- Errors use `ErrorResponse` `{error, detail, code}`; every 422 uses FastAPI's
  `HTTPValidationError` `{"detail": [{loc, msg, type}]}`, whatever raised it.
- `Refusal` is a request the API turns down before or instead of generating.
- `Closed` is a WebSocket close with its code and reason.
"""

from __future__ import annotations

from typing import Literal, Optional

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from audiobook.voiceai import protocol

AudioFormat = Literal[tuple(protocol.AUDIO_FORMATS)]  # type: ignore[valid-type]
Model = Literal[protocol.MODELS]  # type: ignore[valid-type]
Language = Literal[protocol.LANGUAGES]  # type: ignore[valid-type]
MAX_TEXT = 5_000  # characters per generation (HTTP body, or a WebSocket flush)


class SpeechBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    voice_id: Optional[str] = None  # noqa: UP007 - pydantic on 3.11
    audio_format: AudioFormat = "mp3"
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(0.8, ge=0.0, le=1.0)
    model: Optional[Model] = None  # noqa: UP007
    language: Language = "en"
    dictionary_id: Optional[str] = None  # noqa: UP007
    dictionary_version: Optional[int] = Field(None, ge=1)  # noqa: UP007

    @model_validator(mode="after")
    def _version_of_a_dictionary(self) -> SpeechBody:
        if self.dictionary_version is not None and self.dictionary_id is None:
            raise ValueError("dictionary_version requires dictionary_id")
        return self


class WsInit(SpeechBody):
    # required, as in the documented init schema (it may be empty: text is buffered until a
    # flush, and its length is checked there, one rule with one answer)
    text: str
    delivery_mode: Literal["raw", "paced"] = "raw"
    flush: bool = False


class WsMultiInit(WsInit):
    context_id: Optional[str] = None  # noqa: UP007
    auto_close: bool = False
    close_context: bool = False
    close_socket: bool = False


class WsText(BaseModel):
    """A single-context follow-up: `text` is required there (the multi-context one defaults it)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    flush: bool = False


class WsMultiText(WsText):
    text: str = ""  # optional with close_context, and defaults to "" in the multi-context schema
    context_id: str
    close_context: bool = False
    close_socket: bool = False
    auto_close: bool = False


class VoiceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Optional[str] = None  # noqa: UP007
    voice_visibility: Optional[Literal[protocol.VISIBILITIES]] = None  # type: ignore[valid-type]  # noqa: UP007


class RuleBody(BaseModel):
    """One pronunciation rule as a request sends it."""

    model_config = ConfigDict(extra="forbid")

    word: str = Field(min_length=1)
    replacement: str
    ipa: Optional[str] = None  # noqa: UP007
    case_sensitive: bool = True


class DictionaryFromRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    language: Optional[Language] = None  # noqa: UP007
    rules: list[RuleBody]


class DictionaryRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[RuleBody]


class DictionaryRuleIds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule_ids: list[str]


class DictionaryRename(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)


class Refusal(Exception):
    """The API's answer instead of audio. `field` marks a validation error (422) and its location."""

    def __init__(self, status: int, message: str, code: str, *, retry_after: float | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.retry_after, self.field = status, message, code, retry_after, field

    def response(self) -> JSONResponse:
        if self.status == 422:
            return validation_error(self.field or "body", self.message, self.code)
        headers = {"Retry-After": f"{self.retry_after:g}"} if self.retry_after is not None else None
        return error_response(self.status, self.message, self.code, headers)

    def close(self) -> Closed:
        """The close a single-context WebSocket answers with."""
        if self.status >= 500:
            return Closed(protocol.CLOSE_INTERNAL, self.message)
        if self.status == 422 and self.code == "empty_text":
            return Closed(protocol.CLOSE_INVALID_PAYLOAD, self.message)
        return Closed(protocol.CLOSE_POLICY, self.message)


class Closed(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


def error_response(status: int, message: str, code: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "detail": None, "code": code}, status_code=status, headers=headers)


def validation_error(field: str, message: str, kind: str = "value_error") -> JSONResponse:
    """A 422 in the one documented shape."""
    return JSONResponse({"detail": [{"loc": ["body", field], "msg": message, "type": kind}]}, status_code=422)
