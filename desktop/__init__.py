"""Sổ Kết Nghĩa: the desktop application of the commune twinning working groups."""

__version__ = "0.1.0"
