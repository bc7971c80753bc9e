"""The one mapping from Voice.ai answers to retryable and permanent errors."""

from __future__ import annotations

import pytest

from audiobook.errors import PermanentSynthesisError, RetryableSynthesisError
from audiobook.voiceai.errors import error_for_close, error_for_status, error_text, retry_after_seconds


@pytest.mark.parametrize(("status", "message", "kind"), [
    (401, "Invalid key", PermanentSynthesisError), (402, "insufficient credits to generate speech", PermanentSynthesisError),
    (403, "", PermanentSynthesisError), (404, "Voice not found", PermanentSynthesisError),
    (422, "body.text: field required", PermanentSynthesisError), (400, "Text is too long", PermanentSynthesisError),
    (400, "Too many concurrent TTS generations", RetryableSynthesisError), (429, "", RetryableSynthesisError),
    (500, "", RetryableSynthesisError), (503, "", RetryableSynthesisError),
])
def test_http_statuses(status: int, message: str, kind: type) -> None:
    error = error_for_status(status, message, retry_after=2.0)
    assert type(error) is kind and str(status) in str(error)
    assert error.retry_after == (2.0 if kind is RetryableSynthesisError else None)


@pytest.mark.parametrize(("code", "reason", "kind"), [
    (1000, "", RetryableSynthesisError),  # closed normally but before is_last: the audio is incomplete
    (1003, "binary frames are not supported", PermanentSynthesisError),
    (1007, "extra inputs are not permitted", PermanentSynthesisError),
    (1008, "invalid or missing API key", PermanentSynthesisError),
    (1008, "too many concurrent tts generations", RetryableSynthesisError),
    (1011, "TTS generation failed", RetryableSynthesisError),
    (1006, "", RetryableSynthesisError), (None, "", RetryableSynthesisError),
])
def test_websocket_close_codes(code: int | None, reason: str, kind: type) -> None:
    assert type(error_for_close(code, reason)) is kind


def test_error_bodies_of_both_shapes() -> None:
    assert error_text(b'{"error": "Voice not found", "detail": null, "code": "x"}') == "Voice not found"
    assert error_text(b'{"detail": "Voice not found"}') == "Voice not found"
    assert error_text(b'{"detail": [{"loc": ["body", "top_p"], "msg": "too big", "type": "x"}]}') == "body.top_p: too big"
    # a proxy's page, by its title or its text, on one line: not 300 characters of markup and line breaks
    assert error_text(b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><h1>502</h1></body>") == (
        "502 Bad Gateway")
    assert error_text(b"<html><body>\n<p>Service &amp; gateway\ndown</p></body></html>") == "Service & gateway down"
    assert error_text(b"upstream connect error\nor disconnect") == "upstream connect error or disconnect"


def test_retry_after_as_seconds_or_date() -> None:
    assert retry_after_seconds("3") == 3.0 and retry_after_seconds(None) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0 and retry_after_seconds("soon") is None
