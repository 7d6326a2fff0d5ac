"""Shared fixtures. Every server is real and listens on 127.0.0.1 only."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from hypothesis import settings

FIXTURES = Path(__file__).parent / "fixtures"

# CI (.ci/run sets HYPOTHESIS_PROFILE=ci) runs the property tests on a fixed seed, so a landing
# never fails on an example no earlier run drew; local runs draw new examples each time
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _httpserver_assertions(request: pytest.FixtureRequest):
    """pytest-httpserver only fails a test for an unexpected request when asked: always ask."""
    if "httpserver" not in request.fixturenames:
        yield
        return
    server = request.getfixturevalue("httpserver")  # set up first, so torn down after us
    yield
    server.check_assertions()


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (for servers that cannot bind port 0 themselves)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "regwatch.db"
