"""Frozen smoke test: build the PyInstaller folder, then run the frozen program as a user would.

    python installer/smoke.py [--no-build]     (python3 dev.py smoke runs it in .venv)

Builds dist/ketnghia with installer/ketnghia.spec, then, in a fresh temporary folder, runs the
frozen `ketnghia` through a commune's first week: init, demo data, info --json, the handover
minutes, an Excel export, screenshots of the overview and documents pages, enrollment with a
district station, a weekly sync export and its import at the district. Any exit code other than
0, any traceback and any line on stderr that is not on the allowed list fails the test (the model
is qutebrowser's smoke_test(): a frozen build misses modules and data files that the source tree
has, and only running it shows that).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "ketnghia"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
COMMAND_LINE = DIST / f"ketnghia{EXE_SUFFIX}"
WINDOW = DIST / f"SoKetNghia{EXE_SUFFIX}"
# Lines on stderr that are not ours and not a fault: the offscreen plugin says this on show().
ALLOWED_STDERR = ("This plugin does not support propagateSizeHints",)
FOREIGN = Path(tempfile.gettempdir()) / "ketnghia-smoke-foreign-packages"


class SmokeFailure(Exception):
    pass


def build() -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    start = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "installer" / "ketnghia.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.monotonic() - start


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def unexpected_stderr(stderr: str) -> list[str]:
    """The lines of `stderr` that are neither blank nor on the allowed list."""
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(allowed in line for allowed in ALLOWED_STDERR)
    ]


def ketnghia(*args: str | Path) -> str:
    """Run the frozen command line; its stdout, or SmokeFailure saying what went wrong."""
    command = [str(COMMAND_LINE), *(str(arg) for arg in args)]
    # Foreign `desktop`, `sync` and `resources` packages first on PYTHONPATH: the frozen program
    # must run on its own copies whatever the environment holds (desktop/__init__.py).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(FOREIGN)}
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300
    )
    shown = " ".join(str(arg) for arg in args)
    if "Traceback" in result.stdout + result.stderr:
        raise SmokeFailure(f"ketnghia {shown}: traceback\n{result.stdout}{result.stderr}")
    if result.returncode != 0:
        raise SmokeFailure(f"ketnghia {shown}: exit {result.returncode}\n{result.stderr}")
    extra = unexpected_stderr(result.stderr)
    if extra:
        raise SmokeFailure(f"ketnghia {shown}: unexpected stderr\n" + "\n".join(extra))
    print(f"  ok  ketnghia {shown}", flush=True)
    return result.stdout


def expect_file(path: Path, magic: bytes) -> None:
    if not path.is_file() or not path.read_bytes().startswith(magic):
        raise SmokeFailure(f"{path} is missing or is not a {magic!r} file")


def foreign_packages() -> None:
    """Packages named like ours that fail on import, for PYTHONPATH (see ketnghia())."""
    for name in ("desktop", "sync", "resources"):
        (FOREIGN / name).mkdir(parents=True, exist_ok=True)
        (FOREIGN / name / "__init__.py").write_text(f"raise ImportError('foreign {name}')\n")


def run_smoke(work: Path) -> None:
    foreign_packages()
    for program in (COMMAND_LINE, WINDOW):
        if not program.is_file():
            raise SmokeFailure(f"{program} was not built")
    # What the Help menu opens and the About box reads, where desktop.help and desktop.version
    # look for them in a frozen build.
    for shipped in ("docs/huong-dan/README.md", "docs/huong-dan/anh/overview.png", "LICENSE",
                    "pyproject.toml"):  # fmt: skip
        if not (DIST / "_internal" / shipped).is_file():
            raise SmokeFailure(f"the frozen build lacks {shipped}")
    version = ketnghia("--version").strip()
    if not version.startswith("ketnghia ") or version == "ketnghia ":
        raise SmokeFailure(f"--version printed {version!r}")
    commune, hub, out = work / "commune", work / "hub", work / "out"
    out.mkdir()
    ketnghia("--data-dir", commune, "init", "--role", "commune", "--unit", "20704",
             "--station", "Máy UBND xã La Dêê", "--officer", "Zơrâm Thị Hoa")  # fmt: skip
    ketnghia("--data-dir", commune, "demo", "--households", "200")
    info = json.loads(ketnghia("--data-dir", commune, "info", "--json"))
    if info["counts"]["households"] != 200 or not info["receipts"]:
        raise SmokeFailure(f"info --json after demo: {info['counts']}")
    handover = out / "bien-ban.pdf"
    ketnghia("--data-dir", commune, "print", "handover", "--receipt", info["receipts"][0],
             "--out", handover)  # fmt: skip
    expect_file(handover, b"%PDF-")
    sheet = out / "ho.xlsx"
    ketnghia("--data-dir", commune, "export", "xlsx", "--table", "households", "--out", sheet)
    expect_file(sheet, b"PK")
    with zipfile.ZipFile(sheet) as book:
        if "xl/workbook.xml" not in book.namelist():
            raise SmokeFailure(f"{sheet} is not a workbook")
    for page in ("overview", "documents"):
        picture = out / f"{page}.png"
        ketnghia("--data-dir", commune, "screenshot", page, "--out", picture)
        expect_file(picture, b"\x89PNG")
    # Enrollment and the weekly exchange: keys, signatures and encryption in the frozen build.
    ketnghia("--data-dir", hub, "init", "--role", "hub", "--unit", "48",
             "--station", "Máy Sở Dân tộc và Tôn giáo", "--officer", "Cán bộ thành phố")  # fmt: skip
    request = out / "yeu-cau.ketnghia"
    ketnghia("--data-dir", commune, "sync", "enroll-request", "--out", request)
    fingerprint = ketnghia("--data-dir", commune, "sync", "fingerprint").strip().splitlines()[-1]
    welcome_dir = out / "chao-mung"
    welcome_dir.mkdir()
    ketnghia("--data-dir", hub, "sync", "enroll", request, "--fingerprint", fingerprint,
             "--out", welcome_dir)  # fmt: skip
    (welcome,) = welcome_dir.glob("*.ketnghia")
    hub_digits = ketnghia("--data-dir", hub, "sync", "fingerprint").strip().splitlines()[-1]
    ketnghia("--data-dir", commune, "sync", "import", welcome, "--hub-fingerprint", hub_digits)
    weekly = out / "hang-tuan"
    weekly.mkdir()
    ketnghia("--data-dir", commune, "sync", "export", "--out", weekly)
    bundles = sorted(weekly.glob("*.ketnghia"))
    if not bundles:
        raise SmokeFailure("sync export wrote no bundle")
    ketnghia("--data-dir", hub, "sync", "import", *bundles)
    status = json.loads(ketnghia("--data-dir", hub, "info", "--json"))
    if status["counts"]["households"] != 200:
        raise SmokeFailure(f"the district holds {status['counts']['households']} households")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing dist folder")
    options = parser.parse_args(argv)
    if not options.no_build:
        print(f"==> building {DIST} with PyInstaller", flush=True)
        print(f"    built in {build():.0f} s", flush=True)
    print(f"==> frozen build: {folder_size(DIST) / 2**20:.1f} MiB in {DIST}", flush=True)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ketnghia-smoke-") as work:
        try:
            run_smoke(Path(work))
        except SmokeFailure as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"==> frozen smoke test passed in {time.monotonic() - start:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
