"""Books and passages outside the 11 languages: a book stops before synthesis with one line; a passage in
another script is skipped and listed, never spelled out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from audiobook.errors import UnsupportedLanguageError
from audiobook.ingest import read_book
from audiobook.text.segmenter import SegmentOptions, plan_book
from tests.helpers import ROOT


def _html(tmp_path: Path, language: str, body: str) -> Path:
    path = tmp_path / "book.html"
    path.write_text(f'<html lang="{language}"><head><title>T</title></head><body>{body}</body></html>', encoding="utf-8")
    return path


HEBREW = "<h1>פרק ראשון</h1><p>היה היה פעם ילד קטן שגר בכפר ליד הים. כל בוקר הוא הלך לדוג דגים עם אביו.</p>"


def test_a_book_in_an_unsupported_script_stops_before_synthesis_with_one_line(tmp_path: Path) -> None:
    path = _html(tmp_path, "he", HEBREW * 5)
    with pytest.raises(UnsupportedLanguageError, match="Hebrew script.*--language.*--unsupported skip"):
        plan_book(read_book(path))
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "render", str(path), "-o", str(tmp_path / "out")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "Hebrew" in result.stderr and not (tmp_path / "out").exists()


def test_passages_in_other_scripts_are_skipped_and_listed_never_spelled_out(tmp_path: Path) -> None:
    path = _html(tmp_path, "en", "<h1>One</h1><p>Homer begins: μῆνιν ἄειδε θεὰ, and the rest is read in English."
                                 f"</p>{HEBREW}<p lang=\"la\">The keeper read the log aloud, slowly, to the cat.</p>")
    plan = plan_book(read_book(path))
    spoken = " ".join(s.text for c in plan.chapters for s in c.segments)
    assert "μῆνιν" not in spoken and "פרק" not in spoken and "the rest is read in English" in spoken
    assert "keeper read the log" in spoken  # wrongly declared, but in a supported language: read as before
    found = {s.reason for s in plan.skipped}
    assert "words in Greek script inside a paragraph" in found
    assert "text in Hebrew script, which none of the 11 languages uses" in found
    for language in {s.language for c in plan.chapters for s in c.segments}:
        assert language == "en"
    skip = plan_book(read_book(path), SegmentOptions(unsupported="skip"))
    assert "keeper read the log" not in " ".join(s.text for c in skip.chapters for s in c.segments)
    # the brackets and quotes that held only such a run go with it ("Beijing ( ) is", "wrote “ ” on")
    path = _html(tmp_path, "en", "<h1>One</h1><p>Beijing (北京) is the capital; he wrote “ありがとう” on the card, and "
                                 "λόγος (logos) means word.</p>")
    assert [s.text for s in plan_book(read_book(path)).chapters[0].segments][1:] == [
        "Beijing is the capital; he wrote on the card, and (logos) means word."]


def test_signs_latin_text_writes_are_not_taken_for_another_script(tmp_path: Path) -> None:
    """"½", "1º", "m²", "µm" and "H₂O" count as letters to Python but belong to Latin text: before,
    the script check cut them out as Greek or "unknown" script ("a ½ mile" was read "a mile"). A
    Greek mu written for the micro sign ("5 μm") is the micro sign (before: cut, and read "5 m")."""
    path = _html(tmp_path, "es", "<h1>Uno</h1><p>El 1º de mayo anduvo ½ milla, vio 20 m² de agua (H₂O), 5 µm de "
                                 "polvo y 2 μm de sal.</p>")
    plan = plan_book(read_book(path))
    assert [s.text for s in plan.chapters[0].segments][1:] == [
        "El 1º de mayo anduvo ½ milla, vio 20 m² de agua (H₂O), 5 µm de polvo y 2 µm de sal."]
    heard = plan.chapters[0].segments[1].heard
    assert "El primero de mayo" in heard and "media milla" in heard and "metros cuadrados" in heard
    assert "cinco micrómetros de polvo y dos micrómetros de sal" in heard
    assert not [s for s in plan.skipped if "script" in s.reason]


def test_ligatures_apostrophes_and_lone_greek_letters_are_read(tmp_path: Path) -> None:
    """A converted book's ligatures ("ﬁnd the ﬂow") were cut as another script ("nd the ow"), a
    modifier-letter apostrophe ("donʼt") was spelled, and a Greek letter used as a symbol
    ("β-carotene") was cut: they are letters, an apostrophe, and the letter's name. A Greek
    quotation is still skipped and listed."""
    path = _html(tmp_path, "en", "<h1>One</h1><p>We could ﬁnd the ﬂow, but donʼt ask why the β-carotene and the "
                                 "α particle matter; Homer begins: μῆνιν ἄειδε θεὰ, and stops.</p>")
    plan = plan_book(read_book(path))
    [segment] = plan.chapters[0].segments[1:]
    assert segment.text == ("We could find the flow, but don’t ask why the β-carotene and the α particle matter; Homer "
                            "begins: and stops.")
    assert "beta-carotene and the alpha particle" in segment.heard
    assert [s.reason for s in plan.skipped] == ["words in Greek script inside a paragraph"]
    # ASCII's fullwidth forms, East Asian typesetting's Latin letters and digits, are those letters: "ＳＴＯＰ" was
    # cut as a word of another script (and, where it reached espeak-ng, read as its code points)
    fullwidth = _html(tmp_path, "en", "<h1>One</h1><p>The sign on the door said ＳＴＯＰ, and the ferry left at"
                                      "　９ｐｍ.</p>")
    plan = plan_book(read_book(fullwidth))
    assert plan.chapters[0].segments[1].text == "The sign on the door said STOP, and the ferry left at 9pm."
    assert plan.chapters[0].segments[1].heard.endswith("at nine P M.") and plan.skipped == ()


def test_a_book_of_one_word_in_another_script_says_so_in_one_line(tmp_path: Path) -> None:
    """A page whose only word is in a script none of the 11 uses stops with one line, counted as English counts
    ("1 word is", not "1 words are")."""
    path = tmp_path / "one.html"
    path.write_text('<html lang="en"><head><title>T</title></head><body><p>שלום</p></body></html>', encoding="utf-8")
    with pytest.raises(UnsupportedLanguageError, match=r"nothing to read: 1 word is in scripts and 0 in languages"):
        plan_book(read_book(path))


TURKISH = ("<h1>Birinci Bölüm</h1><p>Deniz fenerinin bekçisi her sabah erkenden kalkar, merdivenleri çıkar ve lambayı "
           "temizlerdi. Kış geldiğinde rüzgâr çok sert eserdi, ama o hiç şikâyet etmezdi. Akşamları defterine "
           "havayı, gemileri ve denizin rengini yazardı.</p>")


def test_a_book_in_an_unsupported_latin_script_language_stops_before_synthesis(tmp_path: Path) -> None:
    """A Turkish book (declared "tr", or not declared) was read by the English voice: the detector, restricted
    to the 11, must name one of them. It now stops before any synthesis, in one line naming what it read."""
    path = _html(tmp_path, "tr", TURKISH * 3)
    with pytest.raises(UnsupportedLanguageError, match=r'\(tr\) is not one of the 11.*reads as "tr".*--language'):
        plan_book(read_book(path))
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_text(f"<html><head><title>T</title></head><body>{TURKISH * 3}</body></html>", encoding="utf-8")
    with pytest.raises(UnsupportedLanguageError, match=r'\(undeclared\).*reads as "tr"'):
        plan_book(read_book(undeclared))
    result = subprocess.run([sys.executable, "-m", "audiobook.cli", "render", str(path), "-o", str(tmp_path / "out")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert '"tr"' in result.stderr and str(path) in result.stderr and not (tmp_path / "out").exists()
    forced = plan_book(read_book(path), SegmentOptions(language="de"))  # the user's choice is read
    assert {s.language for c in forced.chapters for s in c.segments} == {"de"}
    english = _html(tmp_path, "la", "<h1>One</h1><p>The keeper climbed the stairs every morning, cleaned the lamp "
                                    "and wrote the weather, the ships and the colour of the sea in his log.</p>")
    assert plan_book(read_book(english)).language == "en"  # wrongly declared, in a supported language: read
