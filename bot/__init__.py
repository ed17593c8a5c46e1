"""The channel-agnostic conversation engine: the feedback flow, commands and per-contact state."""
