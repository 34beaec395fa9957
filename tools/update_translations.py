"""Refresh the translation sources from the GUI code, then build the .qm files.

    .venv/bin/python tools/update_translations.py            # lupdate + lrelease, print what is left
    .venv/bin/python tools/update_translations.py --release  # lrelease only (after editing a .ts)

Steps:
1. Write `resources/i18n/runtime_strings.py`: texts the GUI shows that come from core data, which
   lupdate cannot see in the GUI code - the labels and tooltips of the Train page's generated config
   forms (dataclass field names and comments), the slicing preset names, the weight files'
   purposes, and the template of every `svcdesk.messages.Message("...")` the code writes (warnings,
   progress, errors), read from the source. The file marks them with QT_TRANSLATE_NOOP in the
   contexts the GUI translates them in.
2. `pyside6-lupdate` over svcdesk/gui and that file into each `svcdesk_<lang>.ts` (new messages
   arrive unfinished, messages no longer in the code are dropped).
3. `pyside6-lrelease` each .ts into its .qm (committed, so running the app needs no build step).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N_DIR = REPO / "resources" / "i18n"
GUI_DIR = REPO / "svcdesk" / "gui"
RUNTIME_MARKS = I18N_DIR / "runtime_strings.py"
TRANSLATED_LANGUAGES = ("zh_CN", "zh_TW")
CONFIG_CONTEXT = "ConfigFields"  # must match svcdesk/gui/widgets/config_form.py
PRESET_CONTEXT = "SlicerControls"  # svcdesk/gui/widgets/slicer_controls.py translates the preset labels
ASSET_CONTEXT = "AssetsDialog"  # svcdesk/gui/dialogs/assets.py translates each weight file's purpose
CORE_DIR = REPO / "svcdesk"
# The dataclasses the GUI shows as generated forms (svcdesk/gui/pages/train.py).
FORM_DATACLASSES = ("svcdesk.config:TrainingConfig", "svcdesk.features.cache:FeatureConfig")

sys.path.insert(0, str(REPO))


def ts_path(language: str) -> Path:
    return I18N_DIR / f"svcdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def qt_tool(name: str) -> str:
    """A pyside6 tool from the interpreter's own environment (the venv), else from PATH."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def config_form_texts() -> list[tuple[str, str]]:
    """(text, where) for every label and tooltip the generated config forms show."""
    from svcdesk.gui.widgets.config_form import field_comments, humanise

    texts: list[tuple[str, str]] = []
    for target in FORM_DATACLASSES:
        module, _, name = target.partition(":")
        cls = getattr(importlib.import_module(module), name)
        comments = field_comments(cls)
        for field in cls.__dataclass_fields__.values():
            texts.append((humanise(field.name), f"{name}.{field.name}"))
            if comments.get(field.name):
                texts.append((comments[field.name], f"{name}.{field.name} tooltip"))
    unique: dict[str, str] = {}
    for text, where in texts:
        unique.setdefault(text, where)
    return sorted(unique.items())


def preset_texts() -> list[tuple[str, str]]:
    from svcdesk.audio.slicer import PRESETS

    return [(label, f"slicing preset {key}") for key, (label, _fields) in PRESETS.items()]


def asset_texts() -> list[tuple[str, str]]:
    from svcdesk.assets import ASSETS

    return [(asset.purpose, f"weight file {name}") for name, asset in ASSETS.items()]


def message_templates(root: Path = CORE_DIR) -> list[tuple[str, str]]:
    """(template, module) of every `Message("...")` call under `root`, first module per template.

    A template that is not a string literal cannot be translated, so it is an error here.
    """
    found: dict[str, str] = {}
    problems = []
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root.parent).as_posix()
        if path.name == "messages.py" and path.parent == root:
            continue  # the class itself rebuilds Messages from saved templates
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message"):
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if first.value:  # Message("") is "no text": nothing to translate
                    found.setdefault(first.value, module)
            else:
                problems.append(f"{module}:{node.lineno}: Message() needs a string literal template")
    if problems:
        raise SystemExit("\n".join(problems))
    return sorted(found.items())


def runtime_texts() -> list[tuple[str, str, str]]:
    """(context, text, where) for every runtime string to mark."""
    from svcdesk.messages import CONTEXT as MESSAGE_CONTEXT

    return ([(CONFIG_CONTEXT, text, where) for text, where in config_form_texts()]
            + [(PRESET_CONTEXT, text, where) for text, where in preset_texts()]
            + [(ASSET_CONTEXT, text, where) for text, where in asset_texts()]
            + [(MESSAGE_CONTEXT, text, where) for text, where in message_templates()])


def python_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def runtime_marks_source() -> str:
    lines = [
        '"""Generated by tools/update_translations.py - do not edit.',
        "",
        "Texts the GUI shows from core data (config form labels and tooltips, slicing presets, weight files,",
        "and the templates of the core's Messages), marked for lupdate, which cannot see them in the GUI code.",
        "Never imported.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
    ]
    lines += [f"QT_TRANSLATE_NOOP({python_string(context)}, {python_string(text)})  # {where}"
              for context, text, where in runtime_texts()]
    return "\n".join(lines) + "\n"


def write_runtime_marks() -> bool:
    """Rewrite the marks file; True when it changed."""
    source = runtime_marks_source()
    old = RUNTIME_MARKS.read_text(encoding="utf-8") if RUNTIME_MARKS.exists() else ""
    if source == old:
        return False
    RUNTIME_MARKS.write_text(source, encoding="utf-8", newline="\n")
    return True


def lupdate(ts_files: list[Path], sources: list[Path] | None = None, keep_obsolete: bool = False) -> None:
    sources = sources or [GUI_DIR, RUNTIME_MARKS]
    command = [qt_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-silent",
               *([] if keep_obsolete else ["-no-obsolete"]),
               *[str(s) for s in sources], "-ts", *[str(t) for t in ts_files]]
    subprocess.run(command, check=True, cwd=REPO)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, cwd=REPO)


def ts_messages(ts_file: Path) -> list[tuple[str, str, bool]]:
    """(context, source, is_plural) of every message in a .ts file."""
    return [(context.findtext("name", ""), message.findtext("source", ""), message.get("numerus") == "yes")
            for context in ET.parse(ts_file).getroot().iter("context") for message in context.iter("message")]


def unfinished_messages(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"} or not text.strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def set_target_language(ts_file: Path, language: str) -> None:
    """New .ts files get language="zh_CN" (lupdate guesses it from the name, but say it outright)."""
    text = ts_file.read_text(encoding="utf-8")
    fixed = re.sub(r'<TS version="([^"]+)"(?: language="[^"]*")?', rf'<TS version="\1" language="{language}"', text, count=1)
    if fixed != text:
        ts_file.write_text(fixed, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files from the .ts files")
    options = parser.parse_args(argv)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    if not options.release:
        if write_runtime_marks():
            print(f"updated {RUNTIME_MARKS.relative_to(REPO)}")
        lupdate([ts_path(language) for language in TRANSLATED_LANGUAGES])
    status = 0
    for language in TRANSLATED_LANGUAGES:
        set_target_language(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
        missing = unfinished_messages(ts_path(language))
        print(f"{language}: {len(missing)} message(s) without a translation")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
