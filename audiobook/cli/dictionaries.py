"""`audiobook dictionaries ...`: Voice.ai pronunciation dictionaries, made from a lexicon file.

A dictionary is the Voice.ai way to say names and terms right (the lexicon's IPA entries reach
Voice.ai only through one). Make it from the same file `--lexicon` reads, or from a PLS file,
then render with `--voiceai-dictionary ID` (the current version, pinned for the whole render)
or `ID:VERSION`.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from audiobook.cli.base import _run, main
from audiobook.cli.voiceai import _client
from audiobook.errors import ConfigurationError


def _dictionaries():  # type: ignore[no-untyped-def]
    from audiobook.voiceai.dictionaries import Dictionaries

    return Dictionaries(_client())


def _lexicon(source: Path | None):  # type: ignore[no-untyped-def]
    """(lexicon, its book's language or None) from a lexicon file, or from an EPUB's PLS lexicons."""
    from audiobook.text.lexicon import Lexicon, load_lexicon

    if source is None:
        return Lexicon(), None
    if source.suffix.lower() == ".epub":
        from audiobook.ingest import read_book
        from audiobook.text.languages import normalize_language

        book = read_book(source)
        return book.lexicon, normalize_language(book.declared_language)
    return load_lexicon(source), None


def _rules(source: Path | None, rules: tuple[str, ...], language: str | None):  # type: ignore[no-untyped-def]
    """(rules, their language) from a lexicon file or a book, and WORD=SAY options (SAY may be /ipa/)."""
    from audiobook.text.lexicon import Lexicon, lexicon_entry
    from audiobook.voiceai.dictionaries import rules_from_lexicon

    lexicon, book_language = _lexicon(source)
    language = language or book_language or "en"
    for rule in rules:
        word, sep, said = rule.partition("=")
        if not sep or not word.strip() or not said.strip():
            raise ConfigurationError(f"--rule must be WORD=RESPELLING or WORD=/IPA/, not {rule!r}")
        lexicon = lexicon.merged(Lexicon({"*": {word.strip(): lexicon_entry(said)}}))
    made = rules_from_lexicon(lexicon, language)
    if not made:
        raise ConfigurationError(f"no rules for {language!r}: give --from FILE (a lexicon, PLS or an EPUB with "
                                 "PLS lexicons) or --rule WORD=SAY")
    return made, language


def _show(dictionary, as_json: bool = False) -> None:  # type: ignore[no-untyped-def]
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(dictionary), indent=2))
        return
    click.echo(f"{dictionary.id}\tv{dictionary.current_version}\t{dictionary.language or '-'}\t{dictionary.name}")


_SOURCE = click.option("--from", "source", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                       help="A lexicon file (the --lexicon format), a W3C PLS file (.pls), or an EPUB whose PLS "
                            "lexicons to use.")
_RULE = click.option("--rule", "rules", multiple=True, metavar="WORD=SAY",
                     help="A rule: WORD=respelling or WORD=/ipa/ (repeatable).")
_LANGUAGE = click.option("--language", help="The language the rules are for (a lexicon's [xx] sections); "
                                            "default: the EPUB's language, else en.")


@main.group()
def dictionaries() -> None:
    """Voice.ai pronunciation dictionaries (key and URL from AUDIOBOOK_VOICEAI_*)."""


@dictionaries.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_dictionaries(as_json: bool) -> None:
    """Dictionaries of this account: id, current version, language, name."""
    def action() -> None:
        listed = _dictionaries().list()
        if as_json:
            click.echo(json.dumps([dataclasses.asdict(d) for d in listed], indent=2))
            return
        for dictionary in listed:
            _show(dictionary)

    _run(action)


@dictionaries.command("show")
@click.argument("dictionary_id")
@click.option("--json", "as_json", is_flag=True)
def show_dictionary(dictionary_id: str, as_json: bool) -> None:
    """One dictionary and the rules of its current version."""
    def action() -> None:
        dictionary = _dictionaries().get(dictionary_id)
        _show(dictionary, as_json)
        if as_json:
            return
        for rule in dictionary.rules:
            said = f"/{rule.ipa}/" if rule.ipa else rule.replacement
            click.echo(f"  {rule.word} = {said}" + ("" if rule.case_sensitive else "  (any case)"))

    _run(action)


@dictionaries.command("create")
@click.argument("name")
@_SOURCE
@_RULE
@_LANGUAGE
def create_dictionary(name: str, source: Path | None, rules: tuple[str, ...], language: str | None) -> None:
    """Make a dictionary called NAME; prints the --voiceai-dictionary value that names it."""
    def action() -> None:
        if source is not None and source.suffix.lower() == ".pls" and not rules:
            made = _dictionaries().create_from_pls(source, name, language=language)
        else:
            made_rules, rules_language = _rules(source, rules, language)
            made = _dictionaries().create(name, made_rules, language=rules_language)
        _show(made)
        click.echo(f"render with: --voiceai-dictionary {made.id}:{made.current_version}")

    _run(action)


@dictionaries.command("update")
@click.argument("dictionary_id")
@_SOURCE
@_RULE
@_LANGUAGE
def update_dictionary(dictionary_id: str, source: Path | None, rules: tuple[str, ...], language: str | None) -> None:
    """Replace the rules of a dictionary: a new version (earlier renders keep theirs)."""
    def action() -> None:
        made = _dictionaries().set_rules(dictionary_id, _rules(source, rules, language)[0])
        _show(made)
        click.echo(f"render with: --voiceai-dictionary {made.id}:{made.current_version}")

    _run(action)


@dictionaries.command("download")
@click.argument("dictionary_id")
@click.argument("version", type=click.IntRange(min=1))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")
def download_dictionary(dictionary_id: str, version: int, output: Path | None) -> None:
    """One version as a PLS file."""
    def action() -> None:
        data = _dictionaries().download(dictionary_id, version)
        if output is None:
            click.echo(data.decode("utf-8"), nl=False)
        else:
            output.write_bytes(data)

    _run(action)


@dictionaries.command("delete")
@click.argument("dictionary_id")
def delete_dictionary(dictionary_id: str) -> None:
    """Delete a dictionary."""
    def action() -> None:
        _dictionaries().delete(dictionary_id)
        click.echo(f"{dictionary_id}\tdeleted")

    _run(action)
