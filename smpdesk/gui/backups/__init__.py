"""Backups: restoring and sealed export and import."""
