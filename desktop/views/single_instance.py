"""One window per data folder: a second start on the same folder (a double-clicked `.ketnghia`
file while the program is open) hands its file to the running window and exits.

The running window listens on a local socket (QLocalServer: a named pipe on Windows, a socket
file on Linux) whose name is derived from the data folder's path and the user; a new start
first tries to connect to it. The message is one JSON line, `{"open": path or null}`, answered
by "ok".
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.paths import DataDir

TIMEOUT_MS = 3000

log = logging.getLogger(__name__)


def server_name(data_dir: DataDir) -> str:
    """The socket's name: short (socket paths are limited), one per user and data folder."""
    folder = os.path.normcase(str(data_dir.root.absolute()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"ketnghia-{digest}"


def hand_over(data_dir: DataDir, open_file: str | None) -> bool:
    """Give `open_file` (or just "show yourself") to a window already open on `data_dir`;
    whether one took it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = json.dumps({"open": os.path.abspath(open_file) if open_file else None})
    socket.write((message + "\n").encode("utf-8"))
    socket.flush()
    while not socket.canReadLine() and socket.waitForReadyRead(TIMEOUT_MS):
        pass
    answered = socket.canReadLine() and bytes(socket.readLine().data()).strip() == b"ok"
    socket.disconnectFromServer()
    log.info("handed %s to the window already open on %s: %s", open_file, data_dir.root, answered)
    return answered


class Instance(QObject):
    """The running window's end: emits `received` with each file a later start hands over
    (None: just bring the window to the front)."""

    received = Signal(object)

    def __init__(self, data_dir: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left by a killed window is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # nobody answered hand_over: it is stale
        if self.server.listen(self.name):
            return True
        log.warning("cannot listen for a second start: %s", self.server.errorString())
        return False

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
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
        self.server.close()
