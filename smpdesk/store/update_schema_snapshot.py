"""Write :mod:`smpdesk.store.schema_snapshot` again, after a migration was added or changed.

Run ``python -m smpdesk.store.update_schema_snapshot`` from the checkout;
tests/store/test_schema_snapshot.py says when it is needed.
"""

from __future__ import annotations

import sys

from smpdesk.store.schema_check import snapshot_path, snapshot_source


def main() -> int:
    path = snapshot_path()
    text = snapshot_source()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        print(f"{path} is up to date.", file=sys.stderr)
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"Wrote {path}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
