"""One concurrency limit per account across processes: a Prefect global concurrency
limit on a real Prefect server, shared by two `audiobook render` processes, and given
back when a process is killed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from audiobook.server.app import ServerOptions
from audiobook.server.running import LocalServer
from audiobook.voiceai.slots import account_limit_name
from tests.helpers import ROOT, SAMPLES, requires_tools, start_process, stop_process

pytestmark = [pytest.mark.slow, requires_tools]
KEY = "vk_account_limit_key_77"


def _limit(api: str, name: str) -> dict:
    response = httpx.get(f"{api}/v2/concurrency_limits/{name}", timeout=10)
    response.raise_for_status()
    return response.json()


def test_two_renders_for_one_account_share_its_limit(prefect_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    api, env, home = prefect_server
    with LocalServer(ServerOptions(api_key=KEY, max_concurrent=2, latency=0.5)) as voiceai:
        render_env = {**env, "AUDIOBOOK_VOICEAI_BASE_URL": voiceai.base_url, "AUDIOBOOK_VOICEAI_API_KEY": KEY,
                      "AUDIOBOOK_VOICEAI_CONCURRENCY": "2", "AUDIOBOOK_ASR_SAMPLE": "0"}
        renders = [start_process([sys.executable, "-m", "audiobook.cli", "render", str(SAMPLES / "lighthouse.epub"),
                                  "-o", str(tmp_path / f"out{n}"), "--engine", "voiceai", "--transport", "ws",
                                  "--format", "m4b", "--cache-dir", str(tmp_path / f"cache{n}")],
                                 {**render_env, "AUDIOBOOK_CACHE_DIR": str(tmp_path / f"cache{n}")},
                                 tmp_path / f"render{n}.log") for n in (1, 2)]
        for n, render in enumerate(renders, 1):
            assert render.wait(timeout=400) == 0, (tmp_path / f"render{n}.log").read_text()[-3000:]
        stats = voiceai.local.stats
        segments = [len([s for c in json.loads((tmp_path / f"out{n}" / "manifest.json").read_text())["chapters"]
                         for s in c["segments"]]) for n in (1, 2)]
        assert stats.responses["ws_generation"] == sum(segments)  # both synthesized every segment
        assert stats.responses["concurrency_rejected"] == 0 and stats.peak_active == 2
        limit = _limit(api, account_limit_name(voiceai.base_url, KEY))
        assert limit["limit"] == 2 and limit["active_slots"] == 0  # every slot given back
        assert KEY not in json.dumps(limit)


def test_a_killed_process_gives_its_slots_back(prefect_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    api, env, home = prefect_server
    name = account_limit_name("http://127.0.0.1:1", KEY)
    holder = textwrap.dedent(f"""
        import time
        from audiobook.voiceai.slots import AccountSlots
        slots = AccountSlots({name!r}, 2)
        held = [slots.hold(), slots.hold()]
        for slot in held:
            slot.__enter__()
        print("holding", flush=True)
        time.sleep(600)
    """)
    process = start_process([sys.executable, "-c", holder], env, tmp_path / "holder.log")
    deadline = time.monotonic() + 60
    while "holding" not in (tmp_path / "holder.log").read_text():
        assert process.poll() is None and time.monotonic() < deadline, (tmp_path / "holder.log").read_text()
        time.sleep(0.2)
    assert _limit(api, name)["active_slots"] == 2
    stop_process(process, signal.SIGKILL)
    killed = time.monotonic()
    while _limit(api, name)["active_slots"] != 0:
        assert time.monotonic() - killed < 90, "the slots of a killed process were never given back"
        time.sleep(1)
    # and they can be taken again at once
    taker = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        from audiobook.voiceai.slots import AccountSlots
        slots = AccountSlots({name!r}, 2)
        with slots.hold(), slots.hold():
            print("took both")
        slots.close()
    """)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "took both" in taker.stdout, taker.stderr
    assert _limit(api, name)["active_slots"] == 0
