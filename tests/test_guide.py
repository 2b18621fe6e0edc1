"""The user guide (docs/huong-dan/): every page of the program has its picture in it, no picture is
older than its page's code, every link and picture resolves, and the program finds the guide."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from desktop import help
from desktop.views import pages

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("guide_tool", ROOT / "installer" / "guide.py")
guide_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(guide_tool)

GUIDE = guide_tool.GUIDE
CHAPTERS = sorted(GUIDE.glob("*.md"))
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_guide_has_its_chapters():
    names = [chapter.name for chapter in CHAPTERS]
    assert "README.md" in names and len(names) >= 12
    text = (GUIDE / "README.md").read_text("utf-8")
    for chapter in names:
        if chapter != "README.md":
            assert f"({chapter})" in text, f"{chapter} is not in the contents"


@pytest.mark.parametrize("page", [page.name for page in pages.PAGES])
def test_every_page_has_a_picture_in_the_guide(page):
    picture = GUIDE / "anh" / f"{page}.png"
    assert picture.is_file(), f"no picture of {page}: run python3 dev.py guide"
    assert picture.read_bytes().startswith(b"\x89PNG")
    referenced = any(f"(anh/{page}.png)" in c.read_text("utf-8") for c in CHAPTERS)
    assert referenced, f"no chapter of the guide shows anh/{page}.png"


@pytest.mark.parametrize("page", pages.PAGES, ids=lambda page: page.name)
def test_no_picture_is_older_than_its_page_code(page):
    manifest = json.loads(guide_tool.MANIFEST.read_text("utf-8"))
    assert page.name in manifest, f"{page.name} has no picture: run python3 dev.py guide"
    assert manifest[page.name]["module"] == page.module
    assert manifest[page.name]["sha256"] == guide_tool.source_hash(page.module), (
        f"{page.module} changed since its picture was made: run python3 dev.py guide"
    )


def test_the_freshness_check_sees_a_change_of_content_not_of_date(tmp_path, monkeypatch):
    module = tmp_path / "desktop" / "views" / "some_page.py"
    module.parent.mkdir(parents=True)
    module.write_bytes(b"x = 1\r\n")
    monkeypatch.setattr(guide_tool, "ROOT", tmp_path)
    before = guide_tool.source_hash("desktop.views.some_page")
    module.write_bytes(b"x = 1\n")  # a checkout with other line endings is the same code
    assert guide_tool.source_hash("desktop.views.some_page") == before
    module.write_bytes(b"x = 2\n")
    assert guide_tool.source_hash("desktop.views.some_page") != before


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda path: path.name)
def test_every_link_and_picture_of_the_guide_resolves(chapter):
    for target in LINK.findall(chapter.read_text("utf-8")):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path = target.split("#")[0]
        assert (chapter.parent / unquote(path)).exists(), f"{chapter.name}: {target} is missing"


def test_the_program_finds_the_guide_it_ships():
    assert help.guide_dir() == GUIDE
    spec_text = (ROOT / "installer" / "ketnghia.spec").read_text("utf-8")
    assert '"docs", "huong-dan"' in spec_text  # the frozen build's datas
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert "share/ketnghia/huong-dan" in pyproject  # a wheel's data files


def test_an_installed_wheel_finds_the_guide_under_its_prefix(tmp_path, monkeypatch):
    """No checkout beside the packages: the guide comes from the wheel's data files."""
    installed = tmp_path / "share" / "ketnghia" / "huong-dan"
    installed.mkdir(parents=True)
    (installed / "README.md").write_text("# Hướng dẫn\n", "utf-8")
    monkeypatch.setattr(help, "GUIDE_PARTS", ("not", "here"))
    monkeypatch.setattr(help.sys, "prefix", str(tmp_path))
    assert help.guide_dir() == installed
    monkeypatch.setattr(help.sys, "prefix", str(tmp_path / "elsewhere"))
    monkeypatch.setattr(help.site, "getuserbase", lambda: str(tmp_path))
    assert help.guide_dir() == installed
