"""Fixtures for the store's tests: a clinic file plain or encrypted."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(params=[None, "key"], ids=["plain", "encrypted"])
def clinic_key(request: pytest.FixtureRequest) -> bytes | None:
    """None (a plain clinic file) or a fresh random 32-byte key (an encrypted one)."""
    return None if request.param is None else os.urandom(32)
