"""The wheel a user installs with `pip install .` holds every module and data file.

The tests run from an editable install, which finds any module in the work tree, so a
package missing from the build configuration would only show after a real install.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_holds_every_module_and_template(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = tmp_path.glob("audiobook-*.whl")
    packed = set(zipfile.ZipFile(wheel).namelist())
    wanted = {str(path.relative_to(ROOT)) for path in (ROOT / "audiobook").rglob("*.py")
              if "__pycache__" not in path.parts}
    # flows/ and tasks/ install inside the package, so no other project's `flows` or `tasks` is shadowed
    wanted |= {f"audiobook/{path.relative_to(ROOT)}" for folder in ("flows", "tasks")
               for path in (ROOT / folder).rglob("*.py") if "__pycache__" not in path.parts}
    wanted |= {str(path.relative_to(ROOT)) for path in (ROOT / "audiobook" / "templates").iterdir()}
    assert wanted - packed == set()
    assert {name.split("/")[0] for name in packed if not name.startswith("audiobook-")} == {"audiobook"}
    entry_points = next(name for name in packed if name.endswith("entry_points.txt"))
    assert "audiobook = audiobook.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
