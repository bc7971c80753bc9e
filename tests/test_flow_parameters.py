"""The flows' parameter forms, as people starting runs from the Prefect UI see them:
choices as dropdowns, bounds, a description for every parameter, and a bad value
refused before the run starts."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest
from audiobook.flows.narrate_scripts import narrate_scripts
from audiobook.flows.render_book import render_book
from audiobook.flows.render_library import render_library
from prefect.utilities.callables import parameter_schema

from audiobook.settings import OUTPUT_FORMATS, EngineName
from audiobook.tts.registry import ENGINES
from audiobook.voiceai.transports import TRANSPORTS
from tests.helpers import SAMPLES


def _properties(flow) -> dict:  # type: ignore[no-untyped-def]
    return parameter_schema(flow).model_dump()["properties"]


@pytest.mark.parametrize("flow", [render_book, render_library, narrate_scripts], ids=lambda f: f.name)
def test_every_parameter_has_a_description_and_choices_are_dropdowns(flow) -> None:  # type: ignore[no-untyped-def]
    properties = _properties(flow)
    assert [name for name, spec in properties.items() if not spec.get("description")] == []
    assert properties["engine"]["enum"] == list(get_args(EngineName)) and set(get_args(EngineName)) == {*ENGINES, "auto"}
    assert properties["transport"]["enum"] == list(TRANSPORTS) or set(properties["transport"]["enum"]) == set(TRANSPORTS)
    assert (properties["speed"]["minimum"], properties["speed"]["maximum"]) == (0.25, 4.0)
    if "formats" in properties:
        assert properties["formats"]["items"]["enum"] == list(OUTPUT_FORMATS)


def test_render_book_bounds() -> None:
    properties = _properties(render_book)
    assert properties["sentence_pause_ms"]["minimum"] == 0 and properties["sentence_pause_ms"]["maximum"] == 60_000
    assert properties["loudness_lufs"]["anyOf"][0] == {"maximum": -5, "minimum": -40, "type": "number"}
    assert properties["max_credits"]["anyOf"][0]["minimum"] == 0
    assert properties["language"]["anyOf"][0]["enum"] == ["en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru",
                                                           "nl"]


@pytest.mark.parametrize(("parameter", "value"), [("engine", "espeek"), ("formats", ["m4a"]), ("speed", 9.0),
                                                  ("transport", "grpc")])
def test_a_bad_value_is_refused_before_the_run_starts(prefect_api, tmp_path: Path, parameter: str,  # type: ignore[no-untyped-def]
                                                      value: object) -> None:
    from prefect.exceptions import ParameterTypeError

    with pytest.raises(ParameterTypeError, match=parameter):
        render_book(source=str(SAMPLES / "lighthouse.epub"), output_dir=str(tmp_path / "out"), **{parameter: value})
    assert not (tmp_path / "out").exists()


def test_render_book_parameters_are_render_options_one_to_one() -> None:
    """The UI's form, the CLI and the library agree: one field per parameter, one default each."""
    import dataclasses
    import inspect

    from audiobook.settings import DEFAULTS, RenderOptions

    signature = inspect.signature(render_book.fn).parameters
    fields = {f.name for f in dataclasses.fields(RenderOptions)}
    assert set(signature) - {"source", "output_dir"} == fields
    defaults = {name: p.default for name, p in signature.items() if name in fields}
    assert defaults == DEFAULTS.as_parameters() | {"speaker_voices": None, "default_speaker_voices": None}


def test_inspect_and_render_take_the_same_text_options() -> None:
    from audiobook.cli import main

    def names(command: str) -> set[str]:
        return {p.name for p in main.commands[command].params}

    text = {"language", "model", "toc_depth", "include_matter", "include_nonlinear", "alt_text", "unsupported",
            "max_chars", "max_words", "announce_chapters", "lexicon"}
    assert text <= names("inspect") and text <= names("render")
