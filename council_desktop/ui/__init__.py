"""The Qt edge: the runner bridge, the main window, widgets and dialogs."""
