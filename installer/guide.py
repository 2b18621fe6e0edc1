"""Make the user guide's pictures: every page of the program, shot from demo data.

    python installer/guide.py          (python3 dev.py guide runs it in .venv)

Sets up a demo commune (Xã La Dêê, with Đắc Tôi's history) and a demo city hub (Đà Nẵng) in a
temporary folder, runs
`ketnghia screenshot PAGE` for every page that desktop.views.pages knows (hub-only pages from the
hub), writes docs/huong-dan/anh/PAGE.png, and records in docs/huong-dan/anh/manifest.json the
hash of each page's module. tests/test_guide.py fails when a page has no picture in the guide or
its module changed since its picture was made (a hash, not a file date: on a fresh clone every
file has the same date).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "huong-dan"
PICTURES = GUIDE / "anh"
MANIFEST = PICTURES / "manifest.json"
SIZE = "1366x768"


def module_file(module: str) -> Path:
    return ROOT.joinpath(*module.split(".")).with_suffix(".py")


def source_hash(module: str) -> str:
    """SHA-256 of a module's source with line endings made \\n (a Windows checkout converts them)."""
    text = module_file(module).read_bytes().replace(b"\r\n", b"\n")
    return hashlib.sha256(text).hexdigest()


def ketnghia(data_dir: Path, *args: str) -> None:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from desktop.views import pages

    PICTURES.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="ketnghia-guide-") as folder:
        commune, hub = Path(folder) / "xa", Path(folder) / "huyen"
        print("==> demo commune and demo district", flush=True)
        ketnghia(commune, "init", "--role", "commune", "--unit", "20704",
                 "--station", "Máy UBND xã La Dêê", "--officer", "Zơrâm Thị Hoa")  # fmt: skip
        ketnghia(commune, "demo")
        ketnghia(hub, "init", "--role", "hub", "--unit", "48",
                 "--station", "Máy Sở Dân tộc và Tôn giáo thành phố Đà Nẵng",
                 "--officer", "Nguyễn Văn Hải")  # fmt: skip
        ketnghia(hub, "demo")
        for spec in pages.PAGES:
            station = commune if "commune" in spec.roles else hub
            picture = PICTURES / f"{spec.name}.png"
            print(f"    {picture.relative_to(ROOT)}", flush=True)
            ketnghia(station, "screenshot", spec.name, "--out", str(picture), "--size", SIZE)
            manifest[spec.name] = {"module": spec.module, "sha256": source_hash(spec.module)}
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"==> {len(manifest)} pictures and {MANIFEST.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
