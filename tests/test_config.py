"""Config: defaults, the example file, and errors that name key, file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import Config, load_config, parse_config, secret
from monitor.errors import ConfigError

ROOT = Path(__file__).parent.parent


def test_no_file_gives_builtin_sources_and_console():
    cfg = load_config(None)
    names = [s.name for s in cfg.sources]
    assert len(names) == 8 and "ftc-press" in names and "federal-register-ftc" in names
    assert sum(1 for s in cfg.sources if "news.google.com" in s.url) == 2
    assert cfg.channel == [] and cfg.storage.db == "regwatch.db"


def test_example_file_loads_and_documents_every_key():
    cfg = load_config(ROOT / "config.example.toml")
    assert [s.publisher for s in cfg.sources][:2] == ["ftc-press", "ftc-press"]
    text = (ROOT / "config.example.toml").read_text()
    for model in (Config,):
        for section, field in model.model_fields.items():
            if section == "base_dir":
                continue
            assert f"[{section}]" in text or f"[[{section}]]" in text, section
            sub = field.annotation
            for key in getattr(sub, "model_fields", {}):
                assert key in text, f"{section}.{key} undocumented"


def test_unknown_key_names_file_and_line(tmp_path: Path):
    p = tmp_path / "c.toml"
    p.write_text('[http]\nuser_agent = "x"\ntimeout_secs = 3\n')
    with pytest.raises(ConfigError) as err:
        load_config(p)
    assert f"{p}:3: http.timeout_secs: unknown key" in str(err.value)
    assert err.value.exit_code == 2


def test_bad_value_in_array_table_names_its_line():
    text = '[[source]]\nname = "a"\nkind = "rss"\nurl = "https://x/"\n\n'
    text += '[[source]]\nname = "b"\nkind = "gopher"\nurl = "https://y/"\n'
    with pytest.raises(ConfigError) as err:
        parse_config(text, Path("/etc/r.toml"))
    assert "/etc/r.toml:8: source[1].kind" in str(err.value)


def test_bad_toml_and_missing_file(tmp_path: Path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        parse_config("[http\n")
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[source]]\nname="a"\nkind="rss"\nurl="ftp://x"', "must start with http"),
        ('[[source]]\nname="a"\nkind="html_list"\nurl="https://x"', "selectors"),
        ('[[channel]]\nname="s"\nkind="slack"', "token_env or webhook_url_env"),
        ('[[channel]]\nname="m"\nkind="email"\nsmtp_host="h"', "needs smtp_host, from and to"),
        ('[[channel]]\nname="c"\nkind="console"\n[[channel]]\nname="c"\nkind="console"', "two"),
        ("[http]\nmax_bytes = 0", "greater than 0"),
        ('[[source]]\nname="a"\nkind="rss"\nurl="https://x"\nregulator=""', "at least 1"),
    ],
)
def test_invalid_values_are_named(body: str, message: str):
    with pytest.raises(ConfigError, match=message):
        parse_config(body)


def test_relative_paths_resolve_against_the_file(tmp_path: Path):
    p = tmp_path / "sub" / "c.toml"
    p.parent.mkdir()
    p.write_text('[watchlist]\nfile = "wl.toml"\n')
    cfg = load_config(p)
    assert cfg.resolve(cfg.watchlist.file) == p.parent / "wl.toml"


def test_secret_from_env_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("RW_TOKEN", "xoxb-1")
    assert secret("RW_TOKEN") == "xoxb-1"
    f = tmp_path / "s"
    f.write_text("from-file\n")
    monkeypatch.setenv("RW_PASS_FILE", str(f))
    assert secret("RW_PASS") == "from-file"
    assert secret("RW_NOTHING") is None
