"""The sync exchange as the program uses it: import bundle files (sync/importing.py) and export
bundles for peers (sync/exporting.py). The parts live by what they do: held segments
(held.py), the hub's relay archive (relay_archive.py), reference data (reference_data.py),
attachments (attachments_sync.py) and this station's context (context.py)."""

from sync.exporting import Exported, export_bundles
from sync.importing import ImportResult, bundle_kind, import_bundle, import_many

__all__ = [
    "Exported",
    "ImportResult",
    "bundle_kind",
    "export_bundles",
    "import_bundle",
    "import_many",
]
