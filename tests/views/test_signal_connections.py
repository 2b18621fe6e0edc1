"""No button, toggle or action is connected to a method that takes parameters.

`clicked(bool)`, `toggled(bool)` and `triggered(bool)` pass `checked` into the slot's first
parameter, so a method with a default argument (`target=None`, `confirm=True`) silently gets
`False` (the "Xuất số liệu ra Excel…" and "Chốt đánh giá…" bugs). Connect such methods through a
lambda or give them no parameters.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop

VIEWS = Path(desktop.__file__).parent / "views"
CHECKED_SIGNALS = {"clicked", "toggled", "triggered"}


def _methods() -> dict[str, list[ast.FunctionDef]]:
    found: dict[str, list[ast.FunctionDef]] = {}
    for path in Path(desktop.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        found.setdefault(item.name, []).append(item)
    return found


def _calls_in_classes(tree: ast.Module):
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for node in ast.walk(cls):
                if isinstance(node, ast.Call):
                    yield cls, node


def _takes_checked(function: ast.FunctionDef) -> bool:
    """True when a positional parameter after self would receive `checked`."""
    return bool(function.args.args[1:]) and function.args.vararg is None


def test_no_checked_signal_reaches_a_parameter():
    methods = _methods()
    wrong = []
    for path in sorted(VIEWS.rglob("*.py")):
        for cls, node in _calls_in_classes(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and node.args
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr in CHECKED_SIGNALS
                and isinstance(node.args[0], ast.Attribute)
            ):
                continue
            target = node.args[0]
            name = target.attr
            own = (
                [f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == name]
                if isinstance(target.value, ast.Name) and target.value.id == "self"
                else []
            )
            # A method not defined in this class: every same-named one counts (a false alarm
            # costs a lambda).
            if any(_takes_checked(f) for f in own or methods.get(name, [])):
                wrong.append(f"{path.name}:{node.lineno} {node.func.value.attr} -> {name}")
    assert wrong == []
