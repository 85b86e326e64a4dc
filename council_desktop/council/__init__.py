"""The council core: events, prompts, ranking and the orchestrator. Standard library only."""
