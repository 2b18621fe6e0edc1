"""The hub's own documents, issued by the district or city to the level above: the area's
periodic report (a table per commune, each sponsor once), the summary of the communes' needs
proposals (due 31/01), and the year-end report with each sponsor's assessment across its
communes and the sponsors proposed for commendation. NĐ 30/2020 layout, as the commune's.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from desktop.documents import layout
from desktop.documents.handover import money
from desktop.documents.layout import Document, Issuer, Signature, para
from desktop.documents.reports_doc import period_name
from desktop.models.area_reports import AreaPeriod, CommuneNeeds, SponsorJudgement
from desktop.models.text import format_date, format_number

RIGHT = ("ALIGN", (1, 1), (-1, -1), "RIGHT")


def _area(issuer: Issuer) -> str:
    """ "thành phố Đà Nẵng": the hub's unit inside a sentence."""
    return issuer.commune


def _signer(issuer: Issuer) -> Signature:
    return Signature(f"TM. {issuer.body}", issuer.signer_name, issuer.signer_title, "")


def _recipients(issuer: Issuer) -> list[str]:
    if issuer.recipients:
        return list(issuer.recipients)
    return [f"UBND {_area(issuer)}", "Các đơn vị kết nghĩa", "UBND các xã, phường", "Lưu: VT."]


def _bold_last(rows: list[list[object]]) -> list[tuple]:
    return [("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), layout.BOLD)]


def _communes_table(figures: AreaPeriod) -> Flowable:
    head = [
        "STT", "Xã, phường", "Nhu cầu đề xuất", "Kinh phí dự kiến (đồng)", "Đã đáp ứng",
        "Lượt tiếp nhận", "Giá trị tiếp nhận (đồng)", "Hộ được hỗ trợ", "Mô hình",
    ]  # fmt: skip
    rows: list[list[object]] = [layout.head_cells(head)]
    for i, row in enumerate(figures.reporting, start=1):
        f = row.figures
        assert f is not None
        rows.append(
            [
                str(i), para(row.name, "cell"), format_number(f.needs_total), money(f.needs_cost),
                format_number(f.needs_fulfilled), format_number(f.receipts),
                money(f.total_value), format_number(f.households_reached),
                format_number(f.models),
            ]
        )  # fmt: skip
    rows.append(
        [
            "", para("<b>Tổng cộng</b>", "cell", markup=True),
            format_number(figures.total("needs_total")), money(figures.total("needs_cost")),
            format_number(figures.total("needs_fulfilled")),
            format_number(figures.total("receipts")),
            money(figures.total("total_value")), format_number(figures.total("households_reached")),
            format_number(figures.total("models")),
        ]
    )  # fmt: skip
    return layout.grid_table(
        rows, [11, 27, 13, 28, 12, 12, 28, 13, 12], extra_style=[RIGHT, *_bold_last(rows)]
    )


def _sponsors_table(figures: AreaPeriod) -> Flowable:
    rows: list[list[object]] = [
        layout.head_cells(["STT", "Đơn vị kết nghĩa", "Hỗ trợ các xã", "Lượt", "Giá trị (đồng)"])
    ]
    for i, sponsor in enumerate(figures.sponsors, start=1):
        rows.append(
            [
                str(i),
                para(sponsor.name, "cell"),
                para(", ".join(sponsor.communes), "cell"),
                format_number(sponsor.receipts),
                money(sponsor.value),
            ]
        )
    rows.append(
        [
            "",
            para("<b>Tổng cộng</b>", "cell", markup=True),
            "",
            format_number(sum(s.receipts for s in figures.sponsors)),
            money(sum(s.value for s in figures.sponsors)),
        ]
    )
    return layout.grid_table(rows, [11, 55, 60, 13, 30], extra_style=[RIGHT, *_bold_last(rows)])


def _categories_table(figures: AreaPeriod) -> Flowable:
    rows: list[list[object]] = [
        layout.head_cells(["STT", "Nội dung hỗ trợ", "Lượt", "Giá trị (đồng)"])
    ]
    for i, sub in enumerate(figures.categories, start=1):
        rows.append([str(i), para(sub.name, "cell"), format_number(sub.count), money(sub.value)])
    return layout.grid_table(rows, [11, 110, 17, 30], extra_style=[RIGHT])


def periodic_report(figures: AreaPeriod, issuer: Issuer, number: str, day: dt.date) -> Document:
    name = period_name(figures.period, figures.year)
    where = _area(issuer)
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title("Báo cáo", f"Kết quả công tác kết nghĩa {name} trên địa bàn {where}"),
        para(
            f"Từ ngày {format_date(figures.start)} đến ngày {format_date(figures.end)}, "
            f"{len(figures.reporting)}/{len(figures.communes)} xã, phường trên địa bàn {where} "
            "có số liệu về công tác kết nghĩa. Kết quả cụ thể như sau:",
            "body",
        ),
        para("1. Kết quả theo từng xã, phường", "heading"),
        _communes_table(figures),
        para("2. Nguồn lực theo đơn vị kết nghĩa", "heading"),
        _sponsors_table(figures),
        para("3. Nguồn lực theo nội dung hỗ trợ", "heading"),
        _categories_table(figures),
    ]
    if figures.silent:
        story.append(
            para(
                "Các xã, phường chưa có số liệu trong kỳ: "
                + ", ".join(c.name for c in figures.silent)
                + ".",
                "body",
            )
        )
    story += [
        para(f"Trên đây là báo cáo kết quả công tác kết nghĩa {name} của {where}./.", "body"),
        layout.closing(_recipients(issuer), _signer(issuer)),
    ]
    return Document(
        f"Báo cáo kết quả công tác kết nghĩa {name} trên địa bàn", story, issuer.body, number
    )


def needs_summary(
    communes: list[CommuneNeeds], year: int, issuer: Issuer, number: str, day: dt.date
) -> Document:
    where = _area(issuer)
    sent = [c for c in communes if c.needs]
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title(
            "Báo cáo", f"Tổng hợp đề xuất nhu cầu hỗ trợ năm {year} trên địa bàn {where}"
        ),
        para(
            f"Trên cơ sở báo cáo đề xuất nhu cầu của các xã, phường, {issuer.body.capitalize()} "
            f"tổng hợp nhu cầu hỗ trợ năm {year} của {len(sent)}/{len(communes)} xã, phường "
            f"trên địa bàn {where}, tổng kinh phí dự kiến "
            f"{money(sum(c.needs.total_cost for c in sent if c.needs))} đồng, như sau:",
            "body",
        ),
    ]
    for i, commune in enumerate(sent, start=1):
        report = commune.needs
        assert report is not None
        proposal = commune.proposal
        when = (
            f" (gửi ngày {format_date(proposal.sent_on)})"
            if proposal is not None and proposal.sent_on
            else " (chưa gửi chính thức)"
        )
        story.append(para(f"{i}. {commune.name}{when}", "heading"))
        rows: list[list[object]] = [
            layout.head_cells(["STT", "Nội dung", "Lĩnh vực", "Số lượng", "Kinh phí (đồng)"])
        ]
        for n, line in enumerate(report.lines, start=1):
            quantity = (
                f"{format_number(line.quantity)} {line.unit}".strip() if line.quantity else ""
            )
            rows.append(
                [
                    str(n),
                    para(line.description, "cell"),
                    para(line.category, "cell"),
                    para(quantity, "cell"),
                    money(line.estimated_cost),
                ]
            )
        rows.append(
            ["", para("<b>Cộng</b>", "cell", markup=True), "", "", money(report.total_cost)]
        )
        story.append(
            layout.grid_table(rows, [11, 68, 40, 22, 27], extra_style=[RIGHT, *_bold_last(rows)])
        )
    missing = [c.name for c in communes if not c.needs]
    if missing:
        story.append(
            para("Các xã, phường chưa gửi đề xuất nhu cầu: " + ", ".join(missing) + ".", "body")
        )
    story += [
        para(f"Trên đây là tổng hợp đề xuất nhu cầu hỗ trợ năm {year} của {where}./.", "body"),
        layout.closing(_recipients(issuer), _signer(issuer)),
    ]
    return Document(f"Tổng hợp đề xuất nhu cầu năm {year}", story, issuer.body, number)


