"""Stream a generated Wikipedia dump through the CLI: memory, first line, MB/s.

Writes a dump in the pages-articles format (``.xml.bz2``; every tenth page a
redirect, every seventh a talk page, which are skipped) of N pages of
invented biographies in wikitext (infobox, date templates, refs, a table),
then runs ``crimea-cli timeline -a DUMP --format jsonl`` and reports:

- when the first line came, against the whole run (it must come long before
  the dump is read: the dump streams);
- the peak resident memory of the command and of its largest worker
  (``getrusage``; the bar is under 150 MB whatever the dump's size);
- the throughput in MB/s of uncompressed XML.

Usage: ``python bench/dump.py [--pages 10000] [--jobs N]``. One run; keep it short
on a shared machine.
"""

from __future__ import annotations

import argparse
import bz2
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
HEAD = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.45.0</generator>
  </siteinfo>
"""
TAIL = "</mediawiki>\n"


def page_text(i: int) -> str:
    """An invented biography in wikitext, different for each ``i``."""
    y, m, d = 1950 + i % 50, 1 + i % 12, 1 + i % 28
    town = f"Town {i % 97}"
    return f"""{{{{Infobox person
| name = Person {i}
| image = Person {i}.jpg
| birth_date = {{{{birth date and age|{y}|{m}|{d}|df=y}}}}
| birth_place = [[{town}]]
| occupation = {{{{hlist|Journalist|editor}}}}
}}}}
'''Person {i}''' (born {{{{birth date|{y}|{m}|{d}|df=y}}}}) is a journalist
from [[{town}]].<ref>{{{{cite web |title=Profile {i} |url=https://example.org/p/{i}
 |date={y + 40}}}}}</ref> She writes for the ''Example Gazette''.

== Career ==
In {{{{start date|{y + 22}}}}} she joined a regional newspaper, and from {y + 30} to {y + 35}
she edited its weekly edition.<ref name="g{i}">Gazette archive, {y + 36}.</ref>
On {d} {MONTHS[m - 1]} {y + 41} she was detained in [[City {i % 13}|the capital]]
and released two days later.<ref name="g{i}"/>

{{| class="wikitable"
! Year !! Role
|-
| {y + 22} || Reporter
|-
| {y + 30} || Editor
|}}

== Recognition ==
* {y + 44}: [[Example Press Prize]]
* {{{{circa|{y + 46}}}}}: honorary member of the union of journalists

== References ==
{{{{Reflist}}}}
[[Category:{y} births]]
"""


def pages(n: int) -> Iterator[str]:
    """The dump's ``<page>`` elements: ``n`` articles, with redirects and talk pages between."""
    rev = 900000
    for i in range(n):
        rev += 1
        if i % 10 == 9:
            yield (f"  <page>\n    <title>Person {i} (redirect)</title>\n    <ns>0</ns>\n"
                   f"    <id>{i}</id>\n    <redirect title=\"Person {i - 1}\" />\n"
                   f"    <revision><id>{rev}</id><timestamp>2026-11-01T00:00:00Z</timestamp>"
                   f"<text xml:space=\"preserve\">#REDIRECT [[Person {i - 1}]]</text>"
                   "</revision>\n  </page>\n")
        if i % 7 == 6:
            yield (f"  <page>\n    <title>Talk:Person {i}</title>\n    <ns>1</ns>\n"
                   f"    <id>{i + 10**7}</id>\n    <revision><id>{rev}</id>"
                   "<text xml:space=\"preserve\">Was she born in 1960? ~~~~</text>"
                   "</revision>\n  </page>\n")
        yield (f"  <page>\n    <title>Person {i}</title>\n    <ns>0</ns>\n    <id>{i}</id>\n"
               f"    <revision>\n      <id>{rev}</id>\n"
               "      <timestamp>2026-11-01T00:00:00Z</timestamp>\n"
               f"      <text xml:space=\"preserve\">{escape(page_text(i))}</text>\n"
               "    </revision>\n  </page>\n")


def write_dump(path: Path, n: int) -> int:
    """Write the dump (bz2 when ``path`` ends in .bz2); its uncompressed size in bytes."""
    size = 0
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "wb") as fh:
        for chunk in (HEAD, *pages(n), TAIL):
            data = chunk.encode("utf-8")
            size += len(data)
            fh.write(data)
    return size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=None)
    args = ap.parse_args()
    cli = Path(sys.executable).with_name("crimea-cli")
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "enwiki-generated-pages-articles.xml.bz2"
        size = write_dump(dump, args.pages)
        cmd = [str(cli), "timeline", "-a", str(dump), "--format", "jsonl"]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert proc.stdout is not None
        first = None
        lines = 0
        for _ in proc.stdout:
            if first is None:
                first = time.perf_counter() - t0
            lines += 1
        err = proc.stderr.read().decode() if proc.stderr else ""
        code = proc.wait()
        total = time.perf_counter() - t0
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        print(f"crimea-cli failed ({code}): {err.strip()[:300]}", file=sys.stderr)
        return 1
    print(f"dump: {args.pages:,} articles (+ redirects and talk pages), "
          f"{size / 1e6:.1f} MB of XML, {dump.name}")
    print(f"jsonl: {lines:,} lines; first line after {first or 0:.2f} s of {total:.2f} s "
          f"({100 * (first or 0) / total:.1f}% of the run)")
    print(f"peak memory (largest process): {usage.ru_maxrss / 1024:.0f} MB")
    print(f"throughput: {size / 1e6 / total:.2f} MB/s of XML "
          f"(jobs: {args.jobs or 'default'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
