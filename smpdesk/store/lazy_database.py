"""The clinic's connection as an ``sqlite_utils.Database``, without loading sqlite-utils to start.

Loading sqlite-utils costs about 50 ms (its command line's click and pluggy,
and a dozen regular expressions compiled at import), and starting the window
needs none of it: the store reads the first page of the list with plain
``SELECT`` statements.  :class:`LazyDatabase` is what :class:`smpdesk.app.clinic.Clinic`
is built on at run time (type checkers still see an ``sqlite_utils.Database``):

* a ``SELECT`` (the statement starts with the word, no comment before it),
  while nothing else has been asked of it, runs on the connection directly:
  for a statement that returns rows, sqlite-utils' ``execute`` does exactly
  that (it opens no transaction, so it has none to commit or roll back);
* anything else (a write, a ``PRAGMA``, ``db["clients"]``, ``db.tracer``...)
  goes to a real ``sqlite_utils.Database`` on the same connection, made at
  its first use, and so does every later statement, ``SELECT`` included, so
  sqlite-utils' own rules apply to everything once it is loaded.

``smpdesk._lean_imports`` makes ``import sqlite_utils`` itself free until an
attribute other than ``Migrations`` is used.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def _is_select(sql: str) -> bool:
    """Does ``sql`` start with the keyword SELECT (comments before it count as "no")?"""
    text = sql.lstrip()
    return text[:6].upper() == "SELECT" and (
        len(text) == 6 or not (text[6].isalnum() or text[6] == "_")
    )


class LazyDatabase:
    """Quacks like ``sqlite_utils.Database(conn, execute_plugins=False)``; see the module."""

    def __init__(self, conn: sqlite3.Connection, *, execute_plugins: bool = False) -> None:
        if execute_plugins:
            raise ValueError("sqlite-utils plugins are never run on a clinic connection")
        self.conn = conn
        self._inner: sqlite_utils.Database | None = None
        # What sqlite_utils.Database(conn) does first (its recursive_triggers=True).
        conn.execute("PRAGMA recursive_triggers=on;")

    def database(self) -> sqlite_utils.Database:
        """The real ``sqlite_utils.Database`` on this connection (made, and sqlite-utils
        loaded, the first time; made again if the connection was replaced)."""
        inner = self._inner
        if inner is None or inner.conn is not self.conn:
            import sqlite_utils

            inner = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
            self._inner = inner
        return inner

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """``sqlite_utils.Database.execute``; a ``SELECT`` runs without loading sqlite-utils."""
        if self._inner is None and _is_select(sql):
            if parameters is not None:
                return self.conn.execute(sql, parameters)
            return self.conn.execute(sql)
        return self.database().execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        # Only for names not found on the object: everything sqlite-utils has and this
        # class does not.  Dunder probes (copy, pickle, inspect) are not forwarded.
        if name.startswith("__") or name in ("conn", "_inner"):
            raise AttributeError(name)
        return getattr(self.database(), name)

    def __getitem__(self, table_name: str) -> Any:
        return self.database()[table_name]

    def __enter__(self) -> LazyDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Database {self.conn}>"


__all__ = ["LazyDatabase"]
