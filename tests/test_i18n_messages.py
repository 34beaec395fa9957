"""Core messages (svcdesk.messages.Message): English text that keeps its template and parameters,
found in the source by the translation tool, translated with the same placeholders."""

from __future__ import annotations

import json
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from i18n_tool import load_update_tool

from svcdesk.errors import AudioError
from svcdesk.messages import CONTEXT, Message, error_message, placeholders

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "zh_TW")


@pytest.fixture(scope="module")
def tool():
    return load_update_tool()


def ts_translations(language: str, context: str = CONTEXT) -> dict[str, tuple[str, str]]:
    """{source: (translation, type attribute)} of one context of a committed .ts file."""
    root = ET.parse(REPO / "resources" / "i18n" / f"svcdesk_{language}.ts").getroot()
    found = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            found[message.findtext("source", "")] = ("".join(translation.itertext()), translation.get("type", ""))
    return found


def test_a_message_is_its_english_text_and_keeps_template_and_parameters():
    message = Message("only {minutes:.1f} min of audio; needs {needed:.0f} min", minutes=4.25, needed=10.0)
    assert message == "only 4.2 min of audio; needs 10 min"
    assert isinstance(message, str) and message.template.startswith("only {minutes:.1f}")
    assert message.params == {"minutes": 4.25, "needed": 10.0}
    assert Message("literal {braces} stay") == "literal {braces} stay", "no parameters: the template is the text"
    assert placeholders(message.template) == {"{minutes:.1f}", "{needed:.0f}"}
    assert placeholders("{name!r} at {x:+.3f} and {x:+.3f}") == {"{name!r}", "{x:+.3f}"}


def test_messages_survive_pickling_json_and_exceptions():
    inner = Message("{name}: file not found", name="take.wav")
    outer = Message("cannot read {what}: {problem}", what="x", problem=inner)
    again = pickle.loads(pickle.dumps(outer))
    assert again == outer and again.template == outer.template and again.params["problem"].template == inner.template
    saved = json.loads(json.dumps(outer.to_json()))
    restored = Message.from_json(saved)
    assert restored == outer and restored.params["problem"].template == inner.template
    assert Message.from_json({"not": "a message"}, "older text") == "older text"
    assert Message.from_json({"template": "{missing}", "params": {"other": 1}}, "fallback") == "fallback"
    error = AudioError(inner)
    assert str(error) == "take.wav: file not found"
    assert error_message(error).template == inner.template
    assert error_message(ValueError("plain")) == "plain"


def test_the_tool_finds_every_template_and_refuses_a_computed_one(tool, tmp_path):
    package = tmp_path / "svcdesk"
    package.mkdir()
    (package / "good.py").write_text(
        'from svcdesk.messages import Message\n'
        'A = Message("analysing {name}", name="x")\n'
        'B = Message("implicitly "\n            "joined")\n', encoding="utf-8")
    assert [text for text, _ in tool.message_templates(package)] == ["analysing {name}", "implicitly joined"]
    (package / "bad.py").write_text('from svcdesk.messages import Message\nT = "x"\nC = Message(T)\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.py:3: Message.. needs a string literal"):
        tool.message_templates(package)


def test_real_core_templates_are_extracted(tool):
    templates = dict(tool.message_templates())
    assert "clipping: {percent:.2f}% of samples at full scale" in templates
    assert templates["clipping: {percent:.2f}% of samples at full scale"] == "svcdesk/audio/analysis.py"
    assert any(t.startswith("The validation loss is rising") for t in templates), "training diagnostics"
    assert any(t.startswith("1e-4 at batch 4") for t in templates), "advisor reasons"
    assert len(templates) > 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_template_has_a_finished_translation(tool, language):
    """A template the core writes but the .ts does not translate fails here, by name."""
    translations = ts_translations(language)
    missing = [text for text, _ in tool.message_templates()
               if text not in translations or translations[text][1] in ("unfinished", "vanished", "obsolete")
               or not translations[text][0].strip()]
    assert not missing, (f"{len(missing)} core message(s) have no {language} translation; run "
                         "tools/update_translations.py and translate them:\n" + "\n".join(missing))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    """Every {name:spec} of the English template appears in the translation, and nothing else."""
    root = ET.parse(REPO / "resources" / "i18n" / f"svcdesk_{language}.ts").getroot()
    wrong = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source", "")
            translation = "".join(message.find("translation").itertext())
            if translation and placeholders(source) != placeholders(translation):
                wrong.append(f"{source!r} -> {translation!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_the_placeholder_check_catches_a_dropped_or_renamed_field():
    assert placeholders("{count} files") != placeholders("{n} 个文件")
    assert placeholders("{ratio:.2f}%") != placeholders("{ratio}%")
