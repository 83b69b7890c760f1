"""Aftercare handouts: building, previewing and printing them."""
