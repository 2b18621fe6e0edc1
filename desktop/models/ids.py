"""Record ids: UUIDv7 text, made on the station, sortable by creation time."""

from __future__ import annotations

import os
import time


def uuid7() -> str:
    """A new RFC 9562 version-7 UUID as text."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    digits = f"{value:032x}"  # as str(uuid.UUID(int=value)), without importing uuid (and platform)
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
