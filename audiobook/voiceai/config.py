"""Client settings: base URL, API key, plan concurrency, timeouts, retries.

Built once (from the environment, a Prefect Secret block, or explicit values) and
passed down. The key is an `ApiKey`, whose repr and str never show it.

    AUDIOBOOK_VOICEAI_API_KEY (or VOICEAI_API_KEY)   the key
    AUDIOBOOK_VOICEAI_SECRET_BLOCK                    name of a Prefect Secret block holding it
    AUDIOBOOK_VOICEAI_BASE_URL                        default https://dev.voice.ai
    AUDIOBOOK_VOICEAI_CONCURRENCY                     concurrent generations of the plan (3, 5, 10)
    AUDIOBOOK_VOICEAI_TIMEOUT                         seconds per request
    AUDIOBOOK_VOICEAI_MAX_ATTEMPTS                    tries per request, retries included
    AUDIOBOOK_VOICEAI_ACCOUNT_LIMIT                   where the plan's limit is kept: "prefect" (a global
                                                      concurrency limit on the Prefect server), "process"
                                                      (this process only); default: prefect when
                                                      PREFECT_API_URL names a server, else process
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from audiobook.errors import ConfigurationError
from audiobook.voiceai.protocol import DEFAULT_BASE_URL


class ApiKey:
    """A secret string: `reveal()` gives it to the one place that sends it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value.strip()

    def reveal(self) -> str:
        return self._value

    def scrub(self, text: str) -> str:
        """`text` with the key (should a server ever echo it) replaced by asterisks.

        Only whole tokens are replaced: a key that is also part of a word ("any" in
        "too many") leaves the word alone, so a message keeps its meaning whatever the
        key's length. Use it on what is shown or stored, after errors are classified.
        """
        if not self._value:
            return text
        return re.sub(rf"(?<![\w-]){re.escape(self._value)}(?![\w-])", "********", text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiKey) and other._value == self._value

    def __hash__(self) -> int:  # equal keys are one account: one cached engine per process
        return hash(("ApiKey", self._value))

    def __repr__(self) -> str:
        return "ApiKey('********')"

    __str__ = __repr__

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # pickled for Prefect/Dask workers: they get the key, logs of the object do not
        return (ApiKey, (self._value,))


def _secret_block_value(name: str) -> str:
    try:
        from prefect.blocks.system import Secret

        return str(Secret.load(name).get())
    except Exception as exc:  # any failure to read the block is a configuration problem
        raise ConfigurationError(f"cannot read the Prefect Secret block {name!r}: {type(exc).__name__}") from None


def _prefect_server_url() -> str | None:
    """The Prefect server this process reports to; None on the ephemeral API."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


ACCOUNT_LIMITS = ("process", "prefect")


@dataclass(frozen=True)
class VoiceAIConfig:
    """Everything the client needs to talk to one Voice.ai deployment."""

    base_url: str = DEFAULT_BASE_URL
    api_key: ApiKey | None = None
    concurrency: int = 3
    timeout: float = 60.0
    max_attempts: int = 8
    backoff_multiplier: float = 0.5
    account_limit: str = "process"  # "process" or "prefect" (see slots.py)

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"Voice.ai base URL must start with http:// or https://, not {self.base_url!r}")
        if not 1 <= self.concurrency <= 100:
            raise ConfigurationError("Voice.ai concurrency must be between 1 and 100")
        if self.account_limit not in ACCOUNT_LIMITS:
            raise ConfigurationError(f"AUDIOBOOK_VOICEAI_ACCOUNT_LIMIT must be one of {', '.join(ACCOUNT_LIMITS)}, "
                                     f"not {self.account_limit!r}")

    @property
    def limit_name(self) -> str:
        """The Prefect global concurrency limit this account's generations share."""
        from audiobook.voiceai.slots import account_limit_name

        return account_limit_name(self.base_url, self.require_key().reveal())

    def open_slots(self):  # type: ignore[no-untyped-def]
        """The account's generation slots: on the Prefect server, or in this process."""
        from audiobook.voiceai.slots import AccountSlots, ProcessSlots

        if self.account_limit == "prefect":
            return AccountSlots(self.limit_name, self.concurrency)
        return ProcessSlots(self.concurrency)

    @property
    def ws_base_url(self) -> str:
        return "ws" + self.base_url.removeprefix("http").rstrip("/")

    def require_key(self) -> ApiKey:
        if self.api_key is None or not self.api_key.reveal():
            raise ConfigurationError("no Voice.ai API key: set AUDIOBOOK_VOICEAI_API_KEY (or VOICEAI_API_KEY), or "
                                     "AUDIOBOOK_VOICEAI_SECRET_BLOCK to the name of a Prefect Secret block")
        return self.api_key

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> VoiceAIConfig:
        """Values from AUDIOBOOK_VOICEAI_* (key: env, then Secret block), then explicit overrides."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        key = env.get("AUDIOBOOK_VOICEAI_API_KEY") or env.get("VOICEAI_API_KEY")
        if not key and env.get("AUDIOBOOK_VOICEAI_SECRET_BLOCK"):
            key = _secret_block_value(env["AUDIOBOOK_VOICEAI_SECRET_BLOCK"])
        if key:
            values["api_key"] = ApiKey(key)
        if env.get("AUDIOBOOK_VOICEAI_BASE_URL"):
            values["base_url"] = env["AUDIOBOOK_VOICEAI_BASE_URL"].rstrip("/")
        for name, cast in (("concurrency", int), ("timeout", float), ("max_attempts", int)):
            raw = env.get(f"AUDIOBOOK_VOICEAI_{name.upper()}")
            if raw:
                try:
                    values[name] = cast(raw)
                except ValueError:
                    raise ConfigurationError(f"AUDIOBOOK_VOICEAI_{name.upper()} must be a number, not {raw!r}") from None
        values["account_limit"] = env.get("AUDIOBOOK_VOICEAI_ACCOUNT_LIMIT") or (
            "prefect" if _prefect_server_url() else "process")
        values.update({k: (ApiKey(v) if k == "api_key" and isinstance(v, str) else v)
                       for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
