"""Printing a document: number it in the register, compose it from the figures, write the PDF.

One function per document kind; each checks its input (unknown ids, years without data) before
taking a number, so a refused document leaves the register unchanged. The PDF is written to a
temporary file beside the target and moved into place (files.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.documents import area_doc, handover, layout, reports_doc, survey_sheet
from desktop.documents.files import atomic_target, check_writable
from desktop.documents.issuer import issuer
from desktop.i18n import tr
from desktop.models import area_reports, documents_register, reference, reports, store
from desktop.models.db import Database
from desktop.models.errors import UserError

Progress = Callable[[int], None]


@dataclass(frozen=True)
class DocumentKind:
    """A kind of document the program prints (`ketnghia print <code>`, the documents page)."""

    code: str
    title: Callable[[], str]  # on the documents page
    station: str = ""  # "commune": only a commune prints it; "hub": only a hub; "": both
    name: Callable[[], str] | None = None  # in a refusal's sentence (kinds one station refuses)


# Every document kind, in the order the documents page lists them. A commune makes and signs its
# own records' documents: a hub never prints them.
DOCUMENT_KINDS = (
    DocumentKind(
        "handover",
        lambda: tr("Handover minutes of a receipt"),
        "commune",
        lambda: tr("handover minutes"),
    ),
    DocumentKind(
        "receipt-list",
        lambda: tr("Household receipt list of a receipt"),
        "commune",
        lambda: tr("household receipt lists"),
    ),
    DocumentKind(
        "needs-report",
        lambda: tr("Needs proposal of a year"),
        "commune",
        lambda: tr("a commune's needs proposal"),
    ),
    DocumentKind(
        "needs-summary",
        lambda: tr("Summary of the communes' needs proposals"),
        "hub",
        lambda: tr("the area's needs summary"),
    ),
    DocumentKind("year-end", lambda: tr("Year-end report with the sponsors' assessment")),
    DocumentKind("periodic", lambda: tr("Periodic report")),
    DocumentKind(
        "survey-sheet",
        lambda: tr("Household survey sheet"),
        "commune",
        lambda: tr("survey sheets"),
    ),
)
KINDS = tuple(kind.code for kind in DOCUMENT_KINDS)
COMMUNE_ONLY = tuple(kind.code for kind in DOCUMENT_KINDS if kind.station == "commune")
HUB_ONLY = tuple(kind.code for kind in DOCUMENT_KINDS if kind.station == "hub")


def kind_name(kind: str) -> str:
    for found in DOCUMENT_KINDS:
        if found.code == kind and found.name is not None:
            return found.name()
    return kind


def printable(hub: bool) -> list[DocumentKind]:
    """The document kinds this station prints: a hub its area's reports, a commune its own."""
    refused = "commune" if hub else "hub"
    return [kind for kind in DOCUMENT_KINDS if kind.station != refused]


def check_station_prints(db: Database, kind: str) -> None:
    """Refuse a commune's document on a hub, and the hub's summary on a commune."""
    hub = store.role(db) == "hub"
    name = kind_name(kind)
    if hub and kind in COMMUNE_ONLY:
        raise UserError(
            tr(
                "A hub does not print {kind}: the commune makes and signs it for its own records. "
                "A hub prints periodic, needs-summary and year-end reports of its area."
            ).format(kind=name)
        )
    if not hub and kind in HUB_ONLY:
        raise UserError(
            tr("Only a district or city hub prints {kind}; a commune prints needs-report.").format(
                kind=name
            )
        )


@dataclass(frozen=True)
class Printed:
    path: Path
    pages: int
    number: str | None  # "05/BB-UBND"; None for unnumbered documents (lists, forms)
    title: str


def write_pdf(document: layout.Document, out: Path, progress: Progress | None = None) -> int:
    """Build `document` into `out` atomically; its page count."""
    with atomic_target(out) as tmp:
        return layout.build(document, tmp, progress=progress)


def _symbol(db: Database, kind: str) -> str:
    return f"{kind}-{issuer(db).symbol_suffix}"


