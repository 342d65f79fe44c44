"""SCORE Desktop: offline-first tool for SCORE consultants and their paired safety inspectors."""

__version__ = "0.1.0"
# Desktop entry, AppStream component and icon name (reverse-DNS, as desktops expect).
APP_ID = "org.scoredesktop.ScoreDesktop"
