"""The user-interface language: which one (setting or system locale) and its Qt translators.

Our messages live in `resources/i18n/svcdesk_<lang>.ts` (edited by hand, refreshed by
`tools/update_translations.py`) and are loaded from the `.qm` files built next to them. Qt's own
strings (standard buttons, file dialogs) come from the `qtbase_<lang>.qm` shipped with PySide6.

Pages build their texts once, in their constructors, so a new language applies when the app
starts: `install_translators` runs before the main window is built, and the Settings dialog
offers a restart (`restart_application`) after a change.
"""

from __future__ import annotations

import ast
import functools
import logging
import re
import string
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator

from svcdesk.gui.theme import resource_path
from svcdesk.messages import CONTEXT as CORE_CONTEXT
from svcdesk.messages import Message, error_message

log = logging.getLogger("svcdesk.gui.i18n")

SETTING_KEY = "app/language"
SYSTEM = "system"  # the setting's value when the language follows the system locale
DEFAULT_LANGUAGE = "en"  # the source language: no translator needed
# Each language's name in itself, so a user who cannot read the current language still finds theirs.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
TRADITIONAL_REGIONS = ("TW", "HK", "MO")

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language whose translators are installed (the one the open windows were built in)."""
    return _current


def language_for_locale_name(name: str) -> str | None:
    """Our language for a BCP 47 / POSIX locale name ("zh-Hant-HK", "zh_CN", "en-GB"); None if unsupported."""
    parts = name.replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary == "zh":
        rest = [part.upper() for part in parts[1:]]
        traditional = "HANT" in rest or any(region in rest for region in TRADITIONAL_REGIONS)
        return "zh_TW" if traditional and "HANS" not in rest else "zh_CN"
    if primary == "en":
        return "en"
    return None


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred UI languages that we ship; English otherwise."""
    locale = QLocale.system() if locale is None else locale
    for name in [*locale.uiLanguages(), locale.name()]:
        language = language_for_locale_name(name)
        if language is not None:
            return language
    return DEFAULT_LANGUAGE


def language_setting(settings) -> str:
    """The stored choice: a key of LANGUAGES, or SYSTEM (also for a missing or unknown value)."""
    value = str(settings.value(SETTING_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def set_language_setting(settings, language: str) -> None:
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join([SYSTEM, *LANGUAGES])}")
    settings.set_value(SETTING_KEY, language)
    settings.sync()


def effective_language(settings) -> str:
    choice = language_setting(settings)
    return system_language() if choice == SYSTEM else choice


def qm_path(language: str) -> Path | None:
    """Our compiled translation for `language`, or None (English, or the file is missing)."""
    if language == DEFAULT_LANGUAGE:
        return None
    return resource_path("i18n", f"svcdesk_{language}.qm")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the app's translators with those for `language` ("en" removes them).

    Returns the translators installed. A missing or unreadable file is logged and the app stays
    in English rather than failing to start.
    """
    global _current
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == DEFAULT_LANGUAGE:
        return []
    sources = [
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    ours = qm_path(language)
    if ours is None:
        log.warning("no translation file for %s (resources/i18n/svcdesk_%s.qm); using English", language, language)
    else:
        sources.append((ours.stem, str(ours.parent)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load translation %s from %s", name, folder)
    return list(_installed)


def translate_message(text: object) -> str:
    """Core text in the interface language: a `Message`'s template is translated, then formatted.

    Parameters that are Messages (or exceptions raised with one) are translated too. Plain English
    that a core template made but that lost its template on the way (saved in a run's metrics or a
    cache record, read back) is recognised by `translate_plain_text`. Anything else, and a
    translation whose placeholders do not fit (a broken .ts entry), is shown as it is.
    """
    if isinstance(text, BaseException):
        text = error_message(text)
    if not isinstance(text, Message):
        return "" if text is None else translate_plain_text(str(text))
    params = {key: translate_message(value) if isinstance(value, (Message, BaseException)) else value
              for key, value in text.params.items()}
    translated = QCoreApplication.translate(CORE_CONTEXT, text.template)
    if not params:  # like Message itself: a template without parameters is shown as written
        return translated
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", text.template)
        return str(text)


def core_templates() -> list[str]:
    """Every core template, from the marks file tools/update_translations.py writes for lupdate."""
    path = resource_path("i18n", "runtime_strings.py")
    if path is None:
        return []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) for arg in node.args) and node.args[0].value == CORE_CONTEXT]


@functools.lru_cache(maxsize=1)
def _template_patterns() -> tuple[dict[str, str], list[tuple[str, re.Pattern]]]:
    """Exact templates, and patterns of the ones with placeholders, most fixed text first so that
    "{name}: {problem}" is only tried when nothing more specific fits."""
    exact, patterns = {}, []
    for template in core_templates():
        fields = list(string.Formatter().parse(template))
        if any(name is not None and not name.isidentifier() for _, name, _, _ in fields):
            continue
        if all(name is None for _, name, _, _ in fields):
            exact[template] = template
            continue
        regex, seen = [], set()
        for literal, name, _spec, _conversion in fields:
            regex.append(re.escape(literal))
            if name is not None:
                regex.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
                seen.add(name)
        patterns.append((template, re.compile("".join(regex), re.S)))
    patterns.sort(key=lambda item: -sum(len(literal) for literal, *_ in string.Formatter().parse(item[0])))
    return exact, patterns


def translate_plain_text(text: str, depth: int = 2) -> str:
    """English that a core template made, in the interface language; other text as it is."""
    if _current == DEFAULT_LANGUAGE or not text.strip():
        return text
    exact, patterns = _template_patterns()
    if text in exact:
        return QCoreApplication.translate(CORE_CONTEXT, text)
    for template, pattern in patterns:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        # The values are already formatted: put them in as they are, translating nested sentences.
        values = {key: translate_plain_text(value, depth - 1) if depth > 0 else value
                  for key, value in match.groupdict().items()}
        translated = QCoreApplication.translate(CORE_CONTEXT, template)
        try:
            return "".join(literal + (str(values[name]) if name is not None else "")
                           for literal, name, _spec, _conversion in string.Formatter().parse(translated))
        except (KeyError, ValueError):
            return text
    return text


def install_from_settings(app: QCoreApplication, settings) -> str:
    """Install the translators the settings ask for; returns the language in use."""
    language = effective_language(settings)
    install_translators(app, language)
    log.info("interface language: %s (setting: %s)", language, language_setting(settings))
    return language


def restart_command(project_root: str | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start the GUI again, reopening `project_root` if given."""
    launcher = "import sys; from svcdesk.gui.app import launch; sys.exit(launch())"
    arguments = ["-c", launcher]
    if project_root:
        arguments.append(str(project_root))
    return sys.executable, arguments


def restart_application(window, project_root: str | None = None) -> bool:
    """Close `window` (it saves its state and stops jobs), start a new app process and quit.

    Returns False when the window refused to close or the new process could not start.
    """
    if not window.close():
        return False
    program, arguments = restart_command(project_root)
    started = QProcess.startDetached(program, arguments)
    ok = bool(started[0] if isinstance(started, tuple) else started)
    if not ok:
        log.error("could not restart svcdesk with %s %s", program, arguments)
    QCoreApplication.quit()
    return ok
