"""The composition root: settings, the service container, HTTP middleware, the app factory, the CLI.

The only package that imports ``review`` and ``moderation.console``; everything else
depends only on the layers below it (see ARCHITECTURE in README.md).
"""
