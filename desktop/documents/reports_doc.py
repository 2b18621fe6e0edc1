"""The reports: đề xuất nhu cầu of a year, kết quả of a period, and the year-end tổng kết with the
nhận xét đánh giá of each sponsor."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents import layout
from desktop.documents.handover import money
from desktop.documents.layout import Document, Issuer, Signature, para, text
from desktop.documents.words import vnd_in_words
from desktop.models import livelihood, needs, reference
from desktop.models.db import Database
from desktop.models.reports import NeedsReport, PeriodFigures, YearEndReport
from desktop.models.text import format_date, format_number

PERIOD_NAMES = {
    "q1": "quý I năm {year}",
    "q2": "quý II năm {year}",
    "q3": "quý III năm {year}",
    "q4": "quý IV năm {year}",
    "h1": "6 tháng đầu năm {year}",
    "9m": "9 tháng đầu năm {year}",
    "year": "năm {year}",
}


def period_name(period: str, year: int) -> str:
    return PERIOD_NAMES[period].format(year=year)


def _signer(issuer: Issuer) -> Signature:
    return Signature(f"TM. {issuer.body}", issuer.signer_name, issuer.signer_title, "")


def _kinh_gui(lines: list[str]) -> list[Flowable]:
    if len(lines) == 1:
        return [para(f"Kính gửi: {lines[0]}.", "heading_center")]
    out: list[Flowable] = [para("Kính gửi:", "heading_center")]
    out += [
        para(f"- {line}{'.' if i == len(lines) - 1 else ';'}", "heading_center")
        for i, line in enumerate(lines)
    ]
    out.append(Spacer(1, 3 * mm))
    return out


def _recipients(issuer: Issuer) -> list[str]:
    if issuer.recipients:
        return list(issuer.recipients)
    return [
        f"UBND {issuer.district}" if issuer.district_name else "UBND cấp trên",
        "Các đơn vị kết nghĩa",
        "Ban Dân tộc tỉnh",
        "Lưu: VT",
    ]


# ---- đề xuất nhu cầu ---------------------------------------------------------------------------


def _sponsor_deadline(db: Database, year: int) -> str | None:
    """The sponsors' deadline for their plans, from the reference data ("28/02/2026")."""
    for item in reference.catalog(db.conn, "deadline"):
        due = item.data.get("due", "")
        if item.data.get("who") == "sponsor" and len(due) == 5:
            return f"{due[3:]}/{due[:2]}/{year}"
    return None


