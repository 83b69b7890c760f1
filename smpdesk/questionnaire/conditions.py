"""The small condition language of form files (``show_if``, ``constraint``, ``when``).

Form files are edited by clinics and shared between them, so a condition is
data, never code: it is read by the tokenizer and recursive-descent parser
below and evaluated by walking the resulting tree.  Nothing here calls
``eval`` or imports anything the text names, which is what makes a form
file safe to open.

The parser is written for people who are not programmers: every mistake is
reported as one :class:`ConditionError` sentence with the column where it
happened, and no other exception escapes it for any text.  Evaluation never
raises either, whatever a stored answer holds, because a broken answer must
not stop a consultation; a comparison it cannot make is simply false.

Some rules beyond the language table in ``forms/README.md``:

* ``yes``/``no`` cannot be used with ``<``, ``<=``, ``>``, ``>=``, and
  ``days_since(...)`` can only be compared with numbers, so those mistakes are
  caught when the form is loaded rather than silently being false.
* ``x in [...]`` with a multiple-choice answer (a list) is true when any chosen
  value is in the list; ``x not in [...]`` is true when none is.
* ``"v" in x`` when ``x`` is not a list is false (it is not a substring test).
* Date answers given as :class:`datetime.date` compare like their ISO text.
* ``days_since(.)`` is allowed, for a constraint on a date question.
* A trailing comma in a list (``["a", "b",]``) is accepted.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

__all__ = ["Comparison", "Condition", "ConditionError", "parse_condition"]

MAX_LENGTH = 2000
MAX_DEPTH = 40

KEYWORDS = frozenset({"and", "or", "not", "in", "is", "answered", "yes", "no", "true", "false"})
_BOOL_WORDS = {"yes": True, "true": True, "no": False, "false": False}
_FUNCTION = "days_since"

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_DIGITS = frozenset("0123456789")
_WORD_CHARS = _LETTERS | _DIGITS
_CURLY_QUOTES = frozenset("“”„‟‘’‚‛«»")
_COMPARE_OPS = ("==", "!=", "<=", ">=", "<", ">")
# Any: _ordered only calls these on two numbers or two strings.
_ORDER_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Value = str | int | float | bool


class ConditionError(Exception):
    """A condition a clinic wrote cannot be read.

    ``str(err)`` is one plain sentence for the person editing the form file;
    ``column`` (1-based, or None when the problem is the whole text) lets the
    form checker point at the spot.
    """

    def __init__(self, message: str, column: int | None = None):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Comparison:
    """One comparison, kept so the form loader can check it against the questions.

    ``name`` is a question id or ``"."``; ``op`` is one of ``==``, ``!=``,
    ``<``, ``<=``, ``>``, ``>=``, ``in``, ``not in``, ``contains`` (written
    ``"x" in name``) and ``not contains``; ``values`` holds the literal(s);
    ``via`` is ``"days_since"`` when the left side was ``days_since(name)``.
    """

    name: str
    op: str
    values: tuple[Value, ...]
    via: str | None = None


class _Node(Protocol):
    def test(self, ctx: _Context) -> bool: ...


@dataclass(frozen=True)
class _Context:
    answers: Mapping[str, object]
    this: object
    today: date

    def answer(self, name: str) -> object:
        return self.this if name == "." else self.answers.get(name)


@dataclass(frozen=True)
class _Or:
    parts: tuple[_Node, ...]

    def test(self, ctx: _Context) -> bool:
        return any(part.test(ctx) for part in self.parts)


@dataclass(frozen=True)
class _And:
    parts: tuple[_Node, ...]

    def test(self, ctx: _Context) -> bool:
        return all(part.test(ctx) for part in self.parts)


@dataclass(frozen=True)
class _Not:
    part: _Node

    def test(self, ctx: _Context) -> bool:
        return not self.part.test(ctx)


@dataclass(frozen=True)
class _Answered:
    name: str
    negated: bool

    def test(self, ctx: _Context) -> bool:
        return _is_unanswered(ctx.answer(self.name)) == self.negated


@dataclass(frozen=True)
class _Test:
    comparison: Comparison

    def test(self, ctx: _Context) -> bool:
        c = self.comparison
        value = ctx.answer(c.name)
        if c.via == _FUNCTION:
            value = _days_since(value, ctx.today)
        if _is_unanswered(value):
            return False
        return _compare(value, c.op, c.values)


@dataclass(frozen=True)
class Condition:
    """A parsed condition: what it refers to (for the loader) and how to test it."""

    source: str
    names: frozenset[str]
    uses_this: bool
    comparisons: tuple[Comparison, ...]
    answered_checks: frozenset[str]
    _tree: _Node = field(repr=False, compare=False, kw_only=True)

    def evaluate(
        self, answers: Mapping[str, object], *, this: object = None, today: date | None = None
    ) -> bool:
        """Test the condition; a comparison with a missing or odd answer is false.

        ``this`` is the answer ``.`` stands for (in a constraint); ``today``
        fixes the day ``days_since`` counts to, for tests and reprints.
        """
        if today is None:
            today = date.today()
        elif isinstance(today, datetime):
            today = today.date()
        return bool(self._tree.test(_Context(answers, this, today)))


# --- evaluation -------------------------------------------------------------


class _Unusable:
    """Stands for an answer of a kind no literal can match (a dict, a nested list...)."""


_UNUSABLE = _Unusable()


def _is_unanswered(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple) and not value


def _scalar(value: object) -> Value | _Unusable:
    """Reduce an answer to something a literal can be compared with."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool | int | float | str):
        return value
    return _UNUSABLE


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(answer: Value | _Unusable, literal: Value) -> bool:
    """Equality where yes/no never equals a number (Python's ``True == 1`` would)."""
    if isinstance(answer, bool) or isinstance(literal, bool):
        return isinstance(answer, bool) and isinstance(literal, bool) and answer == literal
    if _is_number(answer) and _is_number(literal):
        return answer == literal
    if isinstance(answer, str) and isinstance(literal, str):
        return answer == literal
    return False


def _ordered(answer: Value | _Unusable, op: str, literal: Value) -> bool:
    same_kind = (_is_number(answer) and _is_number(literal)) or (
        isinstance(answer, str) and isinstance(literal, str)
    )
    return same_kind and _ORDER_OPS[op](answer, literal)


def _compare(value: object, op: str, values: tuple[Value, ...]) -> bool:
    if op in ("contains", "not contains"):
        if not isinstance(value, list | tuple):
            return False
        found = any(_equal(_scalar(item), values[0]) for item in value)
        return found if op == "contains" else not found
    if op in ("in", "not in"):
        if isinstance(value, list | tuple):
            found = any(_equal(_scalar(item), v) for item in value for v in values)
        else:
            answer = _scalar(value)
            if answer is _UNUSABLE:
                return False
            found = any(_equal(answer, v) for v in values)
        return found if op == "in" else not found
    answer = _scalar(value)
    if answer is _UNUSABLE:
        return False
    if op == "==":
        return _equal(answer, values[0])
    if op == "!=":
        return not _equal(answer, values[0])
    return _ordered(answer, op, values[0])


def _days_since(value: object, today: date) -> int | None:
    """Whole days from a date answer to ``today``; None when there is no usable date."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        if not _ISO_DATE.fullmatch(text):
            return None
        try:
            value = date.fromisoformat(text)
        except ValueError:
            return None
    if not isinstance(value, date):
        return None
    return (today - value).days


# --- tokenizer --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "name", "word" (a reserved word), "str", "num", "op", "punct", "dot", "end"
    text: str
    column: int
    value: Value | None = None


def _shown(text: str, limit: int = 30) -> str:
    """A piece of the source for a message, short and without invisible characters."""
    text = "".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _word_end(source: str, i: int) -> int:
    while i < len(source) and source[i] in _WORD_CHARS:
        i += 1
    return i


def _digits_end(source: str, i: int) -> int:
    while i < len(source) and source[i] in _DIGITS:
        i += 1
    return i


def _read_number(source: str, start: int) -> tuple[_Token, int]:
    i = start + 1 if source[start] == "-" else start
    i = _digits_end(source, i)
    is_decimal = i < len(source) and source[i] == "."
    if is_decimal:
        after = _digits_end(source, i + 1)
        if after == i + 1:
            raise ConditionError(
                f'the number "{source[start:i]}." at column {start + 1} needs digits '
                "after the point, e.g. 2.5",
                start + 1,
            )
        i = after
    if i < len(source) and (source[i] in _WORD_CHARS or source[i] == "."):
        junk = source[start : _word_end(source, i + 1)]
        raise ConditionError(
            f'"{_shown(junk)}" at column {start + 1} is neither a number nor a question id '
            "(question ids start with a letter)",
            start + 1,
        )
    text = source[start:i]
    value: int | float
    if is_decimal:
        value = float(text)
        if not math.isfinite(value):
            raise ConditionError(f"the number at column {start + 1} is too large", start + 1)
    else:
        try:
            value = int(text)
        except ValueError:  # longer than sys.get_int_max_str_digits()
            raise ConditionError(
                f"the number at column {start + 1} is too large", start + 1
            ) from None
    return _Token("num", text, start + 1, value), i


def _read_string(source: str, start: int) -> tuple[_Token, int]:
    quote = source[start]
    chars: list[str] = []
    i = start + 1
    while i < len(source):
        ch = source[i]
        if ch == quote:
            text = "".join(chars)
            return _Token("str", source[start : i + 1], start + 1, text), i + 1
        if ch in "\r\n":
            break
        if ch == "\\":
            if i + 1 >= len(source):
                break
            escaped = source[i + 1]
            if escaped not in "\"'\\":
                raise ConditionError(
                    f'"\\{_shown(escaped)}" at column {i + 1} is not allowed in text; '
                    "only \\\", \\' and \\\\ are",
                    i + 1,
                )
            chars.append(escaped)
            i += 2
            continue
        chars.append(ch)
        i += 1
    raise ConditionError(
        f"the text starting at column {start + 1} has no closing {quote} on the same line",
        start + 1,
    )


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(source)
    while i < n:
        ch, column = source[i], i + 1
        nxt = source[i + 1] if i + 1 < n else ""
        if ch.isspace():
            i += 1
        elif ch in _LETTERS:
            end = _word_end(source, i)
            word = source[i:end]
            tokens.append(_Token("word" if word in KEYWORDS else "name", word, column))
            i = end
        elif ch in _DIGITS or (ch == "-" and nxt in _DIGITS):
            token, i = _read_number(source, i)
            tokens.append(token)
        elif ch in "\"'":
            token, i = _read_string(source, i)
            tokens.append(token)
        elif ch in _CURLY_QUOTES:
            raise ConditionError(
                f"use straight quotes \" or ' instead of {ch} at column {column}", column
            )
        elif source.startswith(_COMPARE_OPS, i):
            op = next(op for op in _COMPARE_OPS if source.startswith(op, i))
            tokens.append(_Token("op", op, column))
            i += len(op)
        elif ch == "=":
            raise ConditionError(f'use "==" to compare, not "=", at column {column}', column)
        elif ch in "!&|":
            word = {"!": "not", "&": "and", "|": "or"}[ch]
            raise ConditionError(f'write "{word}" instead of "{ch}" at column {column}', column)
        elif ch == ".":
            _check_lone_dot(source, i)
            tokens.append(_Token("dot", ".", column))
            i += 1
        elif ch in "()[],":
            tokens.append(_Token("punct", ch, column))
            i += 1
        elif ch.isalpha():
            raise ConditionError(
                f'"{_shown(ch)}" at column {column} cannot be used in a question id; '
                "use only a-z, 0-9 and _",
                column,
            )
        else:
            raise ConditionError(
                f'"{_shown(ch)}" at column {column} cannot be used in a condition', column
            )
    tokens.append(_Token("end", "", len(source.rstrip()) + 1))
    return tokens


def _check_lone_dot(source: str, i: int) -> None:
    """Reject ``os.system`` or ``x.__class__`` with a sentence, not a puzzle."""
    after = source[i + 1] if i + 1 < len(source) else ""
    if after in _DIGITS:
        raise ConditionError(f"write a digit before the point, e.g. 0.5, at column {i + 1}", i + 1)
    start = i
    while start > 0 and source[start - 1] in _WORD_CHARS:
        start -= 1
    if after in _LETTERS or (start < i and source[start:i] not in KEYWORDS):
        end = _word_end(source, i + 1)
        raise ConditionError(
            f'"{_shown(source[start:end])}" at column {start + 1} is not allowed; '
            '"." can only stand on its own, for this question\'s answer',
            start + 1,
        )


# --- parser -----------------------------------------------------------------

_LITERAL_KINDS = ("str", "num")


def _is_literal(tok: _Token) -> bool:
    return tok.kind in _LITERAL_KINDS or (tok.kind == "word" and tok.text in _BOOL_WORDS)


def _literal_value(tok: _Token) -> Value:
    if tok.kind == "word":
        return _BOOL_WORDS[tok.text]
    assert tok.value is not None
    return tok.value


def _describe(tok: _Token) -> str:
    if tok.kind == "end":
        return "the end"
    if tok.kind == "str":
        return _shown(tok.text)
    return f'"{_shown(tok.text)}"'


class _Parser:
    """Recursive descent over: or_expr := and_expr ("or" and_expr)* and so on down."""

    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.comparisons: list[Comparison] = []
        self.names: set[str] = set()
        self.answered: set[str] = set()

    # token helpers

    def peek(self, ahead: int = 0) -> _Token:
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def advance(self) -> _Token:
        tok = self.peek()
        if tok.kind != "end":
            self.pos += 1
        return tok

    def at(self, kind: str, *texts: str, ahead: int = 0) -> bool:
        tok = self.peek(ahead)
        return tok.kind == kind and (not texts or tok.text in texts)

    def previous(self) -> _Token | None:
        return self.tokens[self.pos - 1] if self.pos else None

    def expected(self, what: str) -> ConditionError:
        """'expected a value after "==" at column 9' or '..., found ")" at column 12'."""
        tok, prev = self.peek(), self.previous()
        hint = _case_hint(tok)
        if hint:
            return hint
        after = f' after "{_shown(prev.text)}"' if prev else ""
        if tok.kind == "end":
            column = prev.column if prev else tok.column
            return ConditionError(f"expected {what}{after} at column {column}", column)
        return ConditionError(
            f"expected {what}{after}, found {_describe(tok)} at column {tok.column}", tok.column
        )

    def enter(self, tok: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConditionError(
                f"the condition is nested too deeply at column {tok.column}; at most "
                f'{MAX_DEPTH} brackets or "not"s may sit inside each other',
                tok.column,
            )

    # grammar

    def parse(self) -> _Node:
        node = self.or_expr()
        tok = self.peek()
        if tok.kind != "end":
            raise self.unexpected_after_condition(tok)
        return node

    def or_expr(self) -> _Node:
        parts = [self.and_expr()]
        while self.at("word", "or"):
            self.advance()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else _Or(tuple(parts))

    def and_expr(self) -> _Node:
        parts = [self.not_expr()]
        while self.at("word", "and"):
            self.advance()
            parts.append(self.not_expr())
        return parts[0] if len(parts) == 1 else _And(tuple(parts))

    def not_expr(self) -> _Node:
        if not self.at("word", "not"):
            return self.atom()
        self.enter(self.advance())
        node = _Not(self.not_expr())
        self.depth -= 1
        return node

    def atom(self) -> _Node:
        tok = self.peek()
        if self.at("punct", "("):
            self.enter(self.advance())
            node = self.or_expr()
            if not self.at("punct", ")"):
                if self.at("end"):
                    raise ConditionError(
                        f'the "(" at column {tok.column} is never closed', tok.column
                    )
                raise self.unexpected_after_condition(self.peek())
            self.advance()
            self.depth -= 1
            return node
        if _is_literal(tok):
            return self.literal_first()
        if tok.kind in ("name", "dot"):
            return self.comparison()
        if self.at("punct", "["):
            raise ConditionError(
                f'a list at column {tok.column} can only follow "in" or "not in", '
                'e.g. stage in ["v", "vi"]',
                tok.column,
            )
        raise self.expected("a condition")

    def unexpected_after_condition(self, tok: _Token) -> ConditionError:
        hint = _case_hint(tok)
        if hint:
            return hint
        if tok.kind == "punct" and tok.text == ")":
            return ConditionError(
                f'the ")" at column {tok.column} has no "(" before it to close', tok.column
            )
        return ConditionError(
            f"unexpected {_describe(tok)} at column {tok.column}; "
            'join comparisons with "and" or "or"',
            tok.column,
        )

    def comparison(self) -> _Node:
        start = self.peek().column
        name, via, shown = self.left_side()
        tok = self.peek()
        if self.at("word", "is"):
            return self.answered_check(name, via, shown)
        if self.at("word", "in") or (self.at("word", "not") and self.at("word", "in", ahead=1)):
            op = "in" if self.advance().text == "in" else "not in"
            if op == "not in":
                self.advance()
            list_column = self.peek().column
            values = self.value_list()
            if via and not all(_is_number(v) for v in values):
                raise ConditionError(
                    f"{shown} is a number of days; the list at column {list_column} "
                    "must hold only numbers",
                    list_column,
                )
            return self.record(Comparison(name, op, values, via))
        if tok.kind == "op":
            self.advance()
            value = self.right_value(tok, shown)
            if isinstance(value, bool) and tok.text in _ORDER_OPS:
                raise ConditionError(
                    f'yes and no can only be compared with "==" or "!=", not "{tok.text}" '
                    f"at column {tok.column}",
                    tok.column,
                )
            if via and not _is_number(value):
                raise ConditionError(
                    f"{shown} is a number of days; compare it with a number, "
                    f"e.g. {shown} < 365, at column {tok.column}",
                    tok.column,
                )
            return self.record(Comparison(name, tok.text, (value,), via))
        if self.at("word", "not"):
            self.advance()
            raise self.expected('"in"')
        if tok.kind == "end" or self.at("word", "and", "or") or self.at("punct", ")"):
            example = f"{shown} < 365" if via else f"{shown} == yes"
            if name == "." and not via:
                example = ". >= 16"
            raise ConditionError(f"compare {shown} with something, e.g. {example}", start)
        raise self.expected('"==", "!=", "<", "<=", ">", ">=", "in", "not in" or "is answered"')

    def record(self, comparison: Comparison) -> _Node:
        self.comparisons.append(comparison)
        if comparison.name != ".":
            self.names.add(comparison.name)
        return _Test(comparison)

    def answered_check(self, name: str, via: str | None, shown: str) -> _Node:
        is_tok = self.advance()
        negated = self.at("word", "not")
        if negated:
            self.advance()
        if not self.at("word", "answered"):
            raise self.expected('"answered" or "not answered"')
        self.advance()
        if via:
            raise ConditionError(
                f'write "{name} is answered" rather than "{shown} is answered" '
                f"at column {is_tok.column}",
                is_tok.column,
            )
        self.answered.add(name)
        if name != ".":
            self.names.add(name)
        return _Answered(name, negated)

    def left_side(self) -> tuple[str, str | None, str]:
        """The question a comparison looks at: ``name``, ``.`` or ``days_since(name)``."""
        tok = self.advance()
        if tok.kind == "dot":
            return ".", None, "."
        if not self.at("punct", "("):
            name = _question_id(tok)
            return name, None, name
        if tok.text != _FUNCTION:
            raise ConditionError(
                f'unknown function "{_shown(tok.text)}" at column {tok.column}; '
                "only days_since(question) is allowed",
                tok.column,
            )
        opening = self.advance()
        arg = self.peek()
        if self.at("punct", ")"):
            raise ConditionError(
                f"days_since needs a question id at column {arg.column}, "
                "e.g. days_since(transplant_date)",
                arg.column,
            )
        if arg.kind == "dot":
            name = "."
        elif arg.kind == "name" and not self.at("punct", "(", ahead=1):
            name = _question_id(arg)
        else:
            raise self.expected("a question id")
        self.advance()
        if self.at("punct", ","):
            raise ConditionError(
                f"days_since takes one question id, at column {self.peek().column}",
                self.peek().column,
            )
        if not self.at("punct", ")"):
            if self.at("end"):
                raise ConditionError(
                    f'the "(" at column {opening.column} is never closed', opening.column
                )
            raise self.expected('")"')
        self.advance()
        return name, _FUNCTION, f"{_FUNCTION}({name})"

    def right_value(self, op: _Token, shown: str) -> Value:
        tok = self.peek()
        if _is_literal(tok):
            self.advance()
            return _literal_value(tok)
        hint = _case_hint(tok)
        if hint:
            raise hint
        if tok.kind in ("name", "dot"):
            other = "." if tok.kind == "dot" else _shown(tok.text)
            raise ConditionError(
                f"compare {shown} with a value, not with another question ({other}), "
                f"at column {tok.column}",
                tok.column,
            )
        if self.at("punct", "["):
            raise ConditionError(
                f'a list at column {tok.column} can only follow "in" or "not in", not {op.text}',
                tok.column,
            )
        raise self.expected("a value")

    def value_list(self) -> tuple[Value, ...]:
        opening = self.peek()
        if not self.at("punct", "["):
            if opening.kind in ("name", "dot"):
                raise ConditionError(
                    "compare a question with values, not with another question, "
                    f'at column {opening.column}; e.g. stage in ["v", "vi"]',
                    opening.column,
                )
            raise self.expected('a list like ["a", "b"]')
        self.advance()
        items: list[Value] = []
        while True:
            if self.at("punct", "]") and not items:
                raise ConditionError(
                    f"the list at column {opening.column} is empty; give at least one value",
                    opening.column,
                )
            tok = self.peek()
            if tok.kind == "end":
                raise ConditionError(
                    f'the "[" at column {opening.column} is never closed', opening.column
                )
            if not _is_literal(tok):
                if tok.kind in ("name", "dot"):
                    raise ConditionError(
                        f"a list can only hold values, not the question {_describe(tok)} "
                        f"at column {tok.column}",
                        tok.column,
                    )
                raise self.expected("a value")
            items.append(_literal_value(self.advance()))
            if self.at("punct", ","):
                self.advance()
                if self.at("punct", "]"):
                    self.advance()
                    return tuple(items)
                continue
            if self.at("punct", "]"):
                self.advance()
                return tuple(items)
            if self.at("end"):
                raise ConditionError(
                    f'the "[" at column {opening.column} is never closed', opening.column
                )
            raise self.expected('"," or "]"')

    def literal_first(self) -> _Node:
        """``"warfarin" in medicines``: a value first is only right before ``in``."""
        lit = self.advance()
        value = _literal_value(lit)
        if self.at("word", "not") and self.at("word", "in", ahead=1):
            self.advance()
            self.advance()
            op = "not contains"
        elif self.at("word", "in"):
            self.advance()
            op = "contains"
        elif self.at("op"):
            if _is_literal(self.peek(1)):
                raise ConditionError(
                    f"compare a question with a value, not two values, at column {lit.column}",
                    lit.column,
                )
            raise ConditionError(
                f"put the question first and the value after {self.peek().text}, "
                f"e.g. age >= 18, at column {lit.column}",
                lit.column,
            )
        elif self.at("end") or self.at("word", "and", "or") or self.at("punct", ")"):
            raise ConditionError(
                f"{_shown(lit.text)} at column {lit.column} is a value on its own; "
                "compare a question with it, e.g. smoker == yes",
                lit.column,
            )
        else:
            raise self.expected('"in" or "not in"')
        target = self.peek()
        if target.kind == "dot":
            name = "."
        elif target.kind == "name" and not self.at("punct", "(", ahead=1):
            name = _question_id(target)
        elif _is_literal(target) or self.at("punct", "["):
            raise ConditionError(
                f"compare a question with a value, not two values, at column {lit.column}",
                lit.column,
            )
        else:
            raise self.expected("a multiple-choice question")
        self.advance()
        return self.record(Comparison(name, op, (value,), None))


def _case_hint(tok: _Token) -> ConditionError | None:
    """Catch ``AND``/``Yes``/``True``: people used to spreadsheets or Python write them."""
    if tok.kind == "name" and tok.text.lower() in KEYWORDS:
        return ConditionError(
            f'write "{tok.text.lower()}" in lower case at column {tok.column}', tok.column
        )
    return None


def _question_id(tok: _Token) -> str:
    """Check a name against the id rules so typos are caught here, not at evaluation."""
    hint = _case_hint(tok)
    if hint:
        raise hint
    word, column = tok.text, tok.column
    if word != word.lower():
        raise ConditionError(
            f'question ids are lower-case: write "{word.lower()}" instead of "{_shown(word)}" '
            f"at column {column}",
            column,
        )
    if word.startswith("_"):
        raise ConditionError(
            f'question id "{_shown(word)}" at column {column} must start with a letter', column
        )
    if "__" in word:
        raise ConditionError(
            f'question id "{_shown(word)}" at column {column} must not contain "__"', column
        )
    return word


def parse_condition(source: str) -> Condition:
    """Read a condition from a form file; raises :class:`ConditionError` and nothing else."""
    if not isinstance(source, str):
        raise ConditionError("a condition must be text in quotes")
    if len(source) > MAX_LENGTH:
        raise ConditionError(
            f"the condition is too long ({len(source)} characters; at most {MAX_LENGTH})"
        )
    if not source.strip():
        raise ConditionError("the condition is empty")
    parser = _Parser(_tokenize(source))
    tree = parser.parse()
    uses_this = "." in parser.answered or any(c.name == "." for c in parser.comparisons)
    return Condition(
        source=source,
        names=frozenset(parser.names),
        uses_this=uses_this,
        comparisons=tuple(parser.comparisons),
        answered_checks=frozenset(parser.answered),
        _tree=tree,
    )
