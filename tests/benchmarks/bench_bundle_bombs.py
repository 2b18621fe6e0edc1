"""Memory of refusing hostile bundles signed with a real (stolen) station key.

refuse_bombs    the worst of several bombs: the peak memory of importing it at the hub
                (measured in a fresh process: tracemalloc's peak of Python allocations and the
                growth of the peak resident set over the resident set before, VmHWM after a
                reset, which also counts zlib's and yajl's C buffers),
                against the bomb file's size (target: <= 5x the file plus 16 MB, and < 256 MB)

The bombs: a payload of tiny objects (`[],` inflating 1000:1 up to the plain-size cap), one of
1 MiB strings, one nested as deep as it goes, one of 60 MB of random bytes (nothing to inflate,
the largest file), and well-formed bundles signed with the commune's key that inflate 60:1 and
are refused for what they say: 60,000 changes to another commune (its columns first), 60,000
changes of which only the last is another commune's (canonical JSON: a table's changes before
its columns), 60,000 records linked to another commune's village, and a welcome of 60,000
records addressed to another station (imported at the commune). Each is judged against its
own file: the peak must stay <= 5x the file plus 16 MB (the interpreter's own stir) and < 256 MB.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

from common import ROOT, result

HUB_UNIT = "48"
COMMUNE_A, COMMUNE_B = "20704", "20698"


def _setup(root: Path) -> tuple[Path, Path]:
    from desktop.models import station, store
    from desktop.paths import DataDir
    from sync import enrollment, exchange, keys

    dirs = {}
    for name, role, unit in (("hub", "hub", HUB_UNIT), ("a", "commune", COMMUNE_A)):
        data_dir = DataDir(root / name)
        db = store.open_database(data_dir, create=True)
        station.initialize(db, station.StationSetup(role, unit, name, "Bench"))
        keys.create(data_dir, db)
        dirs[name] = (data_dir, db)
    hub, commune = dirs["hub"], dirs["a"]
    request = enrollment.write_request(commune[0], commune[1], root / "request.ketnghia")
    welcome = enrollment.enroll(
        hub[0], hub[1], request, enrollment.fingerprint(commune[0], commune[1]), root
    ).welcome
    digits = enrollment.fingerprint(hub[0], hub[1])
    outcome = exchange.import_bundle(commune[0], commune[1], welcome.path, hub_fingerprint=digits)
    assert outcome.status == "accepted", outcome.reason
    for _, db in dirs.values():
        db.conn.close()
    return hub[0].root, commune[0].root


def _other_village(hub_root: Path) -> str:
    """A village of commune B at the hub, as if B's station had sent it."""
    from desktop.models import changelog, store
    from desktop.models.db import transaction
    from desktop.models.ids import uuid7
    from desktop.paths import DataDir

    db = store.open_database(DataDir(hub_root))
    village = uuid7()
    with changelog.applying_remote(db.conn), transaction(db) as conn:
        conn.execute(
            "INSERT INTO village (id, commune_code, name) VALUES (?, ?, 'Thôn của xã B')",
            (village, COMMUNE_B),
        )
    db.conn.close()
    return village


