"""Shared by the tests of the core's sentences in the window's language (issue 20)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from smpdesk import errors
from smpdesk.errors import UserError


@contextmanager
def marking() -> Iterator[None]:
    """A translator that marks what it was given (and leaves the placeholders alone)."""
    errors.speak_with(lambda template: "<<" + template + ">>")
    try:
        yield
    finally:
        errors.speak_with(None)


def said_both(call: Callable[[], object]) -> tuple[str, str, UserError]:
    """The sentence in English and through the marking translator, from one raise; and
    English again once the window stops translating."""
    with pytest.raises(UserError) as caught:
        call()
    err = caught.value
    english = str(err)
    with marking():
        translated = str(err)
    assert str(err) == english == err.args[0]
    return english, translated, err
