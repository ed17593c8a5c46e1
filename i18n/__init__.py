"""Message catalogs, locale negotiation and right-to-left handling."""
