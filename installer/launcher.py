"""Entry point of the frozen build: the same `ketnghia` command as the console script.

Both programs of the build run it: ketnghia(.exe) with a console, SoKetNghia(.exe) without one.
A Windows program without a console has no stdout/stderr (None): point them at the null device so
that a stray print cannot end the window.
"""

import os
import sys

for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from desktop.cli import main  # noqa: E402

raise SystemExit(main())
