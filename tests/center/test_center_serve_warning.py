"""``serve`` listening beyond this machine with no reverse proxy named says, in the run's language, that it must
sit behind the proxy of docs/deployment.md: uvicorn alone has no time limit for a request's headers, and 70
connections sending a header byte every 8 s stopped the center answering anyone."""

from __future__ import annotations

import pytest
import uvicorn

from desktop.center.cli import main
from desktop.sync.key_files import EncryptedKeyFile


@pytest.fixture
def serve_args(tmp_path, monkeypatch) -> list[str]:
    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", "center-pass-123")
    EncryptedKeyFile(tmp_path / "center.key").create("center-pass-123")
    monkeypatch.setattr(uvicorn.Server, "run", lambda self: None)  # configured, never started
    return ["serve", "--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(tmp_path / "center.key")]


@pytest.mark.parametrize(("host", "address"), [("0.0.0.0", "http://0.0.0.0:8400"), ("::", "http://[::]:8400"),
                                               ("192.0.2.10", "http://192.0.2.10:8400"),
                                               ("center.example.ir", "http://center.example.ir:8400")])
def test_serve_on_an_outside_address_without_a_proxy_warns_it_must_sit_behind_one(
        serve_args, capsys, host, address) -> None:
    assert main([*serve_args, "--host", host]) == 0
    err = capsys.readouterr().err
    assert f"listens on {address} with no reverse proxy" in err and "docs/deployment.md" in err
    assert "request headers take more than 10 s" in err  # what it bounds on its own (connections.py), and what not


def test_the_warning_is_in_persian_for_a_persian_run(serve_args, capsys) -> None:
    assert main([*serve_args, "--host", "0.0.0.0", "--lang", "fa"]) == 0
    err = capsys.readouterr().err
    assert "روی http://0.0.0.0:8400 گوش می‌دهد" in err and "docs/deployment.md" in err  # the address as typed


@pytest.mark.parametrize("extra", [["--host", "127.0.0.1"], ["--host", "::1"], ["--host", "localhost"], [],
                                   ["--host", "0.0.0.0", "--forwarded-allow-ips", "10.0.0.5"]])
def test_serve_on_this_machine_or_behind_a_named_proxy_does_not_warn(serve_args, capsys, extra) -> None:
    assert main([*serve_args, *extra]) == 0
    assert "reverse proxy" not in capsys.readouterr().err
