from __future__ import annotations

import pytest

from audiobook.text.languages import ENGLISH_MODEL, MULTILINGUAL_MODEL, choose_language, model_for, normalize_language


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en", "en"), ("en-GB", "en"), ("EN_us", "en"), ("pt-BR", "pt"), ("pol", "pl"), ("fre", "fr"), ("fra", "fr"),
     ("ger", "de"), ("deu", "de"), ("nld", "nl"), ("dut", "nl"), ("swe", "sv"), ("cat", "ca"), ("rus", "ru"),
     ("French", "fr"), ("la", None), ("ja-JP", None), ("", None), (None, None)],
)
def test_language_tags_map_to_the_eleven_codes(tag: str | None, expected: str | None) -> None:
    assert normalize_language(tag) == expected


def test_model_rule_follows_the_api_and_can_be_overridden() -> None:
    assert model_for("en") == ENGLISH_MODEL
    assert all(model_for(code) == MULTILINGUAL_MODEL for code in ["ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl"])
    assert model_for("fr", "voiceai-tts-multilingual-v1-2026-02-10") == "voiceai-tts-multilingual-v1-2026-02-10"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Der Winter ist hier sehr kalt, aber die Menschen sind freundlich und die Bibliotheken wunderbar.", "de"),
     ("Hace un calor terrible pero la ciudad es preciosa y he visitado el museo esta mañana.", "es"),
     ("Le meunier s'appelait Baptiste, un homme lent et doux qui parlait à ses sacs de farine.", "fr"),
     ("Zima jest bardzo zimna, ale ludzie są tutaj mili i biblioteki są wspaniałe.", "pl"),
     ("Зима здесь очень холодная, но люди добрые, а библиотеки просто чудесные.", "ru")],
)
def test_detector_overrules_the_prior_on_strong_evidence(text: str, language: str) -> None:
    assert choose_language(text, "en") == language


def test_short_text_keeps_the_prior() -> None:
    assert choose_language("Berlin", "en") == "en"
    assert choose_language("Merci beaucoup!", "en") == "en"
