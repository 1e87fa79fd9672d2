"""History of the library's cost, commit by commit, in instructions.

For every commit of a range (default ``164d708..main``, the code before
issue 11 up to main) that touches ``src/``, and for the range's first end,
exports the commit's ``src/`` (``git archive``) into ``OUT/tree`` (one path
for every commit: the counts move by up to 0.3% with a folder's name) and
runs the two passes of ``bench/throughput.py`` -- the timeline
(``parse_article`` + ``extract_events``) and the timeline with awards (the
same + ``extract_awards``) -- over one fixed corpus: ``build_corpus`` of the
working tree's ``bench/throughput.py`` (``--mb``, default 0.1 MB), the same
texts for every commit. Each commit is run in a fresh process of this venv's
python with ``PYTHONPATH=<tree>/src`` (the worker checks that ``crimea_cli``
comes from the tree), under ``nice -n 19 valgrind --tool=callgrind`` with
``PYTHONHASHSEED=0``: the counts are instructions, deterministic (the same
run twice gives the same numbers) and blind to the other work on the machine.

Imports and first-use work (regex compilation, caches) are left out without a
second run: the worker runs both passes over a warm-up (the first six
articles), then calls ``os.getppid()`` between the phases, and callgrind
(``--dump-before=getppid``) dumps and zeroes its counters at each call; the
counts of the second and third dump are the timeline pass and the
timeline+awards pass over the corpus, with warm caches. A commit that changes
no module the passes import (the wide run lists them, in the commit's and in
its parent's tree) and no other file under src/ is not run: it has its
parent's counts (ratio 1).

Whether a commit changed the output is measured too: the worker digests the
events and awards it found on the corpus (date and span, kind, category,
statement offsets, article, what an event was resolved from; an award's name,
date, giver and offsets), and a second, native process (``--wide``) digests
the same over a wider input: the WikiWars development articles
(``../shared``), the fixture articles, the bundled one and ``--statements``
of bench/oracle.py's generated statements (about 1.5 MB). This is a proxy of
bench/oracle.py's library digest (it sees no parse, facts or formats, and a
rule that fires on none of these texts is not seen).

Run from the repository root (a commit takes about 10-25 s of callgrind and
2-5 s of the wide digest, by the machine's load; the default range 30-60
minutes)::

    python bench/history.py                       # 164d708..main
    python bench/history.py --limit 3             # the first end and 3 commits
    python bench/history.py --range A..B --mb 0.1 --out /tmp/history

Prints, and writes to ``OUT/history.tsv``, one row per commit: commit, date,
class (below), whether the output changed from the parent, both digests,
the instructions of each pass and their ratio to the parent (this / parent:
above 1 costs, below 1 saves), the subject. Then a summary (also
``OUT/summary.txt``): the counts at both ends, the product of the ratios per
class (issue11 = the message claims an unchanged output, see ``CLAIM``;
other = the rest, split by whether the output changed), the cross-check (the
product of all ratios against last/first), the lists, and the 10 costliest
and the 10 most saving commits. Results are kept per commit in
``OUT/cache.jsonl`` and ``OUT/wide.jsonl`` (keyed by commit, input and
method), so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WARM = 6          # articles of the warm-up (one per devset article)
MARKER = "getppid"  # the C function whose calls separate the phases
METHOD = 2        # bump when the measurement changes: the cache is keyed by it (2: fixed paths)
WIDE_METHOD = 2   # the same for the wide digest (2: it lists the modules the passes import)

# A message that claims the output is unchanged (the issue-11 commits say so).
CLAIM = re.compile(
    r"digests?\s+(?:are\s+|stay\s+|stayed\s+|remain\s+)?unchanged|oracle\s+digests"
    r"|output\s+unchanged|same\s+output|unchanged\s+output|\bissue\s+11\b",
    re.IGNORECASE)


# --- the worker: runs inside the measured tree's package ----------------------

def work(corpus_file: str) -> int:
    """The passes over the corpus in ``corpus_file``, separated by calls to
    ``os.getppid`` (callgrind dumps its counters there); prints the package's
    file and a digest of the output, as JSON."""
    corpus: list[str] = json.loads(Path(corpus_file).read_text(encoding="utf-8"))
    import crimea_cli
    from crimea_cli import extract_awards, extract_events, parse_article

    kept: list[tuple[list[Any], list[Any]]] = []

    def timeline(texts: list[str]) -> None:
        for text in texts:
            extract_events(parse_article(text))

    def with_awards(texts: list[str], keep: bool) -> None:
        for text in texts:
            article = parse_article(text)
            events = extract_events(article)
            awards = extract_awards(article, events)
            if keep:
                kept.append((events, awards))

    timeline(corpus[:WARM])
    with_awards(corpus[:WARM], False)
    os.getppid()
    timeline(corpus)
    os.getppid()
    with_awards(corpus, True)
    os.getppid()

    print(json.dumps({"file": crimea_cli.__file__, **digest(kept)}))
    return 0


def digest(kept: list[tuple[list[Any], list[Any]]]) -> dict[str, Any]:
    """A digest of events and awards (what the history compares), and their counts."""
    def date(d: Any) -> object:
        return None if d is None else (d.edtf, tuple(d.span))

    def stmt(s: Any) -> object:
        return (getattr(s, "start", None), getattr(s, "end", None))

    def event(e: Any) -> object:
        kind = getattr(e.kind, "name", str(e.kind))
        origin = e.resolved_from
        return (date(e.date), kind, e.category, stmt(e.statement), e.article,
                None if origin is None else (date(origin.date), stmt(origin.statement)))

    sha = hashlib.sha256()
    n_events = n_awards = 0
    for events, awards in kept:
        for e in events:
            sha.update(repr(event(e)).encode("utf-8"))
            n_events += 1
        sha.update(b"|")
        for a in awards:
            sha.update(repr((a.name, date(a.date), a.conferred_by, stmt(a.statement),
                             a.article)).encode("utf-8"))
            n_awards += 1
        sha.update(b"#")
    return {"digest": sha.hexdigest()[:16], "events": n_events, "awards": n_awards}


def work_wide(inputs_file: str) -> int:
    """The output digest over the wide input in ``inputs_file`` (a JSON list of
    texts), run natively: each text's events and awards, or the error it raised."""
    texts: list[str] = json.loads(Path(inputs_file).read_text(encoding="utf-8"))
    import crimea_cli
    from crimea_cli import extract_awards, extract_events, parse_article

    kept: list[tuple[list[Any], list[Any]]] = []
    failures: list[tuple[int, str]] = []
    for i, text in enumerate(texts):
        try:
            article = parse_article(text)
            events = extract_events(article)
            kept.append((events, extract_awards(article, events)))
        except Exception as error:  # an old tree's bug is part of its output
            failures.append((i, type(error).__name__))
    result = digest(kept)
    if failures:
        mixed = (result["digest"] + repr(failures)).encode("utf-8")
        result["digest"] = hashlib.sha256(mixed).hexdigest()[:16]
    tree = Path(str(crimea_cli.__file__)).resolve().parents[2]
    files = [getattr(m, "__file__", None) for name, m in list(sys.modules.items())
             if name.split(".")[0] == "crimea_cli"]
    modules = sorted(str(Path(f).resolve().relative_to(tree)) for f in files if f)
    print(json.dumps({"file": crimea_cli.__file__, **result, "errors": len(failures),
                      "modules": modules}))
    return 0


