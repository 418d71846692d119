"""A seeds database shared by the web tests, and a real server for an app."""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

import chronik


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("web") / "seeds.db"
    assert chronik.run([seeds_dir], db=db).ok
    return db


@contextmanager
def serving(app) -> Iterator[str]:
    """Serve `app` with uvicorn on a free local port in a thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
