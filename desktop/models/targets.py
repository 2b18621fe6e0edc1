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


def _compiled(node: ast.AST) -> Callable[[Mapping[str, float]], float]:
    """The expression `node` as a function of the figures, built once per rule."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        constant = node.value
        return lambda figures: constant
    if isinstance(node, ast.Name):
        name = node.id
        return lambda figures: figures[name]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        op, left, right = _BINARY[type(node.op)], _compiled(node.left), _compiled(node.right)
        return lambda figures: op(left(figures), right(figures))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
    ):
        function, args = _FUNCTIONS[node.func.id], [_compiled(a) for a in node.args]
        return lambda figures: function(*(a(figures) for a in args))
    raise ValueError(f"unsupported expression in target rule: {ast.dump(node)}")


def split(rule: str) -> tuple[str, str, str]:
    """(left expression, operator, right expression) of a rule, as text."""
    tree = ast.parse(rule, mode="eval").body
    if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1):
        raise ValueError(f"a target rule must be one comparison: {rule!r}")
    symbol = {ast.GtE: ">=", ast.Gt: ">", ast.LtE: "<=", ast.Lt: "<", ast.Eq: "=="}
    return ast.unparse(tree.left), symbol[type(tree.ops[0])], ast.unparse(tree.comparators[0])


@functools.lru_cache(maxsize=256)
def _rule(rule: str) -> tuple[Callable, Callable, Callable]:
    """A rule's comparison and its two sides, parsed once (a hub judges every sponsor in every
    commune)."""
    tree = ast.parse(rule, mode="eval").body
    if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1 and type(tree.ops[0]) in _COMPARE):
        raise ValueError(f"a target rule must be one comparison: {rule!r}")
    return _COMPARE[type(tree.ops[0])], _compiled(tree.left), _compiled(tree.comparators[0])


def evaluate(rule: str, figures: Mapping[str, float]) -> tuple[bool, float, float]:
    """(met, actual, required) of `rule` over `figures`."""
    compare, left, right = _rule(rule)
    actual = left(figures)
    required = right(figures)
    return compare(actual, required), actual, required
