"""LLM Council Desktop: one question to a council of LLMs, shown live."""

__version__ = "0.1.0"
APP_NAME = "LLM Council"
APP_ID = "council-desktop"
