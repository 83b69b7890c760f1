"""A form's translations must say the same thing in another language (issue 20).

A translation is a whole form file (``consent.pl.toml`` beside ``consent.toml``)
with ``language = "pl"``: it loads and is stored with a response like any form,
so a response answered in Polish renders in Polish for ever.  What makes it a
translation is that everything but the words is the main form's: the same
pages, question ids, types, conditions, choice values and flag levels in the
same order, the same version, and a text wherever the main form has one.
Anything else would let the Polish client answer a different questionnaire from
the one the practitioner reviews, so a drifted translation is not offered; the
client is asked in the main form's language until the file is fixed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smpdesk.questionnaire.conditions import Condition
from smpdesk.questionnaire.spec import Choice, FlagRule, FormSpec, Page, Question
from smpdesk.questionnaire.toml_lines import Path as Loc
from smpdesk.questionnaire.toml_lines import key_lines, line_for

_PLACEHOLDER = re.compile(r"\{[^{}\s]*\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _condition(condition: Condition | None) -> str:
    return " ".join(condition.source.split()) if condition is not None else ""


class _Comparer:
    """Walks a main form and its translation side by side, noting every difference
    as ``(place in the translation, place in the main form, what is wrong)``."""

    def __init__(self, base: FormSpec, translation: FormSpec, base_name: str):
        self.base_name = base_name
        self.base_source = base.source
        self._base_lines: dict[Loc, int] | None = None  # scanned only if something differs
        self.found: list[tuple[Loc, str]] = []

    def note(self, loc: Loc, message: str, base_loc: Loc | None = None) -> None:
        if base_loc is not None:
            if self._base_lines is None:
                self._base_lines = key_lines(self.base_source)
            where = f"{self.base_name}:{line_for(self._base_lines, base_loc)}"
            message = f"{message} ({where})"
        self.found.append((loc, message))

    def texts(self, loc: Loc, pairs: Iterator[tuple[str, str, str]]) -> None:
        """Each (key, main form's text, translation's text): missing, extra, placeholders."""
        for key, base_text, text in pairs:
            if base_text and not text:
                self.note((*loc, key), f'"{key}" is missing: the main form has one', (*loc, key))
            elif text and not base_text:
                self.note((*loc, key), f'"{key}" is extra: the main form has none here', loc)
            elif _placeholders(base_text) != _placeholders(text):
                wanted = ", ".join(_placeholders(base_text)) or "none"
                self.note(
                    (*loc, key),
                    f'"{key}" has different placeholders from the main form (it has {wanted})',
                    (*loc, key),
                )

    def same(self, loc: Loc, what: str, base_value: object, value: object) -> bool:
        if base_value == value:
            return True
        self.note(loc, f"{what} differs from the main form's ({base_value!r} there)", loc)
        return False

    def form(self, base: FormSpec, translation: FormSpec) -> None:
        if base.version != translation.version:
            self.note(
                ("version",),
                f'version "{translation.version}" is not the main form\'s "{base.version}": '
                "bring the translation up to date with it and give it the same version",
                ("version",),
            )
        self.same(
            ("consent_record",), '"consent_record"', base.consent_record, translation.consent_record
        )
        self.texts(
            (),
            iter(
                [
                    ("title", base.title, translation.title),
                    ("description", base.description, translation.description),
                ]
            ),
        )
        if len(base.pages) != len(translation.pages):
            self.note(
                ("pages",),
                f"{len(translation.pages)} pages, but the main form has {len(base.pages)}",
                ("pages",),
            )
        for number, (page, other) in enumerate(zip(base.pages, translation.pages, strict=False)):
            self.page(("pages", number), page, other)

    def page(self, loc: Loc, page: Page, other: Page) -> None:
        self.same((*loc, "practitioner"), '"practitioner"', page.practitioner, other.practitioner)
        self.same(
            (*loc, "show_if"), '"show_if"', _condition(page.show_if), _condition(other.show_if)
        )
        self.texts(
            loc, iter([("title", page.title, other.title), ("intro", page.intro, other.intro)])
        )
        ids = [q.id for q in page.questions]
        other_ids = [q.id for q in other.questions]
        if ids != other_ids:
            missing = [i for i in ids if i not in other_ids]
            extra = [i for i in other_ids if i not in ids]
            if missing or extra:
                said = "; ".join(
                    part
                    for part in (
                        f"missing {', '.join(missing)}" if missing else "",
                        f"extra {', '.join(extra)}" if extra else "",
                    )
                    if part
                )
                self.note(loc, f"this page's questions differ from the main form's: {said}", loc)
            else:
                self.note(loc, "this page's questions are in a different order", loc)
            return
        for number, (question, theirs) in enumerate(
            zip(page.questions, other.questions, strict=True)
        ):
            self.question((*loc, "questions", number), question, theirs)

    def question(self, loc: Loc, question: Question, other: Question) -> None:
        if not self.same(
            (*loc, "type"), f'question "{question.id}": "type"', question.type, other.type
        ):
            return
        for key, attribute in (
            ("required", "required"),
            ("min", "minimum"),
            ("max", "maximum"),
            ("integer", "integer"),
            ("not_future", "not_future"),
            ("not_past", "not_past"),
            ("max_length", "max_length"),
            ("min_selected", "min_selected"),
            ("max_selected", "max_selected"),
        ):
            self.same(
                (*loc, key),
                f'question "{question.id}": "{key}"',
                getattr(question, attribute),
                getattr(other, attribute),
            )
        for key in ("show_if", "constraint"):
            self.same(
                (*loc, key),
                f'question "{question.id}": "{key}"',
                _condition(getattr(question, key)),
                _condition(getattr(other, key)),
            )
        self.texts(
            loc,
            iter(
                [
                    ("text", question.text, other.text),
                    ("help", question.help, other.help),
                    ("constraint_message", question.constraint_message, other.constraint_message),
                    ("unit", question.unit, other.unit),
                ]
            ),
        )
        self.choices((*loc, "choices"), question, other)
        self.flags((*loc, "flags"), question.id, question.flags, other.flags)

    def choices(self, loc: Loc, question: Question, other: Question) -> None:
        values = [c.value for c in question.choices]
        if values != [c.value for c in other.choices]:
            self.note(
                loc,
                f"question \"{question.id}\": the choices' values differ from the main form's "
                f"({', '.join(values)} there, in that order)",
                loc,
            )
            return
        for number, (choice, theirs) in enumerate(
            zip(question.choices, other.choices, strict=True)
        ):
            self.choice((*loc, number), question.id, choice, theirs)

    def choice(self, loc: Loc, question_id: str, choice: Choice, other: Choice) -> None:
        what = f'question "{question_id}", choice "{choice.value}"'
        self.same((*loc, "exclusive"), f'{what}: "exclusive"', choice.exclusive, other.exclusive)
        self.texts(loc, iter([("label", choice.label, other.label)]))
        level = choice.flag.level if choice.flag else None
        other_level = other.flag.level if other.flag else None
        if self.same((*loc, "flag"), f'{what}: "flag"', level, other_level) and choice.flag:
            assert other.flag is not None
            self.texts(loc, iter([("message", choice.flag.message, other.flag.message)]))

    def flags(
        self, loc: Loc, question_id: str, flags: tuple[FlagRule, ...], other: tuple[FlagRule, ...]
    ) -> None:
        if len(flags) != len(other):
            self.note(
                loc,
                f'question "{question_id}": {len(other)} flags, but the main form has {len(flags)}',
                loc,
            )
            return
        for number, (flag, theirs) in enumerate(zip(flags, other, strict=True)):
            where = (*loc, number)
            what = f'question "{question_id}", flag {number + 1}'
            self.same((*where, "level"), f'{what}: "level"', flag.level, theirs.level)
            self.same(
                (*where, "when"), f'{what}: "when"', _condition(flag.when), _condition(theirs.when)
            )
            self.texts(where, iter([("message", flag.message, theirs.message)]))


def translation_differences(
    base: FormSpec, translation: FormSpec, base_name: str
) -> list[tuple[int, str]]:
    """Every way ``translation`` is not a translation of ``base``, as (line in the
    translation's file, one sentence naming ``base_name``:line where it helps), by line."""
    key = (base.sha256, translation.sha256, base_name)
    known = _compared.get(key)
    if known is None:
        comparer = _Comparer(base, translation, base_name)
        comparer.form(base, translation)
        # Line numbers cost a scan of the file: only for a translation that differs.
        lines = key_lines(translation.source) if comparer.found else {}
        known = sorted(
            ((line_for(lines, loc), message) for loc, message in comparer.found),
            key=lambda p: p[0],
        )
        if len(_compared) > 256:
            _compared.clear()
        _compared[key] = known
    return list(known)


def same_questions(base: FormSpec, translation: FormSpec) -> bool:
    """Whether ``translation`` asks exactly what ``base`` asks (words aside)."""
    return not translation_differences(base, translation, "")


# (main form's sha256, translation's sha256, name) -> differences: forms are compared
# every time a client's page lists them, and a form's text decides the answer.
_compared: dict[tuple[str, str, str], list[tuple[int, str]]] = {}


__all__ = ["same_questions", "translation_differences"]
