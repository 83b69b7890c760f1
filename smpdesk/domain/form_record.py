"""What every record typed into a form shares: its fields as text.

Client details and session details are both flat dataclasses of strings, as
typed; validation and storage treat them alike through these helpers.
"""

from __future__ import annotations

from dataclasses import fields

from smpdesk.errors import QT_TRANSLATE_NOOP


class FormRecord:
    """Mixin for frozen dataclasses whose fields are all strings."""

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, str]:
        # Not dataclasses.asdict: it deep-copies every value, and every value is a str.
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]

    def stripped(self) -> dict[str, str]:
        """Every field as text with surrounding whitespace removed."""
        return {k: str(v or "").strip() for k, v in self.as_dict().items()}


def unstorable(values: dict[str, str]) -> dict[str, str]:
    """Fields holding text that cannot be saved (e.g. undecodable bytes from a shell)."""
    problems = {}
    for name, value in values.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            problems[name] = QT_TRANSLATE_NOOP(
                "core", "This contains characters that cannot be saved; retype it."
            )
    return problems
