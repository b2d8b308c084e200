"""``pip install .`` (not editable) must carry the taxonomy, templates, fonts and translations along,
because the README's first command installs the app that way."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_resources_and_translations(tmp_path: Path) -> None:
    source = tmp_path / "source"  # build from a copy, so the checkout gets no build/ or egg-info
    for name in ("facilitator", "resources", "translations"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path)]
    subprocess.run([*command, str(source)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("facilitator-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shared = {name.split(".data/data/share/facilitator/", 1)[1] for name in names if "/share/facilitator/" in name}
    expected = {
        str(path.relative_to(ROOT))
        for folder in ("taxonomy", "templates", "fonts", "icons")
        for path in (ROOT / "resources" / folder).iterdir()
    }
    expected |= {str(path.relative_to(ROOT)) for path in (ROOT / "translations").glob("*.qm")}
    assert expected <= shared
    assert any(name.endswith("migrations/versions/0001_initial_schema.py") for name in names)
