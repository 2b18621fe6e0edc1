"""A small, nearly full filesystem for disk-full tests: a tmpfs mounted for the test (Linux,
root or a user namespace); the test is skipped, saying why, where mounting is impossible."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` KB mounted at `where` for the block."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a small filesystem needs Linux and root to mount a tmpfs")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path, leave_kb: int = 0) -> Path:
    """Fill the filesystem of `folder` until at most `leave_kb` KB stay free."""
    filler = folder / "filler.bin"
    free = os.statvfs(folder)
    left = free.f_bavail * free.f_frsize - leave_kb * 1024
    with filler.open("wb") as out:
        while left > 0:
            chunk = min(left, 1 << 20)
            try:
                out.write(b"\0" * chunk)
                out.flush()
            except OSError:
                break
            left -= chunk
    return filler
