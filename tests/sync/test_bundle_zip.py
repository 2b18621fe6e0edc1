"""A bundle's zip bytes are those Python's zipfile wrote for earlier programs' bundles."""

from __future__ import annotations

import io
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from sync import bundle, bundle_zip


def zipfile_pack(members: tuple[bytes, bytes, bytes]) -> bytes:
    """How pack() made a bundle's zip until it was written with struct."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in zip(bundle.MEMBERS, members, strict=True):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, data)
    return out.getvalue()


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.binary(max_size=3000), st.binary(max_size=80), st.binary(max_size=9000)))
def test_same_bytes_as_zipfile(members):
    packed = bundle.pack(*members)
    assert packed == zipfile_pack(members)
    assert [bytes(m) for m in bundle_zip.members(packed, bundle.MEMBERS)] == list(members)


def test_a_zip_laid_out_otherwise_gives_no_members():
    members = (b'{"format": 1}', b"\0" * 64, b"payload")
    packed = bundle.pack(*members)
    assert bundle_zip.members(packed[:40], bundle.MEMBERS) is None  # cut short
    renamed = packed.replace(b"signature", b"signatur_", 1)
    assert bundle_zip.members(renamed, bundle.MEMBERS) is None
    out = io.BytesIO()  # what another zip tool makes of the same members: deflated
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in zip(bundle.MEMBERS, members, strict=True):
            zf.writestr(name, data)
    deflated = out.getvalue()
    found = bundle_zip.members(deflated, bundle.MEMBERS)
    assert found is None or [bytes(m) for m in found] != list(members)
