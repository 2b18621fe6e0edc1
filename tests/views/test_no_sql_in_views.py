"""Views hold no SQL: the lists, filters and orders of the pages come from the data layer
(desktop/models/listing.py and each record's model module). This reads the source of every
module of desktop/views: a string that reads like SQL, or a call of execute(), fails the test."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

VIEWS = Path(__file__).resolve().parents[2] / "desktop" / "views"
SQL = re.compile(
    r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|FROM \w+|WHERE|JOIN|ORDER BY|GROUP BY|"
    r"COALESCE|coalesce\(|count\(\*\)|json_array_length|substr\()|\w+\.\w+ (=|IN|IS|LIKE) \?"
)
EXECUTE = {"execute", "executemany", "executescript"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_in(source: str) -> list[str]:
    """What reads like SQL in `source`: its string constants (not docstrings) and execute calls."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and SQL.search(node.value)
        ):
            found.append(f"line {node.lineno}: {node.value!r}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in EXECUTE
        ):
            found.append(f"line {node.lineno}: .{node.func.attr}(…)")
    return found


@pytest.mark.parametrize(
    "path", sorted(VIEWS.rglob("*.py")), ids=lambda p: str(p.relative_to(VIEWS))
)
def test_a_view_module_holds_no_sql(path):
    assert sql_in(path.read_text(encoding="utf-8")) == []


def test_the_scan_finds_sql_text_and_execute_calls():
    source = (
        "def f(db, word):\n"
        '    """Reads the households (docstrings may name SELECT)."""\n'
        "    where = ['h.village_id = ?']\n"
        "    db.conn.execute(f\"SELECT id FROM household WHERE {' AND '.join(where)}\")\n"
        "    return tr('Households from the village')\n"
    )
    found = sql_in(source)
    assert sorted(line.split(":")[0] for line in found) == ["line 3", "line 4", "line 4"]
