"""Outlets of the label: pure functions from a `PrivacyLabel`, a locale and options."""
