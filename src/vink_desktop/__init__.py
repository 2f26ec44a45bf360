"""VINK Desktop: offline-first records for VINK mentoring and parent coaching."""

__version__ = "0.1.0"
