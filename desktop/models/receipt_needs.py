"""Which items of a receipt answer which linked needs, and what each need counts from them.

The officer ticks, for each need a receipt is linked to, the items that answer it. By default an
item answers the needs whose description names it ("Gà giống" → "Hỗ trợ gà giống cho hộ
nghèo"); an item no description names answers the needs of the receipt's support category. An
item answering several needs is shared in proportion to their estimated costs (equally when none
has one); a need counts a quantity only from items in its own unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop.i18n import tr
from desktop.models.db import Database
from desktop.models.records import RecordType
from desktop.models.rows import records
from desktop.models.text import fold


class ItemLike(Protocol):
    name: str
    unit: str
    quantity: float

    @property
    def amount(self) -> int: ...


@dataclass(frozen=True)
class NeedInfo:
    id: str
    description: str
    unit: str
    estimated_cost: int
    category_code: str


def need_info(db: Database, need_ids: Sequence[str]) -> dict[str, NeedInfo]:
    if not need_ids:
        return {}
    marks = ", ".join("?" * len(need_ids))
    return {
        need.id: need
        for need in records(
            NeedInfo,
            db.execute(
                "SELECT id, description, coalesce(unit, '') AS unit, "
                "coalesce(estimated_cost, 0) AS estimated_cost, category_code "
                f"FROM need WHERE id IN ({marks})",
                list(need_ids),
            ),
        )
    }


def _names(item: ItemLike, need: NeedInfo) -> bool:
    words = fold(item.name).split()
    description = f" {fold(need.description)} "
    return bool(words) and all(f" {word} " in description for word in words)


def default_items(
    items: Sequence[ItemLike], needs: Sequence[NeedInfo], category_code: str | None
) -> dict[str, list[int]]:
    """need id -> positions of the items that answer it, before the officer says otherwise."""
    chosen: dict[str, list[int]] = {need.id: [] for need in needs}
    for position, item in enumerate(items):
        named = [need for need in needs if _names(item, need)]
        for need in named or [n for n in needs if n.category_code == category_code]:
            chosen[need.id].append(position)
    return chosen


def counted(
    items: Sequence[ItemLike], needs: Sequence[NeedInfo], chosen: dict[str, list[int]]
) -> dict[str, tuple[int, float | None]]:
    """need id -> (value in đồng, quantity in the need's unit or None) counted from its items."""
    result: dict[str, list] = {need.id: [0, None] for need in needs}
    by_id = {need.id: need for need in needs}
    for position, item in enumerate(items):
        answering = [nid for nid in chosen if position in chosen[nid] and nid in by_id]
        if not answering:
            continue
        costs = [by_id[nid].estimated_cost for nid in answering]
        weights = costs if sum(costs) > 0 else [1] * len(answering)
        total = sum(weights)
        given = 0
        for index, nid in enumerate(answering):
            last = index == len(answering) - 1
            share = item.amount - given if last else round(item.amount * weights[index] / total)
            given += share
            result[nid][0] += share
            if fold(item.unit) and fold(item.unit) == fold(by_id[nid].unit):
                quantity = item.quantity * weights[index] / total
                result[nid][1] = (result[nid][1] or 0) + quantity
    return {nid: (value, quantity) for nid, (value, quantity) in result.items()}


# ---- the record types of this module (desktop.models.records) --------------------

RECORD_TYPES = (
    RecordType(
        "receipt_need",
        lambda: tr("Receipt–need link"),
        "t.value",
        part=True,
        fields={"value": lambda: tr("Value")},
        money=frozenset({"value"}),
    ),
)
