"""The program's log: a rotating file in the data folder with what the program did and every
error with its traceback, for the officer to send to support (the frozen Windows build has no
console, so without it errors go nowhere).

`setup(data_dir)` points the log at `logs/ketnghia.log` in the data folder (or, when that
folder cannot be written, at the system's temporary folder); `log_bug(exc)` records a bug and
returns where; `bug_sentence(path)` is what the user is told about a bug.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from desktop.i18n import tr
from desktop.paths import DataDir

LOG_NAME = "ketnghia.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("ketnghia")
_handler: _Handler | None = None


class _Handler(logging.FileHandler):
    """A log file that rotates at MAX_BYTES (ketnghia.log.1 … .BACKUP_COUNT, as
    logging.handlers.RotatingFileHandler, whose module costs the window 25 ms of start-up to
    import). It makes the log's folder on the first record, so a command that logs nothing makes
    none; a record that cannot be written (the disk is full) is dropped without a word: the
    user's message matters more than the log's, and logging's own traceback would drown it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)

    def _open(self):  # noqa: ANN202 (the base class's signature)
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= MAX_BYTES:
                self._rotate()
        except OSError:
            pass
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment]
        for number in range(BACKUP_COUNT - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


def log_path(data_dir: DataDir) -> Path:
    return data_dir.logs / LOG_NAME


def _writable(path: Path) -> bool:
    """Whether the log can be written at `path` (its folder made if needed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8"):
            return True
    except OSError:
        return False


def setup(data_dir: DataDir) -> Path:
    """Send the program's log records to the data folder's log file; returns its path."""
    global _handler
    path = log_path(data_dir)
    # A data folder that does not exist (yet) is not made for the log: a command run on a wrong
    # folder must leave nothing there; until `init` makes it, the log lives in the temp folder.
    if not data_dir.root.is_dir() or not _writable(path):
        path = Path(tempfile.gettempdir()) / "ketnghia" / LOG_NAME
    if _handler is not None and Path(_handler.baseFilename) == path.absolute():
        return path
    handler = _Handler(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _handler = handler
    return path


def current_path() -> Path | None:
    """The log file records go to now (None before `setup`)."""
    return Path(_handler.baseFilename) if _handler is not None else None


def details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback with the program's and system's versions, as copied for support."""
    import platform  # here: opening the window does without it

    from desktop.version import version

    head = f"Sổ Kết Nghĩa {version()}, Python {platform.python_version()}, {platform.platform()}\n"
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def log_bug(exc: BaseException, what: str = "program error") -> Path | None:
    """Log `exc` with its traceback as a bug; the log file it went to."""
    log.error("%s\n%s", what, details(type(exc), exc, exc.__traceback__).rstrip())
    for handler in logging.getLogger().handlers:
        handler.flush()
    return current_path()


def bug_sentence(path: Path | None) -> str:
    """What the user is told about a bug: one sentence, with where its details are."""
    if path is None:
        return tr(
            "A program error stopped this work; it is a fault in Sổ Kết Nghĩa, not in your data."
        )
    return tr(
        "A program error stopped this work; it is a fault in Sổ Kết Nghĩa, not in your data. "
        "The details are in the log file {path}: send it to whoever supports the program."
    ).format(path=path)


def log_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Log an exception nobody caught (an excepthook); its details."""
    text = details(exc_type, exc, tb)
    log.critical("uncaught exception\n%s", text.rstrip())
    for handler in logging.getLogger().handlers:
        handler.flush()
    if _handler is None:  # no log yet: at least the console has it
        print(text, file=sys.stderr)
    return text
