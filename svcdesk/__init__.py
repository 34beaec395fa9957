"""svcdesk: a desktop studio for singing-voice conversion (RVC v2 compatible)."""

__version__ = "0.1.0"
