"""Fuzzing the bundle parsers: every input ends in "accepted" or "refused with a reason".

Hypothesis builds manifests, segments and payloads of every shape, signs and encrypts them with
a real station's keys (what a stolen PC can do), and mutates the bytes of real bundles at each
layer: the file, the signed manifest and the decrypted payload. Each ends in an import at the
hub (checked, nothing kept: `dry_run`), which must say accepted or refused with a code and a
sentence; "unexpected" (the safety net for a check the program lacks) fails the test.

The normal suite runs a bounded number of examples. Before a release run more:

    KETNGHIA_FUZZ_EXAMPLES=20000 python -m pytest tests/sync/test_sync_fuzz.py
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from district import District, export
from forge import forge_plain, identity, manifest_fields, members_of, signed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models import store
from desktop.models.db import Database, transaction
from desktop.paths import DataDir
from sync import bundle, enrollment, exchange, keys
from sync.bundle import BundleRefused

EXAMPLES = int(os.environ.get("KETNGHIA_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class Target:
    """The hub of a synced district, a real bundle of commune A for it, and that bundle's
    decrypted payload."""

    def __init__(self, district: District, folder: Path) -> None:
        self.district = district
        self.folder = folder
        db = store.open_database(district.a)
        with transaction(db):
            db.execute("UPDATE household SET notes = 'sửa' WHERE deleted = 0")
        db.conn.close()
        [path] = export(district.a, district.outbox("fuzz"))
        self.real = path.read_bytes()
        self.hub_db: Database = store.open_database(district.hub)
        hub_keys = keys.load(district.hub, self.hub_db)
        opened = bundle.open_bytes(self.real)
        self.manifest = opened.manifest
        self.payload = bundle.open_payload(opened, hub_keys.decryption)
        self.plain = json.dumps(self.payload, ensure_ascii=False).encode()
        self.count = 0

    def check(self, data: bytes) -> exchange.ImportResult:
        """Import `data` at the hub without keeping anything; it must end in a verdict."""
        self.count += 1
        path = self.folder / f"fuzz{self.count % 4}.ketnghia"
        path.write_bytes(data)
        result = exchange.import_bundle(self.district.hub, self.hub_db, path, dry_run=True)
        assert result.status in ("accepted", "duplicate", "refused"), result
        if result.refused:
            assert result.code and result.code != "unexpected", (result.code, result.reason)
            assert result.reason.strip()
        return result


@pytest.fixture(scope="module")
def target(district_template: District, tmp_path_factory: pytest.TempPathFactory) -> Target:
    root = tmp_path_factory.mktemp("fuzz")
    for name in ("hub", "a", "b"):
        shutil.copytree(district_template.root / name, root / name)
    district = District(root, DataDir(root / "hub"), DataDir(root / "a"), DataDir(root / "b"))
    made = Target(district, root)
    yield made
    made.hub_db.conn.close()


# ---- values of every kind -----------------------------------------------------------------

TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "\ud800", "a\udfffb", "../x", "001790000000000-00000", "٣" * 15]),
)
NUMBER = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, -1, 2**63 - 1, 2**63, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
)
SCALAR = st.one_of(st.none(), st.booleans(), NUMBER, TEXT)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)


def dumps(value: Any) -> bytes:
    """JSON of any value the strategies make (escaped when it holds lone surrogates)."""
    try:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value).encode("ascii")


@st.composite
def mutated(draw: st.DrawFn, tree: Any, depth: int = 0) -> Any:
    """`tree` with some of its parts replaced, removed or added."""
    if depth > 6 or draw(st.integers(0, 9)) == 0:
        return draw(VALUE)
    if isinstance(tree, dict) and tree:
        out = dict(tree)
        for key in draw(st.lists(st.sampled_from(sorted(out)), max_size=2, unique=True)):
            if draw(st.booleans()):
                out[key] = draw(mutated(out[key], depth + 1))
            else:
                del out[key]
        if draw(st.integers(0, 5)) == 0:
            out[draw(TEXT)] = draw(VALUE)
        return out
    if isinstance(tree, list) and tree:
        out = list(tree[:20])
        i = draw(st.integers(0, len(out) - 1))
        out[i] = draw(mutated(out[i], depth + 1))
        return out
    return draw(VALUE) if draw(st.booleans()) else tree


# ---- manifests ----------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_fuzzed_manifests_are_accepted_or_refused(target: Target, data: st.DataObject) -> None:
    fields = data.draw(mutated({k: v for k, v in target.manifest.items() if k != "format"}))
    if not isinstance(fields, dict):
        fields = {"value": fields}
    fields["format"] = bundle.FORMAT_VERSION
    _, _, payload = members_of(target.real)
    try:
        body = bundle.canonical_json(fields)
    except (UnicodeEncodeError, ValueError):
        body = dumps(fields)
    target.check(signed(target.district.a, body, payload))


# ---- payloads: segments and the rest ------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_fuzzed_payloads_are_accepted_or_refused(target: Target, data: st.DataObject) -> None:
    payload = data.draw(mutated(target.payload))
    ranges = target.manifest["ranges"]
    if isinstance(payload, dict) and isinstance(payload.get("streams"), list):
        found = {
            s["origin"]: [s["from"], s["to"]]
            for s in payload["streams"]
            if isinstance(s, dict)
            and isinstance(s.get("origin"), str)
            and bundle.is_station_id(s["origin"])
            and bundle.is_int64(s.get("from"))
            and bundle.is_int64(s.get("to"))
            and 0 <= s["from"] < s["to"]
        }
        if data.draw(st.booleans()):
            ranges = found  # make the manifest agree, so the checks go deeper
    target.check(forge_plain(target.district.a, target.district.hub, dumps(payload), ranges=ranges))


# ---- bytes of real bundles ----------------------------------------------------------------

EDIT = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]),
    st.floats(0, 1, exclude_max=True),
    st.binary(min_size=1, max_size=8),
)


def edited(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, where, chunk in edits:
        if not out:
            break
        at = int(where * len(out))
        if kind == "flip":
            out[at] ^= chunk[0] or 1
        elif kind == "insert":
            out[at:at] = chunk
        elif kind == "delete":
            del out[at : at + len(chunk)]
        elif kind == "truncate":
            del out[at:]
        else:
            out[at:at] = out[at : at + 64]
    return bytes(out)


@FUZZ
@given(edits=st.lists(EDIT, min_size=1, max_size=4))
def test_mutated_bundle_files_are_refused(target: Target, edits) -> None:
    data = edited(target.real, edits)
    result = target.check(data)
    assert data == target.real or result.refused


JSON_BYTES = st.sampled_from(
    [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"\\u", b"\\ud800", b"null", b"-", b"9" * 30,
     b"1e999", b"NaN", b"\xff", b"\xed\xa0\x80", b" " * 50]
)  # fmt: skip


@FUZZ
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]),
            st.floats(0, 1, exclude_max=True),
            st.one_of(JSON_BYTES, st.binary(min_size=1, max_size=4)),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_payload_bytes_signed_again_are_accepted_or_refused(target: Target, edits) -> None:
    plain = edited(target.plain, edits)
    target.check(
        forge_plain(target.district.a, target.district.hub, plain, ranges=target.manifest["ranges"])
    )


@FUZZ
@given(edits=st.lists(EDIT, min_size=1, max_size=3))
def test_mutated_manifest_bytes_signed_again_are_accepted_or_refused(target: Target, edits) -> None:
    manifest, _, payload = members_of(target.real)
    target.check(signed(target.district.a, edited(manifest, edits), payload))


# ---- enrollment requests at the hub -------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_fuzzed_enrollment_requests_are_read_or_refused(
    target: Target, data: st.DataObject
) -> None:
    me, _ = identity(target.district.a)
    fields = manifest_fields(target.district.a, None, 1)
    fields["station"] = data.draw(mutated(fields["station"]))
    try:
        body = bundle.canonical_json(fields)
    except (UnicodeEncodeError, ValueError):
        body = dumps(fields)
    path = target.folder / "request.ketnghia"
    path.write_bytes(signed(target.district.a, body))
    try:
        request = enrollment.read_request(target.hub_db, path)
    except BundleRefused as refusal:
        assert refusal.message.strip()
    else:
        assert request.site_id == me.site_id
