"""The errors a user is shown, as opposed to bugs, which are raised and logged as they are."""

from __future__ import annotations

import errno

from desktop.i18n import tr
from desktop.models import os_errors


class UserError(Exception):
    """Something the user or the environment did: shown as one plain sentence, no traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserError):
    """Form input that cannot be saved: one message per field, shown beside the field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def file_error(exc: OSError, name: str | None = None) -> UserError:
    """What the system said about a file (full disk, no permission, ...) as one sentence;
    `name` is the file the user knows (default: the one the system names)."""
    name = name or exc.filename or ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(
            tr(
                "The disk is full: {name} could not be written. Free some space on the disk "
                "(or choose another one) and try again."
            ).format(name=name)
        )
    if exc.errno == errno.EROFS:
        return UserError(
            tr("The disk holding {name} is read-only; choose another place.").format(name=name)
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return UserError(
            tr(
                "The file {name} cannot be used: permission denied (it may be open in another "
                "program, or the folder may be protected)."
            ).format(name=name)
        )
    if exc.errno == errno.ENOENT:
        return UserError(tr("The file or folder {name} does not exist.").format(name=name))
    return UserError(
        tr("The file {name} could not be used ({reason}).").format(
            name=name, reason=os_errors.reason(exc)
        )
    )
