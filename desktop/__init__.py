"""Sổ Kết Nghĩa: the desktop application of the commune twinning working groups.

The program is three top-level packages, `desktop`, `sync` and `resources`, installed side by
side. Those names are generic: in an environment shared with another distribution that ships a
`sync` or `resources` package, Python could import that one instead of ours. The program refuses
to start then, saying which package is foreign, rather than failing later with a confusing error.
Install it into its own environment (README); the frozen build carries its own copies and is never
affected (installer/smoke.py runs it with foreign packages on PYTHONPATH).

The version lives in pyproject.toml; `desktop.version.version()` reads it.
"""

import importlib.util as _util
import os as _os

SIBLING_PACKAGES = ("sync", "resources")


def _foreign_siblings() -> list[str]:
    """Our sibling packages that Python would import from another folder than ours."""
    home = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
    foreign = []
    for name in SIBLING_PACKAGES:
        spec = _util.find_spec(name)
        folders = list(spec.submodule_search_locations or []) if spec else []
        if not any(_os.path.dirname(_os.path.abspath(f)) == home for f in folders):
            foreign.append(f"{name} ({folders[0] if folders else 'không có'})")
    return foreign


# Said in Vietnamese without tr(): nothing of Qt can be loaded this early.
_FOREIGN = _foreign_siblings()
if _FOREIGN:
    raise SystemExit(
        "Sổ Kết Nghĩa không chạy được: gói "
        + ", ".join(_FOREIGN)
        + " không phải của chương trình mà của một phần mềm khác cài cùng môi trường Python. "
        "Hãy cài Sổ Kết Nghĩa vào môi trường riêng (python3 -m venv ketnghia-env, rồi "
        "ketnghia-env/bin/pip install . trong thư mục mã nguồn), hoặc dùng bộ cài Windows."
    )
