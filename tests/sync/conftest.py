"""Fixtures of the sync tests: a synced district (hub + two communes) copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from district import District, build_district, content_digest, file_bytes

from desktop.paths import DataDir


@pytest.fixture(scope="session")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> District:
    return build_district(tmp_path_factory.mktemp("district"))


@pytest.fixture
def district(district_template: District, tmp_path: Path) -> District:
    """A copy of the synced district: hub, commune A (La Dêê, with Đắc Tôi's history) and commune B (La Êê)."""
    root = tmp_path / "district"
    for name in ("hub", "a", "b"):
        shutil.copytree(district_template.root / name, root / name)
    return District(root, DataDir(root / "hub"), DataDir(root / "a"), DataDir(root / "b"))


@pytest.fixture
def refused(run_cli, tmp_path: Path):
    """Import `data` into `target` via the CLI; assert it is refused for `reason` and that the
    database is unchanged, in content and byte for byte on disk."""

    def check(target: DataDir, data: bytes | Path, reason: str, *options: str) -> str:
        path = data if isinstance(data, Path) else tmp_path / "bundle.ketnghia"
        if not isinstance(data, Path):
            path.write_bytes(data)
        run_cli("--lang", "vi", "--data-dir", target.root, "sync", "status")  # open, migrate
        before, on_disk = content_digest(target), file_bytes(target)
        result = run_cli(
            "--lang", "vi", "--data-dir", target.root, "sync", "import", path, *options
        )
        assert result.code == 1, result.out + result.err
        assert "Traceback" not in result.err, result.err
        line = result.out.strip().splitlines()[-1]
        assert "bị từ chối" in line and reason in line, line
        # the safety net for a check the program lacks ("unexpected") is never the reason
        assert "Không kiểm tra được gói dữ liệu" not in line, line
        assert content_digest(target) == before
        assert file_bytes(target) == on_disk
        return line

    return check
