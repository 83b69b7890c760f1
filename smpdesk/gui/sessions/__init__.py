"""Treatment sessions: the timeline, the session dialog, follow-ups and lot recall."""
