"""Pronunciation dictionaries: the local server's endpoints (plain requests and websockets, not our
client), our client over them, and the commands a user runs."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from audiobook.text.lexicon import parse_pls
from audiobook.voiceai.client import VoiceAIClient
from audiobook.voiceai.config import ApiKey, VoiceAIConfig
from audiobook.voiceai.dictionaries import Dictionaries, Rule
from tests.helpers import ROOT, requires_tools

pytestmark = requires_tools
KEY = "vk_dictionary_test"
AUTH = {"Authorization": f"Bearer {KEY}"}
LONG = "the National Aeronautics and Space Administration of the United States"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(ServerOptions(api_key=KEY)) as running:
        yield running


def url(server: LocalServer, path: str = "") -> str:
    return f"{server.base_url}/api/v1/tts/pronunciation-dictionaries{path}"


def seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav)) as clip:
        return clip.getnframes() / clip.getframerate()


def speak(server: LocalServer, text: str, **fields: object) -> requests.Response:
    return requests.post(server.base_url + "/api/v1/tts/speech", headers=AUTH, timeout=30,
                         json={"text": text, "audio_format": "wav_22050", **fields})


def test_dictionaries_have_the_documented_shapes_and_every_rule_change_is_a_version(server: LocalServer) -> None:
    made = requests.post(url(server, "/add-from-rules"), headers=AUTH, timeout=10, json={
        "name": "Space", "language": "en", "rules": [{"word": "NASA", "replacement": LONG}]}).json()
    assert set(made) == {"id", "name", "language", "current_version", "created_at_unix", "updated_at_unix", "rules",
                         "versions"}
    assert made["current_version"] == 1 and set(made["rules"][0]) == {"id", "word", "replacement", "ipa",
                                                                        "case_sensitive"}
    path = f"/{made['id']}"
    added = requests.post(url(server, path + "/add-rules"), headers=AUTH, timeout=10,
                          json={"rules": [{"word": "ESA", "replacement": "the European Space Agency"}]}).json()
    renamed = requests.patch(url(server, path), headers=AUTH, timeout=10, json={"name": "Agencies"}).json()
    assert added["current_version"] == 2 and renamed["current_version"] == 2 and renamed["name"] == "Agencies"
    nasa = next(rule["id"] for rule in added["rules"] if rule["word"] == "NASA")
    removed = requests.post(url(server, path + "/remove-rules"), headers=AUTH, timeout=10,
                            json={"rule_ids": [nasa]}).json()
    assert removed["current_version"] == 3 and [r["word"] for r in removed["rules"]] == ["ESA"]
    assert [v["version"] for v in removed["versions"]] == [1, 2, 3]
    summary = next(d for d in requests.get(url(server), headers=AUTH, timeout=10).json() if d["id"] == made["id"])
    assert set(summary) == {"id", "name", "language", "current_version", "created_at_unix", "updated_at_unix"}
    # each version stays downloadable, as a PLS file with its own rules
    for version, words in ((1, {"NASA"}), (2, {"NASA", "ESA"}), (3, {"ESA"})):
        pls = requests.get(url(server, f"{path}/{version}/download"), headers=AUTH, timeout=10)
        assert pls.headers["content-type"].startswith("application/pls+xml")
        assert set(parse_pls(pls.content, "en").entries["en"]) == words
    assert requests.get(url(server, f"{path}/4/download"), headers=AUTH, timeout=10).status_code == 404
    assert requests.delete(url(server, path), headers=AUTH, timeout=10).json() == {"id": made["id"], "deleted": True}
    gone = requests.get(url(server, path), headers=AUTH, timeout=10)
    assert gone.status_code == 404 and set(gone.json()) == {"error", "detail", "code"}


def test_a_generation_reads_the_version_it_names_and_refuses_one_that_does_not_exist(server: LocalServer) -> None:
    made = requests.post(url(server, "/add-from-rules"), headers=AUTH, timeout=10, json={
        "name": "Space", "rules": [{"word": "nasa", "replacement": LONG, "case_sensitive": False}]}).json()
    requests.post(url(server, f"/{made['id']}/set-rules"), headers=AUTH, timeout=10, json={"rules": []})
    plain = seconds(speak(server, "NASA flew.").content)
    version_1 = seconds(speak(server, "NASA flew.", dictionary_id=made["id"], dictionary_version=1).content)
    latest = seconds(speak(server, "NASA flew.", dictionary_id=made["id"]).content)  # version 2: no rules
    assert version_1 > plain + 2 and abs(latest - plain) < 0.05
    for fields in ({"dictionary_id": "no-such-dictionary"}, {"dictionary_id": made["id"], "dictionary_version": 3}):
        refused = speak(server, "NASA flew.", **fields)
        assert refused.status_code == 404 and "dictionary" in refused.json()["error"], fields
    socket_url = server.base_url.replace("http", "ws")
    with connect(socket_url + "/api/v1/tts/stream", additional_headers=AUTH) as socket:
        socket.send(json.dumps({"text": "Hi.", "dictionary_id": "no-such-dictionary", "flush": True}))
        with pytest.raises(ConnectionClosed):
            while True:
                socket.recv(timeout=10)
        assert socket.close_code == 1008 and "dictionary" in (socket.close_reason or "")
    with connect(socket_url + "/api/v1/tts/multi-stream", additional_headers=AUTH) as socket:
        socket.send(json.dumps({"context_id": "a", "text": "Hi.", "dictionary_id": "no-such-dictionary",
                                "flush": True}))
        answer = json.loads(socket.recv(timeout=10))
        assert answer["context_id"] == "a" and "dictionary" in answer["error"]


def test_bad_dictionary_requests_get_the_validation_shape(server: LocalServer) -> None:
    answers = [
        requests.post(url(server, "/add-from-rules"), headers=AUTH, timeout=10, json={"name": "", "rules": []}),
        requests.post(url(server, "/add-from-rules"), headers=AUTH, timeout=10,
                      json={"name": "x", "rules": [{"word": "a"}]}),  # no replacement
        requests.post(url(server, "/add-from-rules"), headers=AUTH, timeout=10,
                      json={"name": "x", "rules": [], "colour": "red"}),  # unknown field
        requests.post(url(server, "/add-from-file"), headers=AUTH, timeout=10, data={"name": "x"},
                      files={"file": ("x.pls", b"not xml")}),
    ]
    for answer in answers:
        assert answer.status_code == 422 and set(answer.json()) == {"detail"}, answer.text


def client_for(server: LocalServer) -> VoiceAIClient:
    return VoiceAIClient(VoiceAIConfig(base_url=server.base_url, api_key=ApiKey(KEY)), sleep=lambda _: None)


def test_the_client_manages_dictionaries_and_a_pls_file_round_trips(server: LocalServer, tmp_path: Path) -> None:
    dictionaries = Dictionaries(client_for(server))
    made = dictionaries.create("Names", [Rule("Nguyen", "Win"), Rule("pecan", "pecan", ipa="pɪˈkɑːn")], language="en")
    assert made.current_version == 1 and {r.word for r in made.rules} == {"Nguyen", "pecan"}
    changed = dictionaries.add_rules(made.id, [Rule("Siobhan", "Shivawn")])
    changed = dictionaries.remove_rules(made.id, [r.id for r in changed.rules if r.word == "Nguyen"])
    assert changed.current_version == 3 and changed.versions == (1, 2, 3)
    assert {r.word for r in dictionaries.get(made.id).rules} == {"pecan", "Siobhan"}
    pls = tmp_path / "names.pls"
    pls.write_bytes(dictionaries.download(made.id, 3))
    uploaded = dictionaries.create_from_pls(pls, "Names again", language="en")
    assert {(r.word, r.ipa) for r in uploaded.rules} == {("pecan", "pɪˈkɑːn"), ("Siobhan", None)}
    assert made.id in {d.id for d in dictionaries.list()}
    dictionaries.delete(made.id)
    with pytest.raises(Exception, match="pronunciation dictionary or version not found"):
        dictionaries.get(made.id)


def test_creating_a_dictionary_is_sent_once_even_when_it_fails(server: LocalServer) -> None:
    """A create that failed in transit may have made the dictionary: never a blind retry."""
    dictionaries = Dictionaries(client_for(server))
    before = server.local.stats.requests["/api/v1/tts/pronunciation-dictionaries/add-from-rules"]
    with pytest.raises(Exception, match="HTTP 422"):
        dictionaries.create("", [Rule("a", "b")])
    assert server.local.stats.requests["/api/v1/tts/pronunciation-dictionaries/add-from-rules"] == before + 1


def test_a_missing_rule_id_is_refused_and_makes_no_version(server: LocalServer) -> None:
    dictionaries = Dictionaries(client_for(server))
    made = dictionaries.create("One rule", [Rule("a", "b")])
    with pytest.raises(Exception, match="no such rule"):
        dictionaries.remove_rules(made.id, ["not-a-rule"])
    assert dictionaries.get(made.id).current_version == 1


def _cli(*args: str, server: LocalServer) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AUDIOBOOK_VOICEAI_BASE_URL": server.base_url, "AUDIOBOOK_VOICEAI_API_KEY": KEY}
    return subprocess.run([sys.executable, "-c", "from audiobook.cli import main; main()", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


def test_dictionaries_commands_make_one_from_the_lexicon_file_format(server: LocalServer, tmp_path: Path) -> None:
    lexicon = tmp_path / "names.txt"
    lexicon.write_text("[en]\nNguyen = Win\npecan = /pɪˈkɑːn/\n[fr]\nNguyen = Nouyène\n", encoding="utf-8")
    made = _cli("dictionaries", "create", "Lighthouse names", "--from", str(lexicon), "--rule", "Keeper=Kee-per",
                server=server)
    assert made.returncode == 0, made.stderr
    identifier = made.stdout.split("\t", 1)[0]
    assert f"--voiceai-dictionary {identifier}:1" in made.stdout
    shown = _cli("dictionaries", "show", identifier, server=server).stdout
    assert "Nguyen = Win" in shown and "pecan = /pɪˈkɑːn/  (any case)" in shown and "Keeper = Kee-per" in shown
    updated = _cli("dictionaries", "update", identifier, "--rule", "Nguyen=Wynn", server=server)
    assert f"--voiceai-dictionary {identifier}:2" in updated.stdout
    first = _cli("dictionaries", "download", identifier, "1", server=server).stdout
    assert "<alias>Win</alias>" in first and "Wynn" not in first
    assert _cli("dictionaries", "delete", identifier, server=server).returncode == 0
    again = _cli("dictionaries", "delete", identifier, server=server)
    assert again.returncode == 1 and again.stderr.strip().splitlines() == [
        "error: voiceai: pronunciation dictionary or version not found (HTTP 404): Pronunciation dictionary not found"]
    empty = _cli("dictionaries", "create", "Nothing", server=server)
    assert empty.returncode == 2 and "no rules for 'en': give --from FILE" in empty.stderr


def test_a_dictionary_made_from_the_lexicons_inside_an_epub(server: LocalServer, tmp_path: Path) -> None:
    """EPUB 3 PLS lexicons reach Voice.ai only through a dictionary: --from BOOK.epub makes one."""
    from tests.test_lexicon import pls_book

    made = _cli("dictionaries", "create", "Gull Point", "--from", str(pls_book(tmp_path / "pls.epub")), server=server)
    assert made.returncode == 0, made.stderr
    identifier, version, language, name = made.stdout.splitlines()[0].split("\t")
    assert (version, language, name) == ("v1", "en", "Gull Point")  # the book's language
    shown = _cli("dictionaries", "show", identifier, server=server).stdout
    assert "Gull = Gulley" in shown and "keeper = /ˈkiːpɚ/  (any case)" in shown
