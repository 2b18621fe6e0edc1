"""`ketnghia settings show/set`: what the documents print, changed from the command line."""

from __future__ import annotations

import json

from tests.documents.conftest import one_line, pdf_text


def test_settings_change_what_the_documents_print(commune_dir, run_cli, tmp_path):
    d = ("--data-dir", commune_dir.root, "settings")
    shown = json.loads(run_cli(*d, "show", "--json").out)
    assert shown["unit_code"] == "20704" and shown["settings"]["document_signer_name"] == ""
    for key, value in (
        ("document_signer_name", "Hồ Văn Thành"),
        ("document_signer_title", "CHỦ TỊCH"),
        ("document_recipients", "UBND thành phố Đà Nẵng; Sở Dân tộc và Tôn giáo; Lưu: VT."),
    ):
        assert run_cli(*d, "set", key, value).code == 0
    assert json.loads(run_cli(*d, "show", "--json").out)["settings"]["document_signer_name"] == (
        "Hồ Văn Thành"
    )
    bad = run_cli(*d, "set", "document_colour", "xanh")
    assert bad.code == 1 and "document_signer_name" in bad.err
    days = run_cli(*d, "set", "silent_after_days", "-3")
    assert days.code == 1 and "Traceback" not in days.err
    out = tmp_path / "bc.pdf"
    year = json.loads(run_cli("--data-dir", commune_dir.root, "info", "--json").out)
    assert year["role"] == "commune"
    printed = run_cli(
        "--data-dir", commune_dir.root, "print", "periodic", "--year", 2026, "--period", "year",
        "--out", out,
    )  # fmt: skip
    assert printed.code == 0, printed.err
    text = one_line(" ".join(pdf_text(out)))
    assert "Hồ Văn Thành" in text and "CHỦ TỊCH" in text
    assert "Sở Dân tộc và Tôn giáo" in text
