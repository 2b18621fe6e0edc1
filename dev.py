"""Set up and run Sổ Kết Nghĩa from a source checkout with nothing but Python 3.11+.

    python3 dev.py run     # make .venv, install, create the demo commune once, open the window
    python3 dev.py test    # make .venv, install with test tools, run ruff, mypy and all the tests
    python3 dev.py smoke   # build the frozen program with PyInstaller and run it (installer/smoke.py)
    python3 dev.py guide   # remake the user guide's pictures (docs/huong-dan/anh/) from demo data
    python3 dev.py lock    # refresh requirements/constraints.txt from the newest releases

Everything goes into .venv beside this file, pinned by requirements/constraints.txt. Installing
happens only when pyproject.toml or the constraints changed (their content, not their dates), so
after the first time `dev.py run` starts without the network. On Debian/Ubuntu the system
libraries Qt loads (OpenGL/EGL, xkbcommon, fontconfig, and for a window the xcb libraries of its
platform plugin) are checked: as root they are installed with apt-get, otherwise the exact
apt-get command is printed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DIR = ROOT / ".demo-data"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
# What Qt needs to import at all (QtGui, QtWidgets), whatever the platform plugin.
QT_SYSTEM_PACKAGES = [
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
]
# Debian package of each shared library Qt's libraries and its xcb platform plugin load.
LIBRARY_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
# How the dynamic loader says a library is missing: ldd's "=> not found", dlopen's error text.
_LDD_MISSING = re.compile(r"^\s*(\S+\.so[.\d]*)\s+=>\s+not found", re.MULTILINE)
_DLOPEN_MISSING = re.compile(r"(lib[\w.+-]+\.so[.\d]*): cannot open shared object file")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def dependency_hash(extras: str) -> str:
    """Hash of what decides the installed set: pyproject.toml, the constraints, the extras and
    this Python. File contents, not dates: a fresh clone or a `git checkout` changes every date."""
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.read_bytes() if path.exists() else b"")
        digest.update(b"\0")
    digest.update(f"{extras}\0{sys.version_info[:2]}".encode())
    return digest.hexdigest()


def needs_install(marker: Path, extras: str) -> bool:
    return not marker.exists() or marker.read_text().strip() != dependency_hash(extras)


def pip_install_command(python: Path, extras: str, constrained: bool = True) -> list[str]:
    target = f".[{extras}]" if extras else "."
    command = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if constrained and CONSTRAINTS.exists():
        command += ["-c", str(CONSTRAINTS)]
    return [*command, "-e", target]


def ensure_venv(extras: str, window: bool = False) -> Path:
    """The .venv's Python with the project and `extras` installed; Qt's system libraries checked
    (with `window`, also those of the xcb platform plugin that shows a window on Linux)."""
    python = venv_python()
    if not python.exists():
        step(f"creating {VENV}")
        venv.create(VENV, with_pip=True)
    marker = VENV / f".installed-{extras or 'app'}"
    if needs_install(marker, extras):
        step("installing Sổ Kết Nghĩa and its libraries (first time takes a few minutes)")
        subprocess.run(pip_install_command(python, extras), check=True, cwd=ROOT)
        marker.write_text(dependency_hash(extras))
    ensure_qt_libraries(python, window=window)
    return python


# --- the system libraries Qt loads ---------------------------------------------------------


def missing_libraries(text: str) -> list[str]:
    """Library file names reported missing in `text` (ldd output or a loader error)."""
    found = _LDD_MISSING.findall(text) + _DLOPEN_MISSING.findall(text)
    return sorted(set(found))


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages that provide `libraries`, libraries of no known package)."""
    packages = sorted({LIBRARY_PACKAGES[lib] for lib in libraries if lib in LIBRARY_PACKAGES})
    unknown = [lib for lib in libraries if lib not in LIBRARY_PACKAGES]
    return packages, unknown


def apt_command(packages: list[str]) -> str:
    prefix = "" if is_root() else "sudo "
    return f"{prefix}apt-get install -y " + " ".join(packages)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


_PLUGIN_PROBE = """
from pathlib import Path
import PySide6
for lib in ("QtCore", "QtGui", "QtWidgets"):
    print(next(Path(PySide6.__file__).parent.glob(lib + ".*")))
print(Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so")
"""
_WINDOW_PROBE = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"


