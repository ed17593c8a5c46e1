"""What review bodies see: disclosure-safe aggregates, approved quotes, exports, the dashboard."""