# --- the driver ----------------------------------------------------------------

def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True,
                          capture_output=True, text=True).stdout


def build_corpus(megabytes: float) -> list[str]:
    """``build_corpus`` of the working tree's bench/throughput.py."""
    spec = importlib.util.spec_from_file_location("throughput", ROOT / "bench" / "throughput.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus: list[str] = module.build_corpus(megabytes)
    return corpus


def totals(prefix: Path) -> list[int]:
    """The instruction totals of callgrind's dumps (``prefix.1``, ``.2``, ...),
    checking that each was triggered by the marker."""
    out = []
    for part in range(1, 4):
        text = (prefix.parent / f"{prefix.name}.{part}").read_text(encoding="utf-8")
        if f"Trigger: --dump-before={MARKER}" not in text:
            raise RuntimeError(f"dump {part} not triggered by {MARKER}")
        found = re.search(r"^totals:\s+(\d+)", text, re.MULTILINE)
        if found is None:
            raise RuntimeError(f"dump {part} has no totals")
        out.append(int(found.group(1)))
    if (prefix.parent / f"{prefix.name}.4").exists():
        raise RuntimeError(f"{MARKER} called outside the markers")
    return out


def run_worker(commit: str, corpus_file: Path, mode: str, tmp: Path) -> dict[str, Any]:
    """One worker process over ``commit``'s ``src/``, exported into the folder
    ``tmp`` (emptied first: the same path for every commit, since the counts
    move by up to 0.3% with the length and letters of a temporary folder's
    name): ``--work`` under callgrind (the instructions of both passes and the
    corpus digest), or ``--wide`` natively (the digest over the wide input)."""
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        data = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                              check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(tmp / "tree", filter="data")
        src = tmp / "tree" / "src"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(PYTHONPATH=str(src), PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
                   XDG_CACHE_HOME=str(tmp / "cache"), HOME=str(tmp))
        prefix = tmp / "cg.out"
        command = [sys.executable, str(Path(__file__).resolve()), mode, str(corpus_file)]
        if mode == "--work":
            command = ["valgrind", "--tool=callgrind", f"--dump-before={MARKER}",
                       f"--callgrind-out-file={prefix}", *command]
        run = subprocess.run(["nice", "-n", "19", *command], capture_output=True, text=True,
                             cwd=tmp, env=env)
        if run.returncode != 0:
            raise RuntimeError(f"{commit}: worker failed:\n{run.stderr[-2000:]}")
        result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
        if not Path(result.pop("file")).resolve().is_relative_to(src.resolve()):
            raise RuntimeError(f"{commit}: crimea_cli did not come from the tree")
        if mode == "--work":
            result["awards_found"] = result.pop("awards")
            result["warm"], result["timeline"], result["awards"] = totals(prefix)
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def wide_input(statements: int) -> list[str]:
    """The texts the wide digest reads: the WikiWars development articles (when
    ../shared is there), the devset and extra fixture articles, the bundled one,
    and ``statements`` of bench/oracle.py's generated statements."""
    paths = sorted((ROOT.parent / "shared" / "wikiwars-dev" / "articles").glob("*.txt"))
    for folder in ("devset", "extra"):
        paths += sorted((ROOT / "tests" / "fixtures" / folder / "articles").glob("*.txt"))
    paths.append(ROOT / "data" / "seed.txt")
    texts = [p.read_text(encoding="utf-8") for p in paths if p.is_file()]
    spec = importlib.util.spec_from_file_location("oracle", ROOT / "bench" / "oracle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated: list[str] = module.generated_articles(statements)
    return texts + generated


class Cache:
    """Results kept per key in a JSON Lines file, so that a run resumes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any]] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                self.entries[self.key(entry)] = entry["result"]

    @staticmethod
    def key(entry: dict[str, Any]) -> str:
        return f"{entry['commit']} {entry['corpus']} {entry['method']}"

    def get(self, entry: dict[str, Any]) -> dict[str, Any] | None:
        return self.entries.get(self.key(entry))

    def put(self, entry: dict[str, Any], result: dict[str, Any]) -> None:
        self.entries[self.key(entry)] = result
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps({**entry, "result": result}) + "\n")


def touches(parent: str, commit: str, modules: set[str]) -> bool:
    """Whether ``commit`` changes, from ``parent``, a file under src/ that is no
    module of ``modules`` (the ones the passes import, in either tree) or not
    Python at all: if it does not, the passes run the same code."""
    changed = git("diff", "--name-only", parent, commit, "--", "src").split()
    return any(not path.endswith(".py") or path in modules for path in changed)


def classify(message: str) -> str:
    return "issue11" if CLAIM.search(message) else "other"


def product(rows: list[dict[str, Any]], key: str) -> float:
    return math.exp(sum(math.log(r[key]) for r in rows))


def group_line(label: str, members: list[dict[str, Any]]) -> str:
    if not members:
        return f"{label}: no commits"
    t, a = product(members, "rt"), product(members, "ra")
    return (f"{label}: {len(members)} commits: product of ratios timeline {t:.4f} "
            f"(speed-up {1 / t:.3f}x), timeline+awards {a:.4f} (speed-up {1 / a:.3f}x)")


def summary(rows: list[dict[str, Any]], base: dict[str, Any], mb: float,
            wide: str) -> list[str]:
    """The summary lines for ``rows`` (every measured commit after ``base``)."""
    last = rows[-1]
    lines = [f"corpus: build_corpus({mb}) of the working tree's bench/throughput.py; "
             "instructions (callgrind) of each pass with warm caches, imports and warm-up "
             "left out; ratio = this commit / its parent (above 1 costs)"]
    for name, r in (("first", base), ("last", last)):
        lines.append(f"{name} {r['short']} {r['date']}: timeline {r['timeline']:,} "
                     f"timeline+awards {r['awards']:,} (imports and warm-up {r['warm']:,}; "
                     f"{r['events']} events, {r['awards_found']} awards on the corpus)")
    for key, label in (("timeline", "timeline"), ("awards", "timeline+awards")):
        lines.append(f"{label}: last/first {last[key] / base[key]:.4f} instructions "
                     f"(speed-up first/last {base[key] / last[key]:.3f}x)")
    lines += ["", "classification: issue11 = the commit message claims an unchanged output, "
              f"/{CLAIM.pattern}/i; other = the rest. Measured: 'changed' = the digest of "
              f"events and awards changed from the parent's, on the corpus or on {wide}"]
    i11 = [r for r in rows if r["class"] == "issue11"]
    other = [r for r in rows if r["class"] == "other"]
    lines += [group_line("issue11", i11), group_line("other", other),
              group_line("  other, output changed", [r for r in other if r["changed"]]),
              group_line("  other, output same", [r for r in other if not r["changed"]]),
              group_line("output changed (any class)", [r for r in rows if r["changed"]]),
              group_line("output same (any class)", [r for r in rows if not r["changed"]])]
    skipped = [r["short"] for r in rows if r["skipped"]]
    lines.append(f"not run under callgrind ({len(skipped)}: no module the passes import "
                 "changed, so the parent's counts, ratio 1): " + " ".join(skipped))
    t, a = product(rows, "rt"), product(rows, "ra")
    lines.append(f"all {len(rows)}: product timeline {t:.4f}, timeline+awards {a:.4f} "
                 f"(cross-check, last/first: {last['timeline'] / base['timeline']:.4f}, "
                 f"{last['awards'] / base['awards']:.4f})")
    odd = [r["short"] for r in i11 if r["changed"]]
    lines.append("issue11 commits whose output changed: " + (" ".join(odd) or "none"))
    lines.append("issue11 commits: " + " ".join(r["short"] for r in i11))
    lines.append("other commits, output changed: "
                 + " ".join(r["short"] for r in other if r["changed"]))
    lines.append("other commits, output same: "
                 + " ".join(r["short"] for r in other if not r["changed"]))
    for title, order in (("costliest", True), ("most saving", False)):
        lines += ["", f"the 10 {title} commits (ratio timeline+awards, timeline; class; output):"]
        for r in sorted(rows, key=lambda r: r["ra"], reverse=order)[:10]:
            lines.append(f"  {r['short']} {r['ra']:.4f} {r['rt']:.4f} {r['class']:7s} "
                         f"{'changed' if r['changed'] else 'same':7s} {r['subject'][:100]}")
    return lines


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] in ("--work", "--wide"):
        return (work if sys.argv[1] == "--work" else work_wide)(sys.argv[2])
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--range", default="164d708..main", help="A..B (default 164d708..main)")
    ap.add_argument("--mb", type=float, default=0.1, help="corpus size in MB (default 0.1)")
    ap.add_argument("--statements", type=int, default=20_000,
                    help="generated statements in the wide digest's input (default 20000)")
    ap.add_argument("--out", default="/tmp/history", help="folder of the TSV, summary, cache")
    ap.add_argument("--limit", type=int, default=None,
                    help="measure the first end and the first N commits only")
    args = ap.parse_args()

    first, last = args.range.split("..")
    commits = [git("rev-parse", first).strip()]
    commits += git("rev-list", "--reverse", "--topo-order", f"{first}..{last}", "--",
                   "src").split()
    if args.limit is not None:
        commits = commits[:args.limit + 1]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    inputs: dict[str, tuple[Path, str]] = {}
    for mode, texts in (("--work", build_corpus(args.mb)),
                        ("--wide", wide_input(args.statements))):
        text = json.dumps(texts)
        ident = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        path = out / f"input-{ident}.json"
        path.write_text(text, encoding="utf-8")
        inputs[mode] = (path, ident)
        size = sum(len(t.encode("utf-8")) for t in texts)
        print(f"{mode[2:]} input: {len(texts)} articles, {size / 1e6:.3f} MB ({ident})",
              file=sys.stderr)
    wide = (f"the wide input ({inputs['--wide'][1]}: WikiWars dev, fixtures, "
            f"{args.statements} generated statements)")
    caches = {"--wide": Cache(out / "wide.jsonl"), "--work": Cache(out / "cache.jsonl")}
    methods = {"--wide": WIDE_METHOD, "--work": METHOD}

    rows: list[dict[str, Any]] = []
    started = time.monotonic()
    for i, commit in enumerate(commits):
        row: dict[str, Any] = {"skipped": False}
        for mode, cache in caches.items():
            entry = {"commit": commit, "corpus": inputs[mode][1], "method": methods[mode]}
            result = cache.get(entry)
            if mode == "--work" and result is None and rows and not touches(
                    rows[-1]["commit"], commit, set(rows[-1]["modules"]) | set(row["modules"])):
                # no module the passes import changed: the parent's counts
                row["skipped"] = True
                result = {k: rows[-1][k] for k in
                          ("warm", "timeline", "awards", "digest", "events", "awards_found")}
            if result is None:
                t0 = time.monotonic()
                result = run_worker(commit, inputs[mode][0], mode, out / "tree")
                cache.put(entry, result)
                print(f"[{i + 1}/{len(commits)}] {commit[:7]} {mode[2:]} "
                      f"{time.monotonic() - t0:.1f} s (total "
                      f"{(time.monotonic() - started) / 60:.1f} min)", file=sys.stderr)
            if mode == "--work":
                row.update(result)
            else:
                row["wide"], row["modules"] = result["digest"], result["modules"]
        date, subject = git("show", "-s", "--format=%cI%x00%s", commit).rstrip("\n").split("\0")
        message = git("show", "-s", "--format=%B", commit)
        row.update(commit=commit, short=commit[:7], date=date, subject=subject,
                   **{"class": classify(message)})
        if rows:
            parent = rows[-1]
            row["rt"] = row["timeline"] / parent["timeline"]
            row["ra"] = row["awards"] / parent["awards"]
            row["changed"] = (row["digest"], row["wide"]) != (parent["digest"], parent["wide"])
        rows.append(row)

    base, measured = rows[0], rows[1:]
    header = ["commit", "date", "class", "output", "corpus_digest", "wide_digest", "timeline",
              "timeline+awards", "ratio_timeline", "ratio_timeline+awards", "subject"]
    table = ["\t".join(header)]
    for r in rows:
        changed = "base" if r is base else "changed" if r["changed"] else "same"
        if r["skipped"]:
            changed += " (not run: no module of the passes changed)"
        table.append("\t".join([
            r["short"], r["date"], "base" if r is base else r["class"], changed, r["digest"],
            r["wide"], str(r["timeline"]), str(r["awards"]), f"{r.get('rt', 1):.5f}",
            f"{r.get('ra', 1):.5f}", r["subject"]]))
    (out / "history.tsv").write_text("\n".join(table) + "\n", encoding="utf-8")
    print("\n".join(table))
    if measured:
        lines = summary(measured, base, args.mb, wide)
        (out / "summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print()
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
