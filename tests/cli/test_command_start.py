"""A command imports its own module only: `info`, `backup list` or `relay serve` do not load the
PDF and spreadsheet libraries the documents need (about 0.8 s of a command's 1.1 s on this
machine), and every command works in a fresh process, where no other command's module was
imported before it. A command given without its subcommand says which ones there are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parents[2]

# Run a command in this fresh process, then print the top-level packages it loaded.
LOADED = """
import json, sys
from desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": sorted({name.split(".")[0] for name in sys.modules})}))
"""

DOCUMENT_LIBRARIES = ("reportlab", "openpyxl", "python_calamine")


def fresh(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


@pytest.mark.parametrize("command", [("info", "--json"), ("backup", "list"), ("settings", "show")])
def test_a_command_does_not_load_the_document_libraries(commune_dir, command):
    ran = fresh("-c", LOADED, "--data-dir", str(commune_dir.root), *command)
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert not set(DOCUMENT_LIBRARIES) & set(report["loaded"])


@pytest.mark.parametrize("command", sorted(COMMAND_MODULES))
def test_every_command_parses_alone_in_a_fresh_process(command):
    ran = fresh("-m", "desktop", command, "--help")
    assert ran.returncode == 0, ran.stderr
    assert f"ketnghia {command}" in ran.stdout


def test_the_help_still_lists_every_command():
    ran = fresh("-m", "desktop", "--help")
    assert ran.returncode == 0, ran.stderr
    assert all(command in ran.stdout for command in COMMAND_MODULES)


@pytest.mark.parametrize(
    "command", [("sync",), ("settings",), ("sponsors", "directory"), ("print",), ("import",)]
)
def test_a_missing_subcommand_is_named_by_its_choices_not_an_attribute(command):
    ran = fresh("-m", "desktop", *command)
    assert ran.returncode == 2
    message = ran.stderr.strip().splitlines()[-2]  # the last line says where to look
    assert message.startswith("Lỗi: thiếu các tham số bắt buộc: {"), message
    assert "_command" not in ran.stderr and "document" not in message and "kind" not in message


def test_the_data_folder_and_language_may_follow_the_command(run_cli, commune_dir, tmp_path):
    folder = str(commune_dir.root)
    shown = run_cli("info", "--json", "--data-dir", folder)
    assert shown.code == 0, shown.err
    assert json.loads(shown.out)["data_dir"] == folder
    # after the command, it replaces what came before it; a nested command takes it too
    assert (
        json.loads(run_cli("--data-dir", tmp_path, "info", "--data-dir", folder, "--json").out)[
            "data_dir"
        ]
        == folder
    )
    listed = run_cli("sponsors", "directory", "list", "--data-dir", folder, "--lang", "en")
    assert listed.code == 0, listed.err
    assert "Danh mục" not in listed.out
    assert not (tmp_path / "ketnghia.sqlite3").exists()  # nothing made where it was replaced
