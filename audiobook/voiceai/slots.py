"""The plan's concurrent generations, held around every generation.

The limit (3, 5 or 10 on the public plans) belongs to the account, not to a process.

- `ProcessSlots`: a semaphore in this process. Used on Prefect's ephemeral API, where
  only this process renders.
- `AccountSlots`: a Prefect global concurrency limit on the Prefect server, named for
  the account (base URL and a hash of the key, never the key). Every process that
  renders for the account (threads, books in parallel, Prefect workers on other
  machines, Dask workers) takes its slots there, so together they never exceed it.

How `AccountSlots` keeps slots safe and cheap:
- Every slot is a lease of `LEASE_SECONDS` on the Prefect server, renewed while held.
  A process that is killed stops renewing, and the server takes its slots back when
  the lease runs out (at most LEASE_SECONDS plus the server's 15 s lease sweep).
- A slot a thread gives back is kept by this process for `IDLE_SECONDS`, so the next
  generation starts without a round trip to the API; then it goes back to the server,
  where another process waiting for a slot takes it within POLL_SECONDS.
- Only one thread per process asks the server for a new slot at a time, and a slot
  freed in this process meanwhile is handed over at once.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import re
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol
from urllib.parse import urlsplit

from audiobook.errors import ConfigurationError, RetryableSynthesisError

log = logging.getLogger(__name__)

LEASE_SECONDS = 60.0  # the shortest lease the Prefect server grants
IDLE_SECONDS = 0.1
POLL_SECONDS = 0.1  # the longest wait between two requests for a slot while the account is full
CLOSE_SECONDS = 3.0  # the longest a closing process waits to give its slots back


class GenerationSlots(Protocol):
    def hold(self) -> AbstractContextManager[None]:
        """One of the account's concurrent generations, for as long as the `with` lasts."""
        ...

    def close(self) -> None:
        """Give back every slot this process still keeps."""
        ...


class ProcessSlots:
    """The limit inside this process only."""

    def __init__(self, size: int) -> None:
        self._semaphore = threading.BoundedSemaphore(size)

    @contextmanager
    def hold(self) -> Iterator[None]:
        with self._semaphore:
            yield

    def close(self) -> None:
        return None


