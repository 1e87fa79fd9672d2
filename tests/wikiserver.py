"""A local MediaWiki-API-shaped HTTP server for the fetch tests (127.0.0.1 only)."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

WIKITEXT = """{{Infobox person
| name = Lesia Dovbush
| birth_date = {{birth date|1979|10|2|df=y}}
| occupation = Lawyer
}}
'''Lesia Dovbush''' (born {{birth date|1979|10|2|df=y}}) is a lawyer.<ref>{{cite web|title=Bar register|url=https://bar.example.org/ld|date=2020}}</ref>

== Career ==
She opened a practice in {{start date|2009}} and was detained on 14 March 2021.

== References ==
{{reflist}}
"""


def _page(title: str, wiki: str = "en") -> dict[str, Any]:
    return {"pageid": 77, "ns": 0, "title": title,
            "fullurl": f"https://{wiki}.wikipedia.org/wiki/{title.replace(' ', '_')}",
            "revisions": [{"revid": 123456, "parentid": 123400,
                           "timestamp": "2026-11-30T08:15:00Z",
                           "slots": {"main": {"contentmodel": "wikitext",
                                              "contentformat": "text/x-wiki",
                                              "content": WIKITEXT}}}]}


class WikiServer:
    """Serves /w/api.php; what it answers depends on the title asked for."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.params: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                q = {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()}
                title = q.get("titles", "")
                server.hits[title] += 1
                server.agents.append(self.headers.get("User-Agent", ""))
                server.params.append(q)
                if parts.path != "/w/api.php":
                    return self._send(404, b"not here", "text/plain")
                n = server.hits[title]
                if title == "Lesia Dovbush":
                    return self._json({"query": {"pages": [_page(title)]}})
                if title == "Леся Довбуш":   # a page of the Ukrainian Wikipedia
                    return self._json({"query": {"pages": [_page(title, "uk")]}})
                if title == "Dovbush":
                    return self._json({"query": {
                        "redirects": [{"from": "Dovbush", "to": "Lesia Dovbush"}],
                        "pages": [_page("Lesia Dovbush")]}})
                if title == "Nowhere":
                    return self._json({"query": {"pages": [
                        {"ns": 0, "title": "Nowhere", "missing": True}]}})
                if title == "Busy" and n == 1:
                    return self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
                if title == "Lagged" and n == 1:
                    return self._json({"error": {"code": "maxlag", "info": "Waiting: 6 s lagged"}},
                                      {"Retry-After": "0"})
                if title == "Flaky" and n <= 2:
                    return self._send(503, b"unavailable", "text/plain")
                if title == "Down":
                    return self._send(500, b"broken", "text/plain")
                if title == "Garbage":
                    return self._send(200, b"<html>not the API</html>", "text/html")
                if title == "Slow":
                    time.sleep(1.5)
                if title in ("Busy", "Lagged", "Flaky", "Slow"):
                    return self._json({"query": {"pages": [_page(title)]}})
                return self._json({"query": {"pages": [
                    {"ns": 0, "title": title, "missing": True}]}})

            def _json(self, data: Any, headers: dict[str, str] | None = None) -> None:
                self._send(200, json.dumps(data).encode(), "application/json", headers)

            def _send(self, code: int, body: bytes, ctype: str,
                      headers: dict[str, str] | None = None) -> None:
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.api = f"http://127.0.0.1:{self.port}/w/api.php"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> WikiServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
