"""Types every part of Compact Voices shares; this package imports nothing of ours."""
