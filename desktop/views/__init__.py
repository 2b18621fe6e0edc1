"""Qt widgets: the main window, its pages, dialogs and item models over desktop.models."""
