from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiobook.errors import ParseError
from audiobook.text.sentences import pack_segments, split_sentences


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [("en", "Mr. Smith met Dr. Jones at St. Paul's. They talked.", 2),
     ("en", "We packed tea, sugar, etc. and left at noon. Then it rained.", 2),
     ("fr", "M. Vidal parla à Mme Roux. Elle répondit.", 2),
     ("de", "Hr. Müller kam z.B. nicht. Er blieb zu Hause.", 2),
     ("es", "El Sr. García llegó tarde. Nadie dijo nada.", 2),
     ("en", "J. R. Smith wrote it. Nobody read it.", 2),
     # a German ordinal's full stop ("am 3. Mai"; a packed segment that ended there read "am drei."), and a
     # number that ends a sentence ("bis 3.", "1990.")
     ("de", "Er kam am 3. Mai. Im 19. Jahrhundert, Berlin, 4. Oktober 1887. Er zählte bis 3. Dann lief er.", 4),
     ("de", "Es war 1990. Damals war alles anders.", 2),
     ("de", "Das ist Frau Dr. Müller, geb. Schmidt aus Köln. Sie kam.", 2),  # "née" ("geboren"): a name follows
     ("pl", "Dr Nowak przyszedł o godz. 5. Potem wyszedł.", 2),
     # Polish titles before a name ("kpt." and "Nowakiem." were two sentences)
     ("pl", "Był z kpt. Nowakiem, o. Rydzykiem, kard. Wyszyńskim i red. Kowalem. Por. Nowak też. Potem.", 3),
     ("sv", "Dr. Berg kom kl. 3. Han stannade länge.", 2),
     # Russian "г." after a year is "год" and may end a sentence; before a name it is "город" and never does
     ("ru", "Он пришёл в 1905 г. Он ушёл в 1990-х гг. Потом.", 3),
     ("ru", "Он жил в г. Москва. Потом в 1905 г. в Туле.", 2),
     ("ru", "Был акад. Павлов, доц. Петров, кап. Тушин, лейт. Шмидт и тов. Иванов. Он вернулся в полк. Потом.", 3),
     ("de", "Dort war Gen. Rommel mit Hptm. Köpenick und Pfr. Meier. Dann gingen sie.", 2),
     ("it", "Il gen. Cadorna e il cav. Bianchi arrivarono. Poi partirono.", 2),
     ("sv", "Där var dir. Larsson i dag. Sedan gick han.", 2),
     ("es", "Llegó el Sgto. García con el Cmdte. Marcos. Luego se fueron.", 2),
     ("fr", "Arriva le gén. Leclerc et le cdt Cousteau. Ils partirent.", 2),
     ("nl", "Daar stond burgemeester Jansen met kol. De Vries en weth. Bakker te praten. Het past. Toen.", 3),
     # a chapter's, a figure's or a street's abbreviation before its number ("cap." and "3." were two sentences),
     # and the same letters as a word that ends a sentence ("cap" is Catalan for "none", "рис" Russian for rice)
     ("it", "Vedi pag. 5 e cap. 3. Gatti.", 2),
     ("ca", "Vegeu pàg. 5 i cap. 3. Després. No en tinc cap. Després res.", 4),
     ("nl", "Zie hfdst. 3. Hij woont in de Kerkstr. 12. Daarna.", 3),
     ("sv", "Se s. 5 och kap. 3. Sedan.", 2),
     ("ru", "См. гл. 5. Потом рис. 3. Он ел рис. Потом спал.", 4),
     ("de", "Er wohnt in der Hauptstr. 5. Vgl. S. 5. Er segelte um das Kap. Dann kam er.", 4)],
)
def test_abbreviations_do_not_end_sentences(language: str, text: str, count: int) -> None:
    assert len(split_sentences(text, language)) == count


def test_a_german_scale_ends_its_sentence_only_before_a_word_that_starts_one() -> None:
    assert split_sentences("Sie hatten 5 Mrd. Schulden. Er zahlte 3 Mio. Die Firma war pleite.", "de") == [
        "Sie hatten 5 Mrd. Schulden.", "Er zahlte 3 Mio.", "Die Firma war pleite."]  # "5 Mrd." was one


def test_dialogue_is_split_inside_quotes() -> None:
    assert len(split_sentences("He stopped. \"Who is there? Answer me!\" Nobody did.", "en")) >= 3


@pytest.mark.parametrize(
    ("language", "text", "sentences"),
    [  # a quoted exclamation or question and who said it are one sentence (blingfire cut after a straight quote)
     ("en", '"Stop!" he cried. "Who goes there?" asked the guard.',
      ['"Stop!" he cried.', '"Who goes there?" asked the guard.']),
     ("en", '"Help!" — and he ran. Then it was quiet.', ['"Help!" — and he ran.', "Then it was quiet."]),
     # a closing quote ends the sentence it closes, not the next one ("» Puis il part.")
     ("fr", "Il dit : « Viens. » Puis il part.", ["Il dit : « Viens. »", "Puis il part."]),
     ("fr", "« Il vit. » Il partit ! » Alors il revint.", ["« Il vit. »", "Il partit ! »", "Alors il revint."]),
     ("fr", "Ça n’a pas d’importance… »", ["Ça n’a pas d’importance… »"]),  # the quote opened paragraphs before
     ("fr", "Ça n’a pas d’importance… » Il partit. « Non. » Puis.",  # « opens, however many » went before
      ["Ça n’a pas d’importance… »", "Il partit.", "« Non. »", "Puis."]),
     ("de", "Er sagte: »Komm.« Dann ging er. »Jetzt!« rief sie.",
      ["Er sagte: »Komm.«", "Dann ging er.", "»Jetzt!« rief sie."]),  # German opens with »
     ("sv", "”Kom!” ropade han. ”Nu!” svarade hon.", ["”Kom!” ropade han.", "”Nu!” svarade hon."]),
     ("pl", "»Chodź.« Potem wyszedł. „Nie!” krzyknął.", ["»Chodź.«", "Potem wyszedł.", "„Nie!” krzyknął."])],
)
def test_quotes_and_their_speakers_stay_with_their_sentence(language: str, text: str, sentences: list[str]) -> None:
    assert split_sentences(text, language) == sentences


