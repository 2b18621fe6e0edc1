"""Needs: the yearly proposal, the status flow, and fulfilment computed from linked receipts."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from desktop.i18n import tr

# The status flow of a need, in order; the last two end it.
STATUSES = ("de_xuat", "da_gui", "duoc_nhan", "dang_thuc_hien", "hoan_thanh", "khong_thuc_hien")


def status_label(status: str) -> str:
    return {
        "de_xuat": tr("Proposed"),
        "da_gui": tr("Sent"),
        "duoc_nhan": tr("Accepted for support"),
        "dang_thuc_hien": tr("In progress"),
        "hoan_thanh": tr("Completed"),
        "khong_thuc_hien": tr("Not carried out"),
    }[status]


@dataclass(frozen=True)
class Fulfilment:
    need_id: str
    estimated_cost: int | None
    quantity: float | None
    received_value: int
    received_quantity: float

    @property
    def value_ratio(self) -> float | None:
        if not self.estimated_cost:
            return None
        return self.received_value / self.estimated_cost

    @property
    def fulfilled(self) -> bool:
        if self.estimated_cost:
            return self.received_value >= self.estimated_cost
        if self.quantity:
            return self.received_quantity >= self.quantity
        return False


FULFILMENT_SQL = """
SELECT n.id, n.estimated_cost, n.quantity,
       COALESCE(SUM(CASE WHEN r.id IS NOT NULL THEN rn.value END), 0),
       COALESCE(SUM(CASE WHEN r.id IS NOT NULL THEN rn.quantity END), 0)
FROM need n
LEFT JOIN receipt_need rn ON rn.need_id = n.id AND rn.deleted = 0
LEFT JOIN receipt r ON r.id = rn.receipt_id AND r.deleted = 0
WHERE n.deleted = 0 AND {where}
GROUP BY n.id
"""


def fulfilment(db: sqlite_utils.Database, need_ids: list[str]) -> dict[str, Fulfilment]:
    """Value and quantity received against each need, from the receipts linked to it."""
    if not need_ids:
        return {}
    marks = ", ".join("?" * len(need_ids))
    rows = db.execute(FULFILMENT_SQL.format(where=f"n.id IN ({marks})"), need_ids).fetchall()
    return {row[0]: Fulfilment(*row) for row in rows}


def fulfilment_where(db: sqlite_utils.Database, where: str, params: list) -> list[Fulfilment]:
    """Fulfilment of the needs matching a condition on `n` (the need table)."""
    return [Fulfilment(*row) for row in db.execute(FULFILMENT_SQL.format(where=where), params)]
