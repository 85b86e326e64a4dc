"""Where things live: paths, settings, the API key, and the run history."""
