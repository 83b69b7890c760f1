"""Questionnaires: forms as TOML files, their conditions, loading and answers."""
