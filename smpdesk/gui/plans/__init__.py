"""Treatment plans on the client page: versions, the editor, acceptance, quote, deposit."""