def needs_report(
    db: Database, report: NeedsReport, issuer: Issuer, number: str, day: dt.date
) -> Document:
    year = report.year
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title("Báo cáo", f"Đề xuất nhu cầu hỗ trợ năm {year} từ các đơn vị kết nghĩa"),
        *_kinh_gui(
            [
                f"Ủy ban nhân dân {issuer.district}" if issuer.district_name else "UBND cấp trên",
                "Các đơn vị kết nghĩa",
                "Ban Dân tộc tỉnh",
            ]
        ),
        para(
            f"Căn cứ kết quả khảo sát, rà soát thực trạng của {issuer.commune}, "
            f"{issuer.body.capitalize()} {issuer.commune} báo cáo đề xuất nhu cầu hỗ trợ "
            f"năm {year} như sau:",
            "body",
        ),
        para("I. TỔNG HỢP NHU CẦU", "heading"),
        para(
            f"Tổng số nội dung đề xuất: {len(report.lines)}; tổng kinh phí dự kiến: "
            f"{money(report.total_cost)} đồng (bằng chữ: {vnd_in_words(report.total_cost)})"
            + (
                f"; số hộ hưởng lợi được ghi tên: {report.total_households} hộ."
                if report.total_households
                else "."
            ),
            "body",
        ),
    ]
    summary = [layout.head_cells(["STT", "Lĩnh vực hỗ trợ", "Số nội dung", "Kinh phí (đồng)"])]
    for i, (category, lines) in enumerate(report.by_category(), start=1):
        summary.append(
            [
                str(i),
                para(category, "cell"),
                str(len(lines)),
                money(sum(line.estimated_cost for line in lines)),
            ]
        )
    summary.append(
        ["", para("Tổng cộng", "cell_bold"), str(len(report.lines)), money(report.total_cost)]
    )
    story.append(
        layout.grid_table(
            summary,
            [12, 88, 25, 40],
            extra_style=[
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, -1), (-1, -1), layout.BOLD),
            ],
        )
    )
    story.append(para("II. CHI TIẾT NHU CẦU ĐỀ XUẤT", "heading"))
    rows: list[list[object]] = [
        layout.head_cells(
            [
                "STT",
                "Nội dung đề xuất",
                "Địa bàn, đối tượng hưởng lợi",
                "ĐVT",
                "Số lượng",
                "Kinh phí dự kiến (đồng)",
                "Ưu tiên",
            ]
        )
    ]
    style: list[tuple] = [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ("ALIGN", (4, 1), (5, -1), "RIGHT"),
        ("ALIGN", (6, 1), (6, -1), "CENTER"),
    ]
    number_in_list = 0
    for group, (category, lines) in enumerate(report.by_category(), start=1):
        rows.append(
            [
                _roman(group),
                para(category, "cell_bold"),
                "",
                "",
                "",
                money(sum(line.estimated_cost for line in lines)),
                "",
            ]
        )
        r = len(rows) - 1
        style += [("SPAN", (1, r), (4, r)), ("FONTNAME", (0, r), (-1, r), layout.BOLD)]
        for line in lines:
            number_in_list += 1
            beneficiaries = ", ".join(line.villages)
            if line.households:
                beneficiaries = ", ".join(filter(None, [beneficiaries, f"{line.households} hộ"]))
            rows.append(
                [
                    str(number_in_list),
                    para(line.description, "cell"),
                    para(beneficiaries, "cell"),
                    para(line.unit, "cell_center"),
                    format_number(line.quantity),
                    money(line.estimated_cost),
                    para(
                        needs.PRIORITY_WORDS.get(line.priority, str(line.priority)), "cell_center"
                    ),
                ]
            )
    rows.append(["", para("Tổng cộng", "cell_bold"), "", "", "", money(report.total_cost), ""])
    r = len(rows) - 1
    style += [("SPAN", (1, r), (4, r)), ("FONTNAME", (0, r), (-1, r), layout.BOLD)]
    story.append(layout.grid_table(rows, [12, 48, 36, 14, 15, 26, 18], extra_style=style))
    story.append(para("III. KIẾN NGHỊ", "heading"))
    deadline = _sponsor_deadline(db, year)
    by_when = f" trước ngày {deadline}" if deadline else ""
    story.append(
        para(
            "Kính đề nghị các đơn vị kết nghĩa căn cứ nhu cầu nêu trên xây dựng kế hoạch, tiến "
            f"độ và giải pháp hỗ trợ{by_when}; đề nghị UBND {issuer.district or 'cấp trên'} "
            "tổng hợp, theo dõi và đôn đốc thực hiện.",
            "body",
        )
    )
    story.append(
        para(
            f"Trên đây là báo cáo đề xuất nhu cầu hỗ trợ năm {year} của {issuer.commune}./.", "body"
        )
    )
    story.append(layout.closing(_recipients(issuer), _signer(issuer)))
    return Document(f"Báo cáo đề xuất nhu cầu năm {year}", story, issuer.body, number)


def _roman(n: int) -> str:
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, numeral in numerals:
        while n >= value:
            out += numeral
            n -= value
    return out


# ---- kết quả of a period --------------------------------------------------------------------------


def _subtotals_table(heading: str, subtotals: list, count: int, total: int) -> Flowable:
    """STT | `heading` | Số lượt | Giá trị, one row per subtotal and a Tổng cộng row."""
    rows: list[list[object]] = [layout.head_cells(["STT", heading, "Số lượt", "Giá trị (đồng)"])]
    for i, sub in enumerate(subtotals, start=1):
        rows.append([str(i), para(sub.name, "cell"), str(sub.count), money(sub.value)])
    rows.append(["", para("Tổng cộng", "cell_bold"), str(count), money(total)])
    return layout.grid_table(
        rows,
        [12, 93, 20, 40],
        extra_style=[
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("FONTNAME", (0, -1), (-1, -1), layout.BOLD),
        ],
    )


