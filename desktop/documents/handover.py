"""Biên bản bàn giao (handover minutes) of a receipt and its danh sách ký nhận (receipt list)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents import layout
from desktop.documents.layout import Document, Issuer, Signature, in_sentence, para, text
from desktop.documents.words import vnd_in_words
from desktop.models.reports import ReceiptFigures
from desktop.models.text import format_date, format_number

FILL = "....."  # a blank the officers fill in by hand on the printed minutes


def _beneficiaries(receipt: ReceiptFigures) -> str:
    """Who the receipt is handed to: "12 hộ hưởng lợi", "thôn Pà Dồn, thôn Đắc Ốc" (handed to
    villages as a whole), or both."""
    villages = list(
        dict.fromkeys(a.village_name for a in receipt.allocations if a.household_id is None)
    )
    parts = []
    if receipt.households:
        parts.append(f"{receipt.households} hộ hưởng lợi")
    if villages:
        parts.append(", ".join(in_sentence(v) for v in villages))
    return " và ".join(parts)


def money(value: int) -> str:
    """Amounts in tables: "1.234.567" (the column header says "đồng")."""
    return format_number(value)


def _parties(heading: str, people: list, extra: list[str]) -> list[Flowable]:
    out: list[Flowable] = [para(heading, "heading")]
    for i, person in enumerate(people, start=1):
        position = f" - Chức vụ: {text(person.position)}" if person.position else ""
        out.append(
            para(
                f"{i}. Ông/Bà: <b>{text(person.full_name)}</b>{position}", "body_plain", markup=True
            )
        )
    if not people:
        out.append(para(f"Ông/Bà: {FILL * 6} - Chức vụ: {FILL * 4}", "body_plain"))
    out += [para(line, "body_plain") for line in extra]
    return out


def minutes(
    receipt: ReceiptFigures,
    issuer: Issuer,
    number: str,
    *,
    copies: int = 4,
    confirmation: bool = True,
) -> Document:
    """The handover minutes of `receipt`, numbered `number` ("05/BB-UBND")."""
    day = receipt.received_on
    subject = receipt.description or receipt.category
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title(
            "Biên bản bàn giao",
            f"Tiếp nhận hỗ trợ của {receipt.sponsor_name}",
        ),
    ]
    where = ", ".join(p for p in (receipt.place, issuer.commune, issuer.district) if p)
    story.append(
        para(
            f"Hôm nay, vào lúc {FILL} giờ {FILL} phút, {layout.date_words(day)}, "
            f"tại {where}, chúng tôi gồm:",
            "body",
        )
    )
    givers = receipt.side("giver")
    story += _parties(
        f"I. BÊN GIAO: {layout.upper(receipt.sponsor_name)}",
        givers,
        [f"Địa chỉ: {receipt.sponsor_address}"] if receipt.sponsor_address else [],
    )
    story += _parties(
        f"II. BÊN NHẬN: UBND {layout.upper(issuer.commune_name)} ({issuer.body.capitalize()})",
        receipt.side("receiver"),
        [],
    )
    witnesses = receipt.side("witness")
    if witnesses:
        story += _parties("III. THÀNH PHẦN CHỨNG KIẾN", witnesses, [])
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            f"Hai bên thống nhất bàn giao và tiếp nhận {receipt.resource_kind.lower()} thuộc "
            f"lĩnh vực {receipt.category.lower()}: {subject}, cụ thể như sau:",
            "body",
        )
    )
    story.append(items_table(receipt))
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(f"Bằng chữ: <i>{text(vnd_in_words(receipt.total))}.</i>", "body_plain", markup=True)
    )
    if receipt.needs:
        story.append(
            para(
                "Nguồn hỗ trợ đáp ứng nhu cầu đã đề xuất: " + "; ".join(receipt.needs) + ".", "body"
            )
        )
    if receipt.allocations:
        story.append(
            para(
                f"Bên nhận có trách nhiệm quản lý và bàn giao đến {_beneficiaries(receipt)} "
                "đúng đối tượng, đúng mục đích theo danh sách ký nhận kèm theo biên bản này.",
                "body",
            )
        )
    else:
        story.append(
            para(
                "Bên nhận có trách nhiệm quản lý, sử dụng nguồn hỗ trợ đúng mục đích và báo cáo "
                "kết quả cho bên giao.",
                "body",
            )
        )
    each = copies // 2
    story.append(
        para(
            f"Biên bản kết thúc vào lúc {FILL} giờ {FILL} phút cùng ngày, được lập thành "
            f"{copies:02d} bản có giá trị pháp lý như nhau, mỗi bên giữ {each:02d} bản. Các bên "
            "đã đọc lại, thống nhất nội dung và cùng ký tên dưới đây.",
            "body",
        )
    )
    blocks = [
        Signature("Đại diện bên giao", givers[0].full_name if givers else ""),
        Signature(
            "Đại diện bên nhận",
            receipt.side("receiver")[0].full_name if receipt.side("receiver") else "",
        ),
    ]
    if witnesses:
        blocks.append(Signature("Người chứng kiến", witnesses[0].full_name))
    story.append(layout.signatures(blocks))
    if confirmation:
        story.append(layout.signatures([layout.commune_confirmation(issuer)]))
    return Document(
        title=f"Biên bản bàn giao số {number}",
        story=story,
        author=issuer.body,
        subject=subject,
    )


def items_table(receipt: ReceiptFigures) -> Flowable:
    head = layout.head_cells(
        [
            "STT",
            "Tên hàng/nội dung",
            "ĐVT",
            "Số lượng",
            "Đơn giá (đồng)",
            "Thành tiền (đồng)",
            "Ghi chú",
        ]
    )
    rows: list[list[object]] = [head]
    for i, item in enumerate(receipt.items, start=1):
        rows.append(
            [
                str(i),
                para(item.name, "cell"),
                para(item.unit, "cell_center"),
                format_number(item.quantity),
                money(item.unit_price),
                money(item.amount),
                para(item.notes, "cell"),
            ]
        )
    rows.append(["", para("Tổng cộng", "cell_bold"), "", "", "", money(receipt.total), ""])
    last = len(rows) - 1
    return layout.grid_table(
        rows,
        [12, 50, 14, 18, 24, 28, 19],
        extra_style=[
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (3, 1), (5, -1), "RIGHT"),
            ("FONTNAME", (0, last), (-1, last), layout.BOLD),
            ("SPAN", (1, last), (4, last)),
        ],
    )


# ---- danh sách ký nhận -------------------------------------------------------------------------

LIST_WIDTHS_MM = (11, 44, 36, 13, 16, 24, 26)
SIGN_ROW_HEIGHT = 8 * mm  # room for a signature in the "Ký nhận" column


def _cell_lines(value: str, width_mm: float) -> list[str]:
    """`value` wrapped to its column of the list (relative width `width_mm`)."""
    width = layout.FRAME_WIDTH * width_mm / sum(LIST_WIDTHS_MM) - 2 * layout.CELL_PADDING - 1
    return layout.wrap_lines(value, width)


def receipt_list(
    receipt: ReceiptFigures, issuer: Issuer, minutes_number: str, day: dt.date | None = None
) -> Document:
    """Households receiving from `receipt`, grouped by village, with an empty "Ký nhận" column."""
    day = day or receipt.received_on
    story: list[Flowable] = [
        layout.header(issuer, None, day),
        *layout.title("Danh sách hộ ký nhận hỗ trợ", f"Nguồn hỗ trợ: {receipt.sponsor_name}"),
    ]
    story[-1:-1] = [
        para(
            f"(Kèm theo Biên bản bàn giao số {minutes_number} ngày "
            f"{format_date(receipt.received_on)})",
            "date",
        )
    ]
    head = layout.head_cells(
        [
            "STT",
            "Họ và tên chủ hộ",
            "Tên hàng/nội dung",
            "ĐVT",
            "Số lượng",
            "Thành tiền (đồng)",
            "Ký nhận",
        ]
    )
    rows: list[list[object]] = []
    heights: list[float] = []
    row_styles: list[list[tuple]] = []
    style: list[tuple] = [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ("ALIGN", (4, 1), (5, -1), "RIGHT"),
    ]
    bold_row = ("FONTNAME", (0, None), (-1, None), layout.BOLD)
    number = 0
    village = None
    last_household: object = object()
    households_in: dict[str, int] = {}
    for line in receipt.allocations:
        key = line.household_id or f"village:{line.village_name}"
        households_in.setdefault(line.village_name, 0)
        if key != last_household and line.household_id:
            households_in[line.village_name] += 1
        last_household = key
    last_household = object()
    village_rows: list[int] = []  # never alone at the foot of a page
    for line in receipt.allocations:
        if line.village_name != village:
            village = line.village_name
            village_rows.append(len(rows))
            rows.append([f"{village} ({households_in[village]} hộ)", "", "", "", "", "", ""])
            heights.append(layout.CELL_LEADING + 6)
            row_styles.append([("SPAN", (0, None), (-1, None)), bold_row])
        key = line.household_id or f"village:{line.village_name}"
        first = key != last_household
        last_household = key
        if first:
            number += 1
        name = line.head_name if line.household_id else f"Đại diện {village} (nhận chung)"
        name_lines = _cell_lines(name, LIST_WIDTHS_MM[1]) if first else [""]
        item_lines = _cell_lines(line.item_name, LIST_WIDTHS_MM[2])
        rows.append(
            [
                str(number) if first else "",
                "\n".join(name_lines),
                "\n".join(item_lines),
                line.unit,
                format_number(line.quantity),
                money(line.value),
                "",
            ]
        )
        # Every height is known, so the list is cut page by page without measuring its cells.
        lines = max(len(name_lines), len(item_lines))
        heights.append(max(SIGN_ROW_HEIGHT, lines * layout.CELL_LEADING + 6))
        row_styles.append([])
    total_value = sum(line.value for line in receipt.allocations)
    rows.append(["", f"Tổng cộng: {receipt.households} hộ", "", "", "", money(total_value), ""])
    heights.append(layout.CELL_LEADING + 6)
    row_styles.append([("SPAN", (1, None), (4, None)), bold_row])
    if not receipt.allocations:
        story.append(para("Nguồn hỗ trợ này chưa được phân bổ cho hộ hoặc thôn nào.", "body"))
    story.append(
        layout.PagedTable(
            head,
            rows,
            heights,
            LIST_WIDTHS_MM,
            style=style,
            row_styles=row_styles,
            heading_rows=village_rows,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            f"Tổng giá trị đã bàn giao: {money(total_value)} đồng "
            f"(bằng chữ: {vnd_in_words(total_value)}).",
            "body_plain",
        )
    )
    story.append(
        layout.signatures(
            [
                Signature("Người lập danh sách"),
                layout.commune_confirmation(issuer),
            ]
        )
    )
    return Document(
        title=f"Danh sách ký nhận kèm Biên bản bàn giao số {minutes_number}",
        story=story,
        author=issuer.body,
        subject=receipt.description or receipt.category,
    )
