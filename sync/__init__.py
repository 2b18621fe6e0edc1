"""Sync between stations: keys and enrollment, the bundle file, export, import and merge.

No Qt widgets here; the command line (desktop/cli/sync.py) and the GUI pages call these
functions and show their results.
"""
