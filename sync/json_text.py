"""JSON text read from a stream of UTF-8 bytes one value at a time, holding only a window of it.

The standard library's C scanner (`json.scanner.c_make_scanner`, the parser of `json.loads`)
parses each value the reader is asked for, so a value costs one call rather than one Python step
per token. The window grows only while the value at the cursor runs past its end, each time by as
much again as it holds past the cursor: a value is parsed at most about twice over, and what is
held is that value's text and a chunk, not the whole text. A value that is wrong (not JSON) is
told from one that is only cut by the window's end by where its parse failed.

Walking the text's containers (`members`, `elements`, `skip`) takes them apart without building
them; `value` builds the one value at the cursor, containers and all.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from json.scanner import c_make_scanner  # type: ignore[attr-defined]  # untyped in typeshed
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_SPACES = " \t\n\r"
_LONGEST_WORD = len("-Infinity")  # a failure this close to the end may be the end's doing
_UNTERMINATED = "Unterminated string starting at"


class TextError(ValueError):
    """The text is not JSON, or not the JSON the reader was asked to walk."""


def _no_constant(name: str) -> Any:
    raise TextError(f"not JSON: {name}")  # NaN and infinities, which json accepts by default


_SCAN = c_make_scanner(json.JSONDecoder(parse_constant=_no_constant))


class Reader:
    """The JSON text of `stream` read from its start: `chunk` bytes at a time; a string may take
    at most `longest` characters of text and containers nest at most `deepest` levels in `skip`."""

    def __init__(self, stream: io.RawIOBase, chunk: int, longest: int, deepest: int) -> None:
        self._stream = stream
        self._chunk = chunk
        self._longest = longest
        self._deepest = deepest
        self._decode = codecs.getincrementaldecoder("utf-8")("strict").decode
        self._text = ""
        self._at = 0
        self._done = False

    def _more(self) -> bool:
        """Read on past the window's end, dropping what lies before the cursor: at least as much
        again as the window holds past it. False once the stream is read to its end."""
        if self._done:
            return False
        parts = [self._text[self._at :]]
        want, got = max(self._chunk, len(parts[0])), 0
        while got < want:
            data = self._stream.read(self._chunk)
            if not data:
                parts.append(self._decode(b"", True))  # a character cut at the end: refused
                self._done = True
                break
            parts.append(self._decode(data))
            got += len(data)
        self._text, self._at = "".join(parts), 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the text's end)."""
        while True:
            text, at = self._text, self._at
            if at < len(text):
                if text[at] not in _SPACES:
                    return text[at]
                self._at = _SPACE.match(text, at).end()  # type: ignore[union-attr]  # * matches
                if self._at < len(text):
                    continue
            if not self._more():
                return ""

    def char(self) -> str:
        """The next character that is not white space, read past ("" at the text's end)."""
        found = self.peek()
        if found:
            self._at += 1
        return found

    def value(self) -> Any:
        """The value at the cursor, built, and read past."""
        while True:
            text, at = self._text, self._at
            try:
                found, end = _SCAN(text, at)
            except StopIteration as stop:  # nothing that starts a value here
                if at < len(text) and text[at] in _SPACES:
                    self.peek()
                    continue
                if len(text) - stop.value < _LONGEST_WORD and self._more():
                    continue
                raise TextError("a value expected") from None
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(text) - _LONGEST_WORD or (
                    exc.msg == _UNTERMINATED and len(text) - exc.pos <= self._longest
                )
                if cut and self._more():
                    continue
                raise TextError(exc.msg) from None
            except ValueError as exc:  # int() past 4,300 digits; NaN or infinity (_no_constant)
                raise TextError(str(exc)) from None
            except RecursionError:
                raise TextError("nested too deep") from None
            if len(text) - end < _LONGEST_WORD and self._more():
                continue  # a number may go on past the window's end ("1.5" of "1.5e3")
            self._at = end
            return found

    def members(self) -> Iterator[str]:
        """The keys of the object whose "{" was just read, each once; the caller reads each
        key's value before asking for the next."""
        seen: set[str] = set()
        if self.peek() == "}":
            self._at += 1
            return
        while True:
            if self.peek() != '"':
                raise TextError("a key expected")
            key = self.value()
            if key in seen or self.char() != ":":
                raise TextError("a key given twice, or no colon")
            seen.add(key)
            yield key
            if self._closed("}"):
                return

    def elements(self) -> Iterator[None]:
        """Once for each element of the array whose "[" was just read; the caller reads each
        element before asking for the next."""
        if self.peek() == "]":
            self._at += 1
            return
        while True:
            yield None
            if self._closed("]"):
                return

    def _closed(self, closing: str) -> bool:
        """After an item of a container: True at its `closing` character (read past), False
        at the comma before the next item."""
        after = self.char()
        if after != closing and after != ",":
            raise TextError("a comma expected")
        return after == closing

    def values(self) -> Iterator[Any]:
        """Each element of the array whose "[" was just read, built."""
        if self.peek() == "]":
            self._at += 1
            return
        while True:
            text, at = self._text, self._at
            # the common case spelled out, as this runs once per change of a payload: a whole
            # value in the window, and right after it a comma or the array's end
            try:
                found, end = _SCAN(text, at)
            except (StopIteration, ValueError, RecursionError):
                found, end = None, -1
            if end >= 0 and (self._done or len(text) - end >= _LONGEST_WORD):
                after = text[end : end + 1]
                self._at = end + 1
                if after not in (",", "]"):
                    self._at = end
                    after = self.char()
            else:  # cut by the window's end, after white space, or wrong: as value() reads it
                found = self.value()
                after = self.char()
            yield found
            if after == "]":
                return
            if after != ",":
                raise TextError("a comma expected")

    def skip(self, depth: int = 0) -> None:
        """Read past the value at the cursor, taking containers apart rather than building them."""
        opening = self.peek()
        if opening not in ("[", "{"):
            self.value()
            return
        if depth >= self._deepest:
            raise TextError("nested too deep")
        self._at += 1
        for _ in self.members() if opening == "{" else self.elements():
            self.skip(depth + 1)
