"""Installed copies must carry the taxonomy, templates, fonts, icon and translations inside the package.

The README installs with ``pip install .``, which builds the wheel checked here; users also install with
``--user`` and ``--prefix``.  Each installed copy runs the real commands, far from the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from facilitator.core.demo.roundtable import MEETING_ID

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel ``pip install .`` builds, made offline from a copy (the checkout gets no build/)."""
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    shutil.copytree(PACKAGE, source / "facilitator", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    pip("wheel", "--no-deps", "-w", str(folder), str(source))
    [built] = folder.glob("facilitator-*.whl")
    return built


def pip(*args: str, env: dict[str, str] | None = None) -> None:
    command = [sys.executable, "-m", "pip", *args, "-q", "--no-index", "--no-build-isolation"]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_the_wheel_carries_every_resource_as_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = [path for path in (PACKAGE / "resources").rglob("*") if path.is_file()]
    expected = {path.relative_to(ROOT).as_posix() for path in resources}
    assert {"taxonomy", "templates", "fonts", "icons", "translations", "checklists", "cldr"} == {
        p.parent.name for p in resources
    }
    assert "facilitator/resources/translations/facilitator_nl.qm" in expected
    assert "facilitator/resources/fonts/NOTO-COPYRIGHT.txt" in expected
    assert "facilitator/resources/cldr/names.json" in expected
    assert expected <= names
    assert not [name for name in names if ".data/" in name], "nothing is installed outside the package"
    assert "facilitator/core/migrations/versions/0001_initial_schema.py" in names


def _clean_env() -> dict[str, str]:
    """The caller's environment without anything that points Python or the app at the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_LANG": "en"}
    for name in ("PYTHONPATH", "PYTHONUSERBASE", "PYTHONNOUSERSITE", "FACILITATOR_DATA_DIR"):
        env.pop(name, None)
    return env


def _install(scheme: str, wheel: Path, target: Path) -> tuple[dict[str, str], Path, Path]:
    """Install the wheel as a user would; the environment to run it in, its package and its scripts folder."""
    env = _clean_env()
    if scheme == "prefix":
        where = {"base": str(target), "platbase": str(target)}
        pip("install", "--ignore-installed", "--no-deps", "--prefix", str(target), str(wheel), env=env)
        env["PYTHONPATH"] = sysconfig.get_path("purelib", vars=where)
        env["PYTHONNOUSERSITE"] = "1"
        scheme_name = sysconfig.get_default_scheme()
    else:
        where = {"userbase": str(target)}
        env["PYTHONUSERBASE"] = str(target)
        pip("install", "--ignore-installed", "--no-deps", "--user", str(wheel), env=env)
        scheme_name = sysconfig.get_preferred_scheme("user")
    package = Path(sysconfig.get_path("purelib", scheme_name, vars=where)) / "facilitator"
    return env, package, Path(sysconfig.get_path("scripts", scheme_name, vars=where))


@pytest.mark.parametrize("scheme", ["prefix", "user"])
def test_an_installed_copy_adds_the_demo_and_prints_its_agenda(scheme: str, wheel: Path, tmp_path: Path) -> None:
    env, package, scripts = _install(scheme, wheel, tmp_path / scheme)
    command = shutil.which("facilitator", path=str(scripts))
    assert command, f"no facilitator command in {scripts}"

    def facilitator(*args: str) -> str:
        result = subprocess.run(
            [command, "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    # The installed copy reads its own fonts and Dutch translation, not the system's or the checkout's.
    probe = "from facilitator.export import fonts; from facilitator.ui import i18n; " + (
        "print(fonts.find('NotoSans-Regular.ttf')); print(i18n.install_translator('nl'))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
    ).stdout.split()
    assert found == [str(package / "resources" / "fonts" / "NotoSans-Regular.ttf"), "True"]
    assert facilitator("demo").strip() == MEETING_ID
    pdf = tmp_path / "agenda.pdf"
    assert str(pdf) in facilitator("agenda", MEETING_ID[:8], "--pdf", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF") and b"NotoSans-Regular" in pdf.read_bytes()
