"""A book's declared region: Brazil's numbers and voice for a pt-BR book, Belgium's "septante" for fr-BE,
each region's espeak-ng voice; the language, its detector and its model stay the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audiobook.ingest import read_book
from audiobook.settings import RenderSettings
from audiobook.synthesis.render import address
from audiobook.text.dialects import dialect_of
from audiobook.text.segmenter import SegmentOptions, plan_book
from audiobook.tts.base import SynthesisOptions
from audiobook.tts.registry import load_engine
from samples.synthetic import write_epub
from tests.helpers import requires_tools

BRAZILIAN = ("<p>Aos 16 anos ele andou 17 km em 19 dias; a viagem custou 2000000000 reais.</p>"
             "<p>Ele tinha dezesseis irmãos e um sonho.</p>")


def _book(tmp_path: Path, name: str, language: str, body: str) -> Path:
    page = ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>1</title></head>'
            f"<body><h1>Capítulo 1</h1>{body}</body></html>").encode()
    return write_epub(tmp_path / name, "Viagem", [("c1.xhtml", "Capítulo 1", page)], language=language)


def _heard(book: Path) -> str:
    return " ".join(s.heard for c in plan_book(read_book(str(book))).chapters for s in c.segments)


@pytest.mark.parametrize(("tag", "dialect"), [
    ("pt-BR", "pt-BR"), ("pt_br", "pt-BR"), ("pt", None), ("pt-PT", None), ("fr-BE", "fr-BE"), ("fr-CH", "fr-CH"),
    ("fr-CA", None), ("en-GB", "en-GB"), ("en-AU", "en-GB"), ("en-US", None), ("es-MX", "es-419"), ("es-419", "es-419"),
    ("es-ES", None), ("de-AT", None), (None, None), ("", None)])
def test_a_declared_tag_names_the_dialect_it_changes(tag: str | None, dialect: str | None) -> None:
    assert dialect_of(tag) == dialect


def test_a_brazilian_book_says_its_numbers_as_brazil_does_and_a_portuguese_one_as_portugal(tmp_path: Path) -> None:
    brazil = _heard(_book(tmp_path, "br.epub", "pt-BR", BRAZILIAN))
    assert "dezesseis anos" in brazil and "dezessete quilômetros" in brazil and "dezenove dias" in brazil
    assert "dois bilhões de reais" in brazil and "dezesseis irmãos" in brazil  # the author's own word as written
    assert "dezasseis" not in brazil and "mil milhões" not in brazil
    portugal = _heard(_book(tmp_path, "pt.epub", "pt-PT", BRAZILIAN))
    assert "dezasseis anos" in portugal and "dezassete quilómetros" in portugal and "dois mil milhões" in portugal
    assert _heard(_book(tmp_path, "plain.epub", "pt", BRAZILIAN)) == portugal


def test_belgian_and_swiss_french_say_septante_and_nonante(tmp_path: Path) -> None:
    body = "<p>En 1971, il avait 77 ans, 91 petits-enfants et vivait au 70e étage, le 99e jour.</p>"
    belgium = _heard(_book(tmp_path, "be.epub", "fr-BE", body))
    assert ("mille neuf cent septante et un" in belgium and "septante-sept ans" in belgium
            and "nonante et un petits-enfants" in belgium and "septantième étage" in belgium
            and "nonante-neuvième jour" in belgium)
    france = _heard(_book(tmp_path, "fr.epub", "fr-FR", body))
    assert "soixante et onze" in france and "quatre-vingt-onze" in france and "septante" not in france
    assert _heard(_book(tmp_path, "ch.epub", "fr-CH", body)) == belgium


def test_a_date_whose_numbers_could_each_be_the_month_is_read_in_the_order_its_region_writes(tmp_path: Path) -> None:
    """"12/03/2021" was read "twelve three twenty twenty-one" in every English book: either number could be the
    month. A British (or Australian, Irish...) book writes the day first, an American one the month; a book whose
    tag names no region, and a date the numbers already tell ("25/12/1850"), read as before. `--dialect en-GB`
    reads it as Britain does, whatever the book declares."""
    body = "<p>The storm came on 12/03/2021, and the ferry on 25/12/1850 and 2021-03-04.</p>"
    british = _heard(_book(tmp_path, "gb.epub", "en-GB", body))
    assert "on the twelfth of March twenty twenty-one, and the ferry on the twenty-fifth of December" in british
    assert "on December third, twenty twenty-one" in _heard(_book(tmp_path, "us.epub", "en-US", body))
    plain = _heard(_book(tmp_path, "en.epub", "en", body))
    assert "on twelve three twenty twenty-one, and the ferry on the twenty-fifth of December" in plain
    assert "March fourth, twenty twenty-one" in plain and "March fourth, twenty twenty-one" in british
    us_book = read_book(str(_book(tmp_path, "us2.epub", "en-US", body)))
    chosen = " ".join(s.heard for c in plan_book(us_book, SegmentOptions(dialect="en-GB")).chapters
                      for s in c.segments)
    assert "on the twelfth of March twenty twenty-one" in chosen


@requires_tools
def test_each_region_is_read_with_its_espeak_voice_unless_a_voice_is_chosen(tmp_path: Path) -> None:
    plan = plan_book(read_book(str(_book(tmp_path, "br.epub", "pt-BR", BRAZILIAN))))
    segment = plan.chapters[0].segments[1]
    espeak = load_engine("espeak")
    assert plan.dialect == "pt-BR"
    assert address(segment, espeak, RenderSettings(dialect=plan.dialect)).voice == "pt-br"
    assert address(segment, espeak, RenderSettings()).voice == "pt"  # a book without its region
    assert address(segment, load_engine("espeak", voices={"pt": "pt-pt"}), RenderSettings(dialect="pt-BR")).voice \
        == "pt-pt"  # the user's choice wins
    assert address(segment, espeak, RenderSettings(dialect="fr-BE")).voice == "pt"  # another language's region
    for dialect, language in (("pt-BR", "pt"), ("fr-BE", "fr"), ("fr-CH", "fr"), ("en-GB", "en"), ("es-419", "es")):
        voice = espeak.voice_for(language, dialect)
        assert espeak.default.knows_voice(voice)
        clip = espeak.default.synthesize("Dezesseis.", voice=voice, language=language,
                                         options=SynthesisOptions()).to_pipeline_pcm()
        assert len(clip) > 10_000  # espeak-ng has the voice and speaks with it


@requires_tools
def test_a_brazilian_book_renders_with_brazils_voice_and_words(tmp_path: Path) -> None:
    book = _book(tmp_path, "br.epub", "pt-BR", BRAZILIAN)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "render", str(book), "-o", str(out), "--engine",
                             "espeak", "--format", "mp3", "--cache-dir", str(tmp_path / "cache")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = json.loads((out / "manifest.json").read_text())
    segments = [s for c in manifest["chapters"] for s in c["segments"]]
    assert {s["voice"] for s in segments} == {"pt-br"} and manifest["settings"]["dialect"] == "pt-BR"
    assert any("dezessete quilômetros" in (s.get("spoken") or "") for s in segments)


def test_a_region_can_be_chosen_where_the_book_declares_none(tmp_path: Path) -> None:
    """A Brazilian book declared only "pt": --dialect pt-BR, or --language pt-BR (which forces the language too)."""
    book = _book(tmp_path, "pt.epub", "pt", BRAZILIAN)
    chosen = plan_book(read_book(str(book)), SegmentOptions(dialect="pt-BR"))
    heard = " ".join(s.heard for c in chosen.chapters for s in c.segments)
    assert chosen.dialect == "pt-BR" and "dezesseis anos" in heard and "dezessete quilômetros" in heard
    for option in (["--dialect", "pt-BR"], ["--language", "pt-BR"]):
        shown = subprocess.run([sys.executable, "-m", "audiobook.cli", "inspect", str(book), "--json", *option],
                               capture_output=True, text=True, timeout=300)
        assert shown.returncode == 0, shown.stderr[-2000:]
        document = json.loads(shown.stdout)
        assert document["book"]["dialect"] == "pt-BR"
        assert any("dezesseis" in s["spoken"] for c in document["chapters"] for s in c["segments"])
    refused = subprocess.run([sys.executable, "-m", "audiobook.cli", "inspect", str(book), "--dialect", "pt-XX"],
                             capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0 and "pt-XX" in refused.stderr


def test_the_dialects_offered_are_the_ones_read_and_voiced() -> None:
    """The flow's dropdown, the tags the reader recognises and espeak-ng's voices name the same regions."""
    from typing import get_args

    from audiobook.settings import DialectCode
    from audiobook.tts.espeak import DIALECT_VOICES

    recognised = {dialect_of(tag) for tag in ("pt-BR", "fr-BE", "fr-CH", "en-GB", "es-MX")}
    assert set(get_args(DialectCode)) == set(DIALECT_VOICES) == recognised
