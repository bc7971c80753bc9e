"""The import graph keeps the boundaries ARCHITECTURE.md draws: no cycles, the library
never imports the flows or tasks (except the CLI, the edge that starts flows), and the
local Voice.ai server does not depend on the client."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import ROOT

PACKAGES = ("audiobook", "flows", "tasks")
CLI_EDGE = {"audiobook.cli.base"}  # the one module that starts flows
SERVER = {"audiobook.server.app", "audiobook.server.running", "audiobook.server.state",
          "audiobook.server.ws", "audiobook.server.routes", "audiobook.server.models",
          "audiobook.server.audio", "audiobook.server.voices", "audiobook.server.dictionaries",
          "audiobook.server.dictionary_routes"}
CLIENT = {"audiobook.voiceai.client", "audiobook.voiceai.streams", "audiobook.voiceai.transports",
          "audiobook.voiceai.slots", "audiobook.voiceai.config", "audiobook.voiceai.dictionaries"}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name if package == "audiobook" else f"audiobook.{name}"] = path  # installed inside the package
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports at run time (imports under TYPE_CHECKING do not count)."""
    found = modules()
    graph: dict[str, set[str]] = {}
    for name, path in found.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(node) for block in ast.walk(tree)
                       if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
                       for node in ast.walk(block)}
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([node.module] if node.module else [])])
                candidates = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            else:
                continue
            for candidate in candidates:
                while candidate not in found and "." in candidate:
                    candidate = candidate.rpartition(".")[0]
                if candidate in found and candidate != name:
                    targets.add(candidate)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_there_are_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


def test_the_library_imports_no_flow_or_task_except_at_the_cli_edge() -> None:
    graph = import_graph()
    orchestration = ("audiobook.flows", "audiobook.tasks")
    leaks = sorted((module, target) for module, targets in graph.items()
                   if not module.startswith(orchestration) and module not in CLI_EDGE
                   for target in targets if target.startswith(orchestration))
    assert leaks == []


def test_the_local_server_does_not_depend_on_the_client() -> None:
    graph = import_graph()
    assert SERVER <= set(graph)
    assert sorted((module, target) for module in SERVER for target in graph[module] if target in CLIENT) == []


def test_the_checker_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


ENVIRONMENT_READERS = {"audiobook.job", "audiobook.voiceai.config", "audiobook.cli.base", "audiobook.cli.doctor"}


def test_only_the_edge_reads_the_environment() -> None:
    """Below `build_job` (and the Voice.ai account it builds) settings travel as values."""
    readers = {name for name, path in modules().items()
               if "os.environ" in (text := path.read_text(encoding="utf-8")) or "getenv(" in text}
    assert readers <= ENVIRONMENT_READERS


# the data flow, in order: a stage imports only stages before it (and the shared modules at the root)
STAGES = ["text", "ingest", "voiceai", "tts", "synthesis", "audio", "outputs", "server"]
SHARED_INTERFACES = {"audiobook.tts.base"}  # the audio type and engine protocol the Voice.ai client returns into
EDGE = {"job", "prepare", "flows", "tasks", "cli"}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_stages_import_only_earlier_stages_and_never_the_edge() -> None:
    backwards = []
    for module, targets in import_graph().items():
        stage = _stage(module)
        if stage not in STAGES:
            continue
        for target in targets - SHARED_INTERFACES:
            other = _stage(target)
            if other in EDGE or (other in STAGES and STAGES.index(other) > STAGES.index(stage)):
                backwards.append((module, target))
    assert sorted(backwards) == []
