"""CLI output helpers: feed text is never read as rich markup; pipes get plain TSV."""

from __future__ import annotations

import sys

import pytest

from monitor.cli.output import print_csv, print_table

ROW = {"id": "e1", "title": "[bold red]Injected[/] [link=file:///etc/passwd]x[/link]\tend"}


def test_table_on_a_terminal_shows_markup_literally(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    print_table([ROW], ["id", "title"])
    out = capsys.readouterr().out
    assert "[bold red]Injected[/]" in out and "[link=file:///etc/passwd]" in out


def test_table_in_a_pipe_is_tab_separated_with_tabs_in_cells_replaced(capsys):
    print_table([ROW], ["id", "title"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "id\ttitle" and lines[1].count("\t") == 1


@pytest.mark.parametrize("value, cell", [(["a", "b"], "a; b"), (None, '""'), (3, "3")])
def test_csv_cells(capsys, value, cell):
    print_csv([{"v": value}], ["v"])
    assert capsys.readouterr().out.splitlines()[1] == cell
