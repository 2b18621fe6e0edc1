"""What a station sees and writes: a commune station its own commune's records; a hub every
commune under it, read-only for the records communes own (needs, surveys, working group)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop.models import reference
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog


def commune_choices(context: AppContext) -> list[tuple[str, str]]:
    """The station's own commune, or on a hub the communes under the hub's unit."""
    unit = context.station.unit
    if context.commune_code:
        return [(unit.code, unit.name)]
    return [
        (u.code, u.name)
        for u in reference.search_units(context.db.conn, "", ("commune",), limit=10_000)
        if u.parent_code == unit.code
    ]


def commune_name(context: AppContext, code: str) -> str:
    unit = reference.unit(context.db.conn, code)
    return unit.name if unit else code


def view_only(context: AppContext, dialog: RecordDialog) -> None:
    """On a hub, a commune-owned record is shown but cannot be saved."""
    if context.is_hub:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
