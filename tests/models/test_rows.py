"""Records are built from a SELECT's column names, never from the positions of its values."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.models import rows

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "desktop" / "models").rglob("*.py"), *(ROOT / "sync").rglob("*.py")])
ROW_NAMES = ("row", "r")  # what a fetched row is called


def _indexed(node: ast.expr) -> str | None:
    """The name of `node` when it is `name[<int>]` or `name[<int>:...]`."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        index = node.slice.lower if isinstance(node.slice, ast.Slice) else node.slice
        if index is None or (isinstance(index, ast.Constant) and isinstance(index.value, int)):
            return node.value.id
    return None


def positional_constructions(source: str) -> list[int]:
    """Lines where a class (a capitalised name) is called with a fetched row by position:
    `Record(*row)`, `Record(*row[2:])`, or `Record(x[0], x[1], ...)`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if not name[:1].isupper():
            continue
        starred = [
            arg.value
            for arg in node.args
            if isinstance(arg, ast.Starred)
            and (getattr(arg.value, "id", None) in ROW_NAMES or _indexed(arg.value) in ROW_NAMES)
        ]
        indexed = [_indexed(arg) for arg in node.args]
        repeated = {n for n in indexed if n is not None and indexed.count(n) >= 2}
        if starred or repeated:
            found.append(node.lineno)
    return found


def test_no_record_is_built_from_a_row_by_position():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in SOURCES
        for line in positional_constructions(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "build these with desktop.models.rows (columns named AS the fields)"


@pytest.mark.parametrize(
    "code",
    [
        "Need(*row)",
        "Matched(r[0], r[1], Entry(*r[5:]))",
        "SponsorYear(\n    r[0],\n    r[1],\n)",
        "Assessment(figures, *row[1:5])",
    ],
)
def test_the_scan_sees_positional_constructions(code):
    assert set(positional_constructions(code)) == {1}


@pytest.mark.parametrize(
    "code",
    [
        "rows.records(Need, cursor)",
        "Path(row[0])",
        "conn.execute(sql, [rid, r[0], *r[3]])",
        "Subtotal(*totals)",
    ],
)
def test_the_scan_leaves_named_and_single_values_alone(code):
    assert positional_constructions(code) == []


@dataclass
class _Line:
    name: str
    amount: int


def test_a_changed_select_fails_loudly_instead_of_shifting_values():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (name TEXT, amount INTEGER, notes TEXT)")
    conn.execute("INSERT INTO t VALUES ('gạo', 10, 'x')")
    assert rows.records(_Line, conn.execute("SELECT amount, name FROM t")) == [_Line("gạo", 10)]
    with pytest.raises(TypeError):
        rows.records(_Line, conn.execute("SELECT name, notes FROM t"))
    with pytest.raises(TypeError):
        rows.record(_Line, conn.execute("SELECT name, amount, notes FROM t"))
