"""The one place where Voice.ai answers become the project's errors.

Every failure is classified once, from the raw answer (HTTP status, WebSocket close
code, per-context error text) before anything is scrubbed, and the same rules hold on
every transport:

    retryable   429, 5xx, "too many concurrent tts generations", rate limits, "TTS
                generation failed" and other server-side failures, timeouts, resets,
                abnormal closes (1006, 1011, a 1000 before `is_last`)
    permanent   401/403 and bad keys, 402 and credits, 404 and unknown voices or
                pronunciation dictionaries, 422 and validation, text too long, empty
                text, 1003, 1007, other 4xx

Only the message shown to people is scrubbed of the key (`Scrub`), after the
decision is made, so scrubbing can never change what an error means.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from time import time

from audiobook.errors import PermanentSynthesisError, RetryableSynthesisError, SynthesisError
from audiobook.voiceai.protocol import (
    CLOSE_INTERNAL,
    CLOSE_INVALID_PAYLOAD,
    CLOSE_NORMAL,
    CLOSE_POLICY,
    CLOSE_UNSUPPORTED_DATA,
)

BACKEND = "voiceai"
Scrub = Callable[[str], str]

_MEANING = {401: "API key missing or invalid", 402: "not enough credits", 403: "not allowed for this API key",
            404: "voice not found or not accessible", 422: "request rejected by validation"}

# What a message says, first match wins; True = worth retrying. The concurrency and rate
# texts come first: they are transient whatever else the message mentions.
_MESSAGE_KINDS: tuple[tuple[re.Pattern[str], str, bool], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind, retryable) for pattern, kind, retryable in (
        (r"too many concurrent|concurren(t|cy) (limit|generations?)", "concurrency limit", True),
        (r"rate.?limit|too many requests|slow down", "rate limit", True),
        (r"credit", "credits", False),
        (r"api key|unauthori[sz]ed|forbidden|authenticat", "authorization", False),
        (r"dictionar(y|ies)\b.*(not found|no version)", "pronunciation dictionary", False),
        (r"voice.*not found|unknown voice|voice.*not (accessible|available)", "voice", False),
        (r"too long|too large", "text too long", False),
        (r"no text|empty", "empty text", False),
        (r"extra inputs|invalid|not permitted|validation|unsupported|must be", "validation", False),
        (r"generation failed|internal|server error|unavailable|overloaded|try again|timed? ?out|temporar",
         "server failure", True),
    ))


def message_kind(message: str) -> tuple[str, bool] | None:
    """(kind, retryable) for a server's error text, or None when the text says nothing we know."""
    for pattern, kind, retryable in _MESSAGE_KINDS:
        if pattern.search(message):
            return kind, retryable
    return None


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def error_text(body: bytes | bytearray | str) -> str:
    """The message of an ErrorResponse `{error, detail, code}` or a FastAPI `{detail}` body; of any other body,
    on one line: a proxy's HTML error page said by its title ("502 Bad Gateway"), not as its markup. websockets
    gives a refused upgrade's body as a bytearray, which is decoded too (it crashed the client: a TypeError,
    "cannot use a string pattern on a bytes-like object", where the page should have been retried)."""
    raw = body if isinstance(body, str) else bytes(body).decode("utf-8", "replace")
    try:
        document = json.loads(raw)
    except ValueError:
        if raw.lstrip()[:1] == "<":
            title = _TITLE.search(raw)
            raw = html.unescape(title.group(1) if title else _TAG.sub(" ", raw))
        return " ".join(raw.split())[:300]
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


def _unchanged(text: str) -> str:
    return text


def _error(retryable: bool, text: str, status: int | None = None, retry_after: float | None = None) -> SynthesisError:
    if retryable:
        return RetryableSynthesisError(text, backend=BACKEND, status=status, retry_after=retry_after)
    return PermanentSynthesisError(text, backend=BACKEND, status=status)


def error_for_status(status: int, message: str, *, retry_after: float | None = None,
                     scrub: Scrub = _unchanged) -> SynthesisError:
    """The error for an HTTP status and the server's raw message."""
    meaning = _MEANING.get(status, "server error" if status >= 500 else "request failed")
    kind = message_kind(message)
    if status == 404 and kind is not None and kind[0] == "pronunciation dictionary":
        meaning = "pronunciation dictionary or version not found"
    retryable = status == 429 or status >= 500 or (kind is not None and kind[0] in ("concurrency limit", "rate limit"))
    shown = scrub(message)
    text = f"{meaning} (HTTP {status})" + (f": {shown}" if shown and shown.lower() != meaning.lower() else "")
    return _error(retryable, text, status, retry_after if retryable else None)


def error_for_close(code: int | None, reason: str, *, scrub: Scrub = _unchanged) -> SynthesisError:
    """The error for a WebSocket that closed before the generation completed."""
    shown = scrub(reason)
    detail = f": {shown}" if shown else ""
    if code == CLOSE_POLICY:
        kind = message_kind(reason)
        if kind is not None and kind[1]:
            return _error(True, f"{kind[0]} (close 1008){detail}", code)
        return _error(False, f"refused by policy (close 1008){detail}", code)
    if code in (CLOSE_UNSUPPORTED_DATA, CLOSE_INVALID_PAYLOAD):
        return _error(False, f"message rejected (close {code}){detail}", code)
    if code == CLOSE_INTERNAL:
        return _error(True, f"generation failed on the server (close 1011){detail}", code)
    if code == CLOSE_NORMAL:
        return _error(True, "connection closed before the audio was complete", code)
    return _error(True, f"connection lost (close {code or 'abnormal'}){detail}", code)


def error_for_context(message: str, *, scrub: Scrub = _unchanged) -> SynthesisError:
    """A `{"error": ...}` message on a WebSocket, for one context or (context_id null) for all.

    Text we do not recognise is treated as transient: the attempt cap bounds what it costs.
    """
    kind = message_kind(message)
    return _error(kind is None or kind[1], scrub(message) or "the server reported an error")
