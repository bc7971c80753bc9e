"""What a render will send and cost before it starts, and a budget it must stay within.

The estimate counts the text each segment not yet in the cache sends to its backend,
the speech that text makes (about CHARACTERS_PER_SECOND at speed 1), and what that
speech costs on the backend's account (Voice.ai: about 1,000 credits a minute; the
local engines: nothing). Segments already in the cache cost nothing.

`CreditBudget` is shared by every render thread of a run in one process: each attempt
reserves RESERVE_FACTOR times its estimate first and settles on what the generated audio
actually costs, so a run stops before its spending would pass the budget.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from audiobook.errors import ConfigurationError, PermanentSynthesisError
from audiobook.synthesis.per_run import PerRun
from audiobook.wording import counted

if TYPE_CHECKING:
    from audiobook.models import Segment
    from audiobook.settings import RenderSettings
    from audiobook.tts.registry import Engine

CHARACTERS_PER_SECOND = 15.0  # measured speaking rates are 13-17 for English narration
# A generation in flight holds this much more than its estimate against the budget, so that
# speech slower than the estimate cannot carry the run past the budget.
RESERVE_FACTOR = 1.5


def expected_seconds(text: str, speed: float = 1.0) -> float:
    return len(text) / CHARACTERS_PER_SECOND / speed


@dataclass(frozen=True)
class Estimate:
    """What a render would synthesize and what it would cost."""

    segments: int  # to synthesize
    cached: int  # already in the cache
    characters: int  # sent to the backends
    audio_seconds: float
    credits: float  # on the account; 0 for the local engines

    def summary(self) -> str:
        """One line for people."""
        line = (f"{counted(self.segments, 'segment')} to synthesize ({self.cached:,} more already in the cache): "
                f"{counted(self.characters, 'character')}, about {self.audio_seconds / 60:,.1f} min of audio")
        return line + (f", about {self.credits:,.0f} credits" if self.credits else "")

    def to_json(self) -> dict[str, Any]:
        return {"segments": self.segments, "cached_segments": self.cached, "characters": self.characters,
                "audio_minutes": round(self.audio_seconds / 60, 2), "credits": round(self.credits)}


def estimate(missing: Sequence[Segment], cached: int, engine: Engine, settings: RenderSettings) -> Estimate:
    """The estimate for synthesizing `missing` (the segments not in the cache; `cached` more are)."""
    from audiobook.synthesis.speakers import backend_of

    characters, seconds, credits = 0, 0.0, 0.0
    for segment in missing:
        backend = backend_of(segment, engine, settings.speakers)
        text = backend.engine_text(segment.heard, segment.language)
        characters += len(text)
        speech = expected_seconds(text, settings.speed)
        seconds += speech
        credits += backend.credits(speech)
    return Estimate(len(missing), cached, characters, seconds, credits)


class CreditBudgetError(PermanentSynthesisError):
    """Spending would pass the run's credit budget."""


class CreditBudget(PerRun):
    """At most `limit` credits for one run, shared by its render threads in this process.

    Pickled for another process (a Dask worker), it becomes that process's budget for the
    same run: each process then keeps within the limit on its own.
    """

    def __init__(self, run: str, limit: float) -> None:
        self.run, self.limit = run, limit
        self.spent = 0.0
        self._reserved = 0.0
        self._lock = threading.Lock()

    def run_arguments(self) -> tuple[float]:
        return (self.limit,)

    def reserve(self, credits: float) -> None:
        """Hold `credits` for one generation, or stop the run if that would pass the limit."""
        with self._lock:
            if self.spent + self._reserved + credits > self.limit:
                raise CreditBudgetError(
                    f"stopped before passing the credit budget of {self.limit:,.0f}: {self.spent:,.0f} spent, "
                    f"the next generation needs about {credits:,.0f}; finished segments are in the cache")
            self._reserved += credits

    def settle(self, reserved: float, actual: float) -> None:
        """Replace a reservation by what the generation actually cost (0 if it failed)."""
        with self._lock:
            self._reserved -= reserved
            self.spent += actual


def budget_for(expected: Estimate, max_credits: float | None, source: str) -> CreditBudget | None:
    """This run's budget, or a refusal before any synthesis when the estimate is already over it."""
    if max_credits is None:
        return None
    if max_credits < 0:
        raise ConfigurationError(f"--max-credits must be 0 or more, not {max_credits:g}")
    if expected.credits > max_credits:
        raise CreditBudgetError(f"{source}: about {expected.credits:,.0f} credits needed, more than --max-credits "
                                f"{max_credits:,.0f} ({expected.summary()}); nothing was synthesized")
    return CreditBudget.for_run(uuid.uuid4().hex, max_credits)
