"""Package data for the pipeline: gazetteers, cue lists, screening and objective keywords (JSON)."""
