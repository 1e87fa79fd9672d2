"""Fetch a page's current wikitext through the MediaWiki Action API.

``fetch_page(title_or_url)`` asks the API (``action=query``, ``prop=revisions``,
redirects followed) and returns a :class:`FetchedPage`; ``page_file_text``
is the article file ``crimea-cli fetch`` writes: the wikitext after a header
comment that records the page's title, URL, revision id and timestamp (read
back by :mod:`crimea_cli.read.wikitext`). ``fetch_cached(url)`` is the same
through a cache directory, for ``--article URL``.

The API is ``--api URL``, else ``$CRIMEA_CLI_WIKI_API``, else
``https://{lang}.wikipedia.org/w/api.php`` (for a page URL: its own host's
``/w/api.php``). As Wikimedia's API etiquette asks, requests are serial,
carry a descriptive User-Agent (with ``$CRIMEA_CLI_CONTACT`` appended when
set), send ``maxlag=5`` and wait as told when the servers are lagged or
answer 429 (``Retry-After``); 5xx answers and time-outs are retried with
exponential back-off. The standard library's urllib does the requests.

Errors: :class:`~crimea_cli.errors.OfflineError` (cannot reach the wiki,
exit 69), :class:`~crimea_cli.errors.RemoteError` (it answered with an error
or not with JSON, exit 76), :class:`~crimea_cli.errors.FetchError` (no such
page, exit 2).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .errors import FetchError, OfflineError, RemoteError

API_ENV = "CRIMEA_CLI_WIKI_API"
CONTACT_ENV = "CRIMEA_CLI_CONTACT"
DEFAULT_API = "https://{lang}.wikipedia.org/w/api.php"
TIMEOUT = 20.0
"""Seconds to wait for an answer."""
RETRIES = 4
"""Further attempts after a 429, a 5xx, a lagged server or a time-out."""
BACKOFF = 1.0
"""Seconds before the first retry; doubled each time."""
MAX_WAIT = 60.0
"""A Retry-After longer than this is not waited for."""
MAXLAG = 5
MAX_BYTES = 50 * 1024 * 1024


def user_agent() -> str:
    """The User-Agent Wikimedia's policy asks for: the tool, its version, where
    to find it, and how to reach its user when they say so."""
    contact = os.environ.get(CONTACT_ENV, "").strip()
    extra = f"; {contact}" if contact else ""
    return (f"crimea-cli/{__version__} (https://pypi.org/project/crimea-cli/{extra}) "
            f"Python-urllib/{sys.version_info[0]}.{sys.version_info[1]}")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page's current revision as the API gave it."""

    title: str
    url: str
    revision: str
    timestamp: str
    text: str
    requested: str
    """The title asked for (before redirects)."""


def api_for(target: str, lang: str = "en", api: str | None = None) -> tuple[str, str]:
    """(API endpoint, page title) for a title or a page URL."""
    api = api or os.environ.get(API_ENV) or None
    if target.startswith(("http://", "https://")):
        parts = urllib.parse.urlsplit(target)
        title = ""
        if "/wiki/" in parts.path:
            title = parts.path.split("/wiki/", 1)[1]
        else:
            title = urllib.parse.parse_qs(parts.query).get("title", [""])[0]
        title = urllib.parse.unquote(title).replace("_", " ").strip()
        if not title:
            raise FetchError(f"{target}: not a page URL (…/wiki/Title)")
        return (api or f"{parts.scheme}://{parts.netloc}/w/api.php"), title
    title = " ".join(target.replace("_", " ").split())
    if not title:
        raise FetchError("no page title given")
    return (api or DEFAULT_API).replace("{lang}", lang or "en"), title


