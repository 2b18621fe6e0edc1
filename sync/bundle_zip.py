"""The byte layout of a bundle's zip: stored members, fixed date and attributes, no comment.

A bundle is the one zip that these members give (`stored_zip`), the same bytes on any PC, so
reading one is: cut the members out where their local headers must be (`members`), and compare
the file with the zip they give. Python's zipfile made the same bytes (ZipInfo with date
1980-01-01, create_system 3, mode 0644, ZIP_STORED); written here with struct it costs a tenth
as much, and a bundle of an earlier program opens the same (tests/sync/test_bundle_zip.py holds
it to zipfile's bytes).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: what a stored member needs
_UNIX = 3
_DOS_DATE = (1 << 5) | 1  # 1980-01-01; the time is 00:00:00, 0
_MODE = 0o644 << 16
LOCAL_HEADER = _LOCAL.size  # 30 bytes before the member's name


def stored_zip(names: Sequence[str], members: Sequence[bytes | memoryview]) -> bytes:
    """The zip of `members` stored (not compressed) under `names`, in order."""
    parts: list[bytes | memoryview] = []
    central: list[bytes] = []
    offset = 0
    for name, data in zip(names, members, strict=True):
        raw = name.encode("ascii")
        size = len(data)
        crc = zlib.crc32(data)
        # flags, method (stored), time, date, CRC, compressed and plain size, name and extra length
        entry = (0, 0, 0, _DOS_DATE, crc, size, size, len(raw), 0)
        parts += (_LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *entry), raw, data)
        # made by, needed, then the entry; comment length, disk, internal and external
        # attributes, where the local header is
        central.append(
            _CENTRAL.pack(
                b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, *entry, 0, 0, 0, _MODE, offset
            )
            + raw
        )
        offset += LOCAL_HEADER + len(raw) + size
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(names), len(names), len(directory), offset, 0)
    return b"".join((*parts, directory, end))


def members(data: bytes, names: Sequence[str]) -> list[memoryview] | None:
    """The members (views into `data`, not copies) where `stored_zip` of `names` puts them,
    as long as their local headers say; None when the bytes there are not such headers (the
    file is no zip of ours: diagnose it). Only the rebuild proves the rest of the file."""
    view = memoryview(data)
    found = []
    at = 0
    for name in names:
        raw = name.encode("ascii")
        head = data[at : at + LOCAL_HEADER + len(raw)]
        if len(head) < LOCAL_HEADER + len(raw) or head[LOCAL_HEADER:] != raw:
            return None
        magic, *_, size, _, name_length, extra = _LOCAL.unpack(head[:LOCAL_HEADER])
        if magic != b"PK\x03\x04" or name_length != len(raw) or extra:
            return None
        at += LOCAL_HEADER + len(raw)
        found.append(view[at : at + size])
        at += size
    return found
