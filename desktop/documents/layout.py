"""The layout of an administrative document by Nghị định 30/2020/NĐ-CP, Phụ lục I, in reportlab.

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; the issuing body top left
with its short rule and the number under it; Quốc hiệu and Tiêu ngữ top right with the rule under
the Tiêu ngữ and the italic place-and-date line; the title; body 13 pt justified; signature
blocks; "Nơi nhận:"; page numbers centred in the top margin from page 2. The font is Tinos
(metric-compatible with Times New Roman, every Vietnamese letter), embedded in the PDF.

Document text is Vietnamese whatever the interface language: these are legal documents.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

import resources

FONT = "Tinos"
FONT_FILES = {
    FONT: "Tinos-Regular.ttf",
    f"{FONT}-Bold": "Tinos-Bold.ttf",
    f"{FONT}-Italic": "Tinos-Italic.ttf",
    f"{FONT}-BoldItalic": "Tinos-BoldItalic.ttf",
}
BOLD, ITALIC, BOLD_ITALIC = f"{FONT}-Bold", f"{FONT}-Italic", f"{FONT}-BoldItalic"

PAGE = A4
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"

_registered = False


def register_fonts() -> None:
    """Register the bundled Tinos faces with reportlab (once per process)."""
    global _registered
    if _registered:
        return
    folder = resources.path("fonts")
    for name, file_name in FONT_FILES.items():
        # TTFont reads a file object as well as a path, so this works from a zip or a frozen build.
        pdfmetrics.registerFont(TTFont(name, BytesIO((folder / file_name).read_bytes())))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    _registered = True


def text(value: object) -> str:
    """Any value as NFC text safe inside a Paragraph (precomposed Vietnamese letters)."""
    return escape(unicodedata.normalize("NFC", "" if value is None else str(value)))


def upper(value: str) -> str:
    return unicodedata.normalize("NFC", value).upper()


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": FONT, "fontSize": 13, "leading": 17}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


STYLES = {
    "body": _style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=4),
    "body_plain": _style("body_plain", alignment=TA_JUSTIFY, spaceAfter=3),
    # a heading never stays alone at the foot of a page: it goes with what follows it
    "heading": _style(
        "heading", fontName=BOLD, alignment=TA_LEFT, spaceBefore=6, spaceAfter=3, keepWithNext=1
    ),
    "heading_center": _style(
        "heading_center", fontName=BOLD, alignment=TA_CENTER, spaceAfter=3, keepWithNext=1
    ),
    "title": _style("title", fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER),
    "subtitle": _style("subtitle", fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER),
    "header_left": _style("header_left", fontSize=12.5, leading=15, alignment=TA_CENTER),
    "header_left_bold": _style(
        "header_left_bold", fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER
    ),
    "quoc_hieu": _style("quoc_hieu", fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER),
    "tieu_ngu": _style("tieu_ngu", fontName=BOLD, fontSize=13, leading=15, alignment=TA_CENTER),
    "number": _style("number", fontSize=13, leading=16, alignment=TA_CENTER),
    "date": _style("date", fontName=ITALIC, fontSize=13, leading=16, alignment=TA_CENTER),
    "cell": _style("cell", fontSize=11.5, leading=14),
    "cell_center": _style("cell_center", fontSize=11.5, leading=14, alignment=TA_CENTER),
    "cell_right": _style("cell_right", fontSize=11.5, leading=14, alignment=TA_RIGHT),
    "cell_head": _style("cell_head", fontName=BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER),
    "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=11.5, leading=14),
    "cell_bold_right": _style(
        "cell_bold_right", fontName=BOLD, fontSize=11.5, leading=14, alignment=TA_RIGHT
    ),
    "sign_title": _style("sign_title", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
    "sign_note": _style("sign_note", fontName=ITALIC, fontSize=12, leading=15, alignment=TA_CENTER),
    "sign_name": _style("sign_name", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
    "noi_nhan": _style("noi_nhan", fontName=BOLD_ITALIC, fontSize=12, leading=14),
    "noi_nhan_item": _style("noi_nhan_item", fontSize=11, leading=13),
    "note": _style("note", fontName=ITALIC, fontSize=12, leading=15, alignment=TA_JUSTIFY),
}


def para(value: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of `value`; `markup` when the caller already escaped it and added <b>/<i>."""
    register_fonts()  # reportlab resolves the style's font family when the paragraph is made
    return Paragraph(value if markup else text(value), STYLES[style])


