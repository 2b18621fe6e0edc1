"""The merge's shortcut for a new record's chain of edits takes its versions in the order the
general rule picks (sync/merge.py `_causal_order` against `_picked`), for chains and for sets
of versions that only look like one (forks, gaps, versions from elsewhere, any order)."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from sync import merge

COLUMNS = ["name", "deleted"]
SITES = ["site-a", "site-b"]


def _stamp(moment: int) -> str:
    return f"{moment:015d}-00000"


@st.composite
def _versions(draw: st.DrawFn) -> list[list]:
    """Versions of one record: a chain (each made on the one before) with some links changed."""
    count = draw(st.integers(2, 5))
    moments = sorted(draw(st.lists(st.integers(1, 40), min_size=count, max_size=count)))
    versions: list[list] = []
    for i, moment in enumerate(moments):
        site = draw(st.sampled_from(SITES))
        base = (None, None) if i == 0 else (versions[-1][4], versions[-1][5])
        if draw(st.integers(0, 4)) == 0:  # a version made on another (or on none)
            other = draw(st.sampled_from([(None, None), (_stamp(0), "site-c"), *_made(versions)]))
            base = other
        op = "delete" if draw(st.integers(0, 6)) == 0 else "upsert"
        values = None if op == "delete" else [f"v{i}", 0]
        versions.append([i + 1, op, "r1", "20704", _stamp(moment), site, *base, values])
    return draw(st.permutations(versions))


def _made(versions: list[list]) -> list[tuple[str, str]]:
    return [(v[4], v[5]) for v in versions]


def _taken(order_of, versions: list[list]) -> tuple[list[int], dict[str, list]]:
    """The seqs in the order taken, each applied before the next is asked for, and the rows."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE sync_conflict (tbl, row_id, commune_code, loser_hlc, loser_site, "
        "loser_row, winner_hlc, winner_site, detected_at)"
    )
    rows: dict[str, list] = {}
    stats = merge.MergeStats()
    taken = []
    for version in order_of(versions, rows):
        taken.append(version[0])
        merge._apply_version(conn, "t", COLUMNS, rows, version, stats)
    return taken, rows


@settings(max_examples=300, deadline=None)
@given(_versions())
def test_a_new_records_versions_are_taken_as_the_general_rule_takes_them(versions):
    def general(found: list[list], rows: dict[str, list]):
        return merge._picked(sorted(found, key=lambda e: (e[4], e[5] or "")), rows, "r1")

    def shortcut(found: list[list], rows: dict[str, list]):
        return merge._causal_order(found, rows, "r1")

    assert _taken(shortcut, versions) == _taken(general, versions)
