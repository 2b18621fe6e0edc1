"""Evaluating the program's target rules, which are data ("helped_poor_households >= 10").

A rule is a comparison over named figures, +, -, *, /, numbers and ceil/floor/min/max; anything
else in the reference data is refused rather than run.
"""

from __future__ import annotations

import ast
import functools
import math
import operator
from collections.abc import Callable, Mapping

_FUNCTIONS: dict[str, Callable[..., float]] = {
    "ceil": math.ceil,
    "floor": math.floor,
    "min": min,
    "max": max,
}
_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_COMPARE = {
    ast.GtE: operator.ge,
    ast.Gt: operator.gt,
    ast.LtE: operator.le,
    ast.Lt: operator.lt,
    ast.Eq: operator.eq,
}


def _value(node: ast.AST, figures: Mapping[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return node.value
    if isinstance(node, ast.Name):
        return figures[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_value(node.left, figures), _value(node.right, figures))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
    ):
        return _FUNCTIONS[node.func.id](*(_value(a, figures) for a in node.args))
    raise ValueError(f"unsupported expression in target rule: {ast.dump(node)}")


def split(rule: str) -> tuple[str, str, str]:
    """(left expression, operator, right expression) of a rule, as text."""
    tree = ast.parse(rule, mode="eval").body
    if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1):
        raise ValueError(f"a target rule must be one comparison: {rule!r}")
    symbol = {ast.GtE: ">=", ast.Gt: ">", ast.LtE: "<=", ast.Lt: "<", ast.Eq: "=="}
    return ast.unparse(tree.left), symbol[type(tree.ops[0])], ast.unparse(tree.comparators[0])


@functools.lru_cache(maxsize=256)
def _parsed(rule: str) -> ast.expr:
    """A rule's expression, parsed once (a hub judges every sponsor in every commune)."""
    return ast.parse(rule, mode="eval").body


def evaluate(rule: str, figures: Mapping[str, float]) -> tuple[bool, float, float]:
    """(met, actual, required) of `rule` over `figures`."""
    tree = _parsed(rule)
    if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1 and type(tree.ops[0]) in _COMPARE):
        raise ValueError(f"a target rule must be one comparison: {rule!r}")
    actual = _value(tree.left, figures)
    required = _value(tree.comparators[0], figures)
    return _COMPARE[type(tree.ops[0])](actual, required), actual, required
