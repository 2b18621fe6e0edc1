"""Fixtures shared by every test: fresh data dirs, a template station copied per test, the CLI.

The template commune station (init + small demo data) is built once per session and its files
copied for each test that asks for `commune_db`, which keeps the suite fast.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import cli  # noqa: E402
from desktop.models import store  # noqa: E402
from desktop.paths import DataDir  # noqa: E402

DEMO_COMMUNE = "20704"  # Xã La Dêê, formed in 2025 from Xã Đắc Tôi (20705) and old La Dêê
DEMO_HOUSEHOLDS = 120
DEMO_SEED = 7


@pytest.fixture(scope="session", autouse=True)
def vietnamese_app(qapp):
    """One QApplication for the whole run, in Vietnamese like the program's default.

    It must exist before any command-line call, which would otherwise make a QCoreApplication
    that widgets cannot use.
    """
    from desktop import i18n

    i18n.install("vi")
    return qapp


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """A fresh, empty data directory."""
    return DataDir(tmp_path / "station")


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `ketnghia ARGS...` in-process; returns exit code, stdout and stderr."""

    def run(*args: str) -> CliResult:
        code = cli.main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def build_commune(
    target: DataDir, households: int = DEMO_HOUSEHOLDS, seed: int = DEMO_SEED
) -> None:
    assert (
        cli.main(
            [
                "--data-dir",
                str(target.root),
                "init",
                "--role",
                "commune",
                "--unit",
                DEMO_COMMUNE,
                "--station",
                "Máy UBND xã La Dêê",
                "--officer",
                "Zơrâm Thị Hoa",
            ]
        )
        == 0
    )
    assert (
        cli.main(
            [
                "--data-dir",
                str(target.root),
                "demo",
                "--households",
                str(households),
                "--seed",
                str(seed),
            ]
        )
        == 0
    )


@pytest.fixture(scope="session")
def commune_template(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    template = DataDir(tmp_path_factory.mktemp("template") / "commune")
    build_commune(template)
    db = store.open_database(template)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return template


@pytest.fixture
def commune_dir(commune_template: DataDir, tmp_path: Path) -> DataDir:
    """A data dir holding a copy of the demo commune station (Xã La Dêê)."""
    target = DataDir(tmp_path / "commune")
    shutil.copytree(commune_template.root, target.root)
    return target


@pytest.fixture
def commune_db(commune_dir: DataDir) -> Iterator:
    """The open database of `commune_dir`."""
    db = store.open_database(commune_dir)
    yield db
    db.conn.close()
