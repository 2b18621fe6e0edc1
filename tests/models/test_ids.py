"""Record ids: UUIDv7 text exactly as the uuid module writes it, version 7, in creation order."""

from __future__ import annotations

import time
import uuid
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from desktop.models import ids


def test_an_id_is_a_version_7_uuid_written_as_the_uuid_module_writes_it():
    for _ in range(2000):
        text = ids.uuid7()
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


@given(ms=st.integers(0, (1 << 48) - 1), rand=st.binary(min_size=10, max_size=10))
def test_the_text_matches_uuid_for_every_time_and_random_part(ms, rand):
    with (
        mock.patch.object(time, "time_ns", lambda: ms * 1_000_000),
        mock.patch.object(ids.os, "urandom", lambda n: rand),
    ):
        text = ids.uuid7()
    parsed = uuid.UUID(text)
    assert str(parsed) == text
    assert parsed.int >> 80 == ms  # the first 48 bits are the milliseconds: ids sort by time


def test_later_ids_sort_after_earlier_ones():
    first = ids.uuid7()
    time.sleep(0.002)
    assert ids.uuid7() > first
