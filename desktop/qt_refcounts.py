"""A guard against PySide6's missing references to None, True and False on Python 3.11.

PySide6 6.12 returns None from every void method (QLabel.setText, QChart.addSeries, …) without
taking a reference, as Python 3.12 allows because None is immortal there. On Python 3.11 each
call steals one of None's few thousand references, and after a few thousand calls Python frees
None and aborts ("Fatal Python error: none_dealloc"): the window died after enough chart
redraws. Making the three singletons practically immortal, as Python 3.12 does, ends that; it
does nothing on 3.12 and later.
"""

from __future__ import annotations

import sys

# far more references than a session can steal (one per Qt call), far below overflow
_SPARE = 1 << 40


def immortalize() -> None:
    if sys.version_info >= (3, 12):
        return
    # ctypes' own module, not the ctypes package (which costs the window's start 5 ms): a
    # Py_ssize_t is a long long on 64-bit Python, Windows included, and an int on 32-bit
    import _ctypes

    class SsizeT(_ctypes._SimpleCData):
        _type_ = "q" if sys.maxsize > 2**32 else "i"

    for singleton in (None, True, False):
        count = SsizeT.from_address(id(singleton))  # ob_refcnt, the object's first field
        if count.value < _SPARE:
            count.value += _SPARE
