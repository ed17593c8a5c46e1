"""The processing pipeline (normalise, language, anonymise, screen, classify) and the console."""
