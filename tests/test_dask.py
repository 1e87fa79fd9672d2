"""The Dask recipe (crimea_cli.scale) on a local cluster gives the CLI's records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from crimea_cli.cli import app  # noqa: E402
from crimea_cli.errors import ArticleError  # noqa: E402
from crimea_cli.scale import records_of, to_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "devset" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask-corpus")
    for i in range(12):
        text = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        first, rest = text.split("\n", 1)
        (folder / f"{i:03d}.txt").write_text(f"{first.rstrip(' =')} {i} =\n{rest}",
                                             encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01 not an article")
    return folder


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.mark.parametrize(("kind", "command"), [
    ("events", ["timeline"]), ("awards", ["awards"]),
    ("facts", ["facts", "--as-of", "2025-01-01"]),
])
def test_dask_gives_the_records_of_the_cli(corpus: Path, tmp_path: Path, client: object,
                                          kind: str, command: list[str]) -> None:
    paths = sorted(str(p) for p in corpus.glob("*.txt"))
    files = to_jsonl(paths, str(tmp_path / "out"), kind=kind, partitions=4,
                     **({"as_of": dt.date(2025, 1, 1)} if kind == "facts" else {}))
    assert [Path(f).name for f in files] == [f"{i:05d}.jsonl" for i in range(4)]
    got = "".join(Path(f).read_text(encoding="utf-8") for f in files)
    cli = CliRunner().invoke(app, [*command, "-a", str(corpus), "-f", "jsonl"])
    assert cli.exit_code == 3          # the bad file was skipped, as records_of skips it
    assert got == cli.stdout and got.count("\n") > 12


def test_records_of_raises_when_asked(corpus: Path) -> None:
    assert records_of(str(corpus / "bad.txt")) == []
    with pytest.raises(ArticleError):
        records_of(str(corpus / "bad.txt"), skip=False)
    with pytest.raises(ValueError, match="kind"):
        records_of(str(corpus / "000.txt"), kind="stats")
