"""Running the local Voice.ai server: in the foreground (`audiobook serve`) or in a
background thread on a free port (tests, benchmarks, `LocalServer`)."""

from __future__ import annotations

import os
import socket
import threading
import time

import uvicorn

from audiobook.errors import ConfigurationError
from audiobook.server.app import ServerOptions, create_app


def serve(host: str, port: int, options: ServerOptions) -> None:
    """Serve until interrupted; a host and port that cannot be bound is one ConfigurationError."""
    try:
        with socket.create_server((host, port)):
            pass  # free (closed again at once, so uvicorn can bind it)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise ConfigurationError(f"cannot listen on {host}:{port}: {reason}") from None
    uvicorn.run(create_app(options), host=host, port=port, log_level="warning", ws="websockets-sansio")


class LocalServer:
    """The server on 127.0.0.1 and a free port, in a thread, for as long as the `with` lasts."""

    def __init__(self, options: ServerOptions | None = None) -> None:
        self.app = create_app(options)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning", ws="websockets-sansio",
                                lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="local-voiceai", daemon=True)

    @property
    def local(self):  # type: ignore[no-untyped-def]
        """The server's state (options, voices, stats)."""
        return self.app.state.local

    def __enter__(self) -> LocalServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the local Voice.ai server did not start")
            time.sleep(0.02)
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        self.base_url = f"http://{host}:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