def _results(figures: PeriodFigures, *, list_receipts: bool) -> list[Flowable]:
    """Section I: resources received, households reached, models, needs."""
    total = figures.total_value
    story: list[Flowable] = [
        para("I. KẾT QUẢ THỰC HIỆN", "heading"),
        para("1. Tiếp nhận nguồn lực", "heading"),
        para(
            f"Từ ngày {format_date(figures.start)} đến ngày {format_date(figures.end)}, xã đã "
            f"tiếp nhận {len(figures.receipts)} lượt hỗ trợ với tổng giá trị {money(total)} đồng "
            f"(bằng chữ: {vnd_in_words(total)}).",
            "body",
        ),
    ]
    if figures.by_sponsor:
        count = len(figures.receipts)
        story.append(_subtotals_table("Đơn vị kết nghĩa", figures.by_sponsor, count, total))
        story.append(Spacer(1, 3 * mm))
        story.append(_subtotals_table("Lĩnh vực hỗ trợ", figures.by_category, count, total))
    if list_receipts and figures.receipts:
        story.append(para("Chi tiết các lượt tiếp nhận:", "body"))
        rows = [
            layout.head_cells(
                ["STT", "Ngày", "Đơn vị", "Nội dung", "Số hộ", "Giá trị (đồng)", "Biên bản số"]
            )
        ]
        for i, line in enumerate(figures.receipts, start=1):
            rows.append(
                [
                    str(i),
                    format_date(line.received_on),
                    para(line.sponsor_name, "cell"),
                    para(line.description or line.category, "cell"),
                    str(line.households),
                    money(line.value),
                    para(line.minutes_number, "cell_center"),
                ]
            )
        rows.append(["", "Tổng cộng", "", "", "", money(total), ""])
        r = len(rows) - 1
        story.append(
            layout.grid_table(
                rows,
                [10, 21, 34, 38, 10, 25, 27],
                extra_style=[
                    ("ALIGN", (0, 1), (1, -1), "CENTER"),
                    ("ALIGN", (4, 1), (5, -1), "RIGHT"),
                    ("SPAN", (1, r), (4, r)),
                    ("FONTNAME", (0, r), (-1, r), layout.BOLD),
                ],
            )
        )
    story += [
        para("2. Hỗ trợ đến hộ gia đình", "heading"),
        para(
            f"Số hộ được hỗ trợ: {figures.households_reached} hộ, trong đó "
            f"{figures.poor_households_reached} hộ nghèo; số thôn được hỗ trợ: "
            f"{figures.villages_reached} thôn.",
            "body",
        ),
        para("3. Mô hình sinh kế", "heading"),
    ]
    if figures.models:
        rows = [
            layout.head_cells(
                ["STT", "Tên mô hình", "Loại hình", "Đơn vị hỗ trợ", "Thôn", "Số hộ", "Tình trạng"]
            )
        ]
        for i, model in enumerate(figures.models, start=1):
            rows.append(
                [
                    str(i),
                    para(model.name, "cell"),
                    para(model.kind, "cell"),
                    para(model.sponsor_name, "cell"),
                    para(model.village, "cell"),
                    str(model.households),
                    para(livelihood.STATUS_WORDS.get(model.status, model.status), "cell"),
                ]
            )
        story.append(
            layout.grid_table(
                rows,
                [12, 38, 24, 33, 22, 13, 23],
                extra_style=[
                    ("ALIGN", (0, 1), (0, -1), "CENTER"),
                    ("ALIGN", (5, 1), (5, -1), "RIGHT"),
                ],
            )
        )
    elif figures.whole_year:
        story.append(para(f"Năm {figures.year} chưa có mô hình sinh kế nào được ghi nhận.", "body"))
    else:
        story.append(para("Trong kỳ không có mô hình sinh kế nào được thành lập.", "body"))
    if figures.models_undated:
        story.append(
            para(
                f"Có {figures.models_undated} mô hình của năm {figures.year} chưa ghi ngày thành "
                "lập, được tính vào báo cáo năm.",
                "body",
            )
        )
    statuses = "; ".join(
        f"{needs.status_label(code).lower()}: {count}"
        for code in needs.STATUSES
        if (count := figures.needs_by_status.get(code))
    )
    period = "Trong năm" if figures.whole_year else "Trong kỳ báo cáo"
    story += [
        para("4. Thực hiện nhu cầu đã đề xuất", "heading"),
        para(
            f"Năm {figures.year} xã đề xuất {figures.needs_total} nội dung với kinh phí dự kiến "
            f"{money(figures.needs_cost)} đồng. {period}, đã đáp ứng {figures.needs_fulfilled} "
            f"nội dung; giá trị tiếp nhận gắn với nhu cầu {money(figures.needs_received_value)} "
            "đồng"
            + (
                f". Tình trạng đến ngày {format_date(figures.end)}: {statuses}."
                if statuses
                else "."
            ),
            "body",
        ),
    ]
    return story


def periodic_report(figures: PeriodFigures, issuer: Issuer, number: str, day: dt.date) -> Document:
    name = period_name(figures.period, figures.year)
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title("Báo cáo", f"Kết quả công tác kết nghĩa {name}"),
        para(
            f"{issuer.body.capitalize()} {issuer.commune} báo cáo kết quả công tác kết "
            f"nghĩa {name} như sau:",
            "body",
        ),
        *_results(figures, list_receipts=True),
        para(
            f"Trên đây là báo cáo kết quả công tác kết nghĩa {name} của {issuer.commune}./.", "body"
        ),
        layout.closing(_recipients(issuer), _signer(issuer)),
    ]
    return Document(f"Báo cáo kết quả công tác kết nghĩa {name}", story, issuer.body, number)