def probe_qt(
    python: Path, window: bool, run: Callable[..., subprocess.CompletedProcess] = subprocess.run
) -> tuple[list[str], str]:
    """The libraries Qt cannot load on this machine, and the loader's last words when it failed
    for another reason ("" when Qt starts).

    Qt's modules link their libraries, and the xcb platform plugin dlopen()s its own at start-up
    (an import of QtWidgets succeeds without them). ldd resolves both the way the loader will;
    with a DISPLAY, a QGuiApplication on the xcb plugin (QT_DEBUG_PLUGINS=1 names the library
    it could not open) is the final word."""
    found = run([str(python), "-c", _PLUGIN_PROBE], capture_output=True, text=True)
    if found.returncode != 0:  # PySide6 itself does not import: the loader error names the lib
        missing = missing_libraries(found.stderr)
        return missing, "" if missing else found.stderr.strip()
    files = found.stdout.splitlines()  # one path a line: a Windows user folder may hold spaces
    if not window:
        files = files[:-1]
    missing: list[str] = []
    if sys.platform.startswith("linux") and shutil.which("ldd"):
        for file in files:
            if Path(file).exists():
                ldd = run(["ldd", file], capture_output=True, text=True)
                missing += missing_libraries(ldd.stdout)
    if missing or not window or not os.environ.get("DISPLAY"):
        return sorted(set(missing)), ""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "1"}
    start = run([str(python), "-c", _WINDOW_PROBE], capture_output=True, text=True, env=env)
    if start.returncode == 0:
        return [], ""
    missing = missing_libraries(start.stderr)
    return missing, "" if missing else "\n".join(start.stderr.strip().splitlines()[-3:])


def ensure_qt_libraries(
    python: Path,
    window: bool = False,
    run: Callable[..., subprocess.CompletedProcess] = subprocess.run,
) -> None:
    """Install the system libraries Qt loads where we can (Debian/Ubuntu as root); otherwise
    stop with the exact apt-get command to run."""
    missing, failure = probe_qt(python, window, run)
    if not missing and not failure:
        return
    packages, unknown = packages_for(missing)
    if failure and not packages:  # Qt failed and names no library: the old, general list
        packages = QT_SYSTEM_PACKAGES
    if packages and shutil.which("apt-get") and is_root():
        step("installing the system libraries Qt needs: " + " ".join(packages))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run(["apt-get", "update", "-qq"], check=True, env=env)
        run(["apt-get", "install", "-y", "-qq", *packages], check=True, env=env)
        missing, failure = probe_qt(python, window, run)
        if not missing and not failure:
            return
        packages, unknown = packages_for(missing)
    lines = ["Qt cannot start on this machine."]
    if missing:
        lines.append("Missing libraries: " + " ".join(missing))
    if failure:
        lines.append(failure)
    if packages and shutil.which("apt-get"):
        lines.append("Install them with:\n    " + apt_command(packages))
    elif missing:
        lines.append("Install the system packages that provide them.")
    if unknown and shutil.which("apt-get"):
        lines.append("No known Debian package for: " + " ".join(unknown))
    sys.exit("\n".join(lines))


# --- the commands ----------------------------------------------------------------------------


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


# The packages mypy checks in its default mode (the data layer and sync, which know no widgets).
TYPED = ["desktop/models", "sync"]


def run_tests(python: Path, args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    step("ruff")
    lint = subprocess.run([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    step("mypy")
    types = subprocess.run([str(python), "-m", "mypy", *TYPED], cwd=ROOT)
    step("pytest")
    tests = subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)
    return tests.returncode or lint.returncode or types.returncode


def run_script(python: Path, script: str, args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(python), str(ROOT / script), *args], cwd=ROOT, env=env).returncode


def lock() -> int:
    """Refresh the constraints: the newest releases in a fresh venv, pinned to the project's
    dependency closure (installer/lockfile.py)."""
    with tempfile.TemporaryDirectory(prefix="ketnghia-lock-") as folder:
        step(f"installing the newest releases into a fresh environment in {folder}")
        venv.create(folder, with_pip=True)
        python = Path(folder) / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        install = pip_install_command(python, "test,build", constrained=False)
        subprocess.run(install, check=True, cwd=ROOT)
        subprocess.run([str(python), str(ROOT / "installer" / "lockfile.py")], check=True)
    step(f"{CONSTRAINTS.relative_to(ROOT)} written: review `git diff`, run the tests, commit")
    return 0


def xcb_window() -> bool:
    """Whether the window will open through Qt's xcb plugin: on Linux, unless QT_QPA_PLATFORM
    names other platforms only (e.g. "wayland" or "offscreen"; "wayland;xcb" falls back to xcb)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    return sys.platform.startswith("linux") and (not chosen or "xcb" in chosen.split(";"))


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        return run_app(ensure_venv("", window=xcb_window()), rest)
    if command == "test":
        return run_tests(ensure_venv("test"), rest)
    if command == "smoke":
        return run_script(ensure_venv("build"), "installer/smoke.py", rest)
    if command == "guide":
        return run_script(ensure_venv(""), "installer/guide.py", rest)
    if command == "lock":
        return lock()
    print(__doc__)
    return 2


if __name__ == "__main__":
    if sys.version_info < (3, 11):  # noqa: UP036 (this file must explain itself on old Pythons)
        sys.exit("Sổ Kết Nghĩa needs Python 3.11 or newer.")
    try:
        raise SystemExit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as failed:  # pip or apt-get said why, above
        sys.exit(
            f"dev.py: {' '.join(map(str, failed.cmd[:4]))} … failed (exit {failed.returncode})"
        )
