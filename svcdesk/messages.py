"""User-facing text from the core that a translated GUI can show in the user's language.

The core stays Qt-free and speaks English (the command line prints it as it is). A `Message` is
that English text - it *is* a `str`, so logging, `str(exc)`, JSON and the CLI need no changes - that
also remembers the template and the parameters it was made from:

    Message("only {minutes:.1f} min of audio", minutes=4.25)  ->  "only 4.2 min of audio"

The GUI translates the template (context `CONTEXT`) and formats it with the same parameters
(`svcdesk.gui.i18n.translate_message`). `tools/update_translations.py` finds every `Message("...")`
call in the core by reading the source, so the template must be a string literal. A template
given no parameters is the text as written (braces in it need no escaping).
"""

from __future__ import annotations

import string
from typing import Any

CONTEXT = "CoreMessages"  # the Qt translation context of every core template


class Message(str):
    """English text plus the template and parameters it was formatted from.

    Parameters are plain values (numbers, names, paths) or other Messages, which are translated
    in their turn. Concatenating a Message gives a plain str: build compound texts with a template.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> "Message":
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text

    def to_json(self) -> dict:
        """A JSON-safe form for files that keep a message (numbers stay numbers, the rest becomes text)."""
        return {"template": self.template, "params": {key: _json_param(value) for key, value in self.params.items()}}

    @classmethod
    def from_json(cls, data: object, fallback: str = "") -> "str":
        """The Message saved by `to_json`; `fallback` when `data` is not one (an older file)."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str):
            return fallback
        params = {key: cls.from_json(value, value) if isinstance(value, dict) else value
                  for key, value in dict(data.get("params") or {}).items()}
        try:
            return cls(data["template"], **params)
        except (KeyError, IndexError, ValueError, TypeError):
            return fallback

    def __reduce__(self):
        # Events and errors may cross process boundaries (DDP, spawn); keep the template with them.
        return (_rebuild, (self.template, self.params))


def _json_param(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, BaseException):
        return _json_param(error_message(value))
    return value if isinstance(value, (int, float, bool)) or value is None else str(value)


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def placeholders(template: str) -> set[str]:
    """The `{name:spec}` fields of a template, as written ("{count}", "{ratio:.2f}")."""
    fields = set()
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None:
            fields.add("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return fields


def error_message(exc: BaseException) -> str:
    """The user-facing text an exception was raised with (a Message when the core wrote one)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)
