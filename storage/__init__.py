"""Persistence: SQLAlchemy models, named queries, migrations, the queue and outbox tables."""
