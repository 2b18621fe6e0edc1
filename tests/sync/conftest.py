"""Fixtures of the sync tests: a synced district (hub + two communes) copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from district import District, build_district

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
