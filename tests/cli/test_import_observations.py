"""`ketnghia import observations`: a review round typed in from paper, through the same reader
and table finder as the household import; each row finds its household; all or nothing."""

from __future__ import annotations

import json
import re

import openpyxl

from desktop.models import store, surveys


def new_round(commune_dir) -> tuple[str, list[tuple]]:
    db = store.open_database(commune_dir)
    try:
        member = db.execute("SELECT id FROM member WHERE deleted = 0 LIMIT 1").fetchone()[0]
        survey_id = surveys.save_survey(
            db,
            surveys.Survey(
                survey_date="2025-11-20",
                kind="household",
                title="Rà soát hộ nghèo cuối năm 2025",
                surveyors=[member],
                commune_code="20705",
            ),
        )
        picked = db.execute(
            "SELECT h.id, h.code, h.head_name, v.name, h.head_birth_year FROM household h "
            "JOIN village v ON v.id = h.village_id WHERE h.deleted = 0 AND h.code IS NOT NULL "
            "AND h.head_birth_year IS NOT NULL ORDER BY h.id LIMIT 4"
        ).fetchall()
    finally:
        db.conn.close()
    return survey_id, picked


def write_sheet(path, picked) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["PHIẾU TỔNG HỢP RÀ SOÁT HỘ NGHÈO NĂM 2025"])
    ws.append([])
    ws.append(["STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Năm sinh", "Số khẩu",
               "Thu nhập bình quân (đồng/người/tháng)", "Chỉ số thiếu hụt", "Ghi chú"])  # fmt: skip
    ws.append([f"({n})" for n in range(1, 10)])
    (a, code_a, *_), (b, code_b, *_), (c, code_c, *_), (_d, _, name, village, born) = picked
    ws.append(
        [1, code_a, None, None, None, 4, "1,2 triệu", "Nguồn nước sinh hoạt; bao_hiem_y_te", None]
    )
    ws.append([2, code_b, None, None, None, 3, 3_500_000, None, "khá lên"])
    ws.append([3, code_c, None, None, None, 5, "800.000", None, None])
    ws.append(
        [4, None, name, village, born, 6, 900_000, None, None]
    )  # found by name, village, birth
    ws.append([5, "KHONG-CO-MA", None, None, None, 2, 1_000_000, None, None])
    ws.append(["Cộng", None, None, None, None, 20])
    book.save(path)


def test_a_round_typed_in_later(commune_dir, run_cli, tmp_path):
    survey_id, picked = new_round(commune_dir)
    path = tmp_path / "ra-soat.xlsx"
    write_sheet(path, picked)
    args = [
        "--data-dir",
        commune_dir.root,
        "import",
        "observations",
        path,
        "--survey",
        "20/11/2025",
    ]
    first = run_cli(*args)
    assert first.code == 1
    assert re.search(r"^dòng 9: .*KHONG-CO-MA", first.out, re.MULTILINE), first.out
    assert "dòng 4: dòng đánh số cột" in first.out and "dòng 10: dòng tổng cộng" in first.out
    assert "cột không dùng: STT" in first.out
    result = run_cli(*args, "--skip-bad")
    assert result.code == 0, result.err
    db = store.open_database(commune_dir)
    try:
        rows = dict(
            ((hid, (income, json.loads(deps), cls, members)))
            for hid, income, deps, cls, members in db.execute(
                "SELECT household_id, income_per_month, deprivations, classification, members "
                "FROM survey_observation WHERE survey_id = ? AND deleted = 0",
                [survey_id],
            )
        )
        expected_class = surveys.classify(db, survey_id, 1_200_000, ["nguon_nuoc", "bao_hiem_y_te"])
    finally:
        db.conn.close()
    ids = [p[0] for p in picked]
    assert set(rows) == set(ids)
    assert rows[ids[0]][0] == 1_200_000 and set(rows[ids[0]][1]) == {
        "nguon_nuoc",
        "bao_hiem_y_te",
    }
    assert rows[ids[0]][2] == expected_class and rows[ids[0]][3] == 4
    assert rows[ids[1]][2] == "not_poor" and rows[ids[2]][0] == 800_000
    assert rows[ids[3]][0] == 900_000 and rows[ids[3]][3] == 6
    again = run_cli(*args, "--skip-bad")
    assert again.code == 0 and again.out.count("đã được khảo sát trong đợt này") == 4


def test_an_unknown_round_names_the_rounds(commune_dir, run_cli, tmp_path):
    _survey_id, picked = new_round(commune_dir)
    path = tmp_path / "ra-soat.xlsx"
    write_sheet(path, picked)
    result = run_cli(
        "--data-dir", commune_dir.root, "import", "observations", path, "--survey", "01/01/2020"
    )
    assert result.code == 1 and "Rà soát hộ nghèo cuối năm 2025" in result.err
    assert "Traceback" not in result.err