def _handover_number(db: Database, receipt: reports.ReceiptFigures) -> str:
    """The minutes' number: the one typed on the receipt, else the next from the register (only
    a commune prints them: check_station_prints refuses the commune's documents on a hub)."""
    symbol = _symbol(db, "BB")
    typed = documents_register.parse_number(receipt.minutes_number)
    entry = documents_register.issue(
        db,
        commune_code=receipt.commune_code,
        kind="handover",
        symbol=typed[1] if typed else symbol,
        title=f"Biên bản bàn giao - {receipt.sponsor_name}",
        issued_on=receipt.received_on,
        owner_table="receipt",
        owner_id=receipt.id,
        number=typed[0] if typed else None,
    )
    if receipt.minutes_number and not typed:
        return receipt.minutes_number
    return entry.label


def print_handover(
    db: Database,
    receipt_id: str,
    out: Path,
    *,
    confirmation: bool = True,
    progress: Progress | None = None,
) -> Printed:
    check_station_prints(db, "handover")
    out = check_writable(out)
    receipt = reports.receipt(db, receipt_id)
    if not receipt.items:
        raise UserError(tr("This receipt has no items; add them before printing the minutes."))
    number = _handover_number(db, receipt)
    who = issuer(db, receipt.received_on, receipt.commune_code)
    document = handover.minutes(receipt, who, number, confirmation=confirmation)
    pages = write_pdf(document, out, progress)
    _remember_file(db, "handover", "receipt", receipt.id, out)
    return Printed(out, pages, number, document.title)


def print_receipt_list(
    db: Database, receipt_id: str, out: Path, *, progress: Progress | None = None
) -> Printed:
    check_station_prints(db, "receipt-list")
    out = check_writable(out)
    receipt = reports.receipt(db, receipt_id)
    if not receipt.allocations:
        raise UserError(
            tr("Nothing from this receipt has been handed to households or villages yet.")
        )
    number = _handover_number(db, receipt)
    document = handover.receipt_list(
        receipt, issuer(db, receipt.received_on, receipt.commune_code), number
    )
    pages = write_pdf(document, out, progress)
    return Printed(out, pages, None, document.title)


def _report_entry(db: Database, kind: str, owner: str, title: str, day: dt.date) -> str:
    who = issuer(db)
    entry = documents_register.issue(
        db,
        commune_code=who.commune_code,
        kind=kind,
        symbol=_symbol(db, "BC"),
        title=title,
        issued_on=day,
        owner_id=owner,
    )
    return entry.label


