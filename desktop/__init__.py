"""Rasad (رصد): provincial follow-up of the Judiciary Transformation Document."""

__version__ = "0.1.0"
APP_NAME = "Rasad"