def test_long_sentence_is_cut_at_clauses_then_words_within_limits() -> None:
    text = ("The wind rose over the harbour, the boats pulled at their ropes, the gulls went inland; "
            "and still the keeper climbed the stairs with his lamp and his log and his patience ") * 3 + "."
    pieces = pack_segments(text, "en", max_chars=120, max_words=20)
    assert all(len(p) <= 120 and len(p.split()) <= 20 for p in pieces)
    assert " ".join(pieces).split() == text.split()  # never mid-word, nothing lost
    assert any(p.endswith((",", ";")) for p in pieces)  # clause boundaries are preferred


def test_absurd_paragraph_is_refused() -> None:
    with pytest.raises(ParseError, match="no sentence punctuation"):
        pack_segments("word " * 200_000, "en", max_chars=300, max_words=50, where="book.epub")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=0, max_size=80),
                max_size=12),
       st.integers(min_value=20, max_value=200), st.integers(min_value=3, max_value=40))
def test_packing_loses_no_character(parts: list[str], max_chars: int, max_words: int) -> None:
    text = " ".join(" ".join(". ".join(parts).split()).split())
    pieces = pack_segments(text, "en", max_chars=max_chars, max_words=max_words)
    assert "".join("".join(pieces).split()) == "".join(text.split())
    for piece in pieces:
        if len(piece.split()) > 1:
            assert len(piece) <= max_chars and len(piece.split()) <= max_words


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab cé.!?…—“”«»\n漢😀Жж")), min_size=1, max_size=400),
                min_size=1, max_size=4))
def test_boundaries_match_the_blingfire_module_on_any_text_and_call_order(texts: list[str]) -> None:
    """Our direct call into blingfire's library finds what its own Python module finds, in characters,
    whatever longer or shorter text the reused buffers held before."""
    import blingfire

    from audiobook.text.boundaries import sentence_offsets

    for text in texts:
        if text.strip():
            assert sentence_offsets(text) == list(blingfire.text_to_sentences_and_offsets(text)[1])


def test_sentence_splitting_does_not_load_numpy() -> None:
    """blingfire's module imports numpy (18 MB resident) for nothing the text stage calls."""
    import subprocess
    import sys

    code = ("import sys; from audiobook.text.sentences import split_sentences; "
            "split_sentences('One. Two.', 'en'); print('numpy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_a_paragraphs_segments_share_its_text_and_read_it_all() -> None:
    """A long book's text is held once: the segments of a paragraph are spans of its string, not copies."""
    from audiobook.models import Block, Book, Chapter
    from audiobook.text.segmenter import SegmentOptions, plan_book

    paragraph = " ".join(f"The keeper climbed the stair for the {n}th time that night, and the lamp turned on."
                         for n in range(1, 30))
    clause = "a wave, " * 60 + "and the light went round."  # one sentence over the limits: cut between words
    blocks = (Block("The Lamp", kind="heading"), Block(paragraph), Block(clause), Block("Dawn came."))
    book = Book(source="lamp.epub", title="The Lamp", authors=("A. Keeper",), declared_language="en",
                chapters=(Chapter("The Lamp", blocks), Chapter("Morning", (Block("The boats came in."),))))
    plan = plan_book(book, SegmentOptions(max_chars=120, max_words=20))
    segments = [s for c in plan.chapters for s in c.segments]
    for block in blocks[1:3]:
        pieces = [s for s in segments if s.text in block.text]
        assert len(pieces) > 3 and all(s.passage is block.text for s in pieces)  # the paragraph's own string
        assert " ".join(s.text for s in pieces) == block.text  # every word, in order, once
    assert [s.id for s in plan.chapters[1].segments] == ["c002-s0001"]
    assert [s.id for s in plan.chapters[0].segments][:2] == ["c001-s0001", "c001-s0002"]
    assert segments[0].text == "The Lamp" and segments[0].end is None  # a whole paragraph: no span


def test_a_piece_of_signs_alone_joins_the_piece_before_it() -> None:
    """A long sentence split at its clauses left its closing guillemet alone ("»": eight such segments in Le Mystère de
    la chambre jaune), and a plain-text table its rule of dashes: a voice was asked to read each, and said nothing
    for as long as the clip took. Such a piece joins the one before it (or the first, the one after), within the
    limits; no character is lost."""
    text = ("Le plafond n’a pas de trou, et il faudra bien croire au diable, comme le dit souvent le vieux père "
            "Jacques au village ! »")
    pieces = pack_segments(text, "fr", max_chars=60, max_words=12)
    assert pieces[-1] == "comme le dit souvent le vieux père Jacques au village ! »"
    assert " ".join(pieces) == text and all(len(piece) <= 60 for piece in pieces)
    table = "---------- ---------- Evil. Good. I am cast upon a horrible island, void of all hope of recovery."
    pieces = pack_segments(table, "en", max_chars=40, max_words=8)
    assert pieces[0] == "---------- ---------- Evil. Good." and " ".join(pieces) == table
    assert pack_segments("-" * 50 + " Evil.", "en", max_chars=40, max_words=8) == ["-" * 50, "Evil."]  # too long