# ---- the issuing body, number and date --------------------------------------------------------


@dataclass(frozen=True)
class Issuer:
    """Who issues the document: the header lines, the place of the date line, the signer."""

    parent: str  # "UBND XÃ ĐẮC TÔI"
    body: str  # "TỔ CÔNG TÁC KẾT NGHĨA"
    place: str  # "Đắc Tôi"
    commune_name: str  # "Xã Đắc Tôi"
    district_name: str  # "Huyện Nam Giang"
    commune_code: str | None
    signer_title: str = "TỔ TRƯỞNG"
    signer_name: str = ""
    symbol_suffix: str = "UBND"
    chairman_name: str = ""  # the commune chairman, who confirms handovers for the UBND
    recipients: tuple[str, ...] = ()  # "Nơi nhận" from the settings; () for the defaults
    hub: bool = False  # issued by a district or city hub, about its communes

    @property
    def commune(self) -> str:
        """The commune inside a sentence: "xã Đắc Tôi"."""
        return in_sentence(self.commune_name)

    @property
    def district(self) -> str:
        return in_sentence(self.district_name)


def in_sentence(unit_name: str) -> str:
    """ "Xã Đắc Tôi" -> "xã Đắc Tôi": the kind of unit is lower case inside a sentence."""
    kind, _, rest = unit_name.partition(" ")
    if kind in ("Xã", "Huyện", "Tỉnh", "Phường", "Thị", "Thành", "Thôn", "Bản", "Làng"):
        return f"{kind.lower()} {rest}"
    return unit_name


def date_line(place: str, day: dt.date) -> str:
    """ "Đắc Tôi, ngày 05 tháng 01 năm 2026": a leading zero for days under 10 and months 1-2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def date_words(day: dt.date) -> str:
    """ "ngày 05 tháng 01 năm 2026" (inside a sentence)."""
    return date_line("", day)[2:]


class Rule(Flowable):
    """A centred horizontal rule of a given width (the short rules of the header)."""

    def __init__(self, width: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, 5

    def draw(self) -> None:
        # 5 pt under the paragraph above, clear of the dots below Vietnamese letters (ạ, ộ).
        start = (self.avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(start, 1, start + self.rule_width, 1)


class DotLine(Flowable):
    """A dotted line across the frame: room to write by hand on a printed form."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, 20

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.setDash(1, 2.5)
        self.canv.line(0, 4, self.avail, 4)


def header(
    issuer: Issuer, number: str | None, day: dt.date | None, *, date_text: str | None = None
) -> Table:
    """The two-column header block: issuing body and number | Quốc hiệu, Tiêu ngữ and date.

    `date_text` replaces the date line (a form's "ngày ... tháng ... năm ...").
    """
    register_fonts()  # every document starts here, and the widths below need the metrics
    left_width = 72 * mm
    right_width = FRAME_WIDTH - left_width
    body_width = pdfmetrics.stringWidth(issuer.body, BOLD, 12.5)
    tieu_ngu_width = pdfmetrics.stringWidth(TIEU_NGU, BOLD, 13)
    left: list[Flowable] = [
        para(upper(issuer.parent), "header_left"),
        para(upper(issuer.body), "header_left_bold"),
        Rule(min(body_width, left_width - 4 * mm) / 2.5),
    ]
    if number:
        left += [Spacer(1, 4), para(f"Số: {number}", "number")]
    right: list[Flowable] = [
        para(QUOC_HIEU, "quoc_hieu"),
        para(TIEU_NGU, "tieu_ngu"),
        Rule(tieu_ngu_width),
    ]
    if day is not None or date_text:
        line = date_text or date_line(issuer.place, day)  # type: ignore[arg-type]
        right += [Spacer(1, 4), para(line, "date")]
    table = Table([[left, right]], colWidths=[left_width, right_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def title(main: str, subtitle: str | None = None) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 10 * mm), para(upper(main), "title")]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    out.append(Spacer(1, 6 * mm))
    return out


# ---- tables ------------------------------------------------------------------------------------

CELL_SIZE = 11.5
CELL_LEADING = 14
CELL_PADDING = 3  # left and right, as in GRID

GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 11.5),
    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def grid_table(
    rows: list[list[object]],
    widths_mm: Sequence[float],
    *,
    header_rows: int = 1,
    extra_style: Sequence[tuple] = (),
    heights: Sequence[float | None] | None = None,
) -> Table:
    """A ruled table filling the frame; header rows repeat on every page it runs onto.

    `widths_mm` are relative widths; `heights` the rows' minimum heights (None: fit the text).
    """
    table = Table(
        rows,
        colWidths=frame_widths(widths_mm),
        rowHeights=heights,
        repeatRows=header_rows,
        spaceAfter=5,
    )
    table.setStyle(TableStyle([*GRID, *extra_style]))
    return table


def frame_widths(widths_mm: Sequence[float]) -> list[float]:
    """Relative column widths scaled to fill the frame."""
    total = sum(widths_mm)
    return [FRAME_WIDTH * w / total for w in widths_mm]


class PagedTable(Flowable):
    """A long ruled table whose body rows all have known heights, cut page by page by arithmetic.

    reportlab's Table measures every remaining row again at each page break, so a list of a
    thousand households costs the square of its length; this cuts off one page of rows at a time
    and hands reportlab only tables of a page. The header row repeats on every page.
    `row_styles[i]` holds the style commands of body row i with None for its row index;
    `heading_rows` are body rows (a village's line) that never end a page: they go with the
    row after them.
    """

    def __init__(
        self,
        header: list[object],
        rows: list[list[object]],
        heights: list[float],
        widths_mm: Sequence[float],
        *,
        style: Sequence[tuple] = (),
        row_styles: Sequence[Sequence[tuple]] | None = None,
        heading_rows: Sequence[int] = (),
    ) -> None:
        super().__init__()
        self.heading_rows = set(heading_rows)
        self.header = header
        self.rows = rows
        self.heights = heights
        self.widths_mm = widths_mm
        self.style = list(style)
        self.row_styles = list(row_styles) if row_styles is not None else [()] * len(rows)
        self.spaceAfter = 5
        self._header_height: float | None = None

    def _table(self, start: int, stop: int) -> Table:
        commands = [*GRID, *self.style]
        for i in range(start, stop):
            row = i - start + 1  # after the header
            commands += [_at_row(command, row) for command in self.row_styles[i]]
        table = Table(
            [self.header, *self.rows[start:stop]],
            colWidths=frame_widths(self.widths_mm),
            rowHeights=[self.header_height(), *self.heights[start:stop]],
        )
        table.setStyle(TableStyle(commands))
        return table

    def header_height(self) -> float:
        if self._header_height is None:
            probe = Table([self.header], colWidths=frame_widths(self.widths_mm))
            probe.setStyle(TableStyle([*GRID, *self.style]))
            self._header_height = probe.wrap(FRAME_WIDTH, PAGE[1])[1]
        return self._header_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = FRAME_WIDTH
        self.height = self.header_height() + sum(self.heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height()
        fit = 0
        for height in self.heights:
            if height > room:
                break
            room -= height
            fit += 1
        while fit < len(self.rows) and fit > 0 and fit - 1 in self.heading_rows:
            fit -= 1  # a heading row moves to the next page with the rows it heads
        if fit == 0:
            return []  # not even one row here: the frame moves the table to the next page
        rest = PagedTable(
            self.header,
            self.rows[fit:],
            self.heights[fit:],
            self.widths_mm,
            style=self.style,
            row_styles=self.row_styles[fit:],
            heading_rows=[r - fit for r in self.heading_rows if r >= fit],
        )
        first = self._table(0, fit)
        return [first, rest]

    def draw(self) -> None:
        table = self._table(0, len(self.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _at_row(command: tuple, row: int) -> tuple:
    """A style command with its None row indices set to `row`."""
    return tuple(
        (part[0], row) if isinstance(part, tuple) and len(part) == 2 and part[1] is None else part
        for part in command
    )


def wrap_lines(value: str, width: float, font: str = FONT, size: float = CELL_SIZE) -> list[str]:
    """`value` broken into lines no wider than `width` points, at spaces (a word longer than the
    width stays whole). Plain strings in table cells are far cheaper than paragraphs, which
    matters for lists of a thousand households."""
    value = unicodedata.normalize("NFC", value)
    lines: list[str] = []
    current = ""
    for word in value.split():
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def head_cells(names: Sequence[str]) -> list[Paragraph]:
    return [para(name, "cell_head") for name in names]


# ---- signatures and "Nơi nhận:" ------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    title: str  # "ĐẠI DIỆN BÊN GIAO"
    name: str = ""
    subtitle: str = ""  # lines under the title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    note: str = "(Ký, ghi rõ họ tên)"


NAME_LINE = "…………………………………"  # the signer's name, written by hand when not recorded


def commune_confirmation(issuer: Issuer) -> Signature:
    """The UBND's confirmation block (NĐ 30/2020): for the committee, its chairman signs and
    stamps, with the name under the signature."""
    return Signature(
        f"Xác nhận của UBND {issuer.commune_name}",
        issuer.chairman_name or NAME_LINE,
        "TM. Ủy ban nhân dân\nChủ tịch",
        "(Ký tên, đóng dấu)",
    )


def _signature_cell(sig: Signature) -> list[Flowable]:
    cell: list[Flowable] = [para(upper(sig.title), "sign_title")]
    for line in filter(None, sig.subtitle.split("\n")):
        cell.append(para(upper(line), "sign_title"))
    if sig.note:
        cell.append(para(sig.note, "sign_note"))
    cell += [Spacer(1, 22 * mm), para(sig.name, "sign_name")]
    return cell


def signatures(blocks: Sequence[Signature]) -> Flowable:
    """Signature columns side by side, kept together on one page."""
    width = FRAME_WIDTH / len(blocks)
    table = Table([[_signature_cell(b) for b in blocks]], colWidths=[width] * len(blocks))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return _with_previous(KeepTogether([Spacer(1, 6 * mm), table]))


def _with_previous(block: Flowable) -> Flowable:
    """Mark a signature block to be kept on the page of the text just before it."""
    block.keeps_previous = True  # type: ignore[attr-defined]
    return block


def _keep_signatures_with_text(story: list[Flowable]) -> list[Flowable]:
    """A signature block never opens a page alone: the flowable before it goes with it."""
    for before, flowable in zip(story, story[1:], strict=False):
        if getattr(flowable, "keeps_previous", False):
            before.keepWithNext = True  # type: ignore[attr-defined]
    return story


def closing(recipients: Sequence[str], signer: Signature) -> Flowable:
    """ "Nơi nhận:" at the bottom left beside the signer's block at the right; each recipient
    line ends with ";" and the last with "." (NĐ 30/2020, Phụ lục I)."""
    left: list[Flowable] = [para("Nơi nhận:", "noi_nhan")]
    names = [r.rstrip(" ;.") for r in recipients]
    left += [
        para(f"- {name}{'.' if i == len(names) - 1 else ';'}", "noi_nhan_item")
        for i, name in enumerate(names)
    ]
    table = Table(
        [[left, _signature_cell(signer)]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return _with_previous(KeepTogether([Spacer(1, 6 * mm), table]))


# ---- the document -------------------------------------------------------------------------------


@dataclass
class Document:
    """A document ready to build: its metadata and its flowables."""

    title: str
    story: list[Flowable] = field(default_factory=list)
    author: str = ""
    subject: str = ""


def _page_number(canvas, doc) -> None:  # noqa: ANN001 - reportlab's callback signature
    """From page 2: the page number centred in the top margin (NĐ 30, Phụ lục I)."""
    canvas.saveState()
    canvas.setFont(FONT, 13)
    canvas.drawCentredString(
        MARGIN_LEFT + FRAME_WIDTH / 2, PAGE[1] - MARGIN_TOP / 2 - 4, str(doc.page)
    )
    canvas.restoreState()


def build(
    document: Document, target: Path | BytesIO, *, progress: Callable[[int], None] | None = None
) -> int:
    """Write the PDF to `target` (a path or a buffer); the number of pages.

    `progress(page)` is called as each page is finished (for a progress bar).
    """
    register_fonts()
    out = str(target) if isinstance(target, Path) else target

    def later_page(canvas, doc) -> None:  # noqa: ANN001
        _page_number(canvas, doc)
        if progress is not None:
            progress(doc.page)

    def first_page(canvas, doc) -> None:  # noqa: ANN001
        if progress is not None:
            progress(doc.page)

    template = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=document.title,
        author=document.author,
        subject=document.subject,
        creator="Sổ Kết Nghĩa",
        initialFontName=FONT,  # else reportlab names Helvetica, a font we do not embed
    )
    # No frame padding: the text block runs exactly from margin to margin, FRAME_WIDTH wide.
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=later_page),
        ]
    )
    template.build(_keep_signatures_with_text(list(document.story)))
    return template.page
