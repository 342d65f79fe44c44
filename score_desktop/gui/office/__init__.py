"""The office server from the window: connect, sync, the status-bar indicator."""
