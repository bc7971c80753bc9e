"""The project's exception tree; third-party errors are translated at one boundary.

    AudiobookError                 base: every error the CLI turns into one line
    ├── InputError                 the user's source cannot be used
    │   ├── ParseError             corrupt archive, broken XML, missing files
    │   ├── UnsafeInputError       zip bombs, entity tricks, archive-escaping paths
    │   ├── DrmError               encrypted (DRM-protected) content
    │   └── EmptyBookError         no readable text at all
    ├── ConfigurationError         bad option value, missing tool (ffmpeg, espeak-ng)
    ├── SynthesisError             a backend could not produce audio
    │   ├── RetryableSynthesisError   transient: retry with backoff
    │   └── PermanentSynthesisError   bad key, no credits, unknown voice: fail fast
    └── OutputError                cannot write or verify the outputs
"""

from __future__ import annotations


class AudiobookError(Exception):
    """Base of every error this project raises on purpose."""


class InputError(AudiobookError):
    """The source book or script cannot be used; the message names the file."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ParseError(InputError):
    """The source is corrupt, truncated, malformed or incomplete."""


class UnsafeInputError(InputError):
    """The source tries something hostile (zip bomb, entity expansion, path escape)."""


class DrmError(InputError):
    """The source's content is encrypted."""


class EmptyBookError(InputError):
    """The source holds no readable text; `option` is the one that would read what was skipped, if one would."""

    def __init__(self, path: str, problem: str, option: str = "") -> None:
        super().__init__(path, problem)
        self.option = option


class UnsupportedLanguageError(InputError):
    """The text is in a language or script none of the voices reads."""


class ConfigurationError(AudiobookError):
    """An option, tool or environment problem detected before work starts."""


class SynthesisError(AudiobookError):
    """A backend failed to synthesize a segment."""

    def __init__(
        self,
        message: str,
        *,
        backend: str = "",
        segment_id: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.message = message
        self.backend = backend
        self.segment_id = segment_id
        self.status = status
        self.retry_after = retry_after
        where = f" (segment {segment_id})" if segment_id else ""
        prefix = f"{backend}: " if backend else ""
        super().__init__(f"{prefix}{message}{where}")


    def for_segment(self, segment_id: str) -> SynthesisError:
        """The same error, naming the segment it happened on."""
        return type(self)(self.message, backend=self.backend, segment_id=segment_id, status=self.status,
                          retry_after=self.retry_after)


class RetryableSynthesisError(SynthesisError):
    """A transient failure: worth retrying with backoff."""


class PermanentSynthesisError(SynthesisError):
    """A failure that retrying cannot fix."""


class OutputError(AudiobookError):
    """Outputs cannot be written, or failed verification."""


def is_retryable(exc: BaseException) -> bool:
    """The one classifier the retry policy uses."""
    return isinstance(exc, RetryableSynthesisError)