def print_needs_report(
    db: Database,
    year: int,
    out: Path,
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed:
    check_station_prints(db, "needs-report")
    out = check_writable(out)
    figures = reports.needs_of_year(db, year)
    day = on or dt.date.today()
    title = f"Báo cáo đề xuất nhu cầu năm {year}"
    number = _report_entry(db, "needs-report", str(year), title, day)
    document = reports_doc.needs_report(db, figures, issuer(db), number, day)
    pages = write_pdf(document, out, progress)
    _remember_file(db, "needs-report", None, str(year), out)
    return Printed(out, pages, number, document.title)


def print_year_end(
    db: Database,
    year: int,
    out: Path,
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed:
    out = check_writable(out)
    day = on or dt.date.today()
    title = f"Báo cáo tổng kết công tác kết nghĩa năm {year}"
    if store.role(db) == "hub":
        judged = area_reports.year_end(db, year)
        number = _report_entry(db, "year-end", str(year), title, day)
        document = area_doc.year_end_report(judged, year, issuer(db), number, day)
    else:
        figures = reports.year_end(db, year)
        number = _report_entry(db, "year-end", str(year), title, day)
        kinds = {item.code: item.name for item in reference.catalog(db.conn, "sponsor_kind")}
        document = reports_doc.year_end_report(figures, issuer(db), number, day, kinds)
    pages = write_pdf(document, out, progress)
    _remember_file(db, "year-end", None, str(year), out)
    return Printed(out, pages, number, document.title)


def print_periodic(
    db: Database,
    year: int,
    period: str,
    out: Path,
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed:
    out = check_writable(out)
    day = on or dt.date.today()
    title = f"Báo cáo kết quả công tác kết nghĩa {reports_doc.period_name(period, year)}"
    owner = f"{year}-{period}"
    if store.role(db) == "hub":
        area = area_reports.area_period(db, year, period)
        number = _report_entry(db, "periodic", owner, title, day)
        document = area_doc.periodic_report(area, issuer(db), number, day)
    else:
        figures = reports.period_figures(db, year, period)
        number = _report_entry(db, "periodic", owner, title, day)
        document = reports_doc.periodic_report(figures, issuer(db), number, day)
    pages = write_pdf(document, out, progress)
    _remember_file(db, "periodic", None, owner, out)
    return Printed(out, pages, number, document.title)


def print_needs_summary(
    db: Database,
    year: int,
    out: Path,
    *,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> Printed:
    """The hub's summary of its communes' needs proposals of `year` (due 31/01)."""
    check_station_prints(db, "needs-summary")
    out = check_writable(out)
    day = on or dt.date.today()
    communes = area_reports.needs_summary(db, year, day)
    title = f"Tổng hợp đề xuất nhu cầu năm {year}"
    number = _report_entry(db, "needs-summary", str(year), title, day)
    document = area_doc.needs_summary(communes, year, issuer(db), number, day)
    pages = write_pdf(document, out, progress)
    _remember_file(db, "needs-summary", None, str(year), out)
    return Printed(out, pages, number, document.title)


def print_survey_sheet(
    db: Database,
    out: Path,
    *,
    household_id: str | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> Printed:
    check_station_prints(db, "survey-sheet")
    out = check_writable(out)
    household = reports.household_sheet(db, household_id) if household_id else None
    document = survey_sheet.sheet(db, issuer(db), household, year or dt.date.today().year)
    pages = write_pdf(document, out, progress)
    return Printed(out, pages, None, document.title)


def _remember_file(
    db: Database, kind: str, owner_table: str | None, owner_id: str, out: Path
) -> None:
    documents_register.remember_file(
        db,
        kind=kind,
        owner_table=owner_table,
        owner_id=owner_id,
        file_name=str(out),
        commune_code=issuer(db).commune_code,
    )


# ---- one entry point for the window and the command line ------------------------------------


@dataclass(frozen=True)
class Request:
    """What to print: the kind (one of KINDS) and what it needs."""

    kind: str
    receipt_id: str | None = None
    year: int | None = None
    period: str | None = None
    household_id: str | None = None

    def file_stem(self) -> str:
        """A file name for the document in the station's documents folder."""
        parts = [self.kind]
        if self.receipt_id:
            parts.append(self.receipt_id[-12:])
        if self.year:
            parts.append(str(self.year))
        if self.period:
            parts.append(self.period)
        if self.household_id:
            parts.append(self.household_id[-12:])
        # ids come from records, which may come from another station: letters, digits, - and _
        return re.sub(r"[^0-9A-Za-z_-]", "_", "-".join(parts))


def render(db: Database, request: Request, out: Path, progress: Progress | None = None) -> Printed:
    """Print `request` to `out`."""

    def need(value: object, what: str) -> object:
        if value in (None, ""):
            raise UserError(tr("Choose {what} first.").format(what=what))
        return value

    kind = request.kind
    if kind == "handover":
        receipt = str(need(request.receipt_id, tr("a receipt")))
        return print_handover(db, receipt, out, progress=progress)
    if kind == "receipt-list":
        receipt = str(need(request.receipt_id, tr("a receipt")))
        return print_receipt_list(db, receipt, out, progress=progress)
    if kind == "needs-report":
        return print_needs_report(db, int(need(request.year, tr("a year"))), out, progress=progress)
    if kind == "year-end":
        return print_year_end(db, int(need(request.year, tr("a year"))), out, progress=progress)
    if kind == "needs-summary":
        year = int(need(request.year, tr("a year")))
        return print_needs_summary(db, year, out, progress=progress)
    if kind == "periodic":
        year = int(need(request.year, tr("a year")))
        period = str(need(request.period, tr("a period")))
        return print_periodic(db, year, period, out, progress=progress)
    if kind == "survey-sheet":
        return print_survey_sheet(
            db, out, household_id=request.household_id, year=request.year, progress=progress
        )
    raise UserError(tr("Unknown document kind {kind}.").format(kind=kind))


def documents_folder(root: Path) -> Path:
    """Where the window keeps the PDFs it prints: `documents` in the data folder (made on use)."""
    folder = root / documents_register.DOCUMENTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder
