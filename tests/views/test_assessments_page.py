"""The year-end assessment page driven through its widgets: figures equal those computed from the
receipts, finalizing locks the record, a change makes a new revision."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models import assessments, receipts
from desktop.models.text import format_vnd
from desktop.views.assessments_page import AssessmentsPage

COMMUNE = "20704"


def _cell(table, label: str) -> str:
    for row in range(table.rowCount()):
        if table.item(row, 0).text().strip() == label:
            return table.item(row, 1).text()
    raise KeyError(label)


def test_finalize_locks_figures_equal_to_the_receipts(qtbot, qtmodeltester, context, monkeypatch):
    from translations import tr

    db = context.db
    year = dt.date.today().year
    page = AssessmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.sponsors)
    assert page.current_year() == year
    sponsor = page.sponsors.sponsor(0).sponsor_id
    # A new receipt made now shows in the draft figures at once.
    receipts.save(
        db,
        receipts.Receipt(
            received_on=dt.date.today(),
            sponsor_id=sponsor,
            resource_kind="tien_mat",
            category_code="an_sinh_xa_hoi",
            items=[receipts.Item("Học bổng", "suất", 4, 1_250_000)],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )
    context.notify("receipt")
    page.select_sponsor(sponsor)
    expected = assessments.compute(db, sponsor, year, commune_code=COMMUNE)
    assert _cell(page.figures, tr("Value received")) == format_vnd(expected.total_value)

    # Finalizing without a rating is refused beside the rating.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    assert page.rating_error.isVisible()
    assert not assessments.revisions(db, sponsor, year, COMMUNE)

    page.rating.setCurrentText("Hoàn thành tốt nhiệm vụ")
    qtbot.keyClicks(page.comments, "Phoi hop chat che")
    with qtbot.waitSignal(page.finalized, timeout=2000):
        qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    record = assessments.revisions(db, sponsor, year, COMMUNE)[0]
    assert record.finalized and record.rating == "Hoàn thành tốt nhiệm vụ"
    assert record.figures == assessments.compute(db, sponsor, year, commune_code=COMMUNE)
    assert record.figures.total_value == expected.total_value
    assert _cell(page.figures, tr("Value received")) == format_vnd(record.figures.total_value)
    # Locked: the form cannot be edited.
    assert not page.rating.isEnabled() and page.comments.isReadOnly()
    assert not page.save_button.isEnabled() and not page.finalize_button.isEnabled()
    assert page.revise_button.isVisible()
    qtmodeltester.check(page.sponsors)

    # A later change makes revision 2 and keeps revision 1 as finalized.
    qtbot.mouseClick(page.revise_button, Qt.MouseButton.LeftButton)
    assert page.rating.isEnabled()
    page.rating.setCurrentText("Hoàn thành nhiệm vụ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    history = assessments.revisions(db, sponsor, year, COMMUNE)
    assert [(r.revision, r.finalized) for r in history] == [(2, False), (1, True)]
    assert history[1].rating == "Hoàn thành tốt nhiệm vụ"
    assert page.revision.count() == 2


def test_finalize_button_asks_first_and_no_leaves_the_draft(qtbot, context, monkeypatch):
    year = dt.date.today().year
    page = AssessmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    sponsor = page.sponsors.sponsor(0).sponsor_id
    page.rating.setCurrentText("Hoàn thành tốt nhiệm vụ")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Chốt" in asked[0]
    record = assessments.revisions(context.db, sponsor, year, COMMUNE)[0]
    assert not record.finalized  # saved as a draft, not locked
    assert page.finalize_button.isEnabled() and page.rating.isEnabled()


def test_unsaved_rating_asks_before_switching(qtbot, context, monkeypatch):
    page = AssessmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.rating.setCurrentText("Tốt")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    first = page.sponsors.sponsor(0).sponsor_id
    page.select_row(1)
    assert asked
    assert page._sponsor_id == first


def test_earlier_years_show_the_finalized_demo_assessments(qtbot, context):
    page = AssessmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.year.setCurrentIndex(page.year.findData(dt.date.today().year - 1))
    assert page.sponsors.rowCount() == 4
    assert not page.rating.isEnabled()
    assert page.rating.currentText()


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_verdict_states_the_rule_that_decided_it(qtbot, context):
    """A sponsor whose only work is a livelihood model: eligible, said in one sentence naming
    the rule, amber because its targets are not met; gifts appear once among the figures."""
    from desktop.models import livelihood, sponsors

    db = context.db
    year = dt.date.today().year
    sponsor_id = sponsors.save_sponsor(
        db,
        sponsors.Sponsor(
            name="Hội Nông dân huyện", kind="doan_the", headcount=12, commune_code=COMMUNE
        ),
        COMMUNE,
    )
    sponsors.save_twinning(
        db,
        sponsors.Twinning(sponsor_id=sponsor_id, since=f"{year}-01-01", commune_code=COMMUNE),
    )
    livelihood.save(
        db,
        livelihood.Model(
            name="Nhóm hộ trồng sâm",
            kind=livelihood_kind(db),
            year=year,
            sponsor_id=sponsor_id,
            started_on=f"{year}-01-05",
        ),
        commune_code=COMMUNE,
    )
    page = AssessmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_sponsor(sponsor_id)
    text = _plain(page.verdict.text())
    figures = assessments.compute(db, sponsor_id, year, commune_code=COMMUNE)
    assert figures.eligible and figures.unmet()
    assert "Đủ điều kiện theo QĐ 3651/QĐ-UBND" in text
    assert "1 mô hình sinh kế" in text and "0 đ" not in text
    assert "chưa đạt chỉ tiêu" in text
    assert "#8a5a00" in page.verdict.text()  # not green beside unmet targets
    labels = [page.figures.item(r, 0).text().strip() for r in range(page.figures.rowCount())]
    assert labels.count("Thăm hỏi, tặng quà") <= 1


def livelihood_kind(db) -> str:
    from desktop.models import reference

    return reference.catalog(db.conn, "model_kind")[0].code


def test_demo_finalized_assessments_follow_the_rules(qtbot, context):
    """Every finalized demo assessment: the verdict agrees with its figures and the rating is
    the one the rules support."""
    page = AssessmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    checked = 0
    for year in range(dt.date.today().year - 3, dt.date.today().year):
        index = page.year.findData(year)
        if index < 0:
            continue
        page.year.setCurrentIndex(index)
        for row in range(page.sponsors.rowCount()):
            page.select_row(row)
            figures = page.shown_figures
            text = _plain(page.verdict.text())
            assert text.startswith("Đủ điều kiện" if figures.eligible else "Không đủ điều kiện")
            if figures.receipts == 0 and figures.models == 0:
                assert not figures.eligible
            assert page.rating.currentText() == assessments.suggested_rating(figures)
            checked += 1
    assert checked >= 8
