"""The condition language of form files: parsing, evaluation and the messages clinics see."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpdesk.questionnaire.conditions import (
    Comparison,
    Condition,
    ConditionError,
    parse_condition,
)

TODAY = date(2025, 6, 15)
FAST = settings(max_examples=300, deadline=None)


def check(source: str, answers: dict[str, object] | None = None, **kwargs: object) -> bool:
    result = parse_condition(source).evaluate(answers or {}, today=TODAY, **kwargs)
    assert type(result) is bool
    return result


def error(source: str) -> ConditionError:
    with pytest.raises(ConditionError) as info:
        parse_condition(source)
    return info.value


# --- operators ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "answers", "expected"),
    [
        ("smoker == yes", {"smoker": True}, True),
        ("smoker == yes", {"smoker": False}, False),
        ("smoker == no", {"smoker": False}, True),
        ("smoker == true", {"smoker": True}, True),
        ("smoker == false", {"smoker": False}, True),
        ("smoker != yes", {"smoker": False}, True),
        ("smoker != yes", {"smoker": True}, False),
        ("cause == 'scar'", {"cause": "scar"}, True),
        ('cause == "scar"', {"cause": "alopecia"}, False),
        ('cause != "scar"', {"cause": "alopecia"}, True),
        ('cause != "scar"', {"cause": "scar"}, False),
        ("age == 18", {"age": 18}, True),
        ("age == 18", {"age": 18.0}, True),
        ("age == 18.5", {"age": 18.5}, True),
        ("age != 18", {"age": 19}, True),
        ("age < 18", {"age": 17}, True),
        ("age < 18", {"age": 18}, False),
        ("age <= 18", {"age": 18}, True),
        ("age <= 18", {"age": 19}, False),
        ("age > 18", {"age": 19}, True),
        ("age > 18", {"age": 18}, False),
        ("age >= 18", {"age": 18}, True),
        ("age >= 18", {"age": 17.9}, False),
        ("temp > -3", {"temp": -2}, True),
        ("temp > -3", {"temp": -3}, False),
        ("temp == -2.5", {"temp": -2.5}, True),
        ('seen < "2025-01-31"', {"seen": "2024-12-31"}, True),
        ('seen < "2025-01-31"', {"seen": "2025-02-01"}, False),
        ('seen >= "2025-01-31"', {"seen": date(2025, 1, 31)}, True),
        ('seen == "2025-01-31"', {"seen": datetime(2025, 1, 31, 9, 30)}, True),
        ('stage in ["v", "vi", "vii"]', {"stage": "vi"}, True),
        ('stage in ["v", "vi", "vii"]', {"stage": "iv"}, False),
        ('stage not in ["v", "vi"]', {"stage": "iv"}, True),
        ('stage not in ["v", "vi"]', {"stage": "v"}, False),
        ("size in [1, 2.5, 3]", {"size": 2.5}, True),
        ("size in [1, 2, 3,]", {"size": 3}, True),
        ('"warfarin" in medicines', {"medicines": ["aspirin", "warfarin"]}, True),
        ('"warfarin" in medicines', {"medicines": ["aspirin"]}, False),
        ('"warfarin" not in medicines', {"medicines": ["aspirin"]}, True),
        ('"warfarin" not in medicines', {"medicines": ["warfarin"]}, False),
        ('"warfarin" in medicines', {"medicines": ("warfarin",)}, True),
        # Any chosen value of a multiple choice in the list counts; "not in" means none does.
        ('medicines in ["warfarin", "heparin"]', {"medicines": ["aspirin", "heparin"]}, True),
        ('medicines in ["warfarin", "heparin"]', {"medicines": ["aspirin"]}, False),
        ('medicines not in ["warfarin", "heparin"]', {"medicines": ["aspirin"]}, True),
        ('medicines not in ["warfarin"]', {"medicines": ["aspirin", "warfarin"]}, False),
        ("notes is answered", {"notes": "itchy"}, True),
        ("notes is answered", {"notes": "  "}, False),
        ("notes is not answered", {}, True),
        ("notes is not answered", {"notes": 0}, False),
        ("smoker is answered", {"smoker": False}, True),
    ],
)
def test_operators(source: str, answers: dict[str, object], expected: bool):
    assert check(source, answers) is expected


@pytest.mark.parametrize(
    ("source", "answers", "expected"),
    [
        # yes/no is never a number, though Python says True == 1.
        ("flag == 1", {"flag": True}, False),
        ("flag != 1", {"flag": True}, True),
        ("count == yes", {"count": 1}, False),
        ("count != yes", {"count": 1}, True),
        ("count > 0", {"count": True}, False),
        ("count in [1, 2]", {"count": True}, False),
        ('"1" in picks', {"picks": [1]}, False),
        ("age == 18", {"age": "18"}, False),
        ("age > 1", {"age": "2"}, False),
        ('name > "a"', {"name": 5}, False),
        ('"x" in notes', {"notes": "x marks"}, False),
        ('"x" not in notes', {"notes": "x marks"}, False),
        ('cause == "scar"', {"cause": ["scar"]}, False),
        ('cause != "scar"', {"cause": {"scar": 1}}, False),
        ('cause in ["scar"]', {"cause": {"scar": 1}}, False),
        ('cause not in ["scar"]', {"cause": {"scar": 1}}, False),
        ('"a" in picks', {"picks": [["a"], {"a": 1}, None]}, False),
        ("x < 1", {"x": float("nan")}, False),
    ],
)
def test_mismatched_types_are_false_never_errors(
    source: str, answers: dict[str, object], expected: bool
):
    assert check(source, answers) is expected


@pytest.mark.parametrize("missing", [{}, {"x": None}, {"x": ""}, {"x": "   "}, {"x": []}])
@pytest.mark.parametrize(
    "source",
    [
        "x == yes",
        "x != yes",
        'x == ""',
        "x < 5",
        "x >= 0",
        'x in ["a"]',
        'x not in ["a"]',
        '"a" in x',
        '"a" not in x',
        "days_since(x) > -100000",
    ],
)
def test_comparisons_with_unanswered_questions_are_false(source: str, missing: dict):
    assert check(source, missing) is False
    assert check(f"not {source}", missing) is True
    assert check("x is not answered", missing) is True
    assert check("x is answered", missing) is False


def test_dot_is_this_answer():
    assert check(". >= 16", {}, this=16) is True
    assert check(". >= 16", {".": 20}, this=15) is False
    assert check(". >= 16", {}) is False
    assert check(". is not answered", {}) is True
    assert check('. in ["a", "b"]', this="b") is True
    assert check('"a" in .', this=["a"]) is True


# --- boolean structure --------------------------------------------------------


@pytest.mark.parametrize("a", [True, False])
@pytest.mark.parametrize("b", [True, False])
@pytest.mark.parametrize("c", [True, False])
def test_precedence_and_parentheses(a: bool, b: bool, c: bool):
    answers = {"a": a, "b": b, "c": c}
    assert check("a == yes or b == yes and not c == yes", answers) is (a or (b and not c))
    assert check("(a == yes or b == yes) and not c == yes", answers) is ((a or b) and not c)
    assert check("not (a == yes and b == yes)", answers) is (not (a and b))
    assert check("not a == yes and b == yes", answers) is ((not a) and b)
    assert check("not not a == yes", answers) is a
    assert check("a == yes and b == yes or c == yes", answers) is ((a and b) or c)
    assert check("a == yes and (b == yes or c == yes)", answers) is (a and (b or c))
    assert check("((((a == yes))))", answers) is a


def test_not_is_plain_negation_even_when_unanswered():
    assert check("not smoker == yes", {}) is True
    assert check("smoker != yes", {}) is False


def test_newlines_between_words_are_spaces():
    assert check("a == 1\n  and b == 2", {"a": 1, "b": 2}) is True


# --- days_since ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "days"),
    [
        ("2025-06-15", 0),
        ("2025-06-14", 1),
        ("2024-06-15", 365),
        (" 2025-06-05 ", 10),
        (date(2025, 6, 1), 14),
        (datetime(2025, 6, 1, 23, 59), 14),
        ("2025-06-20", -5),
    ],
)
def test_days_since(answer: object, days: int):
    answers = {"t": answer}
    assert check(f"days_since(t) == {days}", answers) is True
    assert check(f"days_since(t) < {days}", answers) is False
    assert check(f"days_since(t) <= {days}", answers) is True
    assert check(f"days_since(t) > {days - 1}", answers) is True


@pytest.mark.parametrize(
    "bad", ["2025-02-30", "15/06/2025", "20250615", "yesterday", 20250615, True]
)
def test_days_since_of_an_unusable_date_is_false(bad: object):
    assert check("days_since(t) < 100000", {"t": bad}) is False
    assert check("days_since(t) != 0", {"t": bad}) is False


def test_days_since_uses_today_by_default_and_accepts_a_datetime_today():
    yesterday = date.fromordinal(date.today().toordinal() - 1).isoformat()
    condition = parse_condition("days_since(t) == 1")
    assert condition.evaluate({"t": yesterday}) is True
    assert condition.evaluate({"t": "2025-06-14"}, today=datetime(2025, 6, 15, 8)) is True


def test_days_since_of_this_answer():
    condition = parse_condition("days_since(.) <= 365")
    assert condition.uses_this and condition.names == frozenset()
    assert condition.comparisons == (Comparison(".", "<=", (365,), "days_since"),)
    assert condition.evaluate({}, this="2025-01-01", today=TODAY) is True
    assert condition.evaluate({}, this="2020-01-01", today=TODAY) is False


# --- literals -----------------------------------------------------------------


def test_literal_values():
    def values(source: str) -> tuple:
        return parse_condition(source).comparisons[0].values

    assert values("x == yes") == (True,)
    assert values("x == true") == (True,)
    assert values("x == no") == (False,)
    assert values("x == false") == (False,)
    assert values("x == -3") == (-3,) and type(values("x == -3")[0]) is int
    assert values("x == 2.5") == (2.5,) and type(values("x == 2.5")[0]) is float
    assert values("x == -0.25") == (-0.25,)
    assert values("x == 007") == (7,)
    assert values("x == 'it\\'s'") == ("it's",)
    assert values('x == "say \\"hi\\""') == ('say "hi"',)
    assert values('x == "back\\\\slash"') == ("back\\slash",)
    assert values('x == "it\'s"') == ("it's",)
    assert values("x == 'Zoë Łukasz'") == ("Zoë Łukasz",)
    assert values("x == ''") == ("",)
    assert values("x == '\x00\t'") == ("\x00\t",)
    assert values("x in ['a', 1, yes]") == ("a", 1, True)
    assert parse_condition("days_since(t) not in [0, 1]").comparisons == (
        Comparison("t", "not in", (0, 1), "days_since"),
    )


def test_no_space_needed_around_operators():
    assert check("age>=18 and(cause=='scar')", {"age": 20, "cause": "scar"}) is True
    assert check("x==-3", {"x": -3}) is True


# --- what the loader sees -----------------------------------------------------


def test_names_comparisons_and_checks():
    condition = parse_condition(
        'tested == yes and (days_since(tested_on) < 90 or "warfarin" not in meds) '
        "and notes is not answered and . is answered and stage in ['v', 'vi'] and . != 3"
    )
    assert isinstance(condition, Condition)
    assert condition.names == frozenset({"tested", "tested_on", "meds", "notes", "stage"})
    assert condition.uses_this is True
    assert condition.answered_checks == frozenset({"notes", "."})
    assert condition.comparisons == (
        Comparison("tested", "==", (True,), None),
        Comparison("tested_on", "<", (90,), "days_since"),
        Comparison("meds", "not contains", ("warfarin",), None),
        Comparison("stage", "in", ("v", "vi"), None),
        Comparison(".", "!=", (3,), None),
    )


def test_a_condition_without_dot_does_not_use_this():
    condition = parse_condition('"a" in picks or x is answered')
    assert condition.uses_this is False
    assert condition.names == frozenset({"picks", "x"})
    assert condition.comparisons == (Comparison("picks", "contains", ("a",), None),)
    assert condition.answered_checks == frozenset({"x"})
    assert condition.source == '"a" in picks or x is answered'


def test_conditions_are_values():
    assert parse_condition("a == 1") == parse_condition("a == 1")
    assert len({parse_condition("a == 1"), parse_condition("a == 1")}) == 1
    assert "_tree" not in repr(parse_condition("a == 1"))


# --- errors a clinic sees -----------------------------------------------------


@pytest.mark.parametrize(
    ("source", "words", "column"),
    [
        ("foo(x) == 1", ['unknown function "foo"', "only days_since(question)"], 1),
        ("__import__('os')", ['unknown function "__import__"', "days_since"], 1),
        ("a == 1 or eval('x')", ['unknown function "eval"'], 11),
        ('os.system("x")', ['"os.system"', '"." can only stand on its own'], 1),
        ("x.__class__ == 1", ['"x.__class__"'], 1),
        ("().__class__", ['".__class__"'], 3),
        ("smoker", ["compare smoker with something, e.g. smoker == yes"], 1),
        ("a == 1 and smoker", ["compare smoker with something"], 12),
        ("days_since(t)", ["compare days_since(t) with something, e.g. days_since(t) < 365"], 1),
        (".", ["compare . with something, e.g. . >= 16"], 1),
        ("smoker ==", ['expected a value after "=="'], 8),
        ("smoker == )", ['expected a value after "==", found ")"'], 11),
        ("a == 1 and", ['expected a condition after "and"'], 8),
        ("not", ['expected a condition after "not"'], 1),
        ("(a == 1", ['the "(" at column 1 is never closed'], 1),
        ("((a == 1) or b == 2", ['"(" at column 1 is never closed'], 1),
        ("a == 1)", ['the ")" at column 7 has no "("'], 7),
        ("a == 'abc", ["the text starting at column 6 has no closing '"], 6),
        ('a == "ab\ncd"', ['no closing "'], 6),
        ("a == 1 b == 2", ['unexpected "b" at column 8', '"and" or "or"'], 8),
        ("a == 1 == 2", ['unexpected "=="'], 8),
        ("a == b", ["compare a with a value, not with another question (b)"], 6),
        ("a != .", ["not with another question (.)"], 6),
        ("a in b", ["not with another question"], 6),
        ("1 == 1", ["not two values"], 1),
        ("'x' in 'y'", ["not two values"], 1),
        ("18 <= age", ["put the question first", "age >= 18"], 1),
        ("yes", ["a value on its own"], 1),
        ("x" * 2001, ["too long", "2001", "2000"], None),
        ("", ["empty"], None),
        (" \t\n", ["empty"], None),
        ("a = 1", ['use "==" to compare, not "="'], 3),
        ("a == 1 && b == 2", ['write "and" instead of "&"'], 8),
        ("a == 1 || b == 2", ['write "or" instead of "|"'], 8),
        ("!a", ['write "not" instead of "!"'], 1),
        ("a == 1 AND b == 2", ['write "and" in lower case'], 8),
        ("a == True", ['write "true" in lower case'], 6),
        ("Smoker == yes", ['question ids are lower-case: write "smoker" instead of "Smoker"'], 1),
        ("_x == 1", ['question id "_x"', "must start with a letter"], 1),
        ("x__y == 1", ['question id "x__y"', 'must not contain "__"'], 1),
        ("3d_scan == yes", ['"3d_scan"', "question ids start with a letter"], 1),
        ("a == 1.", ["needs digits after the point"], 6),
        ("a == .5", ["0.5"], 6),
        ("a == 1.2.3", ['"1.2.3"'], 6),
        ("a == - 3", ['"-" at column 6 cannot be used'], 6),
        ("age + 1 > 3", ['"+" at column 5 cannot be used'], 5),
        ("a == “x”", ["straight quotes"], 6),
        (r"a == 'x\n'", ['"\\n" at column 8 is not allowed in text'], 8),
        ("a in []", ["the list at column 6 is empty"], 6),
        ("a in [1, b]", ['only hold values, not the question "b"'], 10),
        ("a in [1 2]", ['expected "," or "]"'], 9),
        ("a in [1", ['the "[" at column 6 is never closed'], 6),
        ("a in [[1]]", ['expected a value after "[", found "["'], 7),
        ('a in "x"', ['expected a list like ["a", "b"] after "in"'], 6),
        ("a == [1]", ['can only follow "in" or "not in"'], 6),
        ('["a"] == x', ['can only follow "in" or "not in"'], 1),
        ("a < yes", ['yes and no can only be compared with "==" or "!="'], 3),
        ("days_since(t) == 'x'", ["number of days", "compare it with a number"], 15),
        ("days_since(t) in [1, 'x']", ["number of days", "only numbers"], 18),
        ("days_since(t) is answered", ['write "t is answered"'], 15),
        ("days_since() < 3", ["days_since needs a question id"], 12),
        ("days_since(a, b) < 3", ["days_since takes one question id"], 13),
        ("days_since('2025-01-01') < 3", ['expected a question id after "("'], 12),
        ("days_since(f(x)) < 3", ["expected a question id"], 12),
        ("days_since(a < 3", ['expected ")" after "a"'], 14),
        ("days_since(a", ['the "(" at column 11 is never closed'], 11),
        ("a is yes", ['expected "answered" or "not answered" after "is"'], 6),
        ("a not == 1", ['expected "in" after "not"'], 7),
        ("a answered", ['expected "==", "!="'], 3),
        ("and == 1", ['expected a condition, found "and"'], 1),
        ("a == 1 ; b == 2", ['";" at column 8 cannot be used'], 8),
        ("\x00", ["U+0000"], 1),
        ("café == 1", ['"é" at column 4 cannot be used in a question id'], 4),
    ],
)
def test_errors_are_one_helpful_sentence(source: str, words: list[str], column: int | None):
    err = error(source)
    message = str(err)
    for word in words:
        assert word in message, message
    assert err.column == column, message
    assert "\n" not in message and message == message.strip()
    if column is not None:
        assert f"column {column}" in message or "compare" in message, message


def test_nesting_limit():
    assert check("(" * 40 + "a == 1" + ")" * 40, {"a": 1}) is True
    assert "nested too deeply" in str(error("(" * 41 + "a == 1" + ")" * 41))
    assert check("not " * 40 + "a == 1", {"a": 1}) is True
    assert "nested too deeply" in str(error("not " * 41 + "a == 1"))
    assert "nested too deeply" in str(error("(not " * 30 + "a == 1" + ")" * 30))


def test_length_limit_is_on_the_text():
    long_ok = " or ".join(["a == 1"] * 200)[:2000]
    long_ok = long_ok[: long_ok.rindex(" or ")]
    assert len(long_ok) <= 2000
    assert check(long_ok, {"a": 1}) is True
    assert "too long" in str(error("a == 1" + " " * 2000))


def test_a_non_text_condition_is_a_condition_error():
    with pytest.raises(ConditionError):
        parse_condition(3)  # type: ignore[arg-type]


def test_parsing_never_runs_code(monkeypatch: pytest.MonkeyPatch):
    import builtins

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser must not run code")

    for name in ("eval", "exec", "compile", "__import__"):
        monkeypatch.setattr(builtins, name, forbidden)
    assert parse_condition("a == 1 and days_since(b) < 3").names == {"a", "b"}
    with pytest.raises(ConditionError):
        parse_condition("__import__('os').system('x')")


# --- properties ---------------------------------------------------------------

TOKENS = [
    "a",
    "b",
    "smoker",
    "meds",
    ".",
    "days_since",
    "days_since(a)",
    "(",
    ")",
    "[",
    "]",
    ",",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "=",
    "in",
    "not",
    "is",
    "answered",
    "and",
    "or",
    "yes",
    "no",
    "true",
    "false",
    "AND",
    "Smoker",
    "__import__",
    "os.system",
    "0",
    "-3",
    "2.5",
    "1.",
    "-",
    '"x"',
    "'y'",
    '"',
    "'",
    '"\\',
    "\\",
    "“",
    "\x00",
    "é",
]


def parse_or_error(source: str) -> Condition | None:
    try:
        condition = parse_condition(source)
    except ConditionError as err:
        message = str(err)
        assert message and "\n" not in message
        assert err.column is None or 1 <= err.column <= len(source) + 1
        return None
    assert isinstance(condition, Condition)
    return condition


@FAST
@given(st.text(max_size=120))
def test_any_text_parses_or_raises_condition_error(source: str):
    parse_or_error(source)


@FAST
@given(st.lists(st.sampled_from(TOKENS), max_size=25), st.sampled_from([" ", ""]))
def test_token_soup_parses_or_raises_condition_error(tokens: list[str], sep: str):
    parse_or_error(sep.join(tokens))


IDS = ["a", "b", "c"]
numbers = st.one_of(
    st.integers(-1000, 1000).map(str),
    st.floats(-1000, 1000, allow_nan=False).map(lambda f: f"{f:.2f}"),
)
texts = st.sampled_from(['"x"', "'y'", '"2025-01-31"', '""', '"yes"', '"1"'])
yes_no = st.sampled_from(["yes", "no", "true", "false"])
literals = st.one_of(numbers, texts, yes_no)


@st.composite
def comparisons(draw: st.DrawFn) -> str:
    """Only well-formed comparisons, so every drawn condition parses."""
    kind = draw(st.sampled_from(["op", "days", "in", "contains", "answered"]))
    left = draw(st.sampled_from([*IDS, "."]))
    if kind == "op":
        op = draw(st.sampled_from(["==", "!=", "<", "<=", ">", ">="]))
        value = draw(literals if op in ("==", "!=") else st.one_of(numbers, texts))
        return f"{left} {op} {value}"
    if kind == "days":
        op = draw(st.sampled_from(["==", "!=", "<", "<=", ">", ">="]))
        return f"days_since({left}) {op} {draw(numbers)}"
    if kind == "in":
        items = draw(st.lists(literals, min_size=1, max_size=4))
        neg = draw(st.sampled_from(["in", "not in"]))
        return f"{left} {neg} [{', '.join(items)}]"
    if kind == "contains":
        neg = draw(st.sampled_from(["in", "not in"]))
        return f"{draw(literals)} {neg} {left}"
    return f"{left} is {draw(st.sampled_from(['', 'not ']))}answered"


conditions = st.recursive(
    comparisons(),
    lambda inner: st.one_of(
        inner.map(lambda s: f"not {s}"),
        inner.map(lambda s: f"({s})"),
        st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(" ".join),
    ),
    max_leaves=8,
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["x", "y", "", " ", "2025-01-31", "2025-02-30", "yes"]),
    st.dates(),
)
answer_values = st.one_of(
    scalars,
    st.lists(scalars, max_size=4),
    st.dictionaries(st.text(max_size=3), scalars, max_size=2),
    st.lists(st.lists(scalars, max_size=2), max_size=2),
)


@FAST
@given(
    conditions,
    st.dictionaries(st.sampled_from(IDS), answer_values),
    answer_values,
    st.dates(),
)
def test_evaluation_never_raises_and_not_negates(
    source: str, answers: dict[str, object], this: object, today: date
):
    condition = parse_condition(source)
    result = condition.evaluate(answers, this=this, today=today)
    assert type(result) is bool
    negated = parse_condition(f"not ({source})").evaluate(answers, this=this, today=today)
    assert negated is (not result)


@FAST
@given(
    st.lists(st.sampled_from(TOKENS), max_size=25),
    st.dictionaries(st.sampled_from(["a", "b", "smoker", "meds"]), answer_values),
    answer_values,
)
def test_whatever_parses_evaluates_to_a_bool(
    tokens: list[str], answers: dict[str, object], this: object
):
    condition = parse_or_error(" ".join(tokens))
    if condition is not None:
        assert type(condition.evaluate(answers, this=this, today=TODAY)) is bool
