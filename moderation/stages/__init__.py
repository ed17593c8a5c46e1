"""The pipeline stages, one module each, run in the order ``moderation.pipeline`` lists."""
