"""The web interface and REST API over a chronicle database: `chronik serve`."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
