"""Phiếu khảo sát hộ gia đình: blank for field work, or filled in for one household.

The indicators are those of the poverty standard in force in the survey's year (reference data).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents import layout
from desktop.documents.handover import money
from desktop.documents.layout import Document, Issuer, Signature, para
from desktop.models import households, reference
from desktop.models.db import Database
from desktop.models.reports import HouseholdSheet

DOTS = "." * 40
MARK = "X"


def _field(label: str, value: object | None) -> Flowable:
    shown = layout.text(value) if value not in (None, "") else DOTS
    return para(f"{layout.text(label)}: <b>{shown}</b>", "body_plain", markup=True)


def sheet(db: Database, issuer: Issuer, household: HouseholdSheet | None, year: int) -> Document:
    """The sheet; `household` None gives the blank form."""
    standard = reference.poverty_standard(db.conn, household.year or year if household else year)
    h = household
    blank_date = f"{issuer.place}, ngày {'.' * 6} tháng {'.' * 6} năm {'.' * 8}"
    story: list[Flowable] = [layout.header(issuer, None, None, date_text=blank_date)]
    story += layout.title(
        "Phiếu khảo sát hộ gia đình",
        f"Rà soát thực trạng hộ năm {h.year if h and h.year else year}",
    )
    story.append(para("I. THÔNG TIN CHUNG VỀ HỘ", "heading"))
    story += [
        _field("1. Họ và tên chủ hộ", h.head_name if h else None),
        _field("2. Mã hộ", h.code if h else None),
        _field("3. Năm sinh", h.head_birth_year if h else None),
        _field("4. Giới tính", households.GENDER_WORDS.get(h.head_gender, "") if h else None),
        _field("5. Dân tộc", h.ethnic_group if h else None),
        _field("6. Thôn", h.village if h else None),
        _field("7. Xã", issuer.commune_name),
        _field("8. Số nhân khẩu", h.members if h else None),
        _field("9. Số điện thoại", h.phone if h else None),
        _field(
            "10. Thu nhập bình quân đầu người/tháng (đồng)",
            money(h.income_per_month) if h and h.income_per_month is not None else None,
        ),
    ]
    story.append(para("II. MỨC ĐỘ THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN", "heading"))
    story.append(
        para(
            "Đánh dấu X vào cột tương ứng với tình trạng của hộ ở từng chỉ số "
            f"({standard['source'].split(',')[0]}).",
            "note",
        )
    )
    lacking = set(h.deprivations) if h else set()
    rows: list[list[object]] = [
        layout.head_cells(["STT", "Chiều thiếu hụt", "Chỉ số", "Thiếu hụt", "Không thiếu hụt"])
    ]
    for i, (code, name, dimension) in enumerate(reference.poverty_indicators(standard), start=1):
        filled = h is not None and h.year is not None
        rows.append(
            [
                str(i),
                para(dimension, "cell"),
                para(name, "cell"),
                MARK if filled and code in lacking else "",
                MARK if filled and code not in lacking else "",
            ]
        )
    story.append(
        layout.grid_table(
            rows,
            [12, 40, 63, 25, 25],
            extra_style=[
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (3, 1), (-1, -1), "CENTER"),
            ],
        )
    )
    story.append(para("III. PHÂN LOẠI HỘ", "heading"))
    rows = [layout.head_cells(["Phân loại", "Đánh dấu"])]
    for code, name in households.STATUS_WORDS.items():
        rows.append([para(name, "cell"), MARK if h and h.status == code else ""])
    story.append(
        layout.grid_table(rows, [120, 45], extra_style=[("ALIGN", (1, 1), (1, -1), "CENTER")])
    )
    story.append(para("IV. NGUYÊN NHÂN NGHÈO VÀ NHU CẦU HỖ TRỢ CỦA HỘ", "heading"))
    story += [layout.DotLine() for _ in range(5)]
    story.append(Spacer(1, 2 * mm))
    story.append(
        layout.signatures(
            [
                Signature("Chủ hộ", h.head_name if h else ""),
                Signature("Người khảo sát"),
                Signature("Trưởng thôn"),
            ]
        )
    )
    title = "Phiếu khảo sát hộ gia đình" + (f" - {h.head_name}" if h else "")
    return Document(title, story, issuer.body, title)
