"""Form wording as paragraphs, not as the lines it was typed in.

A clinic wraps long text in the TOML file wherever its editor does; shown
as typed, every sentence would break at that width on screen and on paper.
Blank lines still separate paragraphs, and lines that start a list item
("- ", "• ", "1. ") still start a line.
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Not an en dash: "4\n– 6 weeks" is a range that wrapped, not a list.
_LIST_ITEM = re.compile(r"\s*(?:[-*•·]|\d{1,3}[.)])\s")


def reflow(value: str) -> str:
    paragraphs: list[str] = []
    for block in _PARAGRAPH_BREAK.split(value.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not _LIST_ITEM.match(raw):
                lines[-1] += " " + line
            else:
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
