"""prefect.yaml for real: a Prefect server, `prefect deploy --all`, a process worker, a
deployment run to completion, its artifacts through the API, and the flow run page in
headless Chromium showing them (the screenshot is kept as evidence)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.helpers import ROOT, SAMPLES, requires_tools, start_process, stop_process

pytestmark = [pytest.mark.slow, requires_tools]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
EVIDENCE = ROOT / "test-evidence"
PREFECT = [sys.executable, "-m", "prefect"]


def _prefect(env: dict[str, str], *arguments: str) -> str:
    result = subprocess.run([*PREFECT, "--no-prompt", *arguments], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def test_deploy_run_through_a_worker_and_see_the_artifacts_in_the_ui(prefect_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    api, env, home = prefect_server
    _prefect(env, "work-pool", "create", "audiobook-pool", "--type", "process")
    _prefect(env, "deploy", "--all")
    deployments = {d["name"]: d for d in httpx.post(f"{api}/deployments/filter", json={}).json()}
    assert set(deployments) == {"render-book", "nightly-library", "weekly-podcast"}
    form = deployments["render-book"]["parameter_openapi_schema"]["properties"]
    assert form["engine"]["enum"] == ["auto", "espeak", "piper", "voiceai"] and form["formats"]["items"]["enum"]
    assert form["speed"]["maximum"] == 4.0 and all(spec.get("description") for spec in form.values())
    assert [s["schedule"]["cron"] for s in deployments["nightly-library"]["schedules"]] == ["0 2 * * *"]
    assert [s["schedule"]["cron"] for s in deployments["weekly-podcast"]["schedules"]] == ["0 6 * * 1"]
    for name in ("nightly-library", "weekly-podcast"):  # a late run waits for the last one: they write one folder
        assert deployments[name]["global_concurrency_limit"]["limit"] == 1
        assert deployments[name]["concurrency_options"]["collision_strategy"] == "ENQUEUE"

    out = tmp_path / "out"
    started = _prefect(env, "deployment", "run", "render-book/render-book",
                       "--param", f"source={SAMPLES / 'clockmaker.html'}", "--param", f"output_dir={out}",
                       "--param", 'formats=["m4b", "mp3"]')
    run_id = re.search(r"UUID: ([0-9a-f-]{36})", started).group(1)  # type: ignore[union-attr]
    worker = start_process([*PREFECT, "worker", "start", "--pool", "audiobook-pool"], env, home / "worker.log")
    try:
        deadline = time.monotonic() + 240
        while True:
            state = httpx.get(f"{api}/flow_runs/{run_id}").json()["state"]
            if state["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}:
                break
            assert time.monotonic() < deadline, (home / "worker.log").read_text()[-3000:]
            time.sleep(1)
    finally:
        stop_process(worker)
    assert state["type"] == "COMPLETED", (home / "worker.log").read_text()[-3000:]
    assert (out / "manifest.json").exists() and (out / "Book.m4b").exists()
    artifacts = httpx.post(f"{api}/artifacts/filter",
                           json={"artifacts": {"flow_run_id": {"any_": [run_id]}}}).json()
    assert {(a["key"], a["type"]) for a in artifacts} >= {("audiobook-chapters", "table")}
    assert any(a["type"] == "progress" and a["data"] == 100.0 for a in artifacts)

    from playwright.sync_api import sync_playwright

    EVIDENCE.mkdir(exist_ok=True)
    screenshot = EVIDENCE / "flow-run-artifacts.png"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(api.removesuffix("/api") + f"/runs/flow-run/{run_id}")
            page.get_by_text("Artifacts", exact=True).first.click()
            card = page.get_by_text("audiobook-chapters", exact=True).last
            card.wait_for(timeout=30_000)
            page.get_by_text("Chapters of The Clockmaker's Apprentice").wait_for(timeout=30_000)
            assert page.get_by_text("Completed").first.is_visible()
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    assert screenshot.stat().st_size > 20_000
