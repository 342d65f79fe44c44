"""All QtWidgets code: main window, panels, dialogs. Views mirror the document."""
