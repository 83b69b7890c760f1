"""Signing in to a protected clinic, recovering a lost password, protecting a plain clinic."""
