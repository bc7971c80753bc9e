"""The one retry policy: jittered exponential backoff that honours Retry-After, capped.

Built here and used by every layer that retries (the render loop for the embedded
engines, the Voice.ai client for its requests), so no failure is retried twice.
`sleep` is injectable so tests check the schedule without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from audiobook.errors import is_retryable

MAX_WAIT_SECONDS = 30.0


def retry_policy(max_attempts: int, *, sleep: Callable[[float], None] = time.sleep, multiplier: float = 0.5,
                 max_wait: float = MAX_WAIT_SECONDS) -> Retrying:
    """Retry RetryableSynthesisError up to `max_attempts` tries in all; re-raise the last error."""
    backoff = wait_random_exponential(multiplier=multiplier, max=max_wait)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None) or 0.0
        return max(backoff(state), min(retry_after, max_wait))

    return Retrying(stop=stop_after_attempt(max(1, max_attempts)), wait=wait, sleep=sleep, reraise=True,
                    retry=retry_if_exception(is_retryable))


@dataclass(frozen=True)
class RetryLimits:
    """How hard one backend's failures are retried: tries in all, and the backoff's scale."""

    max_attempts: int = 4
    multiplier: float = 0.5

    def policy(self, sleep: Callable[[float], None] = time.sleep) -> Retrying:
        return retry_policy(self.max_attempts, sleep=sleep, multiplier=self.multiplier)
