"""`ketnghia --version` prints the version pyproject.toml declares; an unknown option gets a
usage message instead of opening the window."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from desktop.version import version
from desktop.views import app

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def test_version_prints_the_pyproject_version(run_cli):
    result = run_cli("--version")
    assert result.code == 0
    assert result.out == f"ketnghia {pyproject_version()}\n"
    assert version() == pyproject_version()


@pytest.fixture
def no_window(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the window was opened")

    monkeypatch.setattr(app, "run_app", refuse)


@pytest.mark.parametrize(
    "args", [("--bogus",), ("--verison",), ("--data-dir", "x", "-z"), ("info", "--bogus")]
)
def test_unknown_option_prints_usage_and_exits_2(no_window, run_cli, capsys, args):
    with pytest.raises(SystemExit) as stop:
        run_cli(*args)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: ketnghia")
    assert "Lỗi: " in err and args[-1] in err
    assert "Traceback" not in err


def test_unknown_language_names_the_choices(no_window, run_cli, capsys):
    with pytest.raises(SystemExit) as stop:
        run_cli("--lang", "fr")
    assert stop.value.code == 2
    assert "'vi'" in capsys.readouterr().err


def test_an_installed_wheel_reads_version_and_licence_from_its_metadata(monkeypatch, tmp_path):
    """A wheel has no pyproject.toml beside its packages: the installed metadata is read."""
    from importlib import metadata

    from desktop import version as module

    monkeypatch.setattr(module, "PYPROJECT", tmp_path / "pyproject.toml")
    module._pyproject.cache_clear()
    try:
        assert module.version() == metadata.version("ketnghia")
        assert module.licence() == "GPL-3.0-or-later"
    finally:
        module._pyproject.cache_clear()
