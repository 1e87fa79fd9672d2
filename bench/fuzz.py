"""Fuzz: generated and mutated articles through every stage and formatter.

Each input is a devset article mutated by one or more of: random byte edits,
a very long line, runs of digits, runs of "=" and brackets, control
characters, mixed scripts, NUL bytes, invalid UTF-8. It goes through decoding,
parsing, events, awards, facts, search matching, and every formatter (both
record kinds). An ArticleError is an answer, not a crash; any other exception
is a crash.

A third of the inputs come from a grammar-aware generator instead
(``bench/shapes.py``): the shapes that once cost more than linear time or
output (lists of numbers, runs of days, initials, many dates in one
statement, award and sentence-length phrases, deep parentheses, long runs of
spaces) at random sizes up to 100 KB, alone, spliced into an article, or as
random sentences of their pieces.

The default is 30,000 inputs, a run of about 11 minutes on the 2-core
development machine when it is quiet: on 2026-12-01, 5,000 inputs took 111 s
in a pool of 2 processes (about 30 ms of CPU time each), plus some 25 s to
time the ten worst again and the seeds; with other work on the machine the
same 5,000 took 183 s. 100,000, the default before, is 20 times that: 37
minutes at best, hours on a shared machine, so it was seldom run to the end.
``-n`` asks for more (or fewer).

Reports the crashes (target: none); the slowest input of 100 KB or less
(target: under 1 s); and the worst time per KB of any input of 8 KB or more
(smaller ones are mostly fixed costs), against the median time per KB of the
seed articles (target: within 3x). Times are the process's CPU time, not
the wall clock (on a machine shared with other work, the wall clock counts
their time too). They are taken in the pool, where the processes share the
machine; the ten worst are timed again one by one, alone (best of 3), which
is what one input costs.

    python bench/fuzz.py                 # 30,000 inputs on every core (about 11 minutes)
    python bench/fuzz.py -n 100000       # a longer hunt (37 minutes or more on 2 cores)
    python bench/fuzz.py -n 2000 --jobs 1
    python bench/fuzz.py -n 2000 --save worst/   # and write the worst inputs there
    python bench/fuzz.py --show 1343 > a.txt     # input 1343 itself, to profile it
    python bench/fuzz.py --profile 1343          # where input 1343's time goes
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import multiprocessing as mp
import os
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import shapes  # noqa: E402

SEEDS = [p.read_bytes() for p in sorted((ROOT / "tests/fixtures/devset/articles").glob("*.txt"))]
SCRIPTS = ["Мустафаєв", "مصطفى", "穆斯塔法", "🇺🇦🙂", "Ἀθῆναι", "ქართ", "\u202e\u200f", "e\u0301"]


DEFAULT_INPUTS = 30_000
"""Inputs of a run without ``-n``: about 11 minutes on 2 cores (see above)."""

PER_KB_MIN = 8 * 1024
"""Inputs smaller than this are left out of the time per KB."""


def generate(rnd: random.Random) -> tuple[str, bytes]:
    """A grammar-aware input: one of the shapes, alone or in a seed article,
    or random sentences of their pieces; with its name."""
    size = int(rnd.choice((1, 4, 16, 64, 100)) * 1000 * rnd.uniform(0.5, 1.0))
    way = rnd.randrange(3)
    if way == 2:
        return "grammar", shapes.grammar(rnd, size).encode()
    name = rnd.choice(sorted(shapes.SHAPES))
    text = shapes.SHAPES[name](size)
    if way == 1:   # the shape's body inside a seed article
        seed = rnd.choice(SEEDS).decode("utf-8", "replace")
        at = rnd.randrange(len(seed) + 1)
        cut = seed.rfind("\n", 0, at) + 1
        text = seed[:cut] + "\n" + text.split("\n", 1)[1] + "\n" + seed[cut:]
        return f"{name} in an article", text.encode()
    return name, text.encode()


def make_input(i: int) -> tuple[str, bytes]:
    """Input ``i``: every third one from the grammar, the others mutated."""
    rnd = random.Random(i)
    if i % 3 == 2:
        return generate(rnd)
    return "mutated", mutate(rnd)


def mutate(rnd: random.Random) -> bytes:
    data = bytearray(rnd.choice(SEEDS))
    for _ in range(rnd.randint(1, 4)):
        kind = rnd.randrange(9)
        at = rnd.randrange(len(data) + 1)
        if kind == 0:    # byte edits
            for _ in range(rnd.randint(1, 30)):
                i = rnd.randrange(len(data) + 1)
                op = rnd.randrange(3)
                if op == 0:
                    data[i:i] = bytes([rnd.randrange(256)])
                elif op == 1 and i < len(data):
                    del data[i]
                elif i < len(data):
                    data[i] = rnd.randrange(256)
        elif kind == 1:  # a very long line
            line = data.replace(b"\n", b" ")
            repeated = line * (1 + 100_000 // max(1, len(line)))
            data = bytearray(repeated[:rnd.randint(10_000, 99_000)])
        elif kind == 2:  # runs of digits
            data[at:at] = b"1" * rnd.randint(1, 5000) + b" " + str(rnd.randint(0, 99999)).encode()
        elif kind == 3:  # runs of = and brackets
            data[at:at] = bytes(rnd.choice(b"=[](){}\n") for _ in range(rnd.randint(1, 3000)))
        elif kind == 4:  # control characters
            data[at:at] = bytes(rnd.randrange(32) for _ in range(rnd.randint(1, 500)))
        elif kind == 5:  # mixed scripts
            data[at:at] = " ".join(rnd.choice(SCRIPTS) for _ in range(rnd.randint(1, 50))).encode()
        elif kind == 6:  # NUL bytes
            data[at:at] = b"\x00" * rnd.randint(1, 10)
        elif kind == 7:  # invalid UTF-8
            data[at:at] = rnd.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88"])
        else:            # date-like noise
            words = [b"May", b"1986", b"from", b"to", b"c.", b"the", b"1990s", b"\xe2\x80\x93",
                     b"5", b"awarded", b"Prize", b"following", b"year", b"(", b")", b","]
            data[at:at] = b" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 3000)))
    return bytes(data)


def exercise(data: bytes, clock: dict[str, float] | None = None) -> None:
    """Everything a user can make the program do with one article (each
    stage's time added to ``clock`` when one is given)."""
    from crimea_cli import ArticleError, extract_awards, extract_events, parse_article
    from crimea_cli.article import decode
    from crimea_cli.facts import compute_facts
    from crimea_cli.query import match_statement
    from crimea_cli.records import award_record, event_record
    from crimea_cli.render import FORMATS, Terminal, renderer

    t = time.process_time()

    def lap(stage: str) -> None:
        nonlocal t
        if clock is not None:
            now = time.process_time()
            clock[stage] = clock.get(stage, 0.0) + now - t
            t = now

    try:
        article = parse_article(decode(data))
    except ArticleError:
        return
    lap("parse")
    events = extract_events(article)
    lap("events")
    awards = extract_awards(article, events)
    lap("awards")
    compute_facts(article, events, dt.date(2026, 1, 1))
    lap("facts")
    for st in article.statements:
        match_statement(st.text, ["Mustafayev", "2018"], fuzzy=True)
    lap("search")
    term = Terminal(color=True, width=80, is_tty=True)
    kinds = (("events", [event_record(e) for e in events]),
             ("awards", [award_record(a) for a in awards]))
    lap("records")
    for name in FORMATS:
        for kind, records in kinds:
            renderer(name).render(kind, records, io.StringIO(), term)
        lap(name)


def work(i: int) -> tuple[int, str, int, float, str | None]:
    kind, data = make_input(i)
    t0 = time.process_time()
    try:
        exercise(data)
        crash = None
    except Exception:  # a crash is what we are looking for
        crash = traceback.format_exc(limit=3)
    return i, kind, len(data), time.process_time() - t0, crash


def alone(i: int) -> float:
    """Input ``i`` timed by itself: the best of three runs."""
    _, data = make_input(i)
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        exercise(data)
        best = min(best, time.process_time() - t0)
    return best


def seeds_per_kb() -> float:
    """The median time per KB of the seed articles, each timed alone."""
    per_kb = []
    for data in SEEDS:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            exercise(data)
            best = min(best, time.process_time() - t0)
        per_kb.append(best / (len(data) / 1024))
    per_kb.sort()
    return per_kb[len(per_kb) // 2]


def save(folder: Path, seeds: list[int], kinds: dict[int, tuple[str, int]]) -> None:
    """The inputs ``seeds`` as files ``seed-I.txt`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in dict.fromkeys(seeds):
        (folder / f"seed-{i}.txt").write_bytes(make_input(i)[1])
    print(f"saved {len(set(seeds))} inputs to {folder}/seed-I.txt "
          f"({', '.join(f'{i}: {kinds[i][0]}' for i in dict.fromkeys(seeds))})")


def profile(i: int) -> int:
    """Where input ``i``'s time goes: each stage's time, then cProfile's
    costliest functions."""
    import cProfile
    import pstats

    kind, data = make_input(i)
    exercise(data)   # imports and caches out of the way
    clock: dict[str, float] = {}
    exercise(data, clock)
    print(f"input {i}: {kind}, {len(data):,} bytes, "
          f"{sum(clock.values()) / (len(data) / 1024) * 1000:.2f} ms/KB")
    print("  " + ", ".join(f"{stage} {seconds * 1000:.1f} ms" for stage, seconds in clock.items()))
    prof = cProfile.Profile()
    prof.enable()
    exercise(data)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=DEFAULT_INPUTS,
                    help=f"inputs (default {DEFAULT_INPUTS:,}: about 11 minutes on 2 cores)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--save", metavar="DIR", type=Path,
                    help="write the ten slowest and ten worst per KB inputs to DIR")
    ap.add_argument("--show", metavar="I", type=int,
                    help="write input I to standard output, and do nothing else")
    ap.add_argument("--profile", metavar="I", type=int,
                    help="profile input I (cProfile, the 25 costliest by own time)")
    args = ap.parse_args()
    if args.show is not None:
        sys.stdout.buffer.write(make_input(args.show)[1])
        return 0
    if args.profile is not None:
        return profile(args.profile)
    t0 = time.perf_counter()
    crashes: list[tuple[int, str]] = []
    slowest = (0.0, -1, 0)
    timed: list[tuple[float, int]] = []
    worst: list[tuple[float, int]] = []    # (seconds per KB, seed), the ten worst
    kinds: dict[int, tuple[str, int]] = {}
    total = 0
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(args.jobs) as pool:
        for i, kind, size, seconds, crash in pool.imap_unordered(work, range(args.n),
                                                                 chunksize=64):
            total += size
            kinds[i] = (kind, size)
            if crash:
                crashes.append((i, crash))
            if size <= 100_000:
                timed.append((seconds, i))
                timed = sorted(timed, reverse=True)[:10]
                if seconds > slowest[0]:
                    slowest = (seconds, i, size)
            if size >= PER_KB_MIN:
                worst.append((seconds / (size / 1024), i))
                worst = sorted(worst, reverse=True)[:10]
    wall = time.perf_counter() - t0
    slow_alone = max((alone(i), i) for _, i in timed) if timed else (0.0, -1)
    per_kb_alone = max((alone(i) / (kinds[i][1] / 1024), i) for _, i in worst) \
        if worst else (0.0, -1)
    median = seeds_per_kb()
    print(f"inputs: {args.n:,} ({total / 1e6:.1f} MB) in {wall:.0f} s on {args.jobs} processes")
    print(f"crashes: {len(crashes)}")
    for i, crash in crashes[:5]:
        print(f"  input {i} (python bench/fuzz.py reproduces it from seed {i}):\n{crash}")
    print(f"slowest input of 100 KB or less: {slowest[0] * 1000:.0f} ms in the pool "
          f"(seed {slowest[1]}, {slowest[2]:,} bytes); the ten slowest again, alone "
          f"(best of 3): {slow_alone[0] * 1000:.0f} ms (seed {slow_alone[1]})")
    if worst:
        kind, size = kinds[worst[0][1]]
        print(f"worst time per KB (inputs of {PER_KB_MIN // 1024} KB or more): "
              f"{worst[0][0] * 1000:.2f} ms/KB in the pool (seed {worst[0][1]}: {kind}, "
              f"{size:,} bytes); the ten worst again, alone: {per_kb_alone[0] * 1000:.2f} ms/KB "
              f"(seed {per_kb_alone[1]}: {kinds[per_kb_alone[1]][0]}, "
              f"{kinds[per_kb_alone[1]][1]:,} bytes)")
    if args.save:
        save(args.save, [i for _, i in timed] + [i for _, i in worst], kinds)
    print(f"median time per KB of the seed articles, alone: {median * 1000:.2f} ms/KB; "
          f"worst alone / median: {per_kb_alone[0] / median:.1f}x (target: 3x)")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
