"""smpdesk: an offline consultation desk for scalp micropigmentation clinics."""

__version__ = "0.1.0"
