"""Alembic's environment: migrations run on the connection the catalog opened (in its transaction)."""

from alembic import context

from pipeline.catalog.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
context.run_migrations()
