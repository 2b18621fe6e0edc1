"""Batches of bundles in one request: the framing both sides read, the client's writer of a
fetch's answer fed as the network cuts it, and the grouping by size (no relay needed)."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import bundle
from sync.relay_client import _batches, _Frames
from sync.relay_protocol import BATCH_BYTES, MAX_BATCH_ITEMS, frame, read_frames

blobs = st.lists(st.binary(max_size=300), max_size=8)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@given(blobs)
def test_frames_read_back_what_was_framed(items: list[bytes]) -> None:
    body = b"".join(frame(("r" * 36, _sha(data)), data) for data in items)
    assert read_frames(body, 2) == [(["r" * 36, _sha(data)], data) for data in items]


@pytest.mark.parametrize(
    "body",
    [
        b"abc 5\nab",  # cut short
        b"abc\n",  # no size
        b"abc 1 2\nx",  # a field too many
        b"abc -1\n",  # not a size
        b"abc 1",  # no end of line
        b"a" * 200 + b" 1\nx",  # a head too long
        "ã 1\nx".encode(),  # not ASCII
    ],
)
def test_a_malformed_batch_is_refused(body: bytes) -> None:
    with pytest.raises(ValueError):
        read_frames(body, 1)


def test_a_batch_of_too_many_frames_is_refused() -> None:
    with pytest.raises(ValueError):
        read_frames(frame(("x",), b"") * (MAX_BATCH_ITEMS + 1), 1)


def _answer(items: list[bytes]) -> bytes:
    return b"".join(frame((_sha(data),), data) for data in items)


def _feed(folder: Path, wanted: list[bytes], answer: bytes, cuts: list[int]) -> _Frames:
    frames = _Frames(folder, {_sha(data) for data in wanted})
    at = 0
    try:
        for cut in [*sorted(cuts), len(answer)]:
            frames.feed(answer[at:cut])
            at = max(at, cut)
    finally:
        frames.close()
    return frames


@settings(max_examples=50)
@given(
    st.lists(st.binary(min_size=1, max_size=300), min_size=1, max_size=6, unique=True),
    st.lists(st.integers(min_value=0, max_value=2000), max_size=12),
)
def test_a_fetch_answer_is_written_whole_however_it_is_cut(
    tmp_path_factory: pytest.TempPathFactory, items: list[bytes], cuts: list[int]
) -> None:
    folder = tmp_path_factory.mktemp("inbox")
    answer = _answer(items)
    frames = _feed(folder, items, answer, [c for c in cuts if c < len(answer)])
    assert {i: p.read_bytes() for i, p in frames.arrived.items()} == {_sha(d): d for d in items}
    assert not list(folder.glob("*.part"))
    assert all(p.name == f"{i[:16]}{bundle.EXTENSION}" for i, p in frames.arrived.items())


def test_an_answer_cut_short_keeps_the_whole_bundles_and_the_part(tmp_path: Path) -> None:
    items = [b"first bundle", b"second bundle, cut"]
    answer = _answer(items)
    frames = _feed(tmp_path, items, answer[:-5], [])
    assert list(frames.arrived) == [_sha(items[0])]
    part = tmp_path / f"{_sha(items[1])}.part"
    assert part.read_bytes() == items[1][:-5]  # a download resumes from here


def test_a_bundle_that_does_not_match_its_id_is_dropped(tmp_path: Path) -> None:
    good, bad = b"good", b"bad"
    answer = frame((_sha(b"other"),), bad) + frame((_sha(good),), good)
    frames = _feed(tmp_path, [b"other", good], answer, [3, 9])
    assert list(frames.arrived) == [_sha(good)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{_sha(good)[:16]}.ketnghia"]


def test_a_bundle_not_asked_for_stops_the_answer(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _feed(tmp_path, [b"asked"], _answer([b"not asked"]), [])
    assert not list(tmp_path.glob("*.ketnghia"))


@given(st.lists(st.integers(min_value=0, max_value=2 * BATCH_BYTES), max_size=20))
def test_batches_keep_the_order_and_stay_within_their_size(sizes: list[int]) -> None:
    groups = _batches(sizes)
    assert [i for group in groups for i in group] == list(range(len(sizes)))
    for group in groups:
        assert len(group) == 1 or sum(sizes[i] for i in group) <= BATCH_BYTES
    for first, second in itertools.pairwise(groups):  # a group ends when the next won't fit
        assert sum(sizes[i] for i in first) + sizes[second[0]] > BATCH_BYTES


def test_batches_hold_as_many_bundles_as_the_relay_reads() -> None:
    groups = _batches([1] * (2 * MAX_BATCH_ITEMS + 1))
    assert [len(group) for group in groups] == [MAX_BATCH_ITEMS, MAX_BATCH_ITEMS, 1]
