"""The message pipeline (normalise, identify language, anonymise, screen, classify), the console."""
