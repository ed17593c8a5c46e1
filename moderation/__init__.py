"""The processing pipeline (normalise, identify language, anonymise, screen, classify) and the console."""
