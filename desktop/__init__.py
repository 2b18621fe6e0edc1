"""Sổ Kết Nghĩa: the desktop application of the commune twinning working groups.

The version lives in pyproject.toml; `desktop.version.version()` reads it.
"""
