"""The way in: the aiohttp application, channel adapters, settings and the ``voices`` CLI."""
