"""`python -m audiobook.cli`: the same as the `audiobook` command."""

from audiobook.cli import main

main()
