"""Lot recall by the start of a lot or any part of it, on the indexed lot keys.

A recall notice names a batch ("GR-2610") while the bottles say "GR-2610-A" and
"GR-2610-B"; a clinic may only have the middle of a number from a supplier's email.
Each lot column keeps its normalised key (``*_lot_key``, see
:func:`smpdesk.store.sessions.lot_key`), indexed on sessions and on their earlier
versions (migration 0013).  The keys are plain BINARY text, so:

* a prefix is a range on the index: ``key >= p AND key < p || U+10FFFF``;
* any part is found among the *distinct* keys, which the index hands out one seek
  each (a clinic uses hundreds of lots over hundreds of thousands of sessions), so
  the sessions themselves are only read for the keys that match.

Then every session holding one of those keys is read through the same indexes
(:func:`sessions_with_lot_keys`), also where a later edit changed the lot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from smpdesk.store.sessions import LIVE, LOT_COLUMNS, LotMatch, _earlier_lot_matches, lot_key

MATCHES = ("exact", "prefix", "contains")
# Above every character a key can hold: the end of a prefix's range.
_TOP = "\U0010ffff"
_CHUNK = 400


def matching_keys(db: sqlite_utils.Database, typed: str, match: str = "prefix") -> list[str]:
    """The distinct lot keys in use (now or in an earlier version of a session) that are
    ``typed`` ("exact"), start with it ("prefix") or contain it ("contains"), sorted."""
    if match not in MATCHES:
        raise ValueError(f"match must be one of {MATCHES}")
    key = lot_key(typed)
    if not key:
        return []
    if match == "exact":
        return [key]
    low, high = (key, key + _TOP) if match == "prefix" else ("", _TOP)
    found: set[str] = set()
    for table in ("sessions", "session_versions"):
        for column in LOT_COLUMNS:
            col = f"{column}_key"
            # One index seek per distinct key in the range ("skip scan" by hand).
            rows = db.execute(
                f"""WITH RECURSIVE k(v) AS (
                      SELECT (SELECT {col} FROM {table} WHERE {col} >= :low AND {col} < :high
                              ORDER BY {col} LIMIT 1)
                      UNION ALL
                      SELECT (SELECT {col} FROM {table} WHERE {col} > k.v AND {col} < :high
                              ORDER BY {col} LIMIT 1)
                      FROM k WHERE k.v IS NOT NULL)
                    SELECT v FROM k WHERE v IS NOT NULL AND instr(v, :key) > 0""",
                {"low": low, "high": high, "key": key},
            )
            found.update(str(row[0]) for row in rows)
    return sorted(found)


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def sessions_with_lot_keys(db: sqlite_utils.Database, keys: Sequence[str]) -> list[LotMatch]:
    """Every live session that used one of ``keys`` as pigment, diluent or cartridge lot,
    newest first, each (session, column) once; also where a later edit changed the lot
    (marked "changed later to"), as :func:`smpdesk.store.sessions.sessions_with_lot`."""
    matches: list[LotMatch] = []
    for chunk in _chunks(list(keys)):
        marks = ", ".join("?" for _ in chunk)
        for column in LOT_COLUMNS:
            rows = db.execute(
                f"""SELECT s.id, c.id, c.client_number, c.given_name || ' ' || c.family_name,
                           c.phone, c.email, s.session_date, s.session_type, s.{column}
                    FROM sessions s CROSS JOIN clients c ON c.id = s.client_id
                    WHERE s.{column}_key IN ({marks}) AND s.{LIVE}""",
                list(chunk),
            )
            matches += [
                LotMatch(sid, cid, number, name, phone, email, day, kind, column, found)
                for sid, cid, number, name, phone, email, day, kind, found in rows
            ]
    found = {(m.session_id, m.column) for m in matches}
    for chunk in _chunks(list(keys)):
        matches += _earlier_lot_matches(db, chunk, found)
    matches.sort(key=lambda m: (m.session_date, m.session_id), reverse=True)
    return matches


__all__ = ["MATCHES", "matching_keys", "sessions_with_lot_keys"]
