"""Translation of user-visible text.

Source strings are English; Vietnamese comes from resources/i18n/vi/*.ts compiled into
resources/i18n/ketnghia_vi.qm. Every user-visible string goes through `tr()`, in widgets and in
the GUI-free layers alike. Its translation context is the calling module's name, so one English
word ("Status", "Code") may read differently on different pages; installer/i18n.py writes one .ts
per module with that context. Only QtCore is used here, so models/ and sync/ may import it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import resources
from desktop import qt_feature_checks, qt_refcounts

# Every Qt call goes through here first (tr() is in every layer): guard before any of them.
qt_refcounts.immortalize()
qt_feature_checks.spare_standard_library()

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """The translation of `text` in the installed language, in the calling module's context."""
    return QCoreApplication.translate(sys._getframe(1).f_globals["__name__"], text)


def qm_path(language: str, catalog: str = "ketnghia") -> str:
    """The compiled translations of the program ("ketnghia") or of Qt's own texts ("qtbase")."""
    return str(resources.path("i18n", f"{catalog}_{language}.qm"))


def install(language: str = DEFAULT_LANGUAGE) -> None:
    """Install the translator for `language` on the running Q(Core)Application."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    # Numbers, dates and Qt's own widgets (spin boxes, the calendar) the Vietnamese way, whatever
    # the computer's regional setting: the program writes 1.500 and 20,5 everywhere.
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return
    # ours, and Qt's own texts (buttons, wizard, edit menus), for which Qt ships no Vietnamese
    for catalog in ("ketnghia", "qtbase"):
        translator = QTranslator(app)
        if not translator.load(qm_path(language, catalog)):
            raise RuntimeError(f"translation file missing: {qm_path(language, catalog)}")
        app.installTranslator(translator)
        _installed.append(translator)


def ensure_core_app(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    """A QCoreApplication with translations, for the command line (reuses a running app)."""
    app = QCoreApplication.instance() or QCoreApplication(["ketnghia"])
    install(language)
    return app
