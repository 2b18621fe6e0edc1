"""Translation upkeep: extract tr() strings into .ts files and compile them into one .qm.

    python installer/i18n.py update    # one resources/i18n/vi/<module>.ts per module with tr() calls
    python installer/i18n.py compile   # pyside6-lrelease: every .ts -> resources/i18n/ketnghia_vi.qm,
                                       # and resources/i18n/qt/*.ts (Qt's own texts) -> qtbase_vi.qm
    python installer/i18n.py check     # exit 1 listing strings without a Vietnamese translation
    python installer/i18n.py apply F.json [MODULE ...]  # {"English": "Vietnamese"} into the .ts files

Strings are the literal first arguments of `tr(...)` calls, found with the ast module; their
context is the module's dotted name, as desktop.i18n.tr() looks them up (lupdate's Python parser
would give module-level and method calls different contexts).
One .ts per source module keeps engineers working on different modules out of each other's files.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("desktop", "sync")
TS_DIR = ROOT / "resources" / "i18n" / "vi"
QM_FILE = ROOT / "resources" / "i18n" / "ketnghia_vi.qm"
# Qt ships no Vietnamese for its own widgets: our translation of the texts the program shows,
# written by hand (update never touches it), loaded beside ours by desktop.i18n.install.
QT_TS_DIR = ROOT / "resources" / "i18n" / "qt"
QT_QM_FILE = ROOT / "resources" / "i18n" / "qtbase_vi.qm"


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def strings_in(module: Path) -> list[str]:
    """Literal first arguments of every `tr(...)` call in `module`, in order, without repeats."""
    found: dict[str, None] = {}
    for node in ast.walk(ast.parse(module.read_text("utf-8"), str(module))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "tr"
            and node.args
        ):
            arg = node.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                raise SystemExit(f"{module}:{node.lineno}: tr() needs a string literal")
            found[arg.value] = None
    return list(found)


def ts_name(module: Path) -> str:
    """`<module>.ts`, named as tr() sees the module: a package's __init__ is the package."""
    parts = module.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts) + ".ts"


def context_name(path: Path) -> str:
    """The translation context of a .ts file: its module's __name__, as tr() looks it up (a
    package's __init__.py is the package itself: desktop.cli, not desktop.cli.__init__)."""
    return path.stem.removesuffix(".__init__")


def read_ts(path: Path) -> dict[str, str | None]:
    """source -> finished translation (None when unfinished) of a .ts file."""
    if not path.exists():
        return {}
    result: dict[str, str | None] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") is None
        result[message.findtext("source") or ""] = (
            (translation.text or "") if finished and translation is not None else None
        )
    return result


def write_ts(path: Path, messages: dict[str, str | None]) -> None:
    root = ET.Element("TS", version="2.1", language="vi_VN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = context_name(path)
    for source, translation in messages.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        element = ET.SubElement(message, "translation")
        if translation:
            element.text = translation
        else:
            element.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def update(ts_dir: Path = TS_DIR) -> list[Path]:
    """Write one .ts per module with its strings, keeping the translations already there."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for top in SOURCES:
        for module in sorted((ROOT / top).rglob("*.py")):
            strings = strings_in(module)
            if not strings:
                continue
            target = ts_dir / ts_name(module)
            known = read_ts(TS_DIR / ts_name(module))
            write_ts(target, {source: known.get(source) for source in strings})
            written.append(target)
    for stale in set(ts_dir.glob("*.ts")) - set(written):
        stale.unlink()
    return written


def untranslated(ts_files: list[Path]) -> list[str]:
    """ "file: source" for every message whose Vietnamese translation is missing or unfinished."""
    return [
        f"{ts.name}: {source}"
        for ts in ts_files
        for source, translation in read_ts(ts).items()
        if not (translation or "").strip()
    ]


def apply(mapping: dict[str, str], modules: list[str] | None = None) -> int:
    """Set the translation of every message whose source is in `mapping` (in the .ts files of
    `modules` only, when given: "desktop.views.needs_page"); how many were set."""
    changed = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        if modules and ts.stem not in modules:
            continue
        messages = read_ts(ts)
        hits = {source: mapping[source] for source in messages if source in mapping}
        if hits:
            messages.update(hits)
            write_ts(ts, messages)
            changed += len(hits)
    return changed


def compile_qm(ts_dir: Path = TS_DIR, out: Path = QM_FILE) -> Path:
    files = sorted(str(p) for p in ts_dir.glob("*.ts"))
    subprocess.run([_tool("pyside6-lrelease"), "-silent", *files, "-qm", str(out)], check=True)
    return out


def all_ts() -> list[Path]:
    return sorted(TS_DIR.glob("*.ts")) + sorted(QT_TS_DIR.glob("*.ts"))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        for line in untranslated(sorted(TS_DIR.glob("*.ts"))):
            print("untranslated:", line)
    elif command == "compile":
        print(compile_qm())
        print(compile_qm(QT_TS_DIR, QT_QM_FILE))
    elif command == "apply":
        print(apply(json.loads(Path(argv[1]).read_text("utf-8")), argv[2:]), "translations set")
    elif command == "check":
        missing = untranslated(all_ts())
        for line in missing:
            print("untranslated:", line)
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
