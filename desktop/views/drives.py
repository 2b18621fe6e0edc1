"""The USB sticks and other removable drives mounted now, to write a bundle onto one.

Qt tells mounted volumes but not whether they are removable, so we go by where they are
mounted: another drive letter than the system's on Windows, /media, /run/media or /mnt on
Linux, /Volumes on macOS. Read-only and unready volumes are left out.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

from desktop.i18n import tr
from desktop.models.text import format_number

_UNIX_PLACES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free_bytes: int

    def label(self) -> str:
        free = format_number(round(self.free_bytes / 1024**3, 1))
        name = f"{self.root} — {self.name}" if self.name else str(self.root)
        return tr("{drive} ({free} GB free)").format(drive=name, free=free)


def looks_removable(root: str, platform: str, system_root: str) -> bool:
    """Whether a volume mounted at `root` is likely a USB stick or card (see module doc)."""
    if platform.startswith("win"):
        return root[:2].upper() != system_root[:2].upper() and root[1:2] == ":"
    return any(root.startswith(place) for place in _UNIX_PLACES)


def removable_drives() -> list[Drive]:
    system_root = os.environ.get("SYSTEMDRIVE", "C:") + "\\"
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if not looks_removable(
            root if root.endswith("/") else root + "/", sys.platform, system_root
        ):
            continue
        drives.append(Drive(Path(root), volume.displayName(), volume.bytesAvailable()))
    return sorted(drives, key=lambda d: str(d.root))