class Client:
    """Serial requests to one API with the etiquette above; ``sleep`` is
    injectable so that tests can count waits instead of taking them."""

    def __init__(self, *, timeout: float = TIMEOUT, retries: int = RETRIES,
                 backoff: float = BACKOFF, sleep: Any = time.sleep) -> None:
        self.timeout, self.retries, self.backoff, self.sleep = timeout, retries, backoff, sleep
        self.requests = 0

    def get_json(self, api: str, params: dict[str, str]) -> dict[str, Any]:
        """The API's JSON answer to ``params``, retried as described above."""
        query = urllib.parse.urlencode({**params, "format": "json", "formatversion": "2",
                                        "maxlag": str(MAXLAG)})
        url = f"{api}{'&' if '?' in api else '?'}{query}"
        host = urllib.parse.urlsplit(api).netloc or api
        last = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2 ** attempt
            try:
                body, headers = self._get(url)
            except urllib.error.HTTPError as exc:
                if exc.code == 429 or exc.code >= 500:
                    last = f"{host} answered HTTP {exc.code}"
                    wait = _retry_after(exc.headers.get("Retry-After"), wait)
                    if wait is None:
                        break
                    self._wait(attempt, wait)
                    continue
                raise RemoteError(f"{host} answered HTTP {exc.code} {exc.reason}") from None
            except TimeoutError:
                last = f"cannot reach {host}: no answer within {self.timeout:g} s"
                self._wait(attempt, wait)
                continue
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError | socket.timeout):
                    last = f"cannot reach {host}: no answer within {self.timeout:g} s"
                    self._wait(attempt, wait)
                    continue
                raise OfflineError(f"cannot reach {host}: {_reason(exc.reason)}") from None
            except OSError as exc:
                raise OfflineError(f"cannot reach {host}: {exc.strerror or exc}") from None
            try:
                data = json.loads(body)
            except ValueError:
                raise RemoteError(f"{host} did not answer with the API's JSON "
                                  "(is --api a MediaWiki api.php?)") from None
            if not isinstance(data, dict):
                raise RemoteError(f"{host} did not answer with the API's JSON")
            error = data.get("error")
            if isinstance(error, dict) and error.get("code") == "maxlag":
                last = f"{host} is lagged: {error.get('info', '')}".rstrip(": ")
                retry = _retry_after(headers.get("Retry-After"), float(MAXLAG))
                if retry is None:
                    break
                self._wait(attempt, retry)
                continue
            if isinstance(error, dict):
                raise RemoteError(f"{host}: {error.get('code', 'error')}: "
                                  f"{error.get('info', '')}".rstrip(": "))
            return data
        if last.startswith("cannot reach"):
            raise OfflineError(last)
        raise RemoteError(f"{last or host + ' did not answer'}; gave up after "
                          f"{self.retries + 1} attempts")

    def _wait(self, attempt: int, seconds: float) -> None:
        if attempt < self.retries:
            self.sleep(seconds)

    def _get(self, url: str) -> tuple[bytes, Any]:
        req = urllib.request.Request(url, headers={
            "User-Agent": user_agent(), "Accept": "application/json",
            "Accept-Encoding": "gzip"})
        self.requests += 1
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            body = resp.read(MAX_BYTES + 1)
            if resp.headers.get("Content-Encoding", "").lower() == "gzip":
                import gzip

                body = gzip.decompress(body)
            return body, resp.headers


def _retry_after(value: str | None, default: float) -> float | None:
    """Seconds to wait from a Retry-After header (None: longer than we wait)."""
    if value is None or not value.strip():
        return default
    try:
        seconds = float(value.strip())
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return default
    if seconds > MAX_WAIT:
        return None
    return max(0.0, seconds)


def _reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "no such host (offline?)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError):
        return reason.strerror or str(reason)
    return str(reason)


