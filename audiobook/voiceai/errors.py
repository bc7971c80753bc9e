"""The one place where Voice.ai answers become the project's errors.

HTTP statuses, error bodies, WebSocket close codes and transport exceptions map to
RetryableSynthesisError (429, "too many concurrent tts generations", 5xx, timeouts,
resets, abnormal closes) or PermanentSynthesisError (401, 402, 403, 404, 422,
other 4xx, bad frames). Messages are scrubbed of the API key.
"""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from time import time

from ..errors import PermanentSynthesisError, RetryableSynthesisError, SynthesisError
from .protocol import (
    CLOSE_INTERNAL,
    CLOSE_INVALID_PAYLOAD,
    CLOSE_NORMAL,
    CLOSE_POLICY,
    CLOSE_UNSUPPORTED_DATA,
    CONCURRENCY_MESSAGE,
)

BACKEND = "voiceai"

_MEANING = {401: "API key missing or invalid", 402: "not enough credits", 403: "not allowed for this API key",
            404: "voice not found or not accessible", 422: "request rejected by validation"}


def error_text(body: bytes | str) -> str:
    """The message of an ErrorResponse `{error, detail, code}` or a FastAPI `{detail}` body."""
    raw = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        document = json.loads(raw)
    except ValueError:
        return raw.strip()[:300]
    if isinstance(document, dict):
        detail = document.get("detail")
        if isinstance(detail, list):  # HTTPValidationError
            return "; ".join(f"{'.'.join(str(p) for p in item.get('loc', []))}: {item.get('msg', '')}"
                             for item in detail if isinstance(item, dict))
        parts = [str(document[k]) for k in ("error", "detail") if document.get(k)]
        return ": ".join(parts) if parts else raw.strip()[:300]
    return raw.strip()[:300]


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError):
        return None


def error_for_status(status: int, message: str, *, retry_after: float | None = None) -> SynthesisError:
    """The error for an HTTP status and the server's message."""
    meaning = _MEANING.get(status, "server error" if status >= 500 else "request failed")
    text = f"{meaning} (HTTP {status})" + (f": {message}" if message and message.lower() != meaning.lower() else "")
    if status == 429 or status >= 500 or CONCURRENCY_MESSAGE in message.lower():
        return RetryableSynthesisError(text, backend=BACKEND, status=status, retry_after=retry_after)
    return PermanentSynthesisError(text, backend=BACKEND, status=status)


def error_for_close(code: int | None, reason: str) -> SynthesisError:
    """The error for a WebSocket that closed before the generation completed."""
    detail = f": {reason}" if reason else ""
    if code == CLOSE_POLICY:
        lowered = reason.lower()
        if CONCURRENCY_MESSAGE in lowered:
            return RetryableSynthesisError(f"concurrency limit (close 1008){detail}", backend=BACKEND, status=code)
        return PermanentSynthesisError(f"refused by policy (close 1008){detail}", backend=BACKEND, status=code)
    if code in (CLOSE_UNSUPPORTED_DATA, CLOSE_INVALID_PAYLOAD):
        return PermanentSynthesisError(f"message rejected (close {code}){detail}", backend=BACKEND, status=code)
    if code == CLOSE_INTERNAL:
        return RetryableSynthesisError(f"generation failed on the server (close 1011){detail}", backend=BACKEND,
                                       status=code)
    if code == CLOSE_NORMAL:
        return RetryableSynthesisError("connection closed before the audio was complete", backend=BACKEND, status=code)
    return RetryableSynthesisError(f"connection lost (close {code or 'abnormal'}){detail}", backend=BACKEND,
                                   status=code)


def error_for_context(message: str) -> SynthesisError:
    """A multi-context `{"error": ...}` message for one context."""
    lowered = message.lower()
    if CONCURRENCY_MESSAGE in lowered or "try again" in lowered or "internal" in lowered:
        return RetryableSynthesisError(message, backend=BACKEND)
    return PermanentSynthesisError(message, backend=BACKEND)
