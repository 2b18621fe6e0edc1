"""Dialogs of the sponsors page: a sponsor unit, and one of its twinnings with a commune."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop.i18n import tr
from desktop.models import sponsors
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, combo, text_edit
from desktop.views.inputs import DateLine, NumberLine
from desktop.views.scope import commune_choices


class SponsorDialog(RecordDialog):
    def __init__(
        self, context: AppContext, sponsor_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, tr("Sponsor") if sponsor_id else tr("New sponsor"), parent)
        db = context.db
        sponsor = (
            sponsors.get_sponsor(db, sponsor_id)
            if sponsor_id
            else sponsors.Sponsor(commune_code=context.commune_code)
        )
        self.sponsor = sponsor
        self.name = self.add_field("name", tr("Name"), QLineEdit(sponsor.name))
        self.short_name = self.add_field(
            "short_name", tr("Short name"), QLineEdit(sponsor.short_name or "")
        )
        self.kind = self.add_field(
            "kind",
            tr("Kind"),
            combo(sponsors.kind_choices(db), sponsor.kind, blank=tr("— choose —")),
        )
        self.headcount = self.add_field(
            "headcount", tr("Headcount (staff)"), NumberLine(sponsor.headcount)
        )
        self.address = self.add_field("address", tr("Address"), QLineEdit(sponsor.address or ""))
        self.representative = self.add_field(
            "representative", tr("Representative"), QLineEdit(sponsor.representative or "")
        )
        self.representative_title = self.add_field(
            "representative_title",
            tr("Representative's position"),
            QLineEdit(sponsor.representative_title or ""),
        )
        self.phone = self.add_field("phone", tr("Phone"), QLineEdit(sponsor.phone or ""))
        self.email = self.add_field("email", tr("E-mail"), QLineEdit(sponsor.email or ""))
        self.notes = self.add_field("notes", tr("Notes"), text_edit(sponsor.notes or "", 50))
        if sponsor_id and context.commune_code and sponsor.commune_code is None:
            note = QLabel(
                tr(
                    "This sponsor belongs to the district's directory; only the district can change it."
                )
            )
            note.setWordWrap(True)
            self.body.insertWidget(0, note)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.resize(560, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        sponsor = sponsors.Sponsor(
            id=self.sponsor.id,
            name=self.name.text(),
            short_name=self.short_name.text(),
            kind=self.kind.currentData(),
            headcount=self.headcount.value(),  # type: ignore[arg-type]
            address=self.address.text(),
            representative=self.representative.text(),
            representative_title=self.representative_title.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            commune_code=self.sponsor.commune_code,
        )
        sponsor_id = sponsors.save_sponsor(self.context.db, sponsor, self.context.commune_code)
        self.context.notify("sponsor")
        return sponsor_id


class TwinningDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        sponsor_id: str,
        twinning_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, tr("Twinning") if twinning_id else tr("New twinning"), parent)
        db = context.db
        sponsor = sponsors.get_sponsor(db, sponsor_id)
        twinning = (
            sponsors.get_twinning(db, twinning_id)
            if twinning_id
            else sponsors.Twinning(sponsor_id=sponsor_id, commune_code=context.commune_code)
        )
        self.twinning = twinning
        self.form.addRow(tr("Sponsor"), QLabel(sponsor.name))
        self.commune = self.add_field(
            "commune_code",
            tr("Commune"),
            combo(commune_choices(context), twinning.commune_code, blank=tr("— choose —")),
        )
        self.commune.setEnabled(twinning_id is None and context.commune_code is None)
        if context.commune_code:
            self.commune.setCurrentIndex(self.commune.findData(context.commune_code))
        self.since = self.add_field("since", tr("Twinned since"), DateLine(twinning.since))
        self.until = self.add_field("until", tr("Until"), DateLine(twinning.until))
        self.decision_number = self.add_field(
            "decision_number", tr("Decision number"), QLineEdit(twinning.decision_number or "")
        )
        self.decision_number.setPlaceholderText("1200/QĐ-UBND")
        self.decision_date = self.add_field(
            "decision_date", tr("Decision date"), DateLine(twinning.decision_date)
        )
        self.active = self.add_field(
            "active", tr("In force"), QCheckBox(tr("The twinning is in force"))
        )
        self.active.setChecked(twinning.active)
        self.notes = self.add_field("notes", tr("Notes"), text_edit(twinning.notes or "", 50))
        self.resize(520, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        twinning = sponsors.Twinning(
            id=self.twinning.id,
            sponsor_id=self.twinning.sponsor_id,
            since=self.since.value(),
            until=self.until.value(),
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.value(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
            commune_code=self.commune.currentData(),
        )
        twinning_id = sponsors.save_twinning(self.context.db, twinning)
        self.context.notify("twinning")
        return twinning_id