# ---- tổng kết with nhận xét đánh giá ------------------------------------------------------------


def _target_amount(code: str, value: float) -> str:
    if "value" in code:
        return f"{money(int(value))} đồng"
    return format_number(value)


def _assessment(index: int, item, sponsor_kinds: dict[str, str]) -> list[Flowable]:  # noqa: ANN001
    f = item.figures
    story: list[Flowable] = [
        para(f"{index}. {f.sponsor_name}", "heading"),
        para(
            f"Loại đơn vị: {sponsor_kinds.get(f.sponsor_kind, f.sponsor_kind)}"
            + (f"; biên chế: {f.headcount} người" if f.headcount else "")
            + f". Trong năm đã hỗ trợ {f.receipts} lượt, tổng giá trị {money(f.total_value)} "
            f"đồng (trong đó thăm hỏi, tặng quà {money(f.gift_value)} đồng); giúp đỡ "
            f"{f.poor_households_helped} hộ nghèo; xây dựng, củng cố, nhân rộng {f.models} mô "
            f"hình; đáp ứng {f.needs_fulfilled}/{f.needs_proposed} nhu cầu xã đề xuất.",
            "body",
        ),
    ]
    if f.targets:
        rows: list[list[object]] = [
            layout.head_cells(["Chỉ tiêu", "Yêu cầu", "Thực hiện", "Đánh giá"])
        ]
        for target in f.targets:
            rows.append(
                [
                    para(target.text, "cell"),
                    _target_amount(target.code, target.required),
                    _target_amount(target.code, target.actual),
                    "Đạt" if target.met else "Chưa đạt",
                ]
            )
        story.append(
            layout.grid_table(
                rows,
                [66, 37, 37, 20],
                extra_style=[
                    ("ALIGN", (1, 1), (2, -1), "RIGHT"),
                    ("ALIGN", (3, 1), (3, -1), "CENTER"),
                ],
            )
        )
    verdict = "Đủ điều kiện" if f.eligible else "Không đủ điều kiện"
    reasons = "; ".join(r.rstrip(".") for r in f.reasons)
    story.append(
        para(
            f"<b>Đề nghị khen thưởng:</b> {verdict}" + (f" ({text(reasons)})." if reasons else "."),
            "body",
            markup=True,
        )
    )
    if item.rating:
        story.append(para(f"<b>Xếp loại:</b> {text(item.rating)}.", "body", markup=True))
    if item.comments:
        story.append(para(f"<b>Nhận xét:</b> {text(item.comments)}", "body", markup=True))
    if item.finalized_on is None:
        story.append(para("(Số liệu tính đến ngày lập báo cáo; đánh giá chưa chốt.)", "note"))
    return story


def year_end_report(
    report: YearEndReport,
    issuer: Issuer,
    number: str,
    day: dt.date,
    kinds: dict[str, str] | None = None,
) -> Document:
    year = report.year
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title("Báo cáo", f"Tổng kết công tác kết nghĩa năm {year}"),
        para(
            f"{issuer.body.capitalize()} {issuer.commune} báo cáo tổng kết công tác kết "
            f"nghĩa năm {year} và nhận xét, đánh giá các đơn vị kết nghĩa như sau:",
            "body",
        ),
        *_results(report.figures, list_receipts=False),
        para("II. NHẬN XÉT, ĐÁNH GIÁ CÁC ĐƠN VỊ KẾT NGHĨA", "heading"),
    ]
    if not report.sponsors:
        story.append(para(f"Năm {year} không có đơn vị kết nghĩa nào với xã.", "body"))
    for i, item in enumerate(report.sponsors, start=1):
        story += _assessment(i, item, kinds or {})
    eligible = [s.figures.sponsor_name for s in report.sponsors if s.figures.eligible]
    story.append(para("III. ĐỀ XUẤT KHEN THƯỞNG", "heading"))
    if eligible:
        story.append(
            para(
                f"Đề nghị xem xét khen thưởng {len(eligible)} đơn vị có thành tích trong công tác "
                f"kết nghĩa năm {year}: " + "; ".join(eligible) + ".",
                "body",
            )
        )
    else:
        story.append(para(f"Năm {year} không có đơn vị đủ điều kiện đề nghị khen thưởng.", "body"))
    story.append(
        para(
            f"Trên đây là báo cáo tổng kết công tác kết nghĩa năm {year} của {issuer.commune}./.",
            "body",
        )
    )
    story.append(layout.closing(_recipients(issuer), _signer(issuer)))
    return Document(f"Báo cáo tổng kết công tác kết nghĩa năm {year}", story, issuer.body, number)
