"""Oracle: two SHA-256 digests of everything the engine outputs, over a fixed input.

A change meant to keep the output identical (a refactoring, a speed-up) must
leave both digests as they were; a change of what is extracted changes them.

* ``library``: the parse (every statement: source, section, offsets, text),
  every event (its record, with what it was resolved from, and its date's
  span and parts), every award and every fact row, article by article;
* ``formats``: every renderer (all eight formats) over every kind of record
  of the whole input, and the ``crimea-cli`` commands themselves (timeline,
  awards, search, facts, in every format) over the devset and a part of the
  generated corpus, run in this process (CliRunner), exit codes included.

The input is fixed (seeded): the devset and extra fixture articles and the
bundled one; a generated corpus of about 1.5 MB (devset articles, names and
years varied, as ``throughput.py`` builds it); over 100,000 generated
statements in articles of their own (date forms, quantities, labels, awards,
relative phrases, lists and infoboxes, written for this script); and a few
thousand fuzz-mutated articles (``fuzz.py``'s mutations, cut at 12 KB so the
run stays short), decoded as files are (most are then refused: invalid UTF-8,
NUL bytes) and passed to the parser as text (digested, not rendered). Run from the repository root:

    python bench/oracle.py                       # the working tree's package
    python bench/oracle.py --ref main            # another commit (git archive)
    python bench/oracle.py --without YEAR_PREPOSITIONS:in   # one word fewer

``--without TABLE:WORD`` removes one word from a table of English
(``crimea_cli.lang.en``; ``YEAR_PREPOSITIONS`` or ``year_prepositions``)
before the engine is imported, to show that the digests see it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
AS_OF = dt.date(2026, 1, 1)
FUZZ_CUT = 12_000
CLI_CORPUS = 8   # generated corpus articles the commands run over, with the devset

# --- the generated statements (written for this script) ----------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
NAMES = ("Oleksa Brovko", "Dana Ilyina", "Tomas Vert", "Ayla Kurtova", "Ihor Selin",
         "Maren Dahl", "Petro Hulak", "Zarema Osman")
PRIZES = ("Golden Quill Prize", "Order of Merit", "Medal for Courage", "Sakura Award",
          "Prize for Free Expression", "Honorary Citizenship", "Lantern Award")
GIVERS = ("the city council", "the President", "the Writers' Union", "the academy")
VERBS = ("was arrested", "was detained", "was released", "was sentenced to six years",
         "moved to Kyiv", "was born", "died", "was elected mayor", "founded a newspaper",
         "was searched by police", "resigned", "graduated", "married", "was charged",
         "testified in court", "went on hunger strike", "was deported", "returned home")
RELATIVE = ("two weeks later", "three days later", "the following year", "a month earlier",
            "the next day", "five years later", "the previous year", "ten days after that",
            "later that year", "the same month")
QUANTITIES = ("rubles", "people", "kilometres", "pages", "signatures", "euros", "copies",
              "soldiers", "hectares")
LABELS = ("Article", "Resolution", "Art.", "No.", "Case", "Route", "Flight", "Room")
PREPS = ("in", "on", "by", "since", "until", "after", "before", "during", "around", "from")
QUALIFIERS = ("early", "mid", "late", "the early", "the late")


def _date(rnd: random.Random) -> str:
    y = rnd.randint(1700, 2030)
    m = rnd.randrange(12)
    d = rnd.randint(1, 28)
    form = rnd.randrange(22)
    return [
        lambda: f"{d} {MONTHS[m]} {y}",
        lambda: f"{MONTHS[m]} {d}, {y}",
        lambda: f"{MONTHS[m]} {y}",
        lambda: f"{y}",
        lambda: f"the {y // 10 * 10}s",
        lambda: f"the {rnd.randint(12, 21)}th century",
        lambda: f"c. {y}",
        lambda: f"{d}–{d + rnd.randint(1, 3)} {MONTHS[m]} {y}",
        lambda: f"{MONTHS[m]} {y} to {MONTHS[(m + 2) % 12]} {y + 1}",
        lambda: f"{y} to {y + rnd.randint(1, 9)}",
        lambda: f"between {y} and {y + rnd.randint(1, 12)}",
        lambda: f"{y}-{m + 1:02d}-{d:02d}",
        lambda: f"{d} {MONTHS[m]}",
        lambda: f"{MONTHS[m]} {d}",
        lambda: f"{rnd.choice(QUALIFIERS)} {y // 10 * 10}s",
        lambda: f"{y}–present",
        lambda: f"mid-{y}",
        lambda: f"{rnd.choice(ABBR)} {y}",
        lambda: f"{y}–{str(y + rnd.randint(1, 9))[-2:]}",
        lambda: f"the winter of {y}",
        lambda: f"{d}–{d + 1} {MONTHS[m]}",
        lambda: f"{rnd.randint(1, 99)}",
    ][form]()


def _sentence(rnd: random.Random, name: str) -> str:
    who = rnd.choice((name, name.split()[-1], "He", "She", "The activist"))
    date = _date(rnd)
    form = rnd.randrange(14)
    if form == 0:
        return f"{who} {rnd.choice(VERBS)} {rnd.choice(PREPS)} {date}."
    if form == 1:
        return f"On {date}, {who.lower() if who in ('He', 'She') else who} {rnd.choice(VERBS)}."
    if form == 2:
        return f"{rnd.choice(RELATIVE).capitalize()}, {who} {rnd.choice(VERBS)}."
    if form == 3:
        return f"{who} was awarded the {rnd.choice(PRIZES)} in {date}."
    if form == 4:
        return (f"In {date} {rnd.choice(GIVERS)} awarded {who if who[0].isupper() else 'him'}"
                f" the {rnd.choice(PRIZES)}.")
    if form == 5:
        return f"{who} received the {rnd.choice(PRIZES)} ({date}) from {rnd.choice(GIVERS)}."
    if form == 6:
        return (f"The fine was {rnd.randint(100, 99999)} {rnd.choice(QUANTITIES)}, "
                f"under {rnd.choice(LABELS)} {rnd.randint(1, 2100)}.")
    if form == 7:
        return f"{rnd.randint(1000, 2099)} {rnd.choice(QUANTITIES)} signed the letter in {date}."
    if form == 8:
        return f"From {date} to {_date(rnd)} {who} {rnd.choice(VERBS)}."
    if form == 9:
        return f"{who} {rnd.choice(VERBS)} {rnd.choice(RELATIVE)}, on {date}."
    if form == 10:
        return f"The {rnd.choice(PRIZES)} {date} went to {who}."
    if form == 11:
        return f"{who} was nominated for the {rnd.choice(PRIZES)} but did not win it in {date}."
    if form == 12:
        times = rnd.randint(2, 9)
        return f"Between {date} and {_date(rnd)}, {who} {rnd.choice(VERBS)} {times} times."
    return f"{who} {rnd.choice(VERBS)}, {rnd.choice(RELATIVE)}, in {date} ({_date(rnd)})."


def generated_articles(statements: int, seed: int = 11) -> list[str]:
    """Articles of generated statements: an infobox, sections of paragraphs and lists."""
    rnd = random.Random(seed)
    out: list[str] = []
    made = 0
    while made < statements:
        name = rnd.choice(NAMES)
        lines = [f"= {name} =", "", name,
                 f"- Born: {_date(rnd)}, Lviv", f"- Awards: {rnd.choice(PRIZES)} ({_date(rnd)})",
                 "", f"{name} (born {_date(rnd)}) is a journalist."]
        made += 3
        for s in range(rnd.randint(4, 8)):
            lines += ["", f"== {'Awards' if s == 3 else 'Part ' + str(s)} =="]
            for _ in range(rnd.randint(3, 10)):
                sentences = [_sentence(rnd, name) for _ in range(rnd.randint(1, 8))]
                lines.append(" ".join(sentences))
                made += len(sentences)
            if rnd.random() < 0.5:
                for _ in range(rnd.randint(2, 6)):
                    lines.append(rnd.choice((f"- {_date(rnd)}: {rnd.choice(PRIZES)}",
                                             f"- {rnd.choice(PRIZES)} ({_date(rnd)})",
                                             f"- {rnd.choice(VERBS).capitalize()}, {_date(rnd)}")))
                    made += 1
        out.append("\n".join(lines) + "\n")
    return out


# --- the digests ---------------------------------------------------------------


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")


def _date_key(d: Any) -> Any:
    if d is None:
        return None
    return [d.edtf, d.precision.value, d.start, d.end, list(d.span), d.approximate,
            None if d.parts is None else [_date_key(p) for p in d.parts]]


class Oracle:
    """Feeds each article's results to the two hashes."""

    def __init__(self, trace: Any = None) -> None:
        self.library = hashlib.sha256()
        self.formats = hashlib.sha256()
        self.trace = trace
        self.records: dict[str, list[dict[str, Any]]] = {
            "events": [], "awards": [], "hits": [], "facts": []}
        self.counts = {"articles": 0, "statements": 0, "events": 0, "awards": 0,
                       "errors": 0}

    def article(self, tag: str, text: str | bytes, render: bool = True) -> None:
        """Digest one article's parse and records (and keep them to render)."""
        from crimea_cli import ArticleError, extract_awards, extract_events, parse_article
        from crimea_cli.article import decode
        from crimea_cli.facts import compute_facts
        from crimea_cli.query import match_statement
        from crimea_cli.records import award_record, event_record, hit_record

        h = self.library
        h.update(_dump(["article", tag]))
        try:
            art = parse_article(decode(text) if isinstance(text, bytes) else text, name=tag)
        except ArticleError as exc:
            h.update(_dump(["error", str(exc)]))
            self.counts["errors"] += 1
            return
        self.counts["articles"] += 1
        h.update(_dump(["title", art.title]))
        for st in art.statements:
            h.update(_dump([st.index, st.source.value, list(st.section), st.start, st.end,
                            st.text]))
        self.counts["statements"] += len(art.statements)
        events = extract_events(art)
        for ev in events:
            rec = event_record(ev)
            h.update(_dump(["event", rec, _date_key(ev.date), ev.statement.index,
                            None if ev.resolved_from is None
                            else [_date_key(ev.resolved_from.date),
                                  ev.resolved_from.statement.index]]))
            if render:
                self.records["events"].append(rec)
        self.counts["events"] += len(events)
        awards = extract_awards(art, events)
        for aw in awards:
            rec = award_record(aw)
            h.update(_dump(["award", rec, _date_key(aw.date)]))
            if render:
                self.records["awards"].append(rec)
        self.counts["awards"] += len(awards)
        for row in compute_facts(art, events, AS_OF):
            rec = {"label": row.label, "value": row.value, "source": row.source,
                   "article": row.article}
            h.update(_dump(["fact", rec]))
            if render:
                self.records["facts"].append(rec)
        first: dict[int, str] = {}
        for ev in sorted(events, key=lambda e: e.date.span[0]):
            first.setdefault(ev.statement.index, ev.date.edtf)
        for st in art.statements:
            spans = match_statement(st.text, ["court"], fuzzy=False)
            if spans and render:
                self.records["hits"].append(hit_record(st, art.title, first.get(st.index), spans))

    def _format(self, key: list[Any], value: Any) -> None:
        item = _dump([key, value])
        self.formats.update(item)
        if self.trace:
            print(hashlib.sha256(item).hexdigest()[:16], *key, file=self.trace)

    def render_all(self) -> None:
        """Every format over every kind of record."""
        from crimea_cli.errors import CrimeaError
        from crimea_cli.render import FORMATS, Terminal, renderer

        term = Terminal(color=True, width=80, is_tty=True)
        for name in FORMATS:
            for kind, records in self.records.items():
                buf = io.StringIO()
                try:
                    renderer(name).render(kind, records, buf, term)
                    out = buf.getvalue()
                except CrimeaError as exc:
                    out = f"error: {exc}"
                self._format(["render", name, kind], out)

    def commands(self, folders: list[str]) -> None:
        """The commands, in every format, over the given folders of articles."""
        from typer.testing import CliRunner

        from crimea_cli.cli import app

        runner = CliRunner()
        arts = [a for f in folders for a in ("-a", f)]
        calls = [["timeline", *arts], ["timeline", *arts, "--reverse", "-n", "50"],
                 ["timeline", *arts, "--from", "1990", "--to", "2015", "-c", "detention"],
                 ["awards", *arts], ["search", "court", *arts],
                 ["search", "--fuzzy", "Mustafaev", *arts],
                 ["facts", "--as-of", "2025-06-01", *arts]]
        for call in calls:
            for fmt in ("rich", "table", "json", "jsonl", "csv", "markdown", "timelinejs",
                        "ics"):
                args = [*call, "--format", fmt, "--no-color"]
                res = runner.invoke(app, args, env={"COLUMNS": "100", "NO_COLOR": "1"})
                err = getattr(res, "stderr", "") if res.stderr_bytes is not None else ""
                shown = [a for a in args if a not in arts]   # not the temporary folder's name
                out = res.stdout
                for k, folder in enumerate(folders):   # records name their file (origin)
                    out, err = out.replace(folder, f"<{k}>"), err.replace(folder, f"<{k}>")
                self._format(["cli", *shown], [res.exit_code, out, err])