def account_limit_name(base_url: str, key: str) -> str:
    """The global concurrency limit's name: the host and a hash of URL and key."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}\n{key}".encode()).hexdigest()[:16]
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", urlsplit(base_url).netloc).strip("-") or "voiceai"
    return f"voiceai-{host}-{digest}"


class AccountSlots:
    """Slots of a Prefect global concurrency limit shared by every process of the account."""

    def __init__(self, name: str, size: int, *, lease_seconds: float = LEASE_SECONDS,
                 idle_seconds: float = IDLE_SECONDS) -> None:
        from prefect.client.orchestration import get_client

        self.name = name
        self.size = size
        self._lease_seconds = lease_seconds
        self._idle_seconds = idle_seconds
        self._client = get_client(sync_client=True)
        self._client.__enter__()
        self._local = threading.BoundedSemaphore(size)  # never ask the server for more than the plan
        self._changed = threading.Condition()
        self._idle: list[tuple[Any, float]] = []  # (lease id, when it was given back)
        self._held: set[Any] = set()  # every lease of this process, idle or in use
        self._fetching = False
        self._closed = threading.Event()
        ensure_limit(self._client, name, size)
        self._keeper = threading.Thread(target=self._keep, name="voiceai-slot-keeper", daemon=True)
        self._keeper.start()
        atexit.register(self.close)  # a process that ends gives its slots back at once, not at lease expiry

    @contextmanager
    def hold(self) -> Iterator[None]:
        with self._local:
            lease = self._lease()
            try:
                yield
            finally:
                with self._changed:
                    self._idle.append((lease, time.monotonic()))
                    self._changed.notify()

    def _lease(self) -> Any:
        """An idle lease of this process, or a new one from the server (waiting while the account is full)."""
        with self._changed:
            while not self._idle and self._fetching:
                self._changed.wait(POLL_SECONDS)
            if self._idle:
                return self._idle.pop()[0]
            self._fetching = True
        try:
            while True:
                lease, wait = self._request_lease()
                if lease is not None:
                    with self._changed:
                        self._held.add(lease)
                    return lease
                with self._changed:
                    if not self._idle:
                        self._changed.wait(min(wait, POLL_SECONDS))
                    if self._idle:
                        return self._idle.pop()[0]
        finally:
            with self._changed:
                self._fetching = False
                self._changed.notify_all()

    def _request_lease(self) -> tuple[Any | None, float]:
        """(lease id, 0) or (None, seconds the server asks us to wait)."""
        from httpx import HTTPError, HTTPStatusError

        try:
            response = self._client.increment_concurrency_slots_with_lease(
                names=[self.name], slots=1, mode="concurrency", lease_duration=self._lease_seconds)
        except HTTPStatusError as exc:
            if exc.response.status_code != 423:
                raise ConfigurationError(f"Prefect refused a slot of concurrency limit {self.name}: "
                                         f"HTTP {exc.response.status_code}") from None
            return None, float(exc.response.headers.get("Retry-After") or POLL_SECONDS)
        except HTTPError as exc:  # the server is unreachable: a transient failure of this generation
            raise RetryableSynthesisError(f"no slot of concurrency limit {self.name}: the Prefect server did "
                                          f"not answer ({type(exc).__name__})", backend="voiceai") from None
        return response.json()["lease_id"], 0.0

    def _keep(self) -> None:
        """Renew every lease well before it runs out; give idle ones back to the server."""
        renew_every = self._lease_seconds / 4
        last_renewal = time.monotonic()
        while not self._closed.wait(min(self._idle_seconds, renew_every) / 2):
            now = time.monotonic()
            with self._changed:
                stale = [lease for lease, since in self._idle if now - since >= self._idle_seconds]
                self._idle = [(lease, since) for lease, since in self._idle if lease not in stale]
                self._held.difference_update(stale)
                held = list(self._held)
            for lease in stale:
                self._release(lease)
            if now - last_renewal >= renew_every:
                last_renewal = now
                for lease in held:
                    try:
                        self._client.renew_concurrency_lease(lease, lease_duration=self._lease_seconds)
                    except Exception as exc:  # noqa: BLE001 - the next round tries again; the lease has slack
                        log.warning("could not renew a slot of %s: %s", self.name, type(exc).__name__)

    def _release(self, lease: Any) -> None:
        try:
            self._client.release_concurrency_slots_with_lease(lease)
        except Exception as exc:  # noqa: BLE001 - the lease expires by itself
            log.warning("could not give back a slot of %s (%s); it expires in %gs", self.name,
                        type(exc).__name__, self._lease_seconds)

    def close(self) -> None:
        """Give every slot back, waiting at most CLOSE_SECONDS: a Prefect server that is gone
        must not hold up the end of a process (its leases then simply expire)."""
        if self._closed.is_set():
            return
        self._closed.set()
        atexit.unregister(self.close)
        self._keeper.join(timeout=CLOSE_SECONDS)
        with self._changed:
            leases, self._held, self._idle = list(self._held), set(), []
        releaser = threading.Thread(target=lambda: [self._release(lease) for lease in leases],
                                    name="voiceai-slot-release", daemon=True)
        releaser.start()
        releaser.join(timeout=CLOSE_SECONDS)
        if not releaser.is_alive():
            self._client.__exit__(None, None, None)


def ensure_limit(client: Any, name: str, size: int) -> None:
    """Create the account's limit, or set it to the configured plan concurrency."""
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

    try:
        current = client.read_global_concurrency_limit_by_name(name)
    except ObjectNotFound:
        try:
            client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=size))
            log.info("created Prefect concurrency limit %s with %d slots", name, size)
            return
        except ObjectAlreadyExists:  # another process created it first
            current = client.read_global_concurrency_limit_by_name(name)
    if current.limit != size:
        client.update_global_concurrency_limit(name, GlobalConcurrencyLimitUpdate(limit=size))
        log.info("set Prefect concurrency limit %s from %d to %d slots", name, current.limit, size)
