"""Every command is documented in the README and has working help."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import COMMANDS, main

README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_the_readme_and_has_help(name: str):
    assert f"regwatch {name}" in README
    res = CliRunner().invoke(main, [name, "--help"])
    assert res.exit_code == 0 and "Usage:" in res.output
    first = res.output.split("\n\n")[1].strip()
    assert first, f"{name} has no help text"


def test_readme_gives_the_two_set_up_commands():
    assert "pip install . && regwatch run" in README
    assert "pip install -e '.[test]' && pytest" in README


def test_readme_names_every_public_table():
    for table in ("sources", "entries", "actions", "hits", "vendors", "alerts"):
        assert f"| `{table}` |" in README
