"""The station's settings an officer may change: what its documents print and when a commune
counts as silent at the hub. One registry read by `ketnghia settings`, the settings page and the
documents; each value is checked before it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import tr
from desktop.models.db import Database, set_setting, setting, transaction
from desktop.models.errors import UserError

MAX_TEXT = 200
RECIPIENT_SEPARATOR = ";"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    help: str
    kind: str = "text"  # text, lines (separated by ";"), days


def fields() -> list[Field]:
    return [
        Field(
            "document_parent",
            tr("Parent body"),
            tr("First header line, e.g. UBND XÃ LA DÊÊ (empty: from the unit)."),
        ),
        Field(
            "document_body",
            tr("Issuing body"),
            tr("Second header line, e.g. TỔ CÔNG TÁC KẾT NGHĨA."),
        ),
        Field("document_place", tr("Place name"), tr("Place of the date line, e.g. La Dêê.")),
        Field("document_signer_title", tr("Signer's title"), tr("e.g. TỔ TRƯỞNG, TRƯỞNG BAN.")),
        Field(
            "document_signer_name",
            tr("Signer's name"),
            tr("Empty on a commune: the working group's leader."),
        ),
        Field(
            "document_chairman_name",
            tr("Commune chairman"),
            tr("Confirms the handover minutes for the UBND (empty: a line to sign on)."),
        ),
        Field(
            "document_recipients",
            tr("Recipients (Nơi nhận)"),
            tr("One per line in the documents, separated here by “;”."),
            "lines",
        ),
        Field(
            "silent_after_days",
            tr("Silent after (days)"),
            tr("Hub: a commune that sent nothing for this many days is flagged."),
            "days",
        ),
    ]


DEFAULT_SILENT_DAYS = 45


def field(key: str) -> Field:
    for item in fields():
        if item.key == key:
            return item
    raise UserError(
        tr("Unknown setting {key}; the settings are: {keys}.").format(
            key=key, keys=", ".join(f.key for f in fields())
        )
    )


def values(db: Database) -> dict[str, str]:
    """Every setting's stored value ("" when it follows the default)."""
    return {f.key: setting(db, f.key) or "" for f in fields()}


def clean(key: str, value: str) -> str:
    """`value` checked for `key`, trimmed; a UserError saying what is wrong."""
    item = field(key)
    value = value.strip()
    if len(value) > MAX_TEXT * (5 if item.kind == "lines" else 1):
        raise UserError(tr("{label} is too long.").format(label=item.label))
    if any(ord(ch) < 32 for ch in value):
        raise UserError(
            tr("{label} cannot hold line breaks or control characters.").format(label=item.label)
        )
    if item.kind == "days" and value:
        if not value.isdigit() or not 1 <= int(value) <= 365:
            raise UserError(
                tr("{label} must be a whole number of days from 1 to 365.").format(label=item.label)
            )
        value = str(int(value))
    if item.kind == "lines":
        value = RECIPIENT_SEPARATOR.join(
            part.strip() for part in value.split(RECIPIENT_SEPARATOR) if part.strip()
        )
    return value


def set_values(db: Database, changes: dict[str, str]) -> None:
    """Store `changes` (key → value; "" returns to the default), all checked before any is
    written, in one transaction."""
    cleaned = {key: clean(key, value) for key, value in changes.items()}
    with transaction(db):
        for key, value in cleaned.items():
            set_setting(db, key, value or None)


def recipients(db: Database) -> list[str] | None:
    """The "Nơi nhận" lines typed in the settings, or None for the documents' defaults."""
    value = setting(db, "document_recipients")
    return value.split(RECIPIENT_SEPARATOR) if value else None


def silent_after_days(db: Database) -> int:
    return int(setting(db, "silent_after_days") or DEFAULT_SILENT_DAYS)
