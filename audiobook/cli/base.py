"""The `audiobook` command group and what every subcommand shares: one-line errors with
exit codes (2 for bad input or options, 1 for failures while rendering), the choices
the options offer, the set-up before a flow runs, and the one place that starts flows.
Subcommands live in `cli`, `cli_batch` and `cli_voiceai`, which register on `main`."""

from __future__ import annotations

import os
import sys
from typing import Any, get_args

import click

from audiobook.errors import AudiobookError, ConfigurationError, InputError
from audiobook.settings import EngineName, TransportName

ENGINE_NAMES: tuple[str, ...] = get_args(EngineName)
TRANSPORT_NAMES: tuple[str, ...] = get_args(TransportName)


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {' '.join(message.split())}", err=True)  # always one line, whatever a parser said
    sys.exit(code)


def _run(action):  # type: ignore[no-untyped-def]
    """Run `action`, turning the project's errors into one line and an exit code."""
    try:
        return action()
    except (InputError, ConfigurationError) as exc:
        _fail(str(exc), 2)
    except AudiobookError as exc:
        _fail(str(exc), 1)
    except KeyboardInterrupt:
        _fail("interrupted; outputs already finished are complete, nothing half-written was kept", 130)


@click.group()
@click.version_option(package_name="audiobook")
def main() -> None:
    """Turn EPUB and HTML books into chaptered audiobooks, and podcast scripts into episodes."""


def _before_flow_run() -> None:
    """Keep Prefect off the console: the CLI shows a progress bar and ends in one line
    (the outcome, or the error); the run's full logs still reach the Prefect API and UI.
    Set PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL=INFO to see them here too. And make sure
    nothing this command starts (the ephemeral API server, encoders, workers) outlives it."""
    from audiobook.watchdog import start_watchdog

    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect waits 20 s for its ephemeral API server, which a busy 2-core machine can need more than
    os.environ.setdefault(_STARTUP_TIMEOUT, str(EPHEMERAL_STARTUP_SECONDS))
    start_watchdog()


_STARTUP_TIMEOUT = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
EPHEMERAL_STARTUP_SECONDS = 120
_NO_EPHEMERAL_SERVER = "Timed out while attempting to connect to ephemeral Prefect API server"


# The edge: the only place in the package that starts flows.


def start_render_book(**parameters: Any) -> dict[str, Any]:
    from audiobook.flows.render_book import render_book

    return _call_flow(render_book, **parameters)  # type: ignore[no-any-return]


def start_render_library(**parameters: Any) -> dict[str, Any]:
    from audiobook.flows.render_library import render_library

    return _call_flow(render_library, **parameters)  # type: ignore[no-any-return]


def start_narrate_scripts(**parameters: Any) -> dict[str, Any]:
    from audiobook.flows.narrate_scripts import narrate_scripts

    return _call_flow(narrate_scripts, **parameters)  # type: ignore[no-any-return]


def _call_flow(flow, **parameters):  # type: ignore[no-untyped-def]
    """Run a flow; parameters Prefect refuses (a value outside its choices or bounds) are a
    one-line configuration error, like any other bad option."""
    from prefect.exceptions import ParameterTypeError

    try:
        return flow(**parameters)
    except ParameterTypeError as exc:
        problems = [line.strip().removeprefix("- ") for line in str(exc).splitlines()[1:] if line.strip()]
        raise ConfigurationError(f"invalid option: {'; '.join(problems) or exc}") from None
    except RuntimeError as exc:
        if not str(exc).startswith(_NO_EPHEMERAL_SERVER):
            raise
        raise AudiobookError(
            f"Prefect's local API server did not start within {os.environ.get(_STARTUP_TIMEOUT)} s, so nothing was "
            f"rendered; try again when the machine is less busy, raise {_STARTUP_TIMEOUT}, or set PREFECT_API_URL "
            "to a running Prefect server") from None
