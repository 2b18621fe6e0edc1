"""dev.py: the probe of the system libraries Qt loads, installing only when the dependency list
changed, and the pinned constraints that dev.py and CI install with."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = load("dev", ROOT / "dev.py")
lockfile = load("lockfile", ROOT / "installer" / "lockfile.py")

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd6a1f3000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1a000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c19c00000)
"""
QT_DEBUG_PLUGINS_OUTPUT = """\
qt.core.plugin.loader: checking directory path "/venv/PySide6/Qt/plugins/platforms" ...
qt.core.library: "/venv/PySide6/Qt/plugins/platforms/libqxcb.so" cannot load: Cannot load \
library /venv/PySide6/Qt/plugins/platforms/libqxcb.so: (libxcb-xinerama.so.0: cannot open \
shared object file: No such file or directory)
qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.
"""


def test_missing_libraries_are_read_from_ldd_and_from_qt_plugin_debugging():
    assert dev.missing_libraries(LDD_OUTPUT) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert dev.missing_libraries(QT_DEBUG_PLUGINS_OUTPUT) == ["libxcb-xinerama.so.0"]
    assert dev.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_xcb_libraries_map_to_their_debian_packages():
    libraries = [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-image.so.0",
        "libxcb-render-util.so.0",
        "libxcb-xinerama.so.0",
        "libxcb-cursor.so.0",
        "libxcb-shape.so.0",
        "libxcb-randr.so.0",
        "libxcb-xkb.so.1",
        "libunheard-of.so.3",
    ]
    packages, unknown = dev.packages_for(libraries)
    assert packages == sorted(
        [
            "libxcb-icccm4",
            "libxcb-keysyms1",
            "libxcb-image0",
            "libxcb-render-util0",
            "libxcb-xinerama0",
            "libxcb-cursor0",
            "libxcb-shape0",
            "libxcb-randr0",
            "libxcb-xkb1",
        ]
    )
    assert unknown == ["libunheard-of.so.3"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and xcb are Linux's")
def test_probe_finds_what_the_loader_cannot_resolve_for_this_machines_xcb_plugin():
    """The real plugin of the running PySide6, probed as dev.py does: the answer is exactly the
    libraries the dynamic loader reports missing (none on a machine that has them all)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    expected = sorted({line.split()[0] for line in ldd.splitlines() if "not found" in line})
    env_display = os.environ.pop("DISPLAY", None)
    try:
        missing, failure = dev.probe_qt(Path(sys.executable), window=True)
    finally:
        if env_display is not None:
            os.environ["DISPLAY"] = env_display
    assert failure == ""
    assert missing == expected


class FakeMachine:
    """A Debian machine without the xcb libraries: ldd reports them missing until apt-get
    installs their packages. Records every command dev.py runs."""

    def __init__(self, missing: dict[str, str]) -> None:
        self.missing = dict(missing)  # library -> package
        self.commands: list[list[str]] = []

    def run(self, command, **kwargs):
        self.commands.append(list(command))
        if command[:2] == ["apt-get", "install"]:
            installed = set(command[2:])
            self.missing = {lib: p for lib, p in self.missing.items() if p not in installed}
            return subprocess.CompletedProcess(command, 0, "", "")
        if command[0] == "apt-get":
            return subprocess.CompletedProcess(command, 0, "", "")
        if command[0] == "ldd":
            text = "".join(f"\t{lib} => not found\n" for lib in self.missing)
            return subprocess.CompletedProcess(command, 0, text, "")
        # the venv's Python printing the Qt modules and the plugin: make the files exist
        return subprocess.CompletedProcess(command, 0, f"{sys.executable}\n" * 4, "")


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.delenv("DISPLAY", raising=False)


def test_without_root_the_exact_apt_command_is_printed_and_nothing_is_installed(linux, monkeypatch):
    machine = FakeMachine({"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-cursor.so.0": "x"})
    machine.missing["libxcb-cursor.so.0"] = "libxcb-cursor0"
    monkeypatch.setattr(dev, "is_root", lambda: False)
    with pytest.raises(SystemExit) as stop:
        dev.ensure_qt_libraries(Path(sys.executable), window=True, run=machine.run)
    message = str(stop.value.code)
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4" in message
    assert "libxcb-icccm.so.4" in message
    assert not any(command[0] == "apt-get" for command in machine.commands)


def test_without_apt_get_no_apt_command_is_proposed(linux, monkeypatch):
    machine = FakeMachine({"libxcb-cursor.so.0": "libxcb-cursor0"})
    monkeypatch.setattr(dev.shutil, "which", lambda name: None if name == "apt-get" else name)
    with pytest.raises(SystemExit) as stop:
        dev.ensure_qt_libraries(Path(sys.executable), window=True, run=machine.run)
    message = str(stop.value.code)
    assert "libxcb-cursor.so.0" in message and "apt-get" not in message


def test_as_root_the_missing_packages_are_installed_then_probed_again(linux, monkeypatch):
    machine = FakeMachine({"libxcb-keysyms.so.1": "libxcb-keysyms1"})
    monkeypatch.setattr(dev, "is_root", lambda: True)
    dev.ensure_qt_libraries(Path(sys.executable), window=True, run=machine.run)
    assert ["apt-get", "install", "-y", "-qq", "libxcb-keysyms1"] in machine.commands
    assert machine.commands[-1][0] == "ldd"  # the probe after the install found nothing missing


def test_tests_do_not_need_the_window_plugin(linux, monkeypatch):
    """`dev.py test` runs offscreen: a machine without xcb libraries is fine for it."""
    machine = FakeMachine({})
    monkeypatch.setattr(dev, "is_root", lambda: False)
    dev.ensure_qt_libraries(Path(sys.executable), window=False, run=machine.run)
    probed = [command[1] for command in machine.commands if command[0] == "ldd"]
    assert len(probed) == 3  # QtCore, QtGui, QtWidgets; not the xcb plugin


@pytest.mark.parametrize(
    ("platform", "chosen", "expected"),
    [
        ("linux", None, True),
        ("linux", "xcb", True),
        ("linux", "wayland;xcb", True),
        ("linux", "wayland", False),
        ("linux", "offscreen", False),
        ("win32", None, False),
    ],
)
def test_the_xcb_libraries_matter_only_when_qt_will_use_xcb(
    monkeypatch, platform, chosen, expected
):
    monkeypatch.setattr(dev.sys, "platform", platform)
    if chosen is None:
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    else:
        monkeypatch.setenv("QT_QPA_PLATFORM", chosen)
    assert dev.xcb_window() is expected


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    (tmp_path / "requirements").mkdir()
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    (tmp_path / "requirements" / "constraints.txt").write_text("pyside6==6.12.0\n")
    monkeypatch.setattr(dev, "ROOT", tmp_path)
    monkeypatch.setattr(dev, "CONSTRAINTS", tmp_path / "requirements" / "constraints.txt")
    monkeypatch.setattr(dev, "VENV", tmp_path / ".venv")
    return tmp_path


def test_the_install_is_redone_only_when_the_dependency_list_changes(checkout):
    before = dev.dependency_hash("")
    os.utime(checkout / "pyproject.toml", (1, 1))  # a fresh clone: every date is new
    assert dev.dependency_hash("") == before
    constraints = checkout / "requirements" / "constraints.txt"
    constraints.write_text("pyside6==6.12.1\n")
    assert dev.dependency_hash("") != before
    assert dev.dependency_hash("test") != dev.dependency_hash("")


def test_run_after_the_first_install_calls_neither_pip_nor_the_network(checkout, monkeypatch):
    python = dev.venv_python()
    python.parent.mkdir(parents=True)
    python.write_text("")
    (dev.VENV / ".installed-app").write_text(dev.dependency_hash(""))
    commands: list[list[str]] = []
    monkeypatch.setattr(dev.subprocess, "run", lambda command, **kw: commands.append(command))
    monkeypatch.setattr(dev, "ensure_qt_libraries", lambda python, window=False: None)
    assert dev.ensure_venv("", window=True) == python
    assert commands == []
    (checkout / "pyproject.toml").write_text("# changed\n")
    dev.ensure_venv("", window=True)
    (pip,) = commands
    assert pip[1:4] == ["-m", "pip", "install"]
    assert ["-c", str(dev.CONSTRAINTS)] == pip[pip.index("-c") : pip.index("-c") + 2]


def constraints() -> dict[str, str]:
    pinned = {}
    for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[canonicalize_name(name)] = version
    return pinned


def test_constraints_pin_every_requirement_of_pyproject_within_its_range():
    pinned = constraints()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = project["dependencies"] + sum(project["optional-dependencies"].values(), [])
    for line in lines:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not pinned in requirements/constraints.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), line


def test_the_lock_follows_requirements_of_requirements():
    found = lockfile.pins([Requirement("pytest")])
    assert {"pytest", "pluggy", "iniconfig", "packaging"} <= set(found)
    assert found["pytest"] == constraints()["pytest"] or found["pytest"]
    assert "pip" not in lockfile.pins([Requirement("sqlite-utils")])
