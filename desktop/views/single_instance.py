"""One window per data folder: a second start on the same folder (a double-clicked `.ketnghia`
file while the program is open) hands its file to the running window and exits.

The window holds `window.lock` in the data folder (QLockFile: the lock of a window that died
counts as stale) and listens on a local socket (QLocalServer: a named pipe on Windows, a socket
file on Linux) named from the folder's path and the user. A start that cannot take the lock
connects to that socket instead and sends one JSON line, `{"open": path or null}`, answered by
"ok". QtNetwork is loaded only then, or after the window's first paint, not on the way to it.
"""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QLockFile, QObject, Signal

from desktop.paths import DataDir

LOCK_NAME = "window.lock"
TIMEOUT_MS = 3000

log = logging.getLogger(__name__)


def server_name(data_dir: DataDir) -> str:
    """The socket's name: short (socket paths are limited), one per user and data folder."""
    import getpass  # here, as QtNetwork is: only a hand-over or listening needs the name

    from PySide6.QtCore import QByteArray, QCryptographicHash

    folder = os.path.normcase(str(data_dir.root.absolute()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    data = QByteArray(f"{user}\0{folder}".encode())
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return "ketnghia-" + bytes(digest.toHex().data()).decode()[:24]


def hand_over(data_dir: DataDir, open_file: str | None) -> bool:
    """Give `open_file` (or just "come forward") to the window open on `data_dir`; whether it
    took it. The window may be starting: it is given TIMEOUT_MS to begin listening."""
    import json  # here: only a hand-over or a message needs it, as QtNetwork

    from PySide6.QtNetwork import QLocalSocket

    message = json.dumps({"open": os.path.abspath(open_file) if open_file else None})
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(250):
            break
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    socket.write((message + "\n").encode("utf-8"))
    socket.flush()
    while not socket.canReadLine() and socket.waitForReadyRead(TIMEOUT_MS):
        pass
    answered = socket.canReadLine() and bytes(socket.readLine().data()).strip() == b"ok"
    socket.disconnectFromServer()
    return answered


class Instance(QObject):
    """The running window's end: emits `received` with each file a later start hands over
    (None: just bring the window to the front)."""

    received = Signal(object)

    def __init__(self, data_dir: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir.root / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # stale only when its window is gone, never by age
        self.server = None

    def claim(self) -> bool:
        """Whether this is the only window on the folder (it then holds the lock)."""
        self.data_dir.ensure()
        return self.lock.tryLock(0)

    def listen(self) -> bool:
        """Start answering later starts; a socket left by a killed window is removed first."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if self.server.listen(name):
            return True
        QLocalServer.removeServer(name)  # we hold the lock: nobody else listens
        if self.server.listen(name):
            return True
        log.warning("cannot listen for a second start: %s", self.server.errorString())
        return False

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        socket = self.sender()
        if socket is None or not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        import json

        try:
            message = json.loads(line.decode("utf-8"))
            path = message.get("open") if isinstance(message, dict) else None
        except (UnicodeDecodeError, ValueError):
            log.warning("a second start sent something unreadable: %r", line[:200])
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.received.emit(path if isinstance(path, str) else None)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