def year_end_report(
    judged: list[SponsorJudgement], year: int, issuer: Issuer, number: str, day: dt.date
) -> Document:
    where = _area(issuer)
    story: list[Flowable] = [
        layout.header(issuer, number, day),
        *layout.title("Báo cáo", f"Tổng kết công tác kết nghĩa năm {year} trên địa bàn {where}"),
        para("1. Kết quả của từng đơn vị kết nghĩa trên các xã, phường", "heading"),
    ]
    rows: list[list[object]] = [
        layout.head_cells(
            [
                "STT",
                "Đơn vị kết nghĩa",
                "Số xã",
                "Giá trị (đồng)",
                "Hộ nghèo được giúp",
                "Mô hình",
                "Chỉ tiêu đạt",
            ]
        )  # fmt: skip
    ]
    for i, item in enumerate(judged, start=1):
        a = item.across
        rows.append(
            [
                str(i), para(a.name, "cell"), format_number(len(a.communes)), money(a.total_value),
                format_number(a.poor_households_helped), format_number(a.models),
                f"{a.targets_met}/{a.targets}",
            ]
        )  # fmt: skip
    story.append(layout.grid_table(rows, [11, 56, 13, 30, 22, 15, 20], extra_style=[RIGHT]))
    story.append(para("2. Nhận xét, đánh giá của các xã, phường", "heading"))
    for item in judged:
        story.append(para(f"<b>{layout.text(item.across.name)}</b>", "body", markup=True))
        if item.words:
            for commune, rating, comments in item.words:
                said = "; ".join(p for p in (rating, comments) if p) or "chưa có nhận xét"
                story.append(para(f"- {commune}: {said}", "body"))
        else:
            story.append(para("- Các xã chưa gửi nhận xét, đánh giá.", "body"))
        unmet = item.across.figures.unmet()
        if unmet:
            story.append(
                para("- Chưa đạt chỉ tiêu: " + "; ".join(t.text for t in unmet) + ".", "body")
            )
        without = item.across.communes_without_model
        if without:
            story.append(para("- Chưa có mô hình tại: " + ", ".join(without) + ".", "body"))
    proposed = [item.across.name for item in judged if item.proposed_for_commendation]
    story.append(para("3. Đề nghị khen thưởng", "heading"))
    if proposed:
        story += [para(f"{i}. {name}", "body") for i, name in enumerate(proposed, start=1)]
    else:
        story.append(para("Năm nay chưa có đơn vị đủ điều kiện đề nghị khen thưởng.", "body"))
    waiting = [
        item.across.name for item in judged if item.eligible and not item.proposed_for_commendation
    ]
    if waiting:
        story.append(
            para(
                "Đơn vị đủ điều kiện nhưng chưa đối chiếu với danh mục đơn vị kết nghĩa (cần đối "
                "chiếu trước khi đề nghị): " + "; ".join(waiting) + ".",
                "body",
            )
        )
    story += [
        para(f"Trên đây là báo cáo tổng kết công tác kết nghĩa năm {year} của {where}./.", "body"),
        layout.closing(_recipients(issuer), _signer(issuer)),
    ]
    return Document(f"Tổng kết công tác kết nghĩa năm {year}", story, issuer.body, number)
