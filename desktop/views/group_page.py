"""The working group page: members of the Tổ công tác, their roles and terms, and who is
responsible for each stage of the twinning work."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLineEdit, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.models import group, reference
from desktop.models.listing import Query
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, RecordListPage, combo, fit_columns, text_edit
from desktop.views.inputs import CheckList, DateLine
from desktop.views.scope import commune_choices, view_only
from desktop.views.widgets import fill_table, small_table


class MemberDialog(RecordDialog):
    def __init__(
        self, context: AppContext, member_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, tr("Working group member") if member_id else tr("New member"), parent
        )
        member = (
            group.get_member(context.db, member_id)
            if member_id
            else group.Member(commune_code=context.commune_code)
        )
        self.member = member
        self.full_name = self.add_field("full_name", tr("Full name"), QLineEdit(member.full_name))
        self.position = self.add_field("position", tr("Position"), QLineEdit(member.position or ""))
        self.position.setPlaceholderText(tr("e.g. Vice-chairman of the commune People's Committee"))
        self.unit = self.add_field("unit", tr("Workplace"), QLineEdit(member.unit or ""))
        self.role = self.add_field(
            "group_role",
            tr("Role in the group"),
            combo([(r, group.role_label(r)) for r in group.ROLES], member.group_role),
        )
        self.phone = self.add_field("phone", tr("Phone"), QLineEdit(member.phone or ""))
        self.term_start = self.add_field("term_start", tr("Term from"), DateLine(member.term_start))
        self.term_end = self.add_field("term_end", tr("Term until"), DateLine(member.term_end))
        self.stages = self.add_field(
            "stages",
            tr("Responsible for"),
            CheckList(
                [(s.code, s.name) for s in reference.catalog(context.db.conn, "stage")],
                member.stages,
            ),
        )
        for box in self.stages.boxes.values():
            self.watch(box)
        self.notes = self.add_field("notes", tr("Notes"), text_edit(member.notes or "", 44))
        self.resize(720, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        member = group.Member(
            id=self.member.id,
            full_name=self.full_name.text(),
            position=self.position.text(),
            unit=self.unit.text(),
            group_role=self.role.currentData(),
            phone=self.phone.text(),
            term_start=self.term_start.value(),
            term_end=self.term_end.value(),
            stages=self.stages.checked(),
            notes=self.notes.toPlainText(),
            commune_code=self.member.commune_code,
        )
        member_id = group.save_member(self.context.db, member)
        self.context.notify("member")
        return member_id


class GroupPage(RecordListPage):
    table_name = "member"

    def __init__(self, context: AppContext) -> None:
        self._stages = {s.code: s.name for s in reference.catalog(context.db.conn, "stage")}
        super().__init__(context, tr("Twinning working group"))
        self.search.setPlaceholderText(tr("Search members (accents not needed)"))
        self.add_filter("role", tr("All roles"), [(r, group.role_label(r)) for r in group.ROLES])
        self.new_button.setText(tr("New member"))
        if context.is_hub:
            self.add_filter("commune", tr("All communes"), commune_choices(context))
            for button in (self.new_button, self.delete_button):
                button.setVisible(False)
        box = QGroupBox(tr("Who is responsible for each stage"))
        column = QVBoxLayout(box)
        self.coverage = small_table([], [])
        column.addWidget(self.coverage)
        self.coverage.verticalHeader().setDefaultSectionSize(24)
        box.setMinimumHeight(170)  # scrolls on a small screen (125% scaling)
        box.setMaximumHeight(300)
        self.layout_.addWidget(box)
        fit_columns(self.view, {0: 160, 1: 215, 2: 110, 3: 85, 4: 100, 5: 90, 6: 90})
        self.refresh_coverage()

    def build_query(self, search_text: str, filters: dict[str, Any]) -> Query:
        where, params = group.list_filters(
            self.context.db,
            commune_code=self.context.commune_code or filters.get("commune"),
            text=search_text,
            role=filters.get("role"),
        )
        listed = group.LISTING
        columns = [
            *self.commune_columns(listed),
            listed.column("full_name", tr("Full name")),
            listed.column("position", tr("Position")),
            listed.column("unit", tr("Workplace")),
            listed.column("group_role", tr("Role"), group.role_label),
            listed.column("phone", tr("Phone")),
            listed.column("term_start", tr("Term from")),
            listed.column("term_end", tr("Term until")),
            listed.column("stages", tr("Responsible for"), self._stage_names),
        ]
        return listed.query(columns, where, params)

    def _stage_names(self, value: str) -> str:
        return "; ".join(self._stages.get(code, code) for code in json.loads(value or "[]"))

    def refresh_coverage(self) -> None:
        covers = group.stage_coverage(self.context.db, self.context.commune_code)
        fill_table(
            self.coverage,
            [tr("Stage"), tr("Responsible members")],
            [
                [c.name, ", ".join(c.members) if c.members else tr("— nobody assigned —")]
                for c in covers
            ],
            set(),
        )
        header = self.coverage.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, cover in enumerate(covers):
            if not cover.members:
                self.coverage.item(row, 1).setForeground(QColor(look.ERROR))

    def _on_changed(self, table: str) -> None:
        if table in ("member", "trash"):
            self.model.refresh()
            self._update_count()
            self.refresh_coverage()

    def open_record(self, record_id: str | None) -> None:
        self.dialog = MemberDialog(self.context, record_id, self)
        view_only(self.context, self.dialog)
        self.dialog.open()

    def delete_records(self, ids: list[str]) -> None:
        group.delete_members(self.context.db, ids)
