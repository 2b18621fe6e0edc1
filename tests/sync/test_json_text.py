"""The payload's JSON text read a window at a time gives what json.loads gives of the whole,
wherever the windows' ends fall, and refuses what is not JSON without reading on."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import json_text

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=30,
)


class Counted(io.RawIOBase):
    """Bytes read in pieces of at most `piece`, counting what was read."""

    def __init__(self, data: bytes, piece: int) -> None:
        super().__init__()
        self.data, self.piece, self.read_so_far = data, piece, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = min(len(buffer), self.piece, len(self.data) - self.read_so_far)
        buffer[:size] = self.data[self.read_so_far : self.read_so_far + size]
        self.read_so_far += size
        return size


def reader(text: str | bytes, chunk: int = 3, piece: int = 1000) -> json_text.Reader:
    data = text.encode() if isinstance(text, str) else text
    return json_text.Reader(Counted(data, piece), chunk, longest=1000, deepest=8)


def walked(text: json_text.Reader) -> Any:
    """The value at the cursor rebuilt by walking its containers (members and elements)."""
    opening = text.peek()
    if opening == "{":
        text.char()
        return {key: walked(text) for key in text.members()}
    if opening == "[":
        text.char()
        return [walked(text) for _ in text.elements()]
    return text.value()


@settings(max_examples=300, deadline=None)
@given(VALUES, st.integers(min_value=1, max_value=9), st.booleans())
def test_every_window_reads_what_json_loads_reads(value, chunk, spaced):
    dumped = json.dumps(value, ensure_ascii=False, indent=1 if spaced else None)
    assert reader(dumped, chunk).value() == json.loads(dumped)
    assert walked(reader(dumped, chunk)) == json.loads(dumped)


@settings(max_examples=200, deadline=None)
@given(st.lists(VALUES, max_size=8), st.integers(min_value=1, max_value=9))
def test_values_and_skip_read_an_array_element_by_element(items, chunk):
    dumped = json.dumps([items, "after"], ensure_ascii=False)
    text = reader(dumped, chunk)
    assert text.char() == "["
    assert text.char() == "["
    assert list(text.values()) == json.loads(json.dumps(items))
    assert text.char() == ","
    assert text.value() == "after"
    assert text.char() == "]"
    assert text.char() == ""

    skipping = reader(dumped, chunk)
    assert skipping.char() == "["
    skipping.skip()
    assert skipping.char() == "," and skipping.value() == "after"


@pytest.mark.parametrize("chunk", [1, 2, 3, 4, 7])
def test_a_number_cut_by_the_window_is_read_whole(chunk):
    assert list(_array(reader("[123456789, -1.5e10, true, null, 7]", chunk))) == [
        123456789,
        -1.5e10,
        True,
        None,
        7,
    ]


def _array(text: json_text.Reader) -> Any:
    assert text.char() == "["
    return text.values()


@pytest.mark.parametrize(
    "text",
    [
        "[1, 2",  # cut short
        "[1 2]",
        "[1,]",
        '{"a": 1, "a": 2}',  # a key twice
        '{"a" 1}',
        "[NaN]",
        "[Infinity]",
        '["a"x]',
        "[01]",
        '["a\tb"]',  # a control character in a string
        "[" + "9" * 5000 + "]",  # more digits than int() takes
    ],
)
def test_what_is_not_json_is_refused(text):
    with pytest.raises(json_text.TextError):
        walked(reader(text))


def test_nesting_deeper_than_allowed_is_refused_when_skipped():
    text = reader("[" * 9 + "]" * 9)
    with pytest.raises(json_text.TextError):
        text.skip()
    assert reader("[" * 8 + "]" * 8).skip() is None


def test_text_that_is_not_utf8_is_refused():
    with pytest.raises(UnicodeDecodeError):
        list(_array(reader(b'["caf\xe9", 1]')))
    with pytest.raises(UnicodeDecodeError):
        reader(b'["\xc3').value()  # a character cut at the end


def test_an_error_early_does_not_read_the_rest():
    rest = b"[" + b"1," * 500_000 + b"1]"
    stream = Counted(b"[[1, 2 3]," + rest + b"]", 64 * 1024)
    text = json_text.Reader(stream, 4096, longest=1000, deepest=8)
    assert text.char() == "["
    with pytest.raises(json_text.TextError):
        text.value()
    assert stream.read_so_far <= 64 * 1024


def test_a_string_longer_than_allowed_is_refused_once_past_the_limit():
    stream = Counted(b'["' + b"a" * 1_000_000 + b'"]', 64 * 1024)
    text = json_text.Reader(stream, 1024, longest=5000, deepest=8)
    assert text.char() == "["
    with pytest.raises(json_text.TextError):
        text.value()
    assert stream.read_so_far <= 64 * 1024
