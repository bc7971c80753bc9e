"""The `audiobook` command: each subcommand maps onto one library function or flow.

`base` holds the command group, one-line errors and the one place that starts flows;
the subcommands register on it from `book` (render, inspect, doctor), `batch`
(library, narrate), `voiceai` (voices, serve) and `dictionaries` (Voice.ai pronunciation
dictionaries).
"""

from audiobook.cli import batch, book, dictionaries, voiceai  # noqa: F401 - importing registers the subcommands
from audiobook.cli.base import main

__all__ = ["main"]
