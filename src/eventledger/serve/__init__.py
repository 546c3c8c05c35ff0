"""`eventledger serve`: the HTTP API and the web app over a database file (a face, like the CLI)."""

from eventledger.serve.app import Settings, create_app

__all__ = ["Settings", "create_app"]