def _bombs(hub_root: Path, commune_root: Path, folder: Path) -> dict[str, tuple[Path, Path]]:
    """name -> (the bomb file, the data folder it is imported into)."""
    sys.path.insert(0, str(ROOT / "tests" / "sync"))
    from forge import applied_at, columns, forge, forge_plain, identity

    from desktop.models.ids import uuid7
    from desktop.paths import DataDir
    from sync import bundle

    hub, commune = DataDir(hub_root), DataDir(commune_root)
    cap = bundle.MAX_PLAIN_BYTES
    plains = {
        "tiny objects": b'{"streams":[],"x":[' + b"[]," * ((cap - 64) // 3) + b"[]]}",
        "1 MiB strings": b'{"streams":[],"x":["'
        + b'","'.join([b"a" * (1024 * 1024 - 8)] * ((cap - 64) // (1024 * 1024)))
        + b'"]}',
        "deep nesting": b'{"streams":' + b"[" * (cap // 2 - 64) + b"]" * (cap // 2 - 64) + b"}",
        "random bytes": os.urandom(60 * 1024 * 1024),
    }
    me, _ = identity(commune)
    start = 10**6
    # as varied as real records (ids are random), so it is not refused for its cost alone
    changes = [
        [start + i + 1, "upsert", uuid7(), COMMUNE_B, f"00{1790000000000 + i}-00000",
         me.site_id, None, None, [f"Thôn {os.urandom(4).hex()}", os.urandom(8).hex(), 0]]
        for i in range(60_000)
    ]  # fmt: skip
    segment = {
        "origin": me.site_id,
        "from": start,
        "to": start + len(changes),
        "tables": {"village": {"columns": ["name", "notes", "deleted"], "changes": changes}},
    }
    made = {}
    for name, plain in plains.items():
        path = folder / f"{name.replace(' ', '-')}.ketnghia"
        path.write_bytes(forge_plain(commune, hub, plain))
        made[name] = (path, hub_root)
    ranges = {me.site_id: [start, start + len(changes)]}

    def write(name: str, data: bytes, target: Path = hub_root) -> None:
        path = folder / f"bomb-{len(made)}.ketnghia"
        path.write_bytes(data)
        made[name] = (path, target)

    plain = json.dumps({"streams": [segment]}, ensure_ascii=False).encode()
    write("60,000 changes to another commune", forge_plain(commune, hub, plain, ranges=ranges))
    last = [[*entry[:3], COMMUNE_A, *entry[4:]] for entry in changes]
    last[-1][3] = COMMUNE_B
    tables = {"village": {"columns": ["name", "notes", "deleted"], "changes": last}}
    write(
        "60,000 changes, the last another commune's",
        forge(commune, hub, {"streams": [{**segment, "tables": tables}]}, ranges=ranges),
    )
    # right after what the hub applied, so the changes are taken, not held for a gap
    after = applied_at(hub, me.site_id)
    cols = columns(hub, "household")
    village = _other_village(hub_root)
    linked = []
    for i, entry in enumerate(changes):
        values: list = [None] * len(cols)
        values[cols.index("head_name")] = f"Hộ {os.urandom(4).hex()}"
        values[cols.index("village_id")] = village
        values[cols.index("deleted")] = 0
        linked.append([after + i + 1, *entry[1:3], COMMUNE_A, *entry[4:8], values])
    span = {"from": after, "to": after + len(linked)}
    tables = {"household": {"columns": cols, "changes": linked}}
    write(
        "60,000 links to another commune's village",
        forge(
            commune,
            hub,
            {"streams": [{**segment, **span, "tables": tables}]},
            ranges={me.site_id: [after, after + len(linked)]},
        ),
    )
    snapshot = [[0, *entry[1:3], COMMUNE_A, *entry[4:]] for entry in changes]
    welcome = {"origin": identity(hub)[0].site_id, "from": 0, "to": 0,
               "tables": {"village": {"columns": ["name", "notes", "deleted"],
                                      "changes": snapshot}}}  # fmt: skip
    # the manifest of the hub's real welcome (its keys, the request it answers), readdressed
    [real] = [
        bundle.open_bytes(p.read_bytes())
        for p in folder.glob("*.ketnghia")
        if bundle.open_bytes(p.read_bytes()).kind == "welcome"
    ]
    fields = {k: v for k, v in real.manifest.items() if k != "payload"}
    fields["recipient"], fields["number"] = uuid7(), real.number + 1
    payload = {"streams": [], "snapshot": welcome}
    write(
        "a welcome of 60,000 records to another station",
        bundle.build(fields, payload, identity(hub)[1].signing, identity(commune)[1].public),
        commune_root,
    )
    return made


def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field}")


def _reset_peak_rss() -> int:
    """Reset the peak resident set to the current one (Linux clear_refs 5); the current size."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS")


def child(target_root: str, path: str) -> None:
    """In a fresh process: import `path` into `target_root`, print the peaks as JSON."""
    from desktop.i18n import ensure_core_app
    from desktop.models import store
    from desktop.paths import DataDir
    from sync import bundle, exchange

    ensure_core_app("en")
    target = DataDir(Path(target_root))
    db = store.open_database(target)
    bundle.schema_dictionary(1)  # warm: what every import pays once per process
    rss_before = _reset_peak_rss()
    tracemalloc.start()
    outcome = exchange.import_bundle(target, db, Path(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = _status_kb("VmHWM")
    print(
        json.dumps(
            {"status": outcome.status, "code": outcome.code, "traced": peak,
             "rss": rss_after - rss_before}
        )
    )  # fmt: skip


def _measure(target_root: Path, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", f"import bench_bundle_bombs as b; b.child({str(target_root)!r}, "
         f"{str(path)!r})"],
        cwd=Path(__file__).parent, check=True, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(Path(__file__).parent)])},
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def refuse_bombs(quick: bool) -> dict:
    root = Path(tempfile.mkdtemp(prefix="bench-bombs-"))
    try:
        hub_root, commune_root = _setup(root)
        lines = []
        worst_ratio, worst = 0.0, None
        for name, (path, target) in _bombs(hub_root, commune_root, root).items():
            size = path.stat().st_size
            seen = _measure(target, path)
            peak = max(seen["traced"], seen["rss"])
            lines.append(
                f"{name}: {seen['code'] or seen['status']}, file {size / 1e6:.2f} MB, "
                f"peak {seen['traced'] / 1e6:.1f} MB traced / {seen['rss'] / 1e6:.1f} MB resident"
            )
            if seen["status"] != "refused":
                raise AssertionError(f"{name} was not refused: {seen}")
            excess = (peak - 16 * 1024 * 1024) / size
            if excess > worst_ratio or worst is None:
                worst_ratio, worst = excess, (name, size, peak)
        assert worst is not None
        name, size, peak = worst
        print("\n".join(lines), file=sys.stderr)
        return result(
            "refuse_bombs",
            peak / 1e6,
            "MB peak memory",
            size / 1e6,
            f"size of the worst bomb file ({name}); all: " + "; ".join(lines),
            "<= 5x the file + 16 MB, < 256 MB",
            peak <= 5 * size + 16 * 1024 * 1024 and peak < 256 * 1024 * 1024,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


BENCHMARKS = {"refuse_bombs": refuse_bombs}
