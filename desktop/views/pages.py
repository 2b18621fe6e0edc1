"""The registry of the main window's pages: name (used by `ketnghia screenshot`), title, class.

Pages are imported and built on first use, so start-up pays only for the overview.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QWidget

from desktop.i18n import tr
from desktop.views.context import AppContext


class PageSpec(NamedTuple):
    """A page of the window: its name, title, class and the roles that have it."""

    name: str
    title: Callable[[], str]  # may hold {level}: the hub's level (AppContext.level)
    module: str
    cls: str
    roles: tuple[str, ...] = ("commune", "hub")

    def build(self, context: AppContext) -> QWidget:
        return getattr(importlib.import_module(self.module), self.cls)(context)


PAGES: list[PageSpec] = [
    PageSpec("overview", lambda: tr("Overview"), "desktop.views.overview_page", "OverviewPage"),
    PageSpec(
        "households", lambda: tr("Households"), "desktop.views.households_page", "HouseholdsPage"
    ),
    PageSpec("surveys", lambda: tr("Surveys"), "desktop.views.surveys_page", "SurveysPage"),
    PageSpec("needs", lambda: tr("Needs"), "desktop.views.needs_page", "NeedsPage"),
    PageSpec(
        "receipts", lambda: tr("Resources received"), "desktop.views.receipts_page", "ReceiptsPage"
    ),
    PageSpec("models", lambda: tr("Livelihood models"), "desktop.views.models_page", "ModelsPage"),
    PageSpec(
        "assessments",
        lambda: tr("Year-end assessment"),
        "desktop.views.assessments_page",
        "AssessmentsPage",
    ),
    PageSpec("sponsors", lambda: tr("Sponsors"), "desktop.views.sponsors_page", "SponsorsPage"),
    PageSpec("group", lambda: tr("Working group"), "desktop.views.group_page", "GroupPage"),
    PageSpec("documents", lambda: tr("Documents"), "desktop.views.documents_page", "DocumentsPage"),
    PageSpec("trash", lambda: tr("Trash"), "desktop.views.trash_page", "TrashPage"),
    PageSpec("backup", lambda: tr("Backup and restore"), "desktop.views.backup_page", "BackupPage"),
    PageSpec("settings", lambda: tr("Settings"), "desktop.views.settings_page", "SettingsPage"),
    PageSpec(
        "sync",
        lambda: tr("Exchange with the {level}"),
        "desktop.views.sync_page",
        "SyncPage",
        roles=("commune",),
    ),
    PageSpec(
        "district",
        lambda: tr("Figures of the whole {level}"),
        "desktop.views.district_page",
        "DistrictPage",
        roles=("hub",),
    ),
    PageSpec(
        "sponsor_directory",
        lambda: tr("Sponsor directory"),
        "desktop.views.sponsor_directory_page",
        "SponsorDirectoryPage",
        roles=("hub",),
    ),
    PageSpec(
        "inbox",
        lambda: tr("Bundles in and out"),
        "desktop.views.inbox_page",
        "InboxPage",
        roles=("hub",),
    ),
    PageSpec(
        "stations",
        lambda: tr("Stations"),
        "desktop.views.stations_page",
        "StationsPage",
        roles=("hub",),
    ),
    PageSpec(
        "conflicts",
        lambda: tr("Conflicts"),
        "desktop.views.conflicts_page",
        "ConflictsPage",
        roles=("hub", "commune"),
    ),
]


def available(role: str) -> list[PageSpec]:
    return [page for page in PAGES if role in page.roles]


def find(name: str) -> PageSpec | None:
    return next((page for page in PAGES if page.name == name), None)