def fetch_page(target: str, *, lang: str = "en", api: str | None = None,
               client: Client | None = None) -> FetchedPage:
    """The current wikitext of the page ``target`` (a title or a page URL)."""
    endpoint, title = api_for(target, lang, api)
    client = client or Client()
    data = client.get_json(endpoint, {
        "action": "query", "prop": "revisions|info", "rvprop": "content|ids|timestamp",
        "rvslots": "main", "inprop": "url", "titles": title, "redirects": "1"})
    host = urllib.parse.urlsplit(endpoint).netloc or endpoint
    try:
        pages = data["query"]["pages"]
        page = pages[0]
    except (KeyError, IndexError, TypeError):
        raise RemoteError(f"{host} did not answer with the API's JSON (no pages)") from None
    if not isinstance(page, dict):
        raise RemoteError(f"{host} did not answer with the API's JSON (no pages)")
    if page.get("missing") is not None or page.get("invalid") is not None:
        raise FetchError(f"no page titled {title!r} on {host}")
    try:
        rev = page["revisions"][0]
        slot = rev["slots"]["main"] if "slots" in rev else rev
        text = slot.get("content", slot.get("*"))
        revid = str(rev["revid"])
    except (KeyError, IndexError, TypeError, AttributeError):
        raise RemoteError(f"{host} answered without the page's revision") from None
    if not isinstance(text, str):
        raise RemoteError(f"{host} answered without the page's text")
    final = str(page.get("title") or title)
    url = str(page.get("fullurl") or "") or _page_url(endpoint, final)
    return FetchedPage(final, url, revid, str(rev.get("timestamp", "")), text, title)


def _page_url(api: str, title: str) -> str:
    parts = urllib.parse.urlsplit(api)
    path = parts.path.rsplit("/w/", 1)[0] if "/w/" in parts.path else ""
    return (f"{parts.scheme}://{parts.netloc}{path}/wiki/"
            f"{urllib.parse.quote(title.replace(' ', '_'), safe='/:(),_-.~')}")


def page_file_text(page: FetchedPage) -> str:
    """The article file for ``page``: the header comment, then the wikitext."""
    def clean(s: str) -> str:
        return " ".join(s.replace("--", "- -").split())

    return ("<!-- crimea-cli\n"
            f"title: {clean(page.title)}\nurl: {clean(page.url)}\n"
            f"revision: {clean(page.revision)}\ntimestamp: {clean(page.timestamp)}\n"
            "-->\n" + page.text + ("" if page.text.endswith("\n") else "\n"))


def default_file_name(page: FetchedPage) -> str:
    """``Title_of_the_page.wiki``, safe as a file name."""
    name = "".join(c if c.isalnum() or c in "-_.()," else "_"
                   for c in page.title.replace(" ", "_")).strip("._") or "page"
    return name[:150] + ".wiki"


# ---- the cache for --article URL ---------------------------------------------

CACHE_ENV = "XDG_CACHE_HOME"


@dataclass(slots=True)
class CacheMode:
    """How ``--article URL`` uses the cache (set by ``--no-cache``, ``--refresh``)."""

    use: bool = True
    refresh: bool = False


CACHE = CacheMode()


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/crimea-cli/pages`` (``~/.cache`` when unset)."""
    base = os.environ.get(CACHE_ENV) or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "crimea-cli" / "pages"


def cache_path(url: str, api: str | None = None) -> Path:
    """Where the page at ``url`` is cached (one file per API and title)."""
    endpoint, title = api_for(url, api=api)
    key = hashlib.sha256(f"{endpoint}\n{title}".encode()).hexdigest()[:24]
    return cache_dir() / f"{key}.wiki"


def fetch_cached(url: str, *, client: Client | None = None,
                 mode: CacheMode | None = None) -> Path | str:
    """The article file for the page at ``url``: from the cache when it is
    there (unless refreshing), else fetched and cached. With the cache off,
    the page's file text itself (a str), which the caller reads from memory."""
    mode = mode or CACHE
    path = cache_path(url)
    if mode.use and not mode.refresh and path.is_file():
        return path
    text = page_file_text(fetch_page(url, client=client))
    if not mode.use:
        return text
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return text   # an unwritable cache is no reason to fail
    return path
