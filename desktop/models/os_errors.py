"""Why the operating system refused a file, in the program's language.

`OSError.strerror` is the system's own text, in English on most machines ("File exists");
the officer reads the reason from here instead.
"""

from __future__ import annotations

import errno

from desktop.i18n import tr


def reason(exc: OSError) -> str:
    """The reason of `exc` in words; the system's text only for a code we do not know."""
    reasons = {
        errno.EEXIST: tr("a file with this name already exists"),
        errno.ENOENT: tr("there is no such file or folder"),
        errno.EACCES: tr("access is denied (the file may be open in another program)"),
        errno.EPERM: tr("the operation is not permitted"),
        errno.ENOSPC: tr("the disk is full"),
        errno.EROFS: tr("the disk is read-only"),
        errno.EISDIR: tr("this is a folder, not a file"),
        errno.ENOTDIR: tr("a part of the path is not a folder"),
        errno.EBUSY: tr("the file is in use by another program"),
        errno.ENAMETOOLONG: tr("the name is too long"),
        errno.EINVAL: tr("the name or path is not valid"),
        errno.EIO: tr("the disk could not be read or written"),
        errno.ENOTEMPTY: tr("the folder is not empty"),
        errno.EXDEV: tr("the file cannot be moved to another drive this way"),
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return exc.strerror or str(exc)
