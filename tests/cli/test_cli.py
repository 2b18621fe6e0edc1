"""The command line: init, demo, info, and one clear sentence for every refusal."""

from __future__ import annotations

import json
import sqlite3

from desktop.models import migrations


def info(run_cli, folder) -> dict:
    result = run_cli("--data-dir", folder, "info", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_init_demo_info_counts_everything(run_cli, data_dir):
    folder = data_dir.root
    assert (
        run_cli(
            "--data-dir",
            folder,
            "init",
            "--role",
            "commune",
            "--unit",
            "20704",
            "--station",
            "Máy xã",
            "--officer",
            "Zơrâm Thị Hoa",
            "--village",
            "Thôn Pà Dồn",
        ).code
        == 0
    )
    assert run_cli("--data-dir", folder, "demo", "--households", "80", "--seed", "3").code == 0
    data = info(run_cli, folder)
    assert data["role"] == "commune" and data["unit_code"] == "20704"
    assert data["schema_version"] == migrations.SCHEMA_VERSION
    assert data["database"] == str(data_dir.database)
    assert set(data["counts"]) == {
        "villages",
        "households",
        "surveys",
        "needs",
        "receipts",
        "receipt_items",
        "allocations",
        "models",
        "assessments",
        "sponsors",
        "twinnings",
        "members",
    }
    assert all(value > 0 for value in data["counts"].values()), data["counts"]
    assert data["counts"]["households"] == 80
    assert data["pending_changes"] > 0
    conn = sqlite3.connect(data_dir.database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_demo_is_deterministic_for_a_seed(run_cli, tmp_path):
    names = []
    for n in range(2):
        folder = tmp_path / f"s{n}"
        run_cli(
            "--data-dir",
            folder,
            "init",
            "--role",
            "commune",
            "--unit",
            "20704",
            "--station",
            "A",
            "--officer",
            "B",
        )
        run_cli("--data-dir", folder, "demo", "--households", "30", "--seed", "11")
        conn = sqlite3.connect(folder / "ketnghia.sqlite3")
        names.append(
            conn.execute(
                "SELECT head_name, head_birth_year FROM household ORDER BY code"
            ).fetchall()
        )
    assert names[0] == names[1]


def test_wrong_unit_code_is_one_sentence(run_cli, data_dir):
    result = run_cli(
        "--data-dir",
        data_dir.root,
        "init",
        "--role",
        "commune",
        "--unit",
        "99999",
        "--station",
        "A",
        "--officer",
        "B",
    )
    assert result.code == 1
    assert "99999" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_district_code_for_a_commune_station_is_refused(run_cli, data_dir):
    result = run_cli(
        "--data-dir",
        data_dir.root,
        "init",
        "--role",
        "commune",
        "--unit",
        "48",
        "--station",
        "A",
        "--officer",
        "B",
    )
    assert result.code == 1 and "Thành phố Đà Nẵng" in result.err


def test_existing_station_is_refused(run_cli, commune_dir):
    result = run_cli(
        "--data-dir",
        commune_dir.root,
        "init",
        "--role",
        "commune",
        "--unit",
        "20704",
        "--station",
        "A",
        "--officer",
        "B",
    )
    assert result.code == 1 and "Traceback" not in result.err


def test_hub_init_takes_a_district(run_cli, data_dir):
    result = run_cli(
        "--data-dir",
        data_dir.root,
        "init",
        "--role",
        "hub",
        "--unit",
        "48",
        "--station",
        "Phòng Dân tộc huyện",
        "--officer",
        "Lê Văn Nam",
    )
    assert result.code == 0, result.err
    assert info(run_cli, data_dir.root)["role"] == "hub"


def test_newer_database_is_refused_untouched(run_cli, commune_dir):
    conn = sqlite3.connect(commune_dir.database)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    before = commune_dir.database.read_bytes()
    result = run_cli("--data-dir", commune_dir.root, "info", "--json")
    assert result.code == 1 and str(migrations.SCHEMA_VERSION + 3) in result.err
    assert commune_dir.database.read_bytes() == before


def test_locked_database_is_one_sentence(run_cli, commune_dir, monkeypatch):
    locker = sqlite3.connect(commune_dir.database, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("desktop.models.db.BUSY_TIMEOUT_MS", 50)
    try:
        result = run_cli("--data-dir", commune_dir.root, "demo", "--households", "5")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert result.code == 1
    assert "khóa" in result.err and "Traceback" not in result.err


def test_corrupt_database_is_one_sentence(run_cli, data_dir):
    data_dir.ensure()
    data_dir.database.write_bytes(b"garbage" * 1000)
    result = run_cli("--data-dir", data_dir.root, "info", "--json")
    assert result.code == 1 and "hỏng" in result.err


def test_no_station_yet(run_cli, data_dir):
    result = run_cli("--data-dir", data_dir.root, "info", "--json")
    assert result.code == 1 and "ketnghia init" in result.err


def _exits(capsys, *args: str) -> tuple[int, str, str]:
    """Run a command that argparse ends (help, usage error): exit code, stdout, stderr."""
    import pytest

    from desktop import cli

    with pytest.raises(SystemExit) as ended:
        cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return ended.value.code, captured.out, captured.err


def test_help_and_usage_errors_are_vietnamese(capsys):
    code, out, _ = _exits(capsys, "--help")
    assert code == 0
    assert out.startswith("cách dùng: ketnghia")
    assert "hiện hướng dẫn này rồi thoát" in out and "thiết lập trạm này" in out
    assert "tùy chọn:" in out and "show this help" not in out
    code, out, _ = _exits(capsys, "print", "periodic", "--help")
    assert "tệp PDF sẽ ghi" in out
    code, _, err = _exits(capsys, "init", "--role", "xa")
    assert code == 2
    assert err.startswith("cách dùng: ketnghia init")
    assert "Lỗi: tham số --role: lựa chọn không hợp lệ: 'xa'" in err
    code, _, err = _exits(capsys, "print", "periodic", "--out", "a.pdf")
    assert "thiếu các tham số bắt buộc: --year, --period" in err


def test_english_when_asked(capsys):
    from desktop import i18n

    try:
        code, out, _ = _exits(capsys, "--lang", "en", "--help")
        assert code == 0 and out.startswith("usage: ketnghia")
        assert "show this help message and exit" in out
    finally:
        i18n.install("vi")


def test_os_errors_are_explained_in_vietnamese(run_cli, tmp_path):
    taken = tmp_path / "a-file"
    taken.write_text("")
    result = run_cli(
        "--data-dir",
        taken,
        "init",
        "--role",
        "commune",
        "--unit",
        "20705",
        "--station",
        "May xa",
        "--officer",
        "Can bo",
    )
    assert result.code == 1
    assert result.err.strip() == f"Lỗi: Không dùng được tệp {taken} (đã có tệp trùng tên)."
    assert "File exists" not in result.err


def test_survey_sheet_by_code_or_name_and_new_households_get_a_code(run_cli, commune_dir, tmp_path):
    from pypdf import PdfReader

    from desktop.models import households, store

    db = store.open_database(commune_dir)
    try:
        village = db.execute("SELECT id FROM village WHERE deleted = 0 LIMIT 1").fetchone()[0]
        new_id = households.save(
            db,
            households.Household(
                head_name="Pơloong Thị Ỉn", village_id=village, commune_code="20705"
            ),
        )
        code = db.execute("SELECT code FROM household WHERE id = ?", [new_id]).fetchone()[0]
    finally:
        db.conn.close()
    assert code and code.startswith("20705-")
    for typed in (code, "poloong thi in", new_id):
        out = tmp_path / "phieu.pdf"
        result = run_cli(
            "--data-dir",
            commune_dir.root,
            "print",
            "survey-sheet",
            "--household",
            typed,
            "--out",
            out,
        )
        assert result.code == 0, result.err
        text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
        assert "Pơloong Thị Ỉn" in text and code in text
    result = run_cli(
        "--data-dir",
        commune_dir.root,
        "print",
        "survey-sheet",
        "--household",
        "khong co ai",
        "--out",
        tmp_path / "x.pdf",
    )
    assert result.code == 1 and "khong co ai" in result.err
