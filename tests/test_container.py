"""The Dockerfile (no Docker engine here): user, volume, health check, command, signal."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def final_stage() -> str:
    return DOCKERFILE.split("\nFROM ")[-1]


def test_runs_as_non_root_with_data_volume():
    stage = final_stage()
    users = re.findall(r"^USER\s+(\S+)", stage, re.M)
    assert users and users[-1] not in ("root", "0")
    assert re.search(r"^VOLUME\s+/data\b", stage, re.M)
    assert "REGWATCH_DB=/data/regwatch.db" in stage


def test_health_check_command_and_stop_signal():
    stage = final_stage()
    assert re.search(r'^HEALTHCHECK .*CMD \["regwatch", "health"\]', stage, re.M)
    assert re.search(r'^CMD \["regwatch", "run"\]', stage, re.M)
    assert re.search(r"^STOPSIGNAL SIGTERM", stage, re.M)
    assert DOCKERFILE.startswith("# syntax") or "FROM python:3.1" in DOCKERFILE
    assert re.search(r"FROM python:3\.(1[2-9])-slim", DOCKERFILE)


def test_dependencies_cached_in_their_own_layer_and_no_caches_left():
    build = DOCKERFILE.split("\nFROM ")[1]
    assert build.index("COPY pyproject.toml") < build.index("COPY monitor monitor")
    assert "PIP_NO_CACHE_DIR=1" in build
    assert "COPY --from=build" in final_stage()


def test_entrypoint_uses_mounted_config_and_dockerignore_exists():
    entry = (ROOT / "docker-entrypoint.sh").read_text()
    assert "/config/regwatch.toml" in entry and 'exec "$@"' in entry
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".git" in ignored and "*.db" in ignored
