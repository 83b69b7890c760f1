"""Every client search index the store keeps in step with the clients table.

The word and phone indexes of migration 0001 (``CLIENT_INDEXES``) and the
trigram index of migration 0019 that finds words inside names ("athen" in
"Bråthen"): inserts, updates, merges and erasure go through this one tuple, so
no index can be forgotten by one of them.
"""

from __future__ import annotations

from smpdesk.store.schema import CLIENT_INDEXES

# (index table, indexed column, tokenizer), as migration 0019 creates it.
SUBSTRING_INDEX = ("clients_trigram_fts", "search_text", "trigram")
SEARCH_INDEXES = (*CLIENT_INDEXES, SUBSTRING_INDEX)
