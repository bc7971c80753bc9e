"""The public quickstart's example calls, run unchanged against the local server.

The three Python examples (HTTP generate, HTTP stream, the WebSocket conversation) are taken from the quickstart as published
(shared/reference/voiceai-quickstart.txt); only the URL and the key are replaced.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from tests.helpers import ROOT, requires_tools

QUICKSTART = ROOT.parent / "shared" / "reference" / "voiceai-quickstart.txt"
KEY = "vk_quickstart_key"
pytestmark = [requires_tools, pytest.mark.skipif(not QUICKSTART.is_file(), reason="needs ../shared/reference")]


def _compiles(source: str) -> bool:
    try:
        compile(source, "<quickstart>", "exec")
    except SyntaxError:
        return False
    return True


def quickstart_programs(text: str) -> list[str]:
    """Each example program: from an `import` line, the longest run of lines that is valid
    Python, less any prose heading that happens to parse (a bare name such as `Streaming`)."""
    lines = text.splitlines()
    programs: list[str] = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith("import "):
            index += 1
            continue
        end = max(stop for stop in range(index + 1, len(lines) + 1) if _compiles("\n".join(lines[index:stop])))
        tree = ast.parse("\n".join(lines[index:end]))
        while tree.body and isinstance(tree.body[-1], ast.Expr) and isinstance(tree.body[-1].value, ast.Name):
            tree.body.pop()
        programs.append("\n".join(lines[index:tree.body[-1].end_lineno + index]))
        index = end
    return programs


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(ServerOptions(api_key=KEY)) as running:
        yield running


def run_example(program: str, server: LocalServer, folder: Path) -> subprocess.CompletedProcess[str]:
    program = (program.replace("https://dev.voice.ai", server.base_url)
               .replace("wss://dev.voice.ai", server.base_url.replace("http://", "ws://"))
               .replace("YOUR_API_KEY", KEY))
    return subprocess.run([sys.executable, "-c", program], cwd=folder, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def duration(path: Path) -> float:
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", str(path)],
                           capture_output=True, text=True, check=True)
    return float(json.loads(probe.stdout)["format"]["duration"])


def test_the_quickstart_has_the_three_examples() -> None:
    programs = quickstart_programs(QUICKSTART.read_text(encoding="utf-8"))
    assert [("/tts/speech'" in p, "/tts/speech/stream" in p, "/tts/stream" in p and "websockets" in p)
            for p in programs] == [(True, False, False), (False, True, False), (False, False, True)]


@pytest.mark.parametrize("example", [0, 1], ids=["generate", "http-stream"])
def test_http_examples_write_a_playable_mp3(server: LocalServer, tmp_path: Path, example: int) -> None:
    program = quickstart_programs(QUICKSTART.read_text(encoding="utf-8"))[example]
    result = run_example(program, server, tmp_path)
    assert result.returncode == 0, result.stderr
    assert 1.0 < duration(tmp_path / "output.mp3") < 10.0


def test_websocket_conversation_gets_one_generation_and_a_normal_close(server: LocalServer, tmp_path: Path) -> None:
    """The quickstart sends a second message after `is_last`; the reference, the guide and
    the official examples say the single-context socket closes 1000 after one generation.
    The local server follows the stricter documents: the first answer arrives whole, the
    second message is never answered, and the program ends either quietly (its send beat
    the close frame) or on websockets' ConnectionClosedOK (1000), never on another error."""
    program = quickstart_programs(QUICKSTART.read_text(encoding="utf-8"))[2]
    before = dict(server.local.stats.responses)
    result = run_example(program, server, tmp_path)
    assert result.returncode == 0 or result.stderr.rstrip().splitlines()[-1].startswith(
        "websockets.exceptions.ConnectionClosedOK: received 1000"), result.stderr
    stats = server.local.stats.responses
    assert stats["ws_generation"] - before.get("ws_generation", 0) == 1
    assert stats["401"] == before.get("401", 0)
