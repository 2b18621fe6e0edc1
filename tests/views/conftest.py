"""Fixtures of the page tests."""

from __future__ import annotations

import pytest

from desktop.models import station
from desktop.views.context import AppContext, Changes


@pytest.fixture
def context(commune_db, commune_dir) -> AppContext:
    """What a page of the demo commune station is given."""
    return AppContext(commune_db, commune_dir, station.info(commune_db), Changes())
