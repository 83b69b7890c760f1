"""Questionnaires: filling forms in, reading answers, signatures and flags."""