def fuzzed(n: int) -> Iterator[bytes]:
    sys.path.insert(0, str(ROOT / "bench"))
    from fuzz import mutate

    for i in range(n):
        yield mutate(random.Random(i))[:FUZZ_CUT]


def run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    if args.without:
        import dataclasses

        import crimea_cli.lang.en as en

        table, _, word = args.without.partition(":")
        name = table.lower()
        if name not in {f.name for f in dataclasses.fields(en.LANGUAGE)}:
            raise SystemExit(f"oracle: English has no table {table!r}")
        value = getattr(en.LANGUAGE, name)
        if isinstance(value, str):
            raise SystemExit(f"oracle: English's {name} is one word ({value!r}), not a table")
        rows = bool(value) and all(isinstance(row, tuple) for row in value)
        if word not in (value if not rows else [w for _, words in value for w in words]):
            raise SystemExit(f"oracle: {word!r} is not in English's {name}")
        if rows:   # (name, words) rows: the word leaves every row
            value = tuple((row, tuple(w for w in words if w != word)) for row, words in value)
        elif isinstance(value, dict):
            value = {k: v for k, v in value.items() if k != word}
        else:
            value = type(value)(w for w in value if w != word)
        # before the engine's modules are imported: they read the language once
        en.LANGUAGE = dataclasses.replace(en.LANGUAGE, **{name: value})
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import build_corpus

    import crimea_cli

    trace = open(args.trace, "w", encoding="utf-8") if args.trace else None  # noqa: SIM115
    oracle = Oracle(trace)
    fixtures = sorted((FIXTURES / "devset" / "articles").glob("*.txt")) + sorted(
        (FIXTURES / "extra" / "articles").glob("*.txt")) + [ROOT / "data" / "seed.txt"]
    for path in fixtures:
        oracle.article(path.name, path.read_text(encoding="utf-8"))
    corpus = build_corpus(args.mb, seed=7)
    for i, text in enumerate(corpus):
        oracle.article(f"corpus-{i:05d}", text)
    for i, text in enumerate(generated_articles(args.statements)):
        oracle.article(f"generated-{i:05d}", text)
    for i, data in enumerate(fuzzed(args.fuzz)):
        oracle.article(f"fuzz-{i:05d}", data)   # decoded as the commands decode files
        # and the mutated text itself, as a caller of the library might pass it
        oracle.article(f"fuzz-text-{i:05d}", data.decode("utf-8", "replace"), render=False)
    t_lib = time.perf_counter() - t0
    oracle.render_all()
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "corpus"
        part.mkdir()
        for i, text in enumerate(corpus[:CLI_CORPUS]):
            (part / f"{i:03d}.txt").write_text(text, encoding="utf-8")
        oracle.commands([str(FIXTURES / "devset" / "articles"),
                         str(FIXTURES / "extra" / "articles"), str(part)])
    counts = ", ".join(f"{v:,} {k}" for k, v in oracle.counts.items())
    print(f"crimea_cli from {Path(crimea_cli.__file__).parent}")
    print(f"input: {counts}; corpus {sum(len(t.encode()) for t in corpus) / 1e6:.2f} MB")
    print(f"library {oracle.library.hexdigest()}")
    print(f"formats {oracle.formats.hexdigest()}")
    print(f"({t_lib:.1f} s library, {time.perf_counter() - t0:.1f} s in all)", file=sys.stderr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", help="digest this git commit's package instead (git archive)")
    ap.add_argument("--without", metavar="TABLE:WORD",
                    help="remove WORD from the English table TABLE first")
    ap.add_argument("--trace", metavar="FILE",
                    help="write one line per formats item (its hash, what it is), to diff")
    ap.add_argument("--mb", type=float, default=1.5, help="generated corpus size (1.5 MB)")
    ap.add_argument("--statements", type=int, default=100_000,
                    help="generated statements (100,000)")
    ap.add_argument("--fuzz", type=int, default=2_000, help="fuzz-mutated articles (2,000)")
    args = ap.parse_args()
    if args.ref:
        with tempfile.TemporaryDirectory() as tmp:
            data = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "src", "data"],
                                  check=True, capture_output=True).stdout
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                tar.extractall(tmp, filter="data")
            env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
            argv = [a for a in sys.argv[1:]]
            i = argv.index("--ref")
            del argv[i:i + 2]
            return subprocess.run([sys.executable, __file__, *argv], env=env).returncode
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
