"""Set up and run Sổ Kết Nghĩa from a source checkout with nothing but Python 3.11+.

    python3 dev.py run     # make .venv, install, create the demo commune once, open the window
    python3 dev.py test    # make .venv, install with test tools, run ruff and the whole test suite

Everything goes into .venv beside this file. On Debian/Ubuntu as root, the few system libraries
Qt needs (OpenGL/EGL, xkbcommon, fontconfig) are installed with apt-get when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DIR = ROOT / ".demo-data"
QT_SYSTEM_PACKAGES = [
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def ensure_venv(extras: str) -> Path:
    python = venv_python()
    if not python.exists():
        step(f"creating {VENV}")
        venv.create(VENV, with_pip=True)
    marker = VENV / f".installed-{extras or 'app'}"
    stamp = (ROOT / "pyproject.toml").stat().st_mtime_ns
    if not marker.exists() or marker.read_text() != str(stamp):
        step("installing Sổ Kết Nghĩa and its libraries (first time takes a few minutes)")
        target = f".[{extras}]" if extras else "."
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-e", target], check=True, cwd=ROOT
        )
        marker.write_text(str(stamp))
    ensure_qt_libraries(python)
    return python


def ensure_qt_libraries(python: Path) -> None:
    """Install the system libraries Qt loads, where we can (Debian/Ubuntu, as root)."""
    probe = subprocess.run(
        [str(python), "-c", "import PySide6.QtGui, PySide6.QtWidgets"],
        capture_output=True,
        text=True,
    )
    if probe.returncode == 0:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        step("installing the system libraries Qt needs: " + " ".join(QT_SYSTEM_PACKAGES))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *QT_SYSTEM_PACKAGES], check=True, env=env
        )
        return
    sys.exit(
        "Qt cannot start on this machine:\n"
        + probe.stderr.strip().splitlines()[-1]
        + "\nInstall the system packages: "
        + " ".join(QT_SYSTEM_PACKAGES)
    )


def run_app(python: Path, args: list[str]) -> int:
    if not (DEMO_DIR / "ketnghia.sqlite3").exists():
        step(f"creating the demo commune (Xã La Dêê) in {DEMO_DIR}")
        ketnghia = [str(python), "-m", "desktop", "--data-dir", str(DEMO_DIR)]
        subprocess.run(
            [
                *ketnghia,
                "init",
                "--role",
                "commune",
                "--unit",
                "20704",
                "--station",
                "Máy UBND xã La Dêê",
                "--officer",
                "Zơrâm Thị Hoa",
            ],
            check=True,
        )
        subprocess.run([*ketnghia, "demo"], check=True)
    return subprocess.run(
        [str(python), "-m", "desktop", "--data-dir", str(DEMO_DIR), *args], cwd=ROOT
    ).returncode


def run_tests(python: Path, args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    step("ruff")
    lint = subprocess.run([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    step("pytest")
    tests = subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)
    return tests.returncode or lint.returncode


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        return run_app(ensure_venv(""), rest)
    if command == "test":
        return run_tests(ensure_venv("test"), rest)
    print(__doc__)
    return 2


if __name__ == "__main__":
    if sys.version_info < (3, 11):  # noqa: UP036 (this file must explain itself on old Pythons)
        sys.exit("Sổ Kết Nghĩa needs Python 3.11 or newer.")
    raise SystemExit(main(sys.argv[1:]))
