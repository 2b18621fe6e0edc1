"""What the user reads for an English source string, for tests that assert on messages.

`desktop.i18n.tr` looks strings up in the calling module's context, so a test module calling it
would get English back. This finds the Vietnamese that the program's modules use; where two
modules word one string differently, the test names the module.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "vi"


@functools.cache
def _wordings() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for ts in TS_DIR.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.findtext("translation") or ""
            found.setdefault(message.findtext("source") or "", set()).add(translation)
    return found


def tr(text: str, module: str | None = None) -> str:
    """The Vietnamese of `text` as the program shows it (from `module`, when given)."""
    if module is not None:
        return QCoreApplication.translate(module, text)
    wordings = _wordings().get(text)
    if not wordings:
        raise KeyError(f"no module translates {text!r}")
    if len(wordings) > 1:
        raise KeyError(f"modules word {text!r} differently ({wordings}); name the module")
    return next(iter(wordings))
