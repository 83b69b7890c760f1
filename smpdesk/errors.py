"""Errors a user can act on.

Every expected problem (missing file, newer database, locked database, bad
input) is raised as a :class:`UserError` whose message is one plain sentence
saying what happened and what to do.  The CLI prints it and exits 1; the GUI
shows it in a message box.  Messages never contain health data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate knows
    """Marks a core sentence for the window's translators (issue 20); Qt-free.

    ``raise UserError(QT_TRANSLATE_NOOP("core", "No client {number}."), number=n)``:
    the CLI and logs read the English; the window reads it in its language.
    """
    return text


# Set by the window (smpdesk.gui.i18n) while it speaks another language; never by the CLI.
_translate: Callable[[str], str] | None = None


def speak_with(translate: Callable[[str], str] | None) -> None:
    """``translate(english_template)`` words every :class:`UserError` from now on;
    None: English (the CLI's, and the window's in English)."""
    global _translate
    _translate = translate


class UserError(Exception):
    """A problem the user can fix; ``str(err)`` is the sentence to show.

    Given as a template and its values (``UserError("No client {number}.", number=4)``),
    the sentence is said in the window's language at the moment it is shown; the
    exception's ``args`` keep the English, as do the CLI and the logs.
    """

    def __init__(self, message: str = "", /, *args: object, **values: object) -> None:
        self.template = message if isinstance(message, str) else ""
        self.values = values
        english = message
        if values and isinstance(message, str):
            try:
                english = message.format(**_in_english(values))
            except (KeyError, IndexError, ValueError):
                english = message
        super().__init__(english, *args)

    def __str__(self) -> str:
        english = super().__str__()
        if _translate is None or not self.template or self.args[:1] != (self.english,):
            return english
        try:
            said = _translate(self.template)
            return said.format(**self.values) if self.values else said
        except (KeyError, IndexError, ValueError):
            return english

    @property
    def english(self) -> str:
        """The sentence in English, whatever the window speaks (for logs)."""
        if self.values:
            try:
                return self.template.format(**_in_english(self.values))
            except (KeyError, IndexError, ValueError):
                return self.template
        return self.template


def _in_english(values: dict[str, object]) -> dict[str, object]:
    """A value that is itself a sentence (an error given as the reason, a sentence inside
    another) in its English, as the English of the sentence holding it needs."""
    return {name: getattr(value, "english", value) for name, value in values.items()}


class Sentence(str):
    """A sentence in English that still knows its template and values (issue 20), so the
    error raised with it is said in the window's language; otherwise an ordinary str."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Sentence:
        english = {name: getattr(value, "english", value) for name, value in values.items()}
        said = super().__new__(cls, template.format(**english) if values else template)
        said.template = template
        said.values = values
        return said


def said(sentence: str) -> tuple[str, dict[str, Any]]:
    """``(template, values)`` of ``sentence`` for an error's arguments (a plain str: itself)."""
    if isinstance(sentence, Sentence):
        return sentence.template, dict(sentence.values)
    return sentence, {}


class Spoken:
    """A sentence given as a value of another one's template: said (in the window's
    language, as an error is) when the outer sentence is; ``strip``: characters taken
    off its end."""

    def __init__(self, sentence: str, strip: str = "") -> None:
        self.sentence = sentence
        self.strip = strip

    def __str__(self) -> str:
        template, values = said(self.sentence)
        return self._cut(str(UserError(template, **values)))

    @property
    def english(self) -> str:
        """The sentence in English (a :class:`Sentence` is its English)."""
        return self._cut(str.__str__(self.sentence))

    def _cut(self, text: str) -> str:
        return text.rstrip(self.strip) if self.strip else text


class DatabaseMissingError(UserError):
    pass


class NewerDatabaseError(UserError):
    pass


class NotADatabaseError(UserError):
    """The file cannot be the clinic's database, or no longer can (empty, damaged, altered).

    ``damaged`` is set when it is the clinic's own file gone bad: its path and
    the sentence saying what is wrong, so that the layer above the store can
    say where the newest good backup is (the store itself knows nothing of backups).
    """

    def __init__(
        self, message: str, *, damaged: tuple[Path, str] | None = None, **values: object
    ) -> None:
        super().__init__(message, **values)
        self.damaged = damaged


class EmptyDatabaseError(NotADatabaseError):
    """The file exists but holds nothing: never adopted as a new clinic."""


class AlteredDatabaseError(NotADatabaseError):
    """The schema is not exactly one smpdesk creates (extra trigger, view, table...)."""


class DatabaseLockedError(UserError):
    pass


class DatabaseWriteError(UserError):
    """Saving failed (disk full, read-only folder); nothing was half-written."""


class ValidationError(UserError):
    """Field-level problems; ``fields`` maps a field name to its message.

    A message marked with :func:`QT_TRANSLATE_NOOP` (or a :class:`Sentence` with values)
    is said in the window's language, like a UserError's: ``fields`` gives them so while
    the window translates, and in English otherwise (the CLI, the tests).
    """

    def __init__(self, fields: dict[str, str]):
        self._fields = dict(fields)
        first = next(iter(self._fields.values()), "Some details are not valid.")
        template, values = said(first)
        super().__init__(template, **values)

    @property
    def fields(self) -> dict[str, str]:
        if _translate is None:
            return dict(self._fields)
        return {name: _said_now(message) for name, message in self._fields.items()}


def _said_now(message: str) -> str:
    """A field's message in the window's language (its English when it has none)."""
    template, values = said(message)
    return str(UserError(template, **values))
