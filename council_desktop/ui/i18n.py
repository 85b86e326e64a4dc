"""The window's language: Qt's translation system, with the app's own catalogues and Qt's.

Every user-visible string of the window goes through Qt's translation functions:

* in a ``QObject`` subclass, ``self.tr("Text")`` (the context is the class the code is written in);
* elsewhere, ``QCoreApplication.translate("Context", "Text")``; module-level constants are marked with
  ``QT_TRANSLATE_NOOP("Context", "Text")`` and translated where they are shown;
* placeholders are ``{name}`` filled by ``.format(...)`` after translation; counts that change the words use
  ``%n`` (``self.tr("%n member(s)", "", n)``), whose English forms come from ``council_en`` (plural forms only).

``pyside6-lupdate`` reads those calls from the sources into ``council_desktop/resources/i18n/council_<lang>.ts``;
``pyside6-lrelease`` compiles them to the ``.qm`` files the package ships (``scripts/i18n.sh`` does both). The
language follows the system's locale unless the user picks one (Settings → Appearance); the CLI stays English.
Text that comes from a record (a member's answer, a server's error message as it was recorded) is never translated.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from council_desktop.storage.settings import LANGUAGE_CHOICES  # noqa: F401 - the setting's values, "system" first

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# Language code -> its own name (how a speaker of it finds it in a list). English is the source language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "zh_CN": "简体中文",
}
SYSTEM = "system"  # the setting's value for "follow the system's locale"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it as it is (translated where it is shown).

    Qt's own marker is typed as returning ``object``; this one is a ``str``. ``pyside6-lupdate`` reads the call by
    its name, wherever the function comes from.
    """
    return text


def _match(name: str) -> str | None:
    """The shipped language for a locale name (``de-AT``, ``de_DE``, ``zh-Hans-CN``, ``zh_CN``…), or ``None``."""
    name = name.replace("-", "_")
    if name in LANGUAGES:
        return name
    lang = name.split("_", 1)[0].lower()
    if lang == "zh":
        # Simplified Chinese is what is shipped: Hans script or the mainland/Singapore regions, not Hant/TW/HK/MO.
        # A bare "zh" says neither (a Traditional locale lists it last too): it chooses nothing.
        parts = set(name.split("_")[1:])
        if not parts or (parts & {"Hant", "TW", "HK", "MO"} and "Hans" not in parts):
            return None
        return "zh_CN"
    return lang if lang in LANGUAGES else None


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the one chosen, or the first of the system's UI languages that is shipped, else
    English."""
    if setting in LANGUAGES:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        found = _match(name)
        if found:
            return found
    return "en"


class _Installed:
    translators: list[QTranslator] = []  # noqa: RUF012 - the process's one list
    language: str = "en"
    default_locale: QLocale | None = None  # Qt's default locale before a language was installed


def install_language(language: str, app: QCoreApplication | None = None) -> str:
    """Install the translators of ``language`` (a key of :data:`LANGUAGES`) in ``app``, replacing earlier ones.

    Widgets built afterwards speak it. Returns the language now in force (``en`` when a catalogue is missing).
    """
    app = app or QCoreApplication.instance()
    if app is None:
        return "en"
    for old in _Installed.translators:
        app.removeTranslator(old)
    _Installed.translators = []
    _Installed.language = "en"
    if _Installed.default_locale is None:
        _Installed.default_locale = QLocale()
    QLocale.setDefault(_Installed.default_locale)
    if language not in LANGUAGES:
        language = "en"
    ours = QTranslator(app)
    if not ours.load(f"council_{language}", str(I18N_DIR)):
        log.warning("no translation catalogue for %s; the window stays English", language)
        language = "en"
        if not ours.load("council_en", str(I18N_DIR)):
            log.warning("no English plural forms: counts read '%%n item(s)'")
            return "en"
    app.installTranslator(ours)
    _Installed.translators.append(ours)
    if language == "en":
        return "en"
    qt_own = QTranslator(app)  # Qt's own strings: standard buttons, the colour and file dialogs, context menus
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _Installed.translators.append(qt_own)
    QLocale.setDefault(QLocale(language))
    _Installed.language = language
    log.info("window language: %s", language)
    return language


def current_language() -> str:
    return _Installed.language
