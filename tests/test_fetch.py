"""fetch and --article URL against a local API-shaped server (127.0.0.1, never the internet)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner
from wikiserver import WikiServer

from crimea_cli.cli import app
from crimea_cli.errors import (
    EXIT_OFFLINE,
    EXIT_REMOTE,
    EXIT_USAGE,
    FetchError,
    OfflineError,
    RemoteError,
)
from crimea_cli.fetch import CacheMode, Client, fetch_cached, fetch_page
from crimea_cli.read import read_text


@pytest.fixture
def wiki() -> Iterator[WikiServer]:
    with WikiServer() as server:
        yield server


def _fast(**kw: float) -> Client:
    waits: list[float] = []
    client = Client(backoff=0.01, sleep=waits.append, **kw)  # type: ignore[arg-type]
    client.waits = waits  # type: ignore[attr-defined]
    return client


def _run(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, args, env=env)
    return r.exit_code, r.stdout, r.stderr


def test_fetch_writes_an_article_file(wiki: WikiServer, tmp_path: Path) -> None:
    out = tmp_path / "d.wiki"
    code, _, err = _run(["fetch", "Lesia Dovbush", "-o", str(out)],
                        {"CRIMEA_CLI_WIKI_API": wiki.api})
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!-- crimea-cli\ntitle: Lesia Dovbush\n"
                           "url: https://en.wikipedia.org/wiki/Lesia_Dovbush\n"
                           "revision: 123456\ntimestamp: 2026-11-30T08:15:00Z\n-->\n")
    a = read_text(text, source=str(out))
    assert (a.title, a.origin, a.revision) == (
        "Lesia Dovbush", "https://en.wikipedia.org/wiki/Lesia_Dovbush", "123456")
    code, stdout, _ = _run(["timeline", "-a", str(out), "-f", "json"], {})
    dates = [r["date"] for r in json.loads(stdout)]
    assert "1979-10-02" in dates and "2021-03-14" in dates and "2009" in dates
    params = wiki.params[-1]
    assert params["maxlag"] == "5" and params["redirects"] == "1"
    assert params["format"] == "json" and params["action"] == "query"
    assert wiki.agents[-1].startswith("crimea-cli/") and "pypi.org" in wiki.agents[-1]


def test_redirect_is_followed(wiki: WikiServer, tmp_path: Path) -> None:
    out = tmp_path / "r.wiki"
    code, _, err = _run(["fetch", "Dovbush", "--api", wiki.api, "-o", str(out)], {})
    assert code == 0, err
    assert "title: Lesia Dovbush" in out.read_text(encoding="utf-8")
    assert "Lesia Dovbush, revision 123456" in err


def test_default_file_name_and_stdout(wiki: WikiServer, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = _run(["fetch", "Lesia Dovbush", "--api", wiki.api], {})
    assert code == 0 and (tmp_path / "Lesia_Dovbush.wiki").is_file()
    code, _, err = _run(["fetch", "Lesia Dovbush", "--api", wiki.api], {})
    assert code == EXIT_USAGE and "exists" in err          # no overwrite without --force
    code, stdout, _ = _run(["fetch", "Lesia Dovbush", "--api", wiki.api, "-o", "-"], {})
    assert code == 0 and stdout.startswith("<!-- crimea-cli")


def test_missing_page(wiki: WikiServer) -> None:
    code, _, err = _run(["fetch", "Nowhere", "--api", wiki.api], {})
    assert code == EXIT_USAGE
    assert err.strip().splitlines() == [
        f"crimea-cli: error: no page titled 'Nowhere' on 127.0.0.1:{wiki.port}"]
    with pytest.raises(FetchError):
        fetch_page("Nowhere", api=wiki.api)


def test_malformed_json(wiki: WikiServer) -> None:
    code, _, err = _run(["fetch", "Garbage", "--api", wiki.api], {})
    assert code == EXIT_REMOTE and len(err.strip().splitlines()) == 1
    assert "did not answer with the API's JSON" in err


def test_429_waits_as_told(wiki: WikiServer) -> None:
    client = _fast()
    page = fetch_page("Busy", api=wiki.api, client=client)
    assert page.title == "Busy" and wiki.hits["Busy"] == 2
    assert client.waits == [1.0]      # type: ignore[attr-defined]   # Retry-After, not the backoff


def test_maxlag_waits_and_retries(wiki: WikiServer) -> None:
    client = _fast()
    assert fetch_page("Lagged", api=wiki.api, client=client).title == "Lagged"
    assert wiki.hits["Lagged"] == 2 and client.waits == [0.0]  # type: ignore[attr-defined]


def test_5xx_retried_with_backoff(wiki: WikiServer) -> None:
    client = _fast()
    assert fetch_page("Flaky", api=wiki.api, client=client).title == "Flaky"
    assert wiki.hits["Flaky"] == 3 and client.waits == [0.01, 0.02]  # type: ignore[attr-defined]
    client = _fast()
    with pytest.raises(RemoteError, match="HTTP 500; gave up after 5 attempts"):
        fetch_page("Down", api=wiki.api, client=client)
    assert wiki.hits["Down"] == 5


def test_slow_answer_past_the_timeout(wiki: WikiServer) -> None:
    client = _fast(timeout=0.3, retries=1)
    with pytest.raises(OfflineError, match=r"no answer within 0\.3 s"):
        fetch_page("Slow", api=wiki.api, client=client)


def test_offline_is_one_line_and_its_own_exit_code() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()           # nothing listens there now
    code, _, err = _run(["fetch", "Anything", "--api", f"http://127.0.0.1:{port}/w/api.php"], {})
    assert code == EXIT_OFFLINE
    assert err.strip().splitlines() == [
        f"crimea-cli: error: cannot reach 127.0.0.1:{port}: connection refused"]
    code, _, err = _run(["timeline", "-a", f"http://127.0.0.1:{port}/wiki/Anything"],
                        {"XDG_CACHE_HOME": "/nonexistent-cache"})
    assert code == EXIT_OFFLINE and len(err.strip().splitlines()) == 1


def test_article_url_twice_makes_one_request(wiki: WikiServer, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{wiki.port}/wiki/Lesia_Dovbush"
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = _run(["timeline", "-a", url, "-f", "json"], env)
    second = _run(["timeline", "-a", url, "-f", "json"], env)
    assert first[0] == second[0] == 0 and first[1] == second[1]
    assert wiki.hits["Lesia Dovbush"] == 1
    assert list((tmp_path / "cache" / "crimea-cli" / "pages").glob("*.wiki"))
    _run(["--refresh", "timeline", "-a", url, "-f", "json"], env)
    assert wiki.hits["Lesia Dovbush"] == 2
    code, _stdout, _ = _run(["--no-cache", "awards", "-a", url, "-f", "json"], env)
    assert code == 0 and wiki.hits["Lesia Dovbush"] == 3
    _run(["timeline", "-a", url, "-f", "json"], env)        # the cache is used again
    assert wiki.hits["Lesia Dovbush"] == 3


def test_no_cache_reads_from_memory(wiki: WikiServer, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    url = f"http://127.0.0.1:{wiki.port}/wiki/Lesia_Dovbush"
    got = fetch_cached(url, mode=CacheMode(use=False))
    assert isinstance(got, str) and got.startswith("<!-- crimea-cli")
    assert not (tmp_path / "crimea-cli").exists()
